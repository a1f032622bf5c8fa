from datetime import date

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDelegationDemo(TransactionCase):
    """The demo data tells the story of the September trip (this test relies on demo data on purpose)."""

    def test_september_trip(self):
        trip = self.env.ref("wfk_china_crm.delegation_kl_china_2018")
        self.assertEqual((trip.date_start, trip.date_end), (date(2019, 9, 10), date(2019, 9, 18)))
        self.assertEqual(trip.state, "done")
        self.assertEqual(trip.participant_count, 13)
        self.assertEqual(set(trip.leader_ids.mapped("name")), {"Ralf Leßmeister", "Klaus Weichel"})
        self.assertEqual(trip.stop_ids.mapped("city"), ["Yangzhou", "Chuzhou", "Shanghai", "Foshan"])
        kinds = trip.outcome_ids.mapped("kind")
        self.assertEqual(kinds.count("office_opened"), 3)
        self.assertIn("mou", kinds)
        self.assertTrue(trip.recommendations)
        self.assertGreaterEqual(trip.lead_count, 3)
        self.assertEqual(trip.self_paid_count + trip.agency_paid_count, 11)

    def test_open_visit_requests(self):
        requests = self.env["crm.lead"].search(
            [("wfk_request_type", "=", "delegation_visit"), ("stage_id.is_won", "=", False)]
        )
        names = " ".join(requests.mapped("name"))
        for place in ("Shunyi", "Beijing", "Huanyan"):
            self.assertIn(place, names)
        shunyi = self.env.ref("wfk_china_crm.lead_delegation_visit_shunyi")
        self.assertEqual(shunyi.wfk_planned_delegation_ids, self.env.ref("wfk_china_crm.delegation_shunyi_visit"))
