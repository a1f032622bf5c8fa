import re

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import WfkOfficeCase


@tagged("post_install", "-at_install")
class TestPipelineReview(WfkOfficeCase):
    """The board-ready PDF: totals, per office, won requests with figures."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        won_stage = cls.env.ref("wfk_china_crm.stage_wfk_agreement")
        cls.team = cls.env.ref("wfk_china_crm.crm_team_china_cooperation")
        (cls.lead | cls.other_lead).team_id = cls.team
        cls.won = cls.env["crm.lead"].create(
            {
                "name": "Settlement of a Foshan robotics firm",
                "type": "opportunity",
                "team_id": cls.team.id,
                "representation_office_id": cls.other_office.id,
                "wfk_jobs_planned": 25,
                "wfk_investment_amount": 2500000,
                "wfk_area_m2": 1800,
            }
        )
        cls.won.stage_id = won_stage
        today = fields.Date.today()
        cls.wizard = cls.env["wfk.pipeline.review.wizard"].create(
            {
                "date_from": today.replace(month=1, day=1),
                "date_to": today,
                "office_ids": [(6, 0, (cls.office | cls.other_office).ids)],
            }
        )

    def _html(self, wizard):
        html, _fmt = self.env["ir.actions.report"]._render_qweb_html("wfk_china_crm.report_pipeline_review", wizard.ids)
        return html.decode()

    def test_review_data(self):
        data = self.wizard._get_review_data()
        self.assertEqual(data["won"]["count"], 1)
        self.assertEqual(data["won"]["jobs"], 25)
        self.assertEqual(data["new"]["count"], 3)  # the fixture's two requests and the won one
        rows = {row["office"]: row for row in data["per_office"]}
        self.assertEqual(rows[self.other_office]["won"], 1)
        self.assertEqual(rows[self.office]["pending"], 1)

    def test_report_renders_totals(self):
        html = self._html(self.wizard)
        self.assertIn("Pipeline review", html)
        self.assertIn("Settlement of a Foshan robotics firm", html)
        won_row = re.search(r'class="o_wfk_total_won">(.*?)</tr>', html, re.S).group(1)
        cells = re.findall(r"<span>([^<]*)</span>", won_row)
        self.assertEqual(cells[:2], ["1", "25"])
        self.assertIn("Test office Foshan", html)

    def test_planned_against_realised(self):
        """The won requests' realised figures, as last checked, beside what was planned."""
        self.won.write(
            {
                "wfk_jobs_realised": 18,
                "wfk_investment_realised": 1800000,
                "wfk_area_realised_m2": 1500,
                "wfk_outcome_checked_on": fields.Date.today(),
            }
        )
        won = self.wizard._get_review_data()["won"]
        self.assertEqual((won["jobs"], won["realised"]["jobs"]), (25, 18))
        self.assertEqual(won["realised"]["investment"], 1800000)
        self.assertEqual(won["realised"]["area"], 1500)
        html = self._html(self.wizard)
        realised_row = re.search(r'class="o_wfk_total_won_realised">(.*?)</tr>', html, re.S).group(1)
        self.assertEqual(re.findall(r"<span>([^<]*)</span>", realised_row)[0], "18")

    def test_realised_figures_cannot_be_negative(self):
        with self.assertRaises(ValidationError):
            self.won.wfk_jobs_realised = -1

    def test_office_selection(self):
        self.wizard.office_ids = self.office
        data = self.wizard._get_review_data()
        self.assertEqual(data["won"]["count"], 0)
        self.assertEqual({row["office"] for row in data["per_office"]}, {self.office})

    def test_pdf_is_produced(self):
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        pdf, fmt = Report._render_qweb_pdf("wfk_china_crm.report_pipeline_review", self.wizard.ids)
        self.assertEqual(fmt, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))

    def test_period_must_be_ordered(self):
        with self.assertRaises(ValidationError):
            self.wizard.date_to = self.wizard.date_from.replace(year=self.wizard.date_from.year - 1)

    def test_print_action(self):
        action = self.wizard.with_user(self.officer_user).action_print()
        self.assertEqual(action["report_name"], "wfk_china_crm.report_pipeline_review")
