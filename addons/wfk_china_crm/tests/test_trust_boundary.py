"""Access first: links and moves stay within the caller's offices, and no refusal reveals what it guards.

Each attempt below is made as the user who would try it (office staff of Yangzhou, the profile API
account, a portal user, a plain internal user) against records of Foshan's office or records the
caller cannot read. It must be refused, nothing must be written, and the message the caller gets
(Odoo's own conversion for database constraints, as RPC and import callers see it) must not carry a
name, e-mail or address of a record the caller may not read.
"""

from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger

from .common import WfkOfficeCase


@tagged("post_install", "-at_install")
class TestTrustBoundary(WfkOfficeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        # what Foshan's office holds and Yangzhou's staff must never learn through a message
        cls.secret_person = Partner.create(
            {
                "name": "Secret Person Wang",
                "email": "wang.secret@foshan.example",
                "street": "88 Hidden Road",
                "parent_id": cls.other_organisation.id,
            }
        )
        cls.other_delegation = cls.env["wfk.delegation"].create(
            {"name": "Secret Foshan trip", "office_id": cls.other_office.id, "date_start": "2026-09-10"}
        )
        cls.env["wfk.delegation.participant"].create(
            {"delegation_id": cls.other_delegation.id, "partner_id": cls.secret_person.id}
        )
        cls.other_appointment = cls.env["calendar.event"].create(
            {
                "name": "Secret appointment with the mayor",
                "start": "2026-09-11 08:00:00",
                "stop": "2026-09-11 09:00:00",
                "wfk_delegation_id": cls.other_delegation.id,
            }
        )
        cls.delegation = cls.env["wfk.delegation"].create(
            {"name": "Yangzhou visit", "office_id": cls.office.id, "date_start": "2026-10-01"}
        )
        cls.secret_company = Partner.create(
            {"name": "Unpublished Secret Holding", "is_company": True, "wfk_uscc": "91330100MA27XY1Q1M"}
        )
        cls.api_user = new_test_user(
            cls.env, login="trust_api", name="Web platform", groups="wfk_china_crm.group_wfk_profile_api"
        )
        cls.portal_user = new_test_user(cls.env, login="trust_portal", name="Portal", groups="base.group_portal")
        cls.partner_manager = new_test_user(
            cls.env, login="trust_contacts", name="Contacts editor", groups="base.group_partner_manager"
        )
        cls.secrets = [
            cls.other_lead.name,
            cls.other_office.name,
            cls.other_organisation.name,
            cls.secret_person.name,
            cls.secret_person.email,
            cls.secret_person.street,
            cls.other_delegation.name,
            cls.other_appointment.name,
            cls.secret_company.name,
        ]

    # ------------------------------------------------------------------ helpers

    def refusal(self, attempt):
        """Run ``attempt`` in a savepoint; return the message its caller sees, or fail if it was allowed."""
        try:
            with mute_logger("odoo.sql_db"), self.env.cr.savepoint():
                attempt()
                self.env.flush_all()
        except (AccessError, UserError, ValidationError) as exc:
            return str(exc)
        except IntegrityError as exc:
            # what Odoo's RPC layer and the importer tell the caller (odoo/service/model.py, retrying)
            model = next(
                (self.env[n] for n, cls in self.env.registry.items() if cls._table == exc.diag.table_name),
                self.env["base"],
            )
            return model._sql_error_to_message(exc)
        self.fail(f"{attempt.__doc__ or attempt}: allowed, should have been refused")

    def assertRefusedSilently(self, attempt):
        message = self.refusal(attempt)
        leaked = [secret for secret in self.secrets if secret and secret in message]
        self.assertFalse(leaked, f"{attempt.__doc__}: the refusal names {leaked}: {message}")
        return message

    # ------------------------------------------------------ cross-office links and moves

    def test_office_staff_cannot_link_or_move_into_another_office(self):
        staff = self.office_user
        Log = self.env["wfk.contact.log"].with_user(staff)
        own_log = self._log(subject="Own log")
        own_lead = self.lead.with_user(staff)
        own_delegation = self.delegation.with_user(staff)

        def log_on_foshan_request():
            """a contact log of Yangzhou linked to Foshan's request"""
            Log.create(
                {
                    "subject": "x",
                    "partner_id": self.organisation.id,
                    "office_id": self.office.id,
                    "lead_id": self.other_lead.id,
                }
            )

        def relink_log():
            """an own log re-linked to Foshan's request"""
            own_log.with_user(staff).write({"lead_id": self.other_lead.id})

        def log_in_foshan():
            """a contact log created in Foshan's office"""
            Log.create({"subject": "x", "partner_id": self.organisation.id, "office_id": self.other_office.id})

        def move_log():
            """an own log moved into Foshan's office"""
            own_log.with_user(staff).write({"office_id": self.other_office.id})

        def move_request():
            """an own request moved into Foshan's office"""
            own_lead.write({"representation_office_id": self.other_office.id})

        def match_on_foshan_request():
            """a match proposed for Foshan's request"""
            self.env["wfk.match"].with_user(staff).create(
                {"lead_id": self.other_lead.id, "partner_id": self.organisation.id}
            )

        def move_delegation():
            """an own delegation handed to Foshan's office"""
            own_delegation.write({"office_id": self.other_office.id})

        def join_foshan_delegation():
            """a participant added to Foshan's delegation"""
            self.env["wfk.delegation.participant"].with_user(staff).create(
                {"delegation_id": self.other_delegation.id, "partner_id": self.contact_person.id}
            )

        def appointment_in_foshan_delegation():
            """an appointment added to Foshan's delegation"""
            self.env["calendar.event"].with_user(staff).create(
                {
                    "name": "x",
                    "start": "2026-09-11 10:00:00",
                    "stop": "2026-09-11 11:00:00",
                    "wfk_delegation_id": self.other_delegation.id,
                }
            )

        def read_foshan_appointment():
            """Foshan's delegation appointment read"""
            self.other_appointment.with_user(staff).read(["name"])

        def change_foshan_appointment():
            """Foshan's delegation appointment changed"""
            self.other_appointment.with_user(staff).write({"name": "Hijacked"})

        def delete_foshan_appointment():
            """Foshan's delegation appointment deleted"""
            self.other_appointment.with_user(staff).unlink()

        def outcome_on_foshan_request():
            """an outcome of an own delegation pointing at Foshan's request"""
            self.env["wfk.delegation.outcome"].with_user(staff).create(
                {"delegation_id": self.delegation.id, "kind": "mou", "description": "x", "lead_id": self.other_lead.id}
            )

        def request_of_foshan_delegation():
            """an own request attached to Foshan's delegation"""
            own_lead.write({"wfk_delegation_id": self.other_delegation.id})

        attempts = [
            log_on_foshan_request,
            relink_log,
            log_in_foshan,
            move_log,
            move_request,
            match_on_foshan_request,
            move_delegation,
            join_foshan_delegation,
            appointment_in_foshan_delegation,
            read_foshan_appointment,
            change_foshan_appointment,
            delete_foshan_appointment,
            outcome_on_foshan_request,
            request_of_foshan_delegation,
        ]
        for attempt in attempts:
            with self.subTest(attempt.__doc__):
                self.assertRefusedSilently(attempt)
        # nothing moved, nothing written
        self.assertEqual(own_log.office_id, self.office)
        self.assertFalse(own_log.lead_id)
        self.assertEqual(self.lead.representation_office_id, self.office)
        self.assertEqual(self.other_appointment.name, "Secret appointment with the mayor")
        self.assertEqual(self.env["wfk.contact.log"].search_count([("lead_id", "=", self.other_lead.id)]), 0)

    def test_officers_link_and_move_across_offices(self):
        officer = self.officer_user
        log = (
            self.env["wfk.contact.log"]
            .with_user(officer)
            .create(
                {
                    "subject": "Call",
                    "partner_id": self.organisation.id,
                    "office_id": self.office.id,
                    "lead_id": self.other_lead.id,
                }
            )
        )
        self.assertEqual(log.lead_id, self.other_lead)
        self.lead.with_user(officer).write({"representation_office_id": self.other_office.id})
        self.assertEqual(self.lead.representation_office_id, self.other_office)
        self.other_appointment.with_user(officer).write({"name": "Renamed by the officer"})
        self.assertEqual(self.other_appointment.name, "Renamed by the officer")

    def test_office_staff_keep_working_within_their_office(self):
        staff = self.office_user
        log = (
            self.env["wfk.contact.log"]
            .with_user(staff)
            .create(
                {
                    "subject": "Call",
                    "partner_id": self.organisation.id,
                    "office_id": self.office.id,
                    "lead_id": self.lead.id,
                }
            )
        )
        self.assertEqual(log.lead_id, self.lead)
        appointment = (
            self.env["calendar.event"]
            .with_user(staff)
            .create(
                {
                    "name": "Visit of the technology centre",
                    "start": "2026-10-02 08:00:00",
                    "stop": "2026-10-02 09:00:00",
                    "wfk_delegation_id": self.delegation.id,
                }
            )
        )
        appointment.write({"name": "Visit of the technology centre (moved)"})
        self.assertIn(appointment, self.env["calendar.event"].with_user(staff).search([]))
        self.assertNotIn(self.other_appointment, self.env["calendar.event"].with_user(staff).search([]))

    def test_office_staff_in_a_sales_team_see_no_other_office(self):
        self.office_user.group_ids += self.env.ref("sales_team.group_sale_salesman_all_leads")
        Lead = self.env["crm.lead"].with_user(self.office_user)
        sales_lead = self.env["crm.lead"].create({"name": "Ordinary sales lead"})
        found = Lead.search([("id", "in", (self.lead | self.other_lead | sales_lead).ids)])
        self.assertEqual(found, self.lead | sales_lead)
        self.assertRefusedSilently(lambda: self.other_lead.with_user(self.office_user).read(["name"]))
        # nor through crm's activity analysis of the requests
        todo = self.env.ref("mail.mail_activity_data_todo")
        for lead in (self.lead, self.other_lead):
            lead.message_post(body="Called them", mail_activity_type_id=todo.id)
        analysed = (
            self.env["crm.activity.report"]
            .with_user(self.office_user)
            .search([("lead_id", "in", (self.lead | self.other_lead).ids)])
        )
        self.assertEqual(analysed.lead_id, self.lead)

    # ------------------------------------------------------ outsiders: API, portal, plain users

    def test_duplicate_participants_reveal_nobody(self):
        for user in (self.api_user, self.portal_user, self.internal_user):
            Participant = self.env["wfk.delegation.participant"].with_user(user)
            ctx = Participant.with_context(show_email=True, show_address=True)

            def twice(model=ctx):
                """the same person twice in Foshan's delegation"""
                model.create(
                    [
                        {"delegation_id": self.other_delegation.id, "partner_id": self.secret_person.id},
                        {"delegation_id": self.other_delegation.id, "partner_id": self.secret_person.id},
                    ]
                )

            with self.subTest(user=user.login):
                self.assertRefusedSilently(twice)

    def test_duplicate_credit_code_or_membership_reveals_nobody(self):
        def same_uscc(user):
            def attempt():
                """a company with a known credit code"""
                self.env["res.partner"].with_user(user).create(
                    {"name": "Probe", "is_company": True, "wfk_uscc": "91330100MA27XY1Q1M"}
                )

            return attempt

        for user in (self.api_user, self.portal_user, self.office_user, self.officer_user):
            with self.subTest(user=user.login):
                self.assertRefusedSilently(same_uscc(user))

    def test_profile_api_reads_active_published_companies_only(self):
        published = self.env["res.partner"].create(
            {"name": "Published GmbH", "is_company": True, "wfk_profile_published": True}
        )
        archived = self.env["res.partner"].create(
            {"name": "Archived but published GmbH", "is_company": True, "wfk_profile_published": True, "active": False}
        )
        hidden = self.env["res.partner"].create({"name": "Hidden contact", "parent_id": published.id})
        Partner = self.env["res.partner"].with_user(self.api_user)
        everything = Partner.with_context(active_test=False).search([])
        self.assertIn(published, everything)
        self.assertNotIn(archived, everything)
        with self.assertRaises(AccessError):
            archived.with_user(self.api_user).read(["name"])
        for operator in ("parent_of", "child_of"):
            with self.subTest(operator=operator), self.assertRaises(AccessError):
                Partner.search([("id", operator, hidden.id)])
            with self.subTest(operator=operator, nested=True), self.assertRaises(AccessError):
                Partner.search(["|", ("name", "=", "x"), ("id", operator, hidden.id)])
        self.assertEqual(Partner.search([("id", "=", published.id)]), published)

    def test_only_officers_publish_profiles(self):
        company = self.env["res.partner"].create({"name": "Candidate for the platform", "is_company": True})
        for user in (self.partner_manager, self.office_user):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    company.with_user(user).write({"wfk_profile_published": True})
                with self.assertRaises(AccessError):
                    self.env["res.partner"].with_user(user).create(
                        {"name": "Self-published", "is_company": True, "wfk_profile_published": True}
                    )
        self.assertFalse(company.wfk_profile_published)
        # an unchanged value, as a form sends it, is no publication
        company.with_user(self.partner_manager).write({"wfk_profile_published": False, "name": "Renamed"})
        company.with_user(self.officer_user).write({"wfk_profile_published": True})
        self.assertTrue(company.wfk_profile_published)

    def test_plain_leads_and_partners_pass_untouched(self):
        """WFK's checks stay out of ordinary CRM work: no query for a Sales lead or a plain contact."""
        lead = self.env["crm.lead"].create({"name": "Plain lead"})
        with self.assertQueryCount(0):
            # Odoo's own fields beyond the request form are Odoo's business; good values cost nothing
            self.env["crm.lead"]._wfk_sanitise([{"email_from": "x\x00y", "expected_revenue": float("inf")}], "create")
            self.env["crm.lead"]._wfk_sanitise([{"name": "Plain lead", "description": "<p>ok</p>"}], "create")
            lead._wfk_check_linked_access({"name", "expected_revenue"})
        with self.assertRaises(ValidationError):
            lead.write({"wfk_jobs_planned": 2**40})
        lead.write({"name": "Renamed", "wfk_jobs_planned": 3, "representation_office_id": False})
        self.assertEqual(lead.wfk_jobs_planned, 3)
        self.assertEqual(
            self.env["wfk.contact.log"]
            .with_user(self.office_user)
            .create({"subject": "ok", "partner_id": self.organisation.id, "office_id": self.office.id})
            .office_id,
            self.office,
        )
        self.assertEqual(len(self.other_delegation.participant_ids), 1)
