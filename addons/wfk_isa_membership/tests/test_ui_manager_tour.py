import re
from datetime import date

from odoo.addons.wfk_china_crm.tests.common import WfkTourCase
from odoo.tests import new_test_user, tagged


@tagged("post_install", "-at_install")
class TestUiManagerTour(WfkTourCase):
    """A manager opens the dashboard and prints the pipeline review, clicked through in headless Chromium."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(
            cls.env, login="tour_manager", name="Tour Manager", groups="wfk_china_crm.group_wfk_manager"
        )
        cls.office = cls.env["wfk.representation.office"].create(
            {"name": "Tour office Shanghai", "code": "TOUR-SH", "state": "active"}
        )
        cls.lead = cls.env["crm.lead"].create(
            {
                "name": "Tour office space in Kaiserslautern",
                "type": "opportunity",
                "team_id": cls.env.ref("wfk_china_crm.crm_team_china_cooperation").id,
                "wfk_request_type": "office_space",
                "representation_office_id": cls.office.id,
            }
        )

    def test_manager_opens_the_dashboard_and_prints_the_pipeline_review(self):
        self.start_tour(
            "/odoo/action-wfk_china_crm.action_wfk_china_cooperation", "wfk_manager_review_tour", login="tour_manager"
        )
        wizard = self.env["wfk.pipeline.review.wizard"].search([("create_uid", "=", self.manager.id)])
        self.assertEqual(len(wizard), 1)
        self.assertEqual(wizard.date_from, date(2024, 1, 1))
        self.assertEqual(wizard.office_ids, self.office)
        html = (
            self.env["ir.actions.report"]
            .with_user(self.manager)
            ._render_qweb_html("wfk_china_crm.action_report_pipeline_review", wizard.ids)[0]
            .decode()
        )
        per_office = html.split('class="table table-sm o_wfk_per_office"', 1)[1].split("</table>", 1)[0]
        cells = re.findall(r"<td[^>]*><span>([^<]*)</span></td>", per_office)
        self.assertEqual(cells, ["Tour office Shanghai", "1", "0", "0", "1"])  # one new request, still open
