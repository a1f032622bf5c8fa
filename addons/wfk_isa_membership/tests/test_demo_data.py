from datetime import date

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestIsaDemoData(TransactionCase):
    """The demo data tells the 2019 story (this test relies on demo data: scripts/test.sh installs it)."""

    def _membership(self, xmlid):
        return self.env.ref(f"wfk_isa_membership.membership_{xmlid}")

    def test_members_named_in_the_issue(self):
        german_before = [
            "aachen", "bottrop", "chemnitz", "fulda", "schwarzwald", "ingolstadt", "koeln", "mainz", "nuernberg",
            "drei_gewinnt", "solingen", "wuppertal",
        ]  # fmt: skip
        for name in german_before:
            membership = self._membership(name)
            self.assertEqual(membership.status, "member", name)
            self.assertLess(membership.date_joined, date(2019, 4, 23), name)
        hannover = self.env.ref("wfk_isa_membership.event_isa_hannover_2019")
        for name in ["kaiserslautern", "hildesheim", "goettingen", "ludwigshafen", "neuss"]:
            membership = self._membership(name)
            self.assertEqual(membership.date_joined, date(2019, 4, 23), name)
            self.assertEqual(membership.admission_event_id, hannover, name)
        self.assertEqual(self._membership("neuss").member_kind, "district")
        self.assertEqual(self._membership("fulda").member_kind, "region")
        drei_gewinnt = self._membership("drei_gewinnt")
        self.assertEqual(drei_gewinnt.member_kind, "city_network")
        self.assertEqual(
            sorted(drei_gewinnt.network_member_ids.mapped("name")), ["Kelsterbach", "Raunheim", "Rüsselsheim am Main"]
        )
        for name in ["foshan", "guiyang", "maoming", "taicang"]:
            self.assertEqual(self._membership(name).country_id, self.env.ref("base.cn"), name)

    def test_taicang_became_a_member_in_october_2019(self):
        taicang = self._membership("taicang")
        Membership = self.env["wfk.isa.membership"]
        self.assertNotIn(taicang, Membership.member_on(date(2019, 10, 1)))
        self.assertIn(taicang, Membership.member_on(date(2019, 11, 1)))
        self.assertEqual(taicang.status_on(date(2019, 10, 1)), "observer")
        self.assertEqual(taicang.admission_event_id, self.env.ref("wfk_isa_membership.event_isa_plenary_8"))
        on_oct_1 = Membership.member_on(date(2019, 10, 1))
        self.assertIn(self._membership("kaiserslautern"), on_oct_1)
        self.assertNotIn(self._membership("kaiserslautern"), Membership.member_on(date(2019, 4, 22)))

    def test_events_of_october_2019(self):
        plenary = self.env.ref("wfk_isa_membership.event_isa_plenary_8")
        self.assertEqual((plenary.wfk_isa_kind, plenary.wfk_plenary_number), ("plenary", 8))
        fair = self.env.ref("wfk_isa_membership.event_isa_internet_plus_2019")
        self.assertEqual(fair.wfk_isa_kind, "trade_fair")
        booth = self.env.ref("wfk_isa_membership.event_booth_isa_internet_plus_2019")
        self.assertEqual(booth.event_id, fair)
        self.assertEqual(booth.booth_category_id, self.env.ref("wfk_isa_membership.event_booth_category_isa_joint"))
        self.assertEqual(booth.wfk_exhibitor_count, 10)
        matchmaking = self.env.ref("wfk_isa_membership.event_isa_guiyang_matchmaking_2019")
        self.assertEqual(matchmaking.wfk_isa_kind, "matchmaking")
        self.assertEqual(len(matchmaking.registration_ids), 9)

    def test_guiyang_matchmaking_makes_cooperation_requests(self):
        """Running the shipped rule on the demo registrations (Execute Rule) files one request each."""
        matchmaking = self.env.ref("wfk_isa_membership.event_isa_guiyang_matchmaking_2019")
        rule = self.env.ref("wfk_isa_membership.event_lead_rule_isa_matchmaking")
        leads = matchmaking.registration_ids._apply_lead_generation_rules(rule)
        self.assertEqual(len(leads), 9)
        self.assertEqual(leads.team_id, self.env.ref("wfk_china_crm.crm_team_china_cooperation"))
        self.assertEqual(leads.stage_id, self.env.ref("wfk_china_crm.stage_wfk_new"))
        by_partner = {lead.partner_id.name: lead for lead in leads}
        company = by_partner["Guiyang Cloud Data Technology Co., Ltd. (demo)"]
        self.assertEqual(company.wfk_origin_city_id, self.env.ref("wfk_isa_membership.partner_isa_guiyang"))
        self.assertEqual((company.wfk_request_type, company.wfk_direction), ("office_space", "cn_to_de"))
        goettingen = by_partner["Göttinger Softwarehaus GmbH (demo)"]
        self.assertEqual(goettingen.wfk_origin_city_id, self.env.ref("wfk_isa_membership.partner_isa_goettingen"))
        self.assertEqual((goettingen.wfk_request_type, goettingen.wfk_direction), ("market_access", "de_to_cn"))
        self.assertEqual(by_partner["Guiyang"].wfk_request_type, rule.lead_wfk_request_type)
        self.assertFalse(rule._run_on_registrations(matchmaking.registration_ids), "no request is made twice")
