import base64
import json

from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestChinaCooperationDashboard(TransactionCase):
    """The shipped dashboard: visible to officers and managers, every pivot reads real data."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dashboard = cls.env.ref("wfk_isa_membership.spreadsheet_dashboard_china_cooperation")
        cls.officer = new_test_user(cls.env, login="dash_officer", groups="wfk_china_crm.group_wfk_officer")
        cls.manager = new_test_user(cls.env, login="dash_manager", groups="wfk_china_crm.group_wfk_manager")
        cls.staff = new_test_user(cls.env, login="dash_staff", groups="wfk_china_crm.group_wfk_office_staff")

    def _spreadsheet(self):
        return json.loads(base64.b64decode(self.dashboard.spreadsheet_binary_data))

    def test_visible_to_officers_and_managers_only(self):
        Dashboard = self.env["spreadsheet.dashboard"]
        self.assertIn(self.dashboard, Dashboard.with_user(self.officer).search([]))
        self.assertIn(self.dashboard, Dashboard.with_user(self.manager).search([]))
        self.assertNotIn(self.dashboard, Dashboard.with_user(self.staff).search([]))
        with self.assertRaises(AccessError):
            self.dashboard.with_user(self.staff).read(["spreadsheet_binary_data"])

    def test_blocks_named_in_the_issue(self):
        pivots = self._spreadsheet()["pivots"]
        names = {p["name"] for p in pivots.values()}
        self.assertEqual(
            names,
            {
                "Requests by stage and office",
                "Won requests by year",
                "Contacts logged (last 90 days) by office",
                "Funnel: average days in each stage",
                "Top industries",
                "Memberships by status",
            },
        )

    def test_every_pivot_reads_as_an_officer(self):
        for pivot in self._spreadsheet()["pivots"].values():
            with self.subTest(pivot=pivot["name"]):
                Model = self.env[pivot["model"]].with_user(self.officer)
                groupby = [g["fieldName"] for g in pivot["rows"] + pivot["columns"]]
                for name in groupby:
                    self.assertIn(name.split(":")[0], Model._fields)
                Model.read_group(pivot["domain"], ["__count"], groupby, lazy=False)

    def test_the_office_filter_applies_to_every_block_with_an_office(self):
        data = self._spreadsheet()
        [office_filter] = [f for f in data["globalFilters"] if f["type"] == "relation"]
        self.assertEqual(office_filter["modelName"], "wfk.representation.office")
        for pivot in data["pivots"].values():
            with self.subTest(pivot=pivot["name"]):
                Model = self.env[pivot["model"]]
                office_fields = [
                    name
                    for name, field in Model._fields.items()
                    if field.type == "many2one" and field.comodel_name == "wfk.representation.office" and field.store
                ]
                matching = pivot["fieldMatching"].get(office_filter["id"])
                if office_fields:
                    self.assertIn(matching["chain"], office_fields)
                else:
                    self.assertIsNone(matching)
