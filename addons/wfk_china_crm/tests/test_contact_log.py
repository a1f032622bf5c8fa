from datetime import timedelta

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .common import WfkOfficeCase


@tagged("post_install", "-at_install")
class TestContactLog(WfkOfficeCase):
    """Quick logging with defaults, follow-up activities and the log rules."""

    def _follow_ups(self, log):
        todo = self.env.ref("mail.mail_activity_data_todo")
        return log.activity_ids.filtered(lambda a: a.activity_type_id == todo)

    def test_defaults_for_office_staff(self):
        before = fields.Datetime.now() - timedelta(seconds=5)
        log = (
            self.env["wfk.contact.log"]
            .with_user(self.office_user)
            .create({"subject": "Call", "partner_id": self.organisation.id})
        )
        self.assertEqual(log.office_id, self.office)
        self.assertEqual(log.user_id, self.office_user)
        self.assertEqual(log.channel, "meeting")
        self.assertGreaterEqual(log.date, before)

    def test_follow_up_schedules_one_todo_for_the_author(self):
        day = fields.Date.today() + timedelta(days=7)
        log = (
            self.env["wfk.contact.log"]
            .with_user(self.office_user)
            .create({"subject": "Visit", "partner_id": self.organisation.id, "follow_up_date": day})
        )
        todo = self._follow_ups(log)
        self.assertEqual(len(todo), 1)
        self.assertEqual(todo.user_id, self.office_user)
        self.assertEqual(todo.date_deadline, day)
        self.assertIn("Visit", todo.summary)

        later = day + timedelta(days=3)
        log.follow_up_date = later
        todo = self._follow_ups(log)
        self.assertEqual(len(todo), 1, "moving the date reschedules, it does not add a second to-do")
        self.assertEqual(todo.date_deadline, later)

        log.follow_up_date = False
        self.assertFalse(self._follow_ups(log))

    def test_no_follow_up_without_date(self):
        log = self._log()
        self.assertFalse(self._follow_ups(log))

    def test_closed_office_takes_no_new_logs(self):
        self._log()  # logged while open
        self.office.write({"state": "closed", "date_closed": fields.Date.today()})
        with self.assertRaisesRegex(ValidationError, "is closed"):
            self._log()
        log = self._log(office_id=self.other_office.id)
        with self.assertRaisesRegex(ValidationError, "is closed"):
            log.office_id = self.office

    def test_contact_person_belongs_to_organisation(self):
        log = self._log(contact_person_id=self.contact_person.id)
        self.assertEqual(log.contact_person_id, self.contact_person)
        with self.assertRaisesRegex(ValidationError, "is not a contact of"):
            self._log(contact_person_id=self.stranger.id)
        with self.assertRaisesRegex(ValidationError, "is not a contact of"):
            log.partner_id = self.other_organisation

    def test_quick_log_from_partner_form(self):
        self.organisation.representation_office_id = self.office
        action = self.contact_person.with_user(self.office_user).action_wfk_log_contact()
        self.assertEqual(action["target"], "new")
        form = Form(
            self.env["wfk.contact.log"].with_user(self.office_user).with_context(**action["context"]),
            view="wfk_china_crm.wfk_contact_log_view_form_quick",
        )
        self.assertEqual(form.partner_id, self.organisation)
        self.assertEqual(form.contact_person_id, self.contact_person)
        self.assertEqual(form.office_id, self.office)
        form.subject = "Introduced the co-working offer"
        form.channel = "wechat"
        log = form.save()
        self.assertEqual(log.user_id, self.office_user)
        self.assertEqual(self.organisation.wfk_contact_log_count, 1)
        self.assertEqual(self.contact_person.wfk_contact_log_count, 1)
        self.assertEqual(self.organisation.wfk_last_contact_date, log.date)

    def test_quick_log_from_lead_and_office(self):
        action = self.lead.with_user(self.office_user).action_wfk_log_contact()
        form = Form(
            self.env["wfk.contact.log"].with_user(self.office_user).with_context(**action["context"]),
            view="wfk_china_crm.wfk_contact_log_view_form_quick",
        )
        self.assertEqual(form.lead_id, self.lead)
        self.assertEqual(form.partner_id, self.organisation)
        self.assertEqual(form.subject, self.lead.name)
        log = form.save()
        self.assertEqual(self.lead.wfk_contact_log_count, 1)
        self.assertEqual(log.office_id, self.office)

        action = self.other_office.action_wfk_log_contact()
        self.assertEqual(action["context"], {"default_office_id": self.other_office.id})

    def test_changing_organisation_clears_foreign_contact_person(self):
        form = Form(self.env["wfk.contact.log"], view="wfk_china_crm.wfk_contact_log_view_form_quick")
        form.subject = "Fair"
        form.partner_id = self.organisation
        form.contact_person_id = self.contact_person
        form.partner_id = self.other_organisation
        self.assertFalse(form.contact_person_id)

    def test_summary_is_sanitised(self):
        log = self._log(summary="<p>Agreed</p><script>alert('x')</script>")
        self.assertIn("Agreed", log.summary)
        self.assertNotIn("<script>", log.summary)
