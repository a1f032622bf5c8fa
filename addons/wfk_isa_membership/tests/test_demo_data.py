from datetime import date

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestIsaDemoData(TransactionCase):
    """The demo data tells the 2019 story (this test relies on demo data: scripts/test.sh installs it)."""

    def _membership(self, xmlid):
        return self.env.ref(f"wfk_isa_membership.membership_{xmlid}")

    def test_members_of_the_alliance_as_in_the_sources(self):
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
        leads = self.env["crm.lead"].search([("event_id", "=", matchmaking.id)])
        self.assertEqual(len(leads), len(matchmaking.registration_ids))
        self.assertEqual(leads.team_id, self.env.ref("wfk_china_crm.crm_team_china_cooperation"))
        self.assertTrue(all(leads.mapped("wfk_origin_city_id")))
        # the demo requests are exactly what the shipped rule makes of the registrations
        rule = self.env.ref("wfk_isa_membership.event_lead_rule_isa_matchmaking")
        for lead in leads:
            expected = lead.registration_ids._get_lead_values(rule)
            for field in ("team_id", "stage_id", "partner_id", "wfk_origin_city_id"):
                self.assertEqual(lead[field].id, expected[field], f"{lead.name}: {field}")
            for field in ("name", "type", "wfk_request_type", "wfk_direction"):
                self.assertEqual(lead[field], expected[field], f"{lead.name}: {field}")
        self.assertFalse(rule._run_on_registrations(matchmaking.registration_ids), "no request is made twice")

    def test_memberships_in_every_status_with_their_history(self):
        Membership = self.env["wfk.isa.membership"]
        statuses = {key for key, _label in Membership._fields["status"].selection}
        self.assertEqual(set(Membership.search([]).mapped("status")), statuses)
        chuzhou = self._membership("chuzhou")
        history = chuzhou.status_line_ids.sorted("date_from")
        self.assertEqual(history.mapped("status"), ["observer", "suspended", "left"])
        self.assertEqual(history[0].date_from, date(2019, 9, 12))
        self.assertEqual(chuzhou.date_left, date(2023, 6, 30))
        self.assertEqual(chuzhou.status_on(date(2022, 1, 1)), "observer")

    def test_kaiserslautern_joined_before_the_september_trip(self):
        trip = self.env.ref("wfk_china_crm.delegation_kl_china_2018")
        self.assertLess(self._membership("kaiserslautern").date_joined, trip.date_start)

    def test_past_events_ended_and_upcoming_ones_announced(self):
        events = self.env["event.event"].search([("wfk_isa_kind", "!=", False)])
        done = self.env.ref("event.event_stage_done")
        today = date.today()
        past = events.filtered(lambda event: event.date_end.date() < today)
        upcoming = events - past
        self.assertTrue(past and upcoming)
        self.assertEqual(past.stage_id, done)
        self.assertNotIn(done, upcoming.stage_id)
        self.assertGreaterEqual(len(upcoming.stage_id), 2, "the kanban shows more than one column")
