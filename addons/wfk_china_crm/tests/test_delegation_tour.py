from datetime import date

from odoo.tests import tagged

from .common import WfkTourCase


@tagged("post_install", "-at_install")
class TestDelegationTour(WfkTourCase):
    """From a visit request to a confirmed delegation, clicked through as the demo officer in German."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Anna Becker, the demo's officer: German interface (scripts/test.sh installs the demo)
        cls.officer = cls.env.ref("wfk_china_crm.user_wfk_officer_demo")
        city = cls.env["res.partner"].create({"name": "Tour City", "is_company": True, "city": "Tour City"})
        cls.mayor = cls.env["res.partner"].create({"name": "Tour Mayor", "parent_id": city.id, "function": "Mayor"})
        cls.host = cls.env["res.partner"].create(
            {"name": "Tour Yangzhou Municipal Government", "is_company": True, "city": "Yangzhou"}
        )
        cls.request = cls.env["crm.lead"].create(
            {
                "name": "Delegation visit to Tour City",
                "type": "opportunity",
                "partner_id": city.id,
                "user_id": cls.officer.id,
                "wfk_request_type": "delegation_visit",
                "wfk_direction": "de_to_cn",
                "wfk_origin_city_id": city.id,
            }
        )

    def test_plan_and_confirm_a_delegation_from_a_request(self):
        url = f"/odoo/crm.lead/{self.request.id}"
        self.start_tour(url, "wfk_plan_delegation_tour", login=self.officer.login)
        delegation = self.request.wfk_planned_delegation_ids
        self.assertEqual(len(delegation), 1)
        self.assertEqual(delegation.state, "confirmed")
        self.assertEqual((delegation.date_start, delegation.date_end), (date(2030, 9, 10), date(2030, 9, 14)))
        self.assertEqual(delegation.participant_ids.partner_id, self.mayor)
        self.assertEqual(delegation.participant_ids.role, "Mayor")
        self.assertEqual(delegation.stop_ids.mapped("city"), ["Tour City", "Yangzhou"])
        stop = delegation.stop_ids.filtered(lambda s: s.city == "Yangzhou")
        self.assertEqual(stop.host_partner_id, self.host)
        self.assertEqual(stop.date_start, date(2030, 9, 10))
        self.assertEqual(delegation.activity_ids.user_id, self.officer)
        # what the officer printed: the report of the confirmed delegation with its participant and stops
        html = (
            self.env["ir.actions.report"]
            .with_user(self.officer)
            ._render_qweb_html("wfk_china_crm.action_report_wfk_delegation", delegation.ids)[0]
            .decode()
        )
        for text in ("Delegation visit to Tour City", "Tour Mayor", "Yangzhou", "Tour Yangzhou Municipal Government"):
            self.assertIn(text, html)
