from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .cooperation_common import WfkCooperationCase


@tagged("post_install", "-at_install")
class TestWfkMatchRanking(WfkCooperationCase):
    """action_wfk_find_matches ranks local organisations for a request and explains why."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.institute = cls._create_institute(
            industry_id=cls.ind_research.id,
            secondary_industry_ids=[Command.set(cls.ind_automation.ids)],
            wfk_offer="Applied research for the optimisation of production plants.",
            wfk_china_relation="contacts",
            wfk_profile_published=True,
        )
        cls.manufacturer = cls._create_local(
            "Test Automation Manufacturer",
            industry_id=cls.ind_automation.id,
            secondary_industry_ids=[Command.set(cls.ind_automotive.ids)],
            wfk_china_relation="trading",
        )
        # a good China relation, a published profile and the same office, but nothing to offer here
        cls.unrelated = cls._create_local(
            "Test Software House",
            industry_id=cls.ind_software.id,
            wfk_looking_for_ids=[Command.set(cls.looking_markets.ids)],
            wfk_china_relation="subsidiary",
            wfk_profile_published=True,
            representation_office_id=cls.office_a.id,
        )
        cls.chinese_institute = cls.env["res.partner"].create(
            {
                "name": "Test Anhui Automation Institute",
                "is_company": True,
                "country_id": cls.china.id,
                "industry_id": cls.ind_automation.id,
                "wfk_looking_for_ids": [Command.set(cls.looking_research.ids)],
                "wfk_offer": "Research in automation.",
            }
        )
        cls.person = cls.env["res.partner"].create({"name": "Test Engineer", "industry_id": cls.ind_automation.id})
        cls.archived = cls._create_local("Test Closed Factory", industry_id=cls.ind_automation.id, active=False)
        cls._clear_other_profiles(
            cls.institute | cls.manufacturer | cls.unrelated | cls.chinese_institute | cls.requester
        )
        cls.lead = cls._create_lead()

    def _find(self, lead=None, user=None):
        lead = lead or self.lead
        lead.with_user(user or self.officer_user).action_wfk_find_matches()
        return lead.wfk_match_ids.sorted(lambda m: (-m.score, m.id))

    def test_right_partner_first_with_right_reason(self):
        matches = self._find()
        self.assertEqual(matches.partner_id, self.institute | self.manufacturer)
        self.assertEqual(matches[0].partner_id, self.institute)
        self.assertEqual(matches.mapped("score"), [55, 47])
        self.assertEqual(set(matches.mapped("state")), {"proposed"})

        institute = matches[0]
        self.assertTrue(institute.match_offer and institute.match_looking_for and institute.match_related_industry)
        self.assertFalse(institute.match_main_industry)
        self.assertEqual(
            institute.reason,
            "Shared industries: Test automation · Offers what the request seeks (Research partner) · "
            "Looking for Research partners · Has contacts in China · Published profile",
        )
        manufacturer = matches[1]
        self.assertEqual(
            manufacturer.reason,
            "Same main industry: Test automation · Shared industries: Test automotive · Trades with China",
        )

    def test_no_match_without_industry_or_fit(self):
        matches = self._find()
        for partner in (self.unrelated, self.chinese_institute, self.person, self.archived, self.requester, self.city):
            self.assertNotIn(partner, matches.partner_id, partner.name)

    def test_office_adds_points(self):
        self.manufacturer.representation_office_id = self.office_a
        matches = self._find()
        manufacturer = matches.filtered(lambda m: m.partner_id == self.manufacturer)
        self.assertEqual(manufacturer.score, 57)
        self.assertEqual(matches[0], manufacturer)
        self.assertIn("Looked after by the same office (Test office A)", manufacturer.reason)

    def test_germany_to_china_looks_in_china(self):
        lead = self._create_lead(
            name="Test market access in Anhui", partner_id=self.manufacturer.id, wfk_direction="de_to_cn"
        )
        matches = self._find(lead)
        self.assertEqual(matches.partner_id, self.chinese_institute | self.requester)
        self.assertNotIn(self.manufacturer, matches.partner_id)

    def test_limit_comes_from_the_settings(self):
        settings = self.env["res.config.settings"].create({"wfk_match_limit": 1})
        settings.execute()
        self.assertEqual(self.env["ir.config_parameter"].sudo().get_param("wfk_china_crm.match_limit"), "1")
        self.assertEqual(self._find().partner_id, self.institute)
        with self.assertRaises(ValidationError):
            self.env["res.config.settings"].create({"wfk_match_limit": 0})

    def test_default_limit_is_ten(self):
        self.env["ir.config_parameter"].sudo().search([("key", "=", "wfk_china_crm.match_limit")]).unlink()
        self.assertEqual(self.env["wfk.match"]._wfk_match_limit(), 10)
        for index in range(12):
            self._create_local(f"Test automation supplier {index}", industry_id=self.ind_automation.id)
        self.assertEqual(len(self._find()), 10)

    def test_rerun_replaces_proposals_and_keeps_decisions(self):
        first = self._find()
        declined = first.filtered(lambda m: m.partner_id == self.manufacturer)
        declined.with_user(self.officer_user).action_wfk_decline()
        newcomer = self._create_local(
            "Test Robotics Lab",
            industry_id=self.ind_automation.id,
            wfk_looking_for_ids=[Command.set(self.looking_research.ids)],
        )
        second = self._find()
        self.assertIn(declined, second)
        self.assertEqual(declined.state, "declined")
        self.assertEqual(second.partner_id, self.institute | self.manufacturer | newcomer)
        self.assertFalse((first - declined).exists())
        self.assertEqual(len(second.filtered(lambda m: m.partner_id == self.manufacturer)), 1)

    def test_request_moves_to_matching_but_never_back(self):
        self.assertEqual(self.lead.stage_id, self.stage_new)
        self._find()
        self.assertEqual(self.lead.stage_id, self.stage_matching)
        negotiation = self.env.ref("wfk_china_crm.stage_wfk_negotiation")
        self.lead.stage_id = negotiation
        self._find()
        self.assertEqual(self.lead.stage_id, negotiation)

    def test_request_needs_type_or_industry(self):
        lead = self._create_lead(wfk_request_type=False, industry_id=False, secondary_industry_ids=[Command.clear()])
        with self.assertRaisesRegex(UserError, "request type or an industry"):
            lead.with_user(self.officer_user).action_wfk_find_matches()

    def test_action_shows_the_matches(self):
        action = self.lead.with_user(self.officer_user).action_wfk_find_matches()
        self.assertEqual(action["res_model"], "wfk.match")
        self.assertEqual(action["domain"], [("lead_id", "=", self.lead.id)])
        self.assertEqual(self.lead.wfk_match_count, 2)
        self.assertEqual(self.institute.wfk_match_count, 1)
