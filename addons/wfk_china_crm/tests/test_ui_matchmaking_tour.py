from odoo import Command
from odoo.tests import tagged

from .common import WfkTourCase


@tagged("post_install", "-at_install")
class TestUiMatchmakingTour(WfkTourCase):
    """The demo officer records a request, finds matches and introduces one, in German, in headless Chromium."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Anna Becker, the demo's officer: German interface (scripts/test.sh installs the demo)
        cls.officer = cls.env.ref("wfk_china_crm.user_wfk_officer_demo")
        cls.office = cls._create_tour_office("Yangzhou")
        cls.industry = cls.env["res.partner.industry"].create({"name": "Tour automation"})
        research = cls.env.ref("wfk_china_crm.looking_for_research_partners")
        Partner = cls.env["res.partner"]
        cls.institute = Partner.create(
            {
                "name": "Tour Automation Institute",
                "is_company": True,
                "email": "institute@example.de",
                "country_id": cls.env.ref("base.de").id,
                "industry_id": cls.industry.id,
                "wfk_looking_for_ids": [Command.set(research.ids)],
                "wfk_offer": "Applied research in automation",
                "wfk_china_relation": "contacts",
                "wfk_profile_published": True,
            }
        )
        cls.requester = Partner.create(
            {
                "name": "Tour Chuzhou Park",
                "is_company": True,
                "email": "park@example.cn",
                "country_id": cls.env.ref("base.cn").id,
            }
        )

    def test_officer_records_a_request_finds_and_introduces_a_partner(self):
        self.start_tour(
            "/odoo/action-wfk_china_crm.action_wfk_china_cooperation",
            "wfk_matchmaking_tour",
            login=self.officer.login,
        )
        lead = self.env["crm.lead"].search([("name", "=", "Research partners for automation")])
        self.assertEqual(len(lead), 1)
        self.assertEqual(lead.create_uid, self.officer)
        self.assertEqual(lead.type, "opportunity")
        self.assertEqual(lead.team_id, self.env.ref("wfk_china_crm.crm_team_china_cooperation"))
        self.assertEqual(lead.partner_id, self.requester)
        self.assertEqual(lead.wfk_request_type, "research_partner")
        self.assertEqual(lead.wfk_direction, "cn_to_de")
        self.assertEqual(lead.industry_id, self.industry)
        self.assertEqual(lead.representation_office_id, self.office)
        match = lead.wfk_match_ids.filtered(lambda m: m.partner_id == self.institute)
        self.assertEqual(match.state, "introduced")
        self.assertEqual(match.introduced_by_id, self.officer)
        self.assertEqual(lead.stage_id, self.env.ref("wfk_china_crm.stage_wfk_introduced"))
