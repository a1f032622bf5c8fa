import base64
import json
import re
from datetime import datetime

from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.addons.wfk_china_crm.tests.common import WfkOfficeCase
from odoo.exceptions import AccessError
from odoo.fields import Domain
from odoo.tests import new_test_user, tagged

PIVOT_VALUE = re.compile(r'^=IFERROR\(PIVOT\.VALUE\((\d+),"([^"]+)"\)\+0,0\)$')
PIVOT_TABLE = re.compile(r"^=PIVOT\((\d+), (\d+), (TRUE|FALSE), (TRUE|FALSE), (\d+), (TRUE|FALSE)\)$")
PERIOD_DEFAULTS = {"this_year": lambda today: (today.replace(month=1, day=1), relativedelta(years=1))}


@tagged("post_install", "-at_install")
class TestChinaCooperationDashboard(WfkOfficeCase):
    """The shipped dashboard: who sees it, what it shows, and that its figures are the pipeline review's."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dashboard = cls.env.ref("wfk_isa_membership.spreadsheet_dashboard_china_cooperation")
        cls.officer = new_test_user(cls.env, login="dash_officer", groups="wfk_china_crm.group_wfk_officer")
        cls.manager = new_test_user(cls.env, login="dash_manager", groups="wfk_china_crm.group_wfk_manager")
        cls.staff = new_test_user(cls.env, login="dash_staff", groups="wfk_china_crm.group_wfk_office_staff")
        cls.data = json.loads(base64.b64decode(cls.dashboard.spreadsheet_binary_data))
        cls._requests_of_known_outcome()

    @classmethod
    def _requests_of_known_outcome(cls):
        """Won this year and last year, lost, open, in both offices; and a won sales deal that must not count."""
        team = cls.env.ref("wfk_china_crm.crm_team_china_cooperation")
        won_stage = cls.env.ref("wfk_china_crm.stage_wfk_agreement")
        Lead = cls.env["crm.lead"]
        (cls.lead | cls.other_lead).team_id = team
        this_year = fields.Datetime.now().replace(month=1, day=1, hour=9)

        def request(name, office, closed=None, **values):
            lead = Lead.create(
                {"name": name, "type": "opportunity", "team_id": team.id, "representation_office_id": office.id}
                | values
            )
            if closed:
                lead.stage_id = won_stage
                lead.date_closed = closed
            return lead

        request("Settlement of a robotics firm", cls.office, this_year, wfk_jobs_planned=25, wfk_investment_amount=2e6)
        request(
            "Office for a software firm", cls.other_office, this_year, wfk_jobs_planned=4, wfk_investment_amount=1e5
        )
        request("Won the year before", cls.office, this_year - relativedelta(months=3), wfk_jobs_planned=99)
        request("Lost this year", cls.other_office).action_set_lost()
        request("Still open", cls.other_office)
        sales_deal = Lead.create(
            {
                "name": "A sales deal",
                "type": "opportunity",
                "team_id": cls.env.ref("sales_team.team_sales_department").id,
            }
        )
        sales_deal.action_set_won()

    # --- helpers -----------------------------------------------------------------------------------

    def _sheet(self, name):
        return next(sheet for sheet in self.data["sheets"] if sheet["name"] == name)

    def _filter(self, filter_type):
        return next(f for f in self.data["globalFilters"] if f["type"] == filter_type)

    def _key_figures(self):
        """{scorecard title: the Data-sheet formula behind its figure}"""
        data_cells = self._sheet("Data")["cells"]
        figures = {}
        for figure in self._sheet("Dashboard")["figures"]:
            if figure["data"]["type"] == "scorecard":
                shown = data_cells[figure["data"]["keyValue"].removeprefix("Data!")]
                source = re.fullmatch(r"=(?:FORMAT\.LARGE\.NUMBER\()?([A-Z]+\d+)\)?", shown).group(1)
                figures[figure["data"]["title"]["text"]] = data_cells[source]
        return figures

    def _evaluate(self, formula, user, office=None):
        """A key figure as the spreadsheet computes it: the pivot's domain, the global filters at their default
        (or the given office), read as ``user``."""
        pivot_id, measure = PIVOT_VALUE.fullmatch(formula).groups()
        pivot = self.data["pivots"][pivot_id]
        domain = Domain(pivot["domain"])
        for global_filter in self.data["globalFilters"]:
            matching = pivot["fieldMatching"].get(global_filter["id"])
            if not matching:
                continue
            if global_filter["type"] == "date":
                start, length = PERIOD_DEFAULTS[global_filter["defaultValue"]](fields.Datetime.now().date())
                start = datetime.combine(start, datetime.min.time()) + length * matching["offset"]
                domain &= Domain(matching["chain"], ">=", start) & Domain(matching["chain"], "<", start + length)
            elif global_filter["type"] == "relation" and office:
                domain &= Domain(matching["chain"], "in", office.ids)
        [[value]] = self.env[pivot["model"]].with_user(user)._read_group(domain, [], [measure])
        return value

    # --- tests -------------------------------------------------------------------------------------

    def test_visible_to_officers_and_managers_only(self):
        Dashboard = self.env["spreadsheet.dashboard"]
        self.assertIn(self.dashboard, Dashboard.with_user(self.officer).search([]))
        self.assertIn(self.dashboard, Dashboard.with_user(self.manager).search([]))
        self.assertNotIn(self.dashboard, Dashboard.with_user(self.staff).search([]))
        with self.assertRaises(AccessError):
            self.dashboard.with_user(self.staff).read(["spreadsheet_binary_data"])

    def test_key_figures_shown(self):
        self.assertEqual(
            set(self._key_figures()),
            {
                "Open requests",
                "Won in the period",
                "Jobs planned (won)",
                "Investment planned (won, EUR)",
                "Contacts logged this month",
                "Active ISA memberships",
            },
        )
        titles = {cell for cell in self._sheet("Dashboard")["cells"].values() if cell.startswith('=_t("')}
        for title in (
            "Requests per month by office",
            "Requests of the period by type and office",
            "Open requests by stage and office",
            "Funnel: time in each stage, conversion and losses",
            "Won requests: planned and realised",
            "Stale requests (no contact, no activity)",
            "Most active organisations (contacts logged)",
            "ISA memberships by status",
        ):
            self.assertIn(f'=_t("{title}")', titles)
        [chart] = [f for f in self._sheet("Dashboard")["figures"] if f["data"]["type"] == "odoo_bar"]
        self.assertEqual(chart["data"]["metaData"]["groupBy"], ["create_date:month", "representation_office_id"])
        self.assertTrue(chart["data"]["stacked"])
        self.assertEqual(
            [(f["type"], f["label"]) for f in self.data["globalFilters"]],
            [("date", "Period"), ("relation", "Office"), ("selection", "Request type")],
        )

    def test_china_cooperation_data_only(self):
        """Every block on requests is limited to agency teams: a won sales deal counts nowhere."""
        for source in [*self.data["pivots"].values(), *self.data["lists"].values()]:
            if source["model"] in ("wfk.cooperation.report", "wfk.funnel.report", "crm.lead"):
                self.assertIn(["team_id.wfk_agency_requests", "=", True], source["domain"])
        [chart] = [f for f in self._sheet("Dashboard")["figures"] if f["data"]["type"] == "odoo_bar"]
        self.assertIn(["team_id.wfk_agency_requests", "=", True], chart["data"]["searchParams"]["domain"])

    def test_no_unlabelled_column(self):
        """No column is headed "Count" or left without a header: a lone measure shows no measure row (the title
        says what is counted), several measures are labelled fields, grouped columns are headed by their values;
        a pivot's corner (its name, never translated) stays empty."""
        tables = [PIVOT_TABLE.fullmatch(c) for c in self._sheet("Dashboard")["cells"].values() if "=PIVOT(" in c]
        self.assertEqual(len(tables), len(self.data["pivots"]) - 5)  # five more feed the key figures
        for table in tables:
            pivot_id, _rows, _totals, column_titles, _columns, measure_titles = table.groups()
            pivot = self.data["pivots"][pivot_id]
            with self.subTest(pivot=pivot_id):
                self.assertEqual(pivot["name"], "")
                Model = self.env[pivot["model"]]
                if len(pivot["measures"]) == 1:
                    self.assertEqual(measure_titles, "FALSE")
                else:
                    self.assertEqual(measure_titles, "TRUE")
                    for m in pivot["measures"]:
                        self.assertNotEqual(m["fieldName"], "__count")
                        self.assertTrue(Model._fields[m["fieldName"]].string)
                self.assertEqual(column_titles, "TRUE" if pivot["columns"] else "FALSE")
                for column in pivot["columns"]:
                    self.assertEqual(Model._fields[column["fieldName"]].type, "many2one")

    def test_every_source_reads_as_an_officer(self):
        for source in [*self.data["pivots"].values(), *self.data["lists"].values()]:
            with self.subTest(source=source["model"]):
                Model = self.env[source["model"]].with_user(self.officer)
                if "measures" in source:
                    groupby = [
                        ":".join(filter(None, (g["fieldName"], g.get("granularity"))))
                        for g in source["rows"] + source["columns"]
                    ]
                    measures = [m["id"] for m in source["measures"]]
                    Model.formatted_read_group(source["domain"], groupby, measures)
                else:
                    Model.search_read(source["domain"], source["columns"], limit=10)

    def test_key_figures_agree_with_the_pipeline_review(self):
        """Scorecards and the review's totals on the same data: the period's default (this year) against a
        review of this year, for all offices and for one office."""
        figures = self._key_figures()
        today = fields.Date.today()
        Wizard = self.env["wfk.pipeline.review.wizard"].with_user(self.manager)
        for office in (None, self.office):
            with self.subTest(office=office and office.name):
                wizard = Wizard.create(
                    {"date_from": today.replace(month=1, day=1), "date_to": today, "office_ids": office and office.ids}
                )
                review = wizard._get_review_data()
                expected = {
                    "Open requests": review["open"]["count"],
                    "Won in the period": review["won"]["count"],
                    "Jobs planned (won)": review["won"]["jobs"],
                    "Investment planned (won, EUR)": review["won"]["investment"],
                }
                shown = {title: self._evaluate(figures[title], self.manager, office) for title in expected}
                self.assertEqual(shown, expected)
        # the fixture's office: this year's won request only (not last year's), with its planned jobs
        self.assertEqual(self._evaluate(figures["Won in the period"], self.manager, self.office), 1)
        self.assertEqual(self._evaluate(figures["Jobs planned (won)"], self.manager, self.office), 25)

    def test_the_office_filter_applies_to_every_block_with_an_office(self):
        office_filter = self._filter("relation")
        self.assertEqual(office_filter["modelName"], "wfk.representation.office")
        charts = [f["data"] for f in self._sheet("Dashboard")["figures"] if "fieldMatching" in f["data"]]
        for source in [*self.data["pivots"].values(), *self.data["lists"].values(), *charts]:
            model = source.get("model") or source["metaData"]["resModel"]
            with self.subTest(model=model):
                Model = self.env[model]
                office_fields = [
                    name
                    for name, field in Model._fields.items()
                    if field.type == "many2one" and field.comodel_name == "wfk.representation.office" and field.store
                ]
                matching = source["fieldMatching"].get(office_filter["id"])
                if office_fields:
                    self.assertIn(matching["chain"], office_fields)
                else:
                    self.assertIsNone(matching)

    def test_the_request_type_filter_applies_to_every_block_on_requests(self):
        type_filter = self._filter("selection")
        self.assertEqual(
            (type_filter["resModel"], type_filter["selectionField"]), ("wfk.cooperation.report", "wfk_request_type")
        )
        for source in [*self.data["pivots"].values(), *self.data["lists"].values()]:
            with self.subTest(model=source["model"]):
                matching = source["fieldMatching"].get(type_filter["id"])
                if "wfk_request_type" in self.env[source["model"]]._fields:
                    self.assertEqual(matching, {"chain": "wfk_request_type", "type": "selection"})
                else:
                    self.assertIsNone(matching)

    def test_stale_requests_are_those_the_review_lists(self):
        """The dashboard's list filters on ``wfk_is_stale``, the review's own definition."""
        stale_list = self.data["lists"]["1"]
        self.assertIn(["wfk_is_stale", "=", True], stale_list["domain"])
        Lead = self.env["crm.lead"].with_user(self.manager)
        old = fields.Datetime.now() - relativedelta(days=Lead._wfk_follow_up_days() + 5)
        self.env.cr.execute("UPDATE crm_lead SET create_date = %s WHERE id = %s", (old, self.other_lead.id))
        self.env.invalidate_all()
        stale = Lead.search(stale_list["domain"])
        self.assertIn(self.other_lead, stale)
        self.assertNotIn(self.lead, stale)  # created just now
        self.assertTrue(self.other_lead.with_user(self.manager).wfk_is_stale)
        self.assertEqual(
            Lead.search([("id", "in", (self.lead | self.other_lead).ids), ("wfk_is_stale", "=", False)]), self.lead
        )
