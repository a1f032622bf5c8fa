from datetime import date

from odoo.addons.wfk_china_crm.tests.common import WfkTourCase
from odoo.addons.wfk_china_crm.tests.common import pipeline_review_cells
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestUiManagerTour(WfkTourCase):
    """The demo's manager opens the dashboard and prints the pipeline review in German, in headless Chromium."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Thomas Krämer, the demo's manager: German interface (scripts/test.sh installs the demo)
        cls.manager = cls.env.ref("wfk_china_crm.user_wfk_manager_demo")
        cls.office = cls._create_tour_office("Shanghai")
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
        url = "/odoo/action-wfk_china_crm.action_wfk_china_cooperation"
        self.start_tour(url, "wfk_manager_review_tour", login=self.manager.login)
        wizard = self.env["wfk.pipeline.review.wizard"].search([("create_uid", "=", self.manager.id)])
        self.assertEqual(len(wizard), 1)
        self.assertEqual(wizard.date_from, date(2024, 1, 1))
        self.assertEqual(wizard.office_ids, self.office)
        cells = pipeline_review_cells(wizard, self.manager, "o_wfk_per_office")
        self.assertEqual(cells, ["Tour office Shanghai", "1", "0", "0", "1"])  # one new request, still open
