from lxml import etree

from odoo.tools.safe_eval import safe_eval

from .cooperation_common import WfkCooperationCase


class TestAgencyRequestViews(WfkCooperationCase):
    """The China Cooperation team's requests show no revenue or probability; other teams keep Odoo's views.

    The views are read as office staff see them (``get_views``), and each ``invisible`` expression is
    evaluated for a request of each team, as the web client does.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sales_team = cls.env.ref("sales_team.team_sales_department")
        cls.request = cls._create_lead(office=cls.office_a)
        cls.deal = cls.env["crm.lead"].create(
            {"name": "Test deal", "type": "opportunity", "team_id": cls.sales_team.id}
        )
        cls.Lead = cls.env["crm.lead"].with_user(cls.office_user)

    def arch(self, view_xmlid, view_type):
        view = self.env.ref(view_xmlid)
        return etree.fromstring(self.Lead.get_views([(view.id, view_type)])["views"][view_type]["arch"])

    def shown(self, node, lead):
        """Whether the web client shows ``node`` for ``lead`` (its ``invisible`` expression is false)."""
        values = {"type": lead.type, "wfk_agency_requests": lead.wfk_agency_requests}
        return not safe_eval(node.get("invisible") or "False", values)

    def test_the_china_team_makes_requests_other_teams_deals(self):
        self.assertTrue(self.team.wfk_agency_requests)
        self.assertTrue(self.request.wfk_agency_requests)
        self.assertFalse(self.deal.wfk_agency_requests)
        self.assertFalse(self.env["crm.team"].create({"name": "Test new team"}).wfk_agency_requests)

    def test_form_hides_revenue_and_probability_of_a_request_only(self):
        arch = self.arch("crm.crm_lead_view_form", "form")
        revenue = arch.xpath("//label[@for='expected_revenue']/..")[0]
        probability = arch.xpath("//label[@for='probability']/..")[0]
        for node in (revenue, probability):
            self.assertFalse(self.shown(node, self.request))
            self.assertTrue(self.shown(node, self.deal))
        outcome = arch.xpath("//page[@name='wfk_outcome']")[0]
        self.assertTrue(outcome.xpath(".//field[@name='wfk_jobs_planned']"))
        self.assertTrue(outcome.xpath(".//field[@name='wfk_investment_amount']"))

    def test_quick_create_asks_a_request_for_type_and_office_not_an_amount(self):
        arch = self.arch("crm.quick_create_opportunity_form", "form")
        revenue = arch.xpath("//field[@name='expected_revenue']")[0]
        self.assertFalse(self.shown(revenue, self.request))
        self.assertTrue(self.shown(revenue, self.deal))
        for name in ("wfk_request_type", "representation_office_id"):
            node = arch.xpath(f"//field[@name='{name}']")[0]
            self.assertTrue(self.shown(node, self.request))
            self.assertFalse(self.shown(node, self.deal))

    def _action_views(self):
        action = self.env.ref("wfk_china_crm.action_wfk_china_cooperation")
        views = [(view.view_id.id, view.view_mode) for view in action.view_ids]
        result = self.Lead.get_views(views)["views"]
        return {view_type: etree.fromstring(result[view_type]["arch"]) for _view_id, view_type in views}

    def test_china_pipeline_counts_requests_instead_of_summing_money(self):
        arches = self._action_views()
        progressbar = arches["kanban"].xpath("//progressbar")[0]
        self.assertIsNone(progressbar.get("sum_field"))
        self.assertFalse(arches["kanban"].xpath("//field[@name='expected_revenue']"))
        self.assertTrue(arches["kanban"].xpath("//field[@name='wfk_request_type']"))

        columns = {node.get("name"): node for node in arches["list"].xpath("//field")}
        for name in ("expected_revenue", "probability"):
            self.assertEqual(columns[name].get("column_invisible"), "True", name)
        self.assertIn("wfk_jobs_planned", columns)

        measures = [node.get("name") for node in arches["pivot"].xpath("//field[@type='measure']")]
        self.assertNotIn("expected_revenue", measures)
        rows = [node.get("name") for node in arches["pivot"].xpath("//field[@type='row']")]
        self.assertEqual(rows[0], "representation_office_id")

    def test_sales_pipeline_keeps_odoos_views(self):
        kanban = self.arch("crm.crm_case_kanban_view_leads", "kanban")
        self.assertEqual(kanban.xpath("//progressbar")[0].get("sum_field"), "expected_revenue")
        listing = self.arch("crm.crm_case_tree_view_oppor", "list")
        self.assertNotEqual(listing.xpath("//field[@name='expected_revenue']")[0].get("column_invisible"), "True")
        pivot = self.arch("crm.crm_lead_view_pivot", "pivot")
        self.assertIn("expected_revenue", [node.get("name") for node in pivot.xpath("//field[@type='measure']")])


class TestAgencyRequestsOutOfLeadScoring(WfkCooperationCase):
    """Odoo's predictive lead scoring learns from closed deals only, never from an agency's requests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("crm.pls_start_date", "2019-01-01")
        cls.sales_team = cls.env.ref("sales_team.team_sales_department")
        cls.Frequency = cls.env["crm.lead.scoring.frequency"].sudo()

    def frequencies(self, team):
        frequencies = self.Frequency.search([("team_id", "=", team.id)])
        return {(f.variable, f.value): (f.won_count, f.lost_count) for f in frequencies}

    def test_winning_or_losing_a_request_leaves_the_frequencies_alone(self):
        before = self.frequencies(self.team)
        won, lost = self._create_lead(), self._create_lead(name="Test lost request")
        won.with_user(self.officer_user).write({"stage_id": self.env.ref("wfk_china_crm.stage_wfk_agreement").id})
        lost.with_user(self.officer_user).action_set_lost()
        self.assertTrue(won.stage_id.is_won)
        self.assertEqual(won.won_status, "won")
        self.assertEqual(lost.won_status, "lost")
        self.assertEqual(self.frequencies(self.team), before)

    def test_a_won_deal_of_another_team_is_still_learnt_from(self):
        deal = self.env["crm.lead"].create({"name": "Test deal", "type": "opportunity", "team_id": self.sales_team.id})
        before = self.frequencies(self.sales_team)
        deal.action_set_won()
        after = self.frequencies(self.sales_team)
        self.assertGreater(sum(won for won, _lost in after.values()), sum(won for won, _lost in before.values()))

    def test_the_rebuild_reads_deals_only(self):
        request, deal = (
            self._create_lead(),
            self.env["crm.lead"].create({"name": "Test deal", "type": "opportunity", "team_id": self.sales_team.id}),
        )
        (request | deal).action_set_lost()
        self.env["crm.lead"]._rebuild_pls_frequency_table()
        self.assertFalse(self.frequencies(self.team))
        self.assertTrue(self.frequencies(self.sales_team))

    def test_a_request_is_at_100_percent_in_its_won_stage_only(self):
        request = self._create_lead().with_user(self.officer_user)
        self.assertEqual(request.probability, 0)
        request.write({"stage_id": self.env.ref("wfk_china_crm.stage_wfk_agreement").id})
        self.assertEqual((request.probability, request.won_status), (100, "won"))
        request.write({"stage_id": self.env.ref("wfk_china_crm.stage_wfk_negotiation").id})
        self.assertEqual((request.probability, request.won_status), (0, "pending"))
        self.assertFalse(request.date_closed)
