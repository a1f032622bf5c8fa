from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import Form, tagged

from .cooperation_common import WfkCooperationCase


@tagged("post_install", "-at_install")
class TestWfkMatchAccess(WfkCooperationCase):
    """Office staff work on their offices' requests and matches only; officers on all of them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.local = cls._create_local(
            "Test Automation Lab",
            email="lab@example.de",
            industry_id=cls.ind_automation.id,
            wfk_looking_for_ids=[Command.set(cls.looking_research.ids)],
        )
        cls.lead_a = cls._create_lead(name="Test request of office A")
        cls.lead_b = cls._create_lead(name="Test request of office B", office=cls.office_b)
        cls.env["crm.lead"].browse((cls.lead_a | cls.lead_b).ids).action_wfk_find_matches()
        cls.match_a = cls.lead_a.wfk_match_ids.filtered(lambda m: m.partner_id == cls.local)
        cls.match_b = cls.lead_b.wfk_match_ids.filtered(lambda m: m.partner_id == cls.local)

    def test_fixture(self):
        self.assertEqual(len(self.match_a), 1)
        self.assertEqual(len(self.match_b), 1)

    def test_office_staff_see_their_offices_requests(self):
        Lead = self.env["crm.lead"].with_user(self.office_user)
        leads = Lead.search([("id", "in", (self.lead_a | self.lead_b).ids)])
        self.assertEqual(leads, self.lead_a)
        self.assertEqual(leads.name, "Test request of office A")
        with self.assertRaises(AccessError):
            self.lead_b.with_user(self.office_user).read(["name"])
        with self.assertRaises(AccessError):
            self.lead_b.with_user(self.office_user).write({"name": "Test taken over"})

    def test_office_staff_create_requests_for_their_office_only(self):
        Lead = self.env["crm.lead"].with_user(self.office_user)
        lead = Lead.create({"name": "Test new request", "team_id": self.team.id, "wfk_request_type": "investment"})
        self.assertEqual(lead.representation_office_id, self.office_a)
        with self.assertRaises(AccessError):
            Lead.create({"name": "Test foreign request", "representation_office_id": self.office_b.id})
        with self.assertRaises(AccessError):
            lead.unlink()

    def test_office_staff_see_their_offices_matches(self):
        Match = self.env["wfk.match"].with_user(self.office_user)
        matches = Match.search([("lead_id", "in", (self.lead_a | self.lead_b).ids)])
        self.assertEqual(matches, self.lead_a.wfk_match_ids)
        self.assertIn(self.match_a, matches)
        with self.assertRaises(AccessError):
            self.match_b.with_user(self.office_user).read(["score"])

    def test_office_staff_find_matches_for_their_office_only(self):
        self.lead_a.with_user(self.office_user).action_wfk_find_matches()
        self.assertIn(self.local, self.lead_a.wfk_match_ids.partner_id)
        with self.assertRaises(AccessError):
            self.lead_b.with_user(self.office_user).action_wfk_find_matches()

    def test_office_staff_introduce_for_their_office_only(self):
        self.match_a.with_user(self.office_user).action_wfk_introduce()
        self.assertEqual(self.match_a.state, "introduced")
        self.assertEqual(self.lead_a.stage_id, self.stage_introduced)
        with self.assertRaises(AccessError):
            self.match_b.with_user(self.office_user).action_wfk_introduce()
        self.assertEqual(self.match_b.state, "proposed")

    def test_officer_sees_all(self):
        Match = self.env["wfk.match"].with_user(self.officer_user)
        self.assertEqual(Match.search([("id", "in", (self.match_a | self.match_b).ids)]), self.match_a | self.match_b)
        self.lead_b.with_user(self.officer_user).action_wfk_find_matches()
        match_b = self.lead_b.wfk_match_ids.filtered(lambda m: m.partner_id == self.local)
        match_b.with_user(self.officer_user).action_wfk_introduce()
        self.assertEqual(match_b.state, "introduced")

    def test_other_users_have_no_access(self):
        with self.assertRaises(AccessError):
            self.env["wfk.match"].with_user(self.internal_user).search([])
        with self.assertRaises(AccessError):
            self.env["crm.lead"].with_user(self.internal_user).search([])

    def test_profiles_readable_by_all_employees(self):
        tags = self.env["wfk.looking.for"].with_user(self.internal_user).search([("code", "!=", False)])
        self.assertEqual(len(tags), 7)
        with self.assertRaises(AccessError):
            tags[0].with_user(self.internal_user).write({"name": "Test renamed"})
        with self.assertRaises(AccessError):
            tags[0].with_user(self.officer_user).write({"name": "Test renamed"})
        tags[0].with_user(self.manager_user).write({"name": "Test renamed"})

    def test_office_staff_work_in_the_request_form(self):
        with Form(self.lead_a.with_user(self.office_user)) as form:
            form.wfk_request_type = "joint_project"
            form.wfk_direction = "cn_to_de"
        self.assertEqual(self.lead_a.wfk_request_type, "joint_project")
        views = self.env["wfk.match"].with_user(self.office_user).get_views([(False, "list"), (False, "form")])
        self.assertIn("action_wfk_introduce", views["views"]["list"]["arch"])
