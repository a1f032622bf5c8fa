from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.tests import tagged

from .common import WfkOfficeCase


@tagged("post_install", "-at_install")
class TestFollowUpCron(WfkOfficeCase):
    """Stale requests get exactly one Follow up to-do; fresh ones get none."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("wfk_china_crm.follow_up_days", 30)
        cls.office.manager_id = cls.manager_user
        Lead = cls.env["crm.lead"]
        cls.stale = Lead.create({"name": "Stale, salesperson", "user_id": cls.officer_user.id})
        cls.stale_office = Lead.create(
            {"name": "Stale, office manager", "user_id": False, "representation_office_id": cls.office.id}
        )
        cls.contacted = Lead.create({"name": "Contacted lately", "user_id": cls.officer_user.id})
        cls.planned = Lead.create({"name": "Has a plan", "user_id": cls.officer_user.id})
        old = cls.stale | cls.stale_office | cls.contacted | cls.planned
        old.flush_recordset()
        cls.env.cr.execute(
            "UPDATE crm_lead SET create_date = %s WHERE id IN %s",
            (fields.Datetime.now() - timedelta(days=60), tuple(old.ids)),
        )
        old.invalidate_recordset(["create_date"])
        cls.fresh = Lead.create({"name": "Came in today", "user_id": cls.officer_user.id})
        cls._log(lead_id=cls.contacted.id, date=fields.Datetime.now() - timedelta(days=3))
        cls.planned.activity_schedule("mail.mail_activity_data_call", user_id=cls.officer_user.id)
        cls.old = cls.stale | cls.stale_office | cls.contacted | cls.planned | cls.fresh

    def _follow_ups(self, leads):
        return self.env["mail.activity"].search(
            [("res_model", "=", "crm.lead"), ("res_id", "in", leads.ids), ("summary", "=", "Follow up")]
        )

    def test_one_todo_per_stale_request(self):
        self.env["crm.lead"]._cron_wfk_follow_up_stale()
        todos = self._follow_ups(self.old)
        self.assertEqual(sorted(todos.mapped("res_id")), sorted((self.stale | self.stale_office).ids))
        by_lead = {todo.res_id: todo for todo in todos}
        self.assertEqual(by_lead[self.stale.id].user_id, self.officer_user)
        self.assertEqual(by_lead[self.stale_office.id].user_id, self.manager_user, "falls back to the office manager")

    def test_not_a_new_one_every_day(self):
        Lead = self.env["crm.lead"]
        Lead._cron_wfk_follow_up_stale()
        with freeze_time(fields.Datetime.now() + timedelta(days=1)):
            Lead._cron_wfk_follow_up_stale()
        with freeze_time(fields.Datetime.now() + timedelta(days=2)):
            Lead._cron_wfk_follow_up_stale()
        self.assertEqual(len(self._follow_ups(self.old)), 2)

    def test_done_follow_up_counts_as_activity(self):
        Lead = self.env["crm.lead"]
        Lead._cron_wfk_follow_up_stale()
        self._follow_ups(self.stale).action_feedback(feedback="Called them")
        Lead._cron_wfk_follow_up_stale()
        self.assertFalse(self._follow_ups(self.stale), "done today: not stale again before 30 days")

    def test_setting_changes_the_period(self):
        self.env["ir.config_parameter"].sudo().set_param("wfk_china_crm.follow_up_days", 90)
        self.env["crm.lead"]._cron_wfk_follow_up_stale()
        self.assertFalse(self._follow_ups(self.old))

    def test_cron_is_daily_and_active(self):
        cron = self.env.ref("wfk_china_crm.ir_cron_wfk_follow_up_stale")
        self.assertTrue(cron.active)
        self.assertEqual((cron.interval_number, cron.interval_type), (1, "days"))
