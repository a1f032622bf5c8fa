from odoo import Command
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestUiMatchmakingTour(HttpCase):
    """Find matches and introduce one, clicked through in headless Chromium by office staff."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.office_user = new_test_user(
            cls.env,
            login="tour_match_user",
            name="Tour Match User",
            email="tour.match@example.com",
            groups="wfk_china_crm.group_wfk_office_staff",
        )
        office = cls.env["wfk.representation.office"].create(
            {
                "name": "Tour office Yangzhou",
                "code": "TOUR-YZ",
                "state": "active",
                "user_ids": [(6, 0, cls.office_user.ids)],
            }
        )
        industry = cls.env["res.partner.industry"].create({"name": "Tour automation"})
        research = cls.env.ref("wfk_china_crm.looking_for_research_partners")
        Partner = cls.env["res.partner"]
        cls.institute = Partner.create(
            {
                "name": "Tour Automation Institute",
                "is_company": True,
                "email": "institute@example.de",
                "country_id": cls.env.ref("base.de").id,
                "industry_id": industry.id,
                "wfk_looking_for_ids": [Command.set(research.ids)],
                "wfk_offer": "Applied research in automation",
                "wfk_china_relation": "contacts",
                "wfk_profile_published": True,
            }
        )
        requester = Partner.create(
            {
                "name": "Tour Chuzhou Park",
                "is_company": True,
                "email": "park@example.cn",
                "country_id": cls.env.ref("base.cn").id,
            }
        )
        cls.lead = cls.env["crm.lead"].create(
            {
                "name": "Tour research partners",
                "type": "opportunity",
                "team_id": cls.env.ref("wfk_china_crm.crm_team_china_cooperation").id,
                "partner_id": requester.id,
                "wfk_request_type": "research_partner",
                "wfk_direction": "cn_to_de",
                "industry_id": industry.id,
                "representation_office_id": office.id,
                "user_id": cls.office_user.id,
            }
        )

    def test_office_staff_find_and_introduce_a_partner(self):
        self.start_tour(f"/odoo/crm.lead/{self.lead.id}", "wfk_matchmaking_tour", login="tour_match_user")
        match = self.lead.wfk_match_ids.filtered(lambda m: m.partner_id == self.institute)
        self.assertEqual(match.state, "introduced")
        self.assertEqual(match.introduced_by_id, self.office_user)
        self.assertEqual(self.lead.stage_id, self.env.ref("wfk_china_crm.stage_wfk_introduced"))
