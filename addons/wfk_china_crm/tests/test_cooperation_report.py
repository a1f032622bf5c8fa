from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import WfkOfficeCase


@tagged("post_install", "-at_install")
class TestCooperationReport(WfkOfficeCase):
    """The SQL analysis counts what the ORM counts, per office, stage, type and outcome."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.team = cls.env.ref("wfk_china_crm.crm_team_china_cooperation")
        cls.stage_new = cls.env.ref("wfk_china_crm.stage_wfk_new")
        cls.stage_matching = cls.env.ref("wfk_china_crm.stage_wfk_matching")
        cls.stage_won = cls.env.ref("wfk_china_crm.stage_wfk_agreement")
        Lead = cls.env["crm.lead"]
        specs = [
            (cls.office, cls.stage_new, "research_partner", 0),
            (cls.office, cls.stage_new, "office_space", 0),
            (cls.office, cls.stage_matching, "research_partner", 0),
            (cls.office, cls.stage_won, "investment", 12),
            (cls.other_office, cls.stage_new, "market_access", 0),
            (cls.other_office, cls.stage_won, "office_space", 3),
        ]
        cls.requests = Lead.create(
            [
                {
                    "name": f"Request {i}",
                    "type": "opportunity",
                    "team_id": cls.team.id,
                    "stage_id": stage.id,
                    "representation_office_id": office.id,
                    "wfk_request_type": rtype,
                    "wfk_jobs_planned": jobs,
                    "wfk_investment_amount": 1000.0 * jobs,
                }
                for i, (office, stage, rtype, jobs) in enumerate(specs)
            ]
        )
        cls.lost = Lead.create(
            {"name": "Withdrawn", "team_id": cls.team.id, "representation_office_id": cls.other_office.id}
        )
        cls.lost.action_set_lost(lost_reason_id=cls.env.ref("wfk_china_crm.lost_reason_withdrawn").id)
        cls.all_requests = cls.requests | cls.lost
        cls.env.flush_all()

    def _report_counts(self, groupby, user=None):
        Report = self.env["wfk.cooperation.report"]
        if user:
            Report = Report.with_user(user)
        return {
            key[0].id if hasattr(key[0], "id") else key[0]: count
            for *key, count in Report._read_group([("team_id", "=", self.team.id)], [groupby], ["__count"])
        }

    def _orm_counts(self, groupby):
        Lead = self.env["crm.lead"].with_context(active_test=False)
        return {
            key.id if hasattr(key, "id") else key: count
            for key, count in Lead._read_group(
                [("team_id", "=", self.team.id), "|", ("active", "=", True), ("won_status", "=", "lost")],
                [groupby],
                ["__count"],
            )
        }

    def test_counts_equal_orm_for_several_group_bys(self):
        for groupby in ("representation_office_id", "stage_id", "wfk_request_type", "won_status"):
            with self.subTest(groupby=groupby):
                self.assertEqual(self._report_counts(groupby), self._orm_counts(groupby))

    def test_office_by_stage_and_outcome_figures(self):
        rows = self.env["wfk.cooperation.report"]._read_group(
            [("team_id", "=", self.team.id), ("representation_office_id", "=", self.office.id)],
            ["stage_id"],
            ["request_count:sum", "won_count:sum", "wfk_jobs_planned:sum", "wfk_investment_amount:sum"],
        )
        by_stage = {stage: values for stage, *values in rows}
        self.assertEqual(by_stage[self.stage_new], [2, 0, 0, 0.0])
        self.assertEqual(by_stage[self.stage_won], [1, 1, 12, 12000.0])

    def test_lost_requests_are_rows(self):
        row = self.env["wfk.cooperation.report"].search([("lead_id", "=", self.lost.id)])
        self.assertEqual(row.won_status, "lost")
        self.assertEqual(row.lost_count, 1)
        self.assertGreaterEqual(row.days_to_close, 0.0)
        open_row = self.env["wfk.cooperation.report"].search([("lead_id", "=", self.requests[0].id)])
        self.assertEqual(open_row.open_count, 1)
        self.assertGreaterEqual(open_row.days_open, 0.0)

    def test_office_staff_see_their_offices_rows_only(self):
        counts = self._report_counts("representation_office_id", user=self.office_user)
        self.assertEqual(counts, {self.office.id: 4})
        other_row = self.env["wfk.cooperation.report"].search([("lead_id", "=", self.requests[-1].id)])
        with self.assertRaises(AccessError):
            other_row.with_user(self.office_user).read(["name"])
        officer_counts = self._report_counts("representation_office_id", user=self.officer_user)
        # officers see every office; demo requests of other offices may be there too
        fixture_offices = (self.office | self.other_office).ids
        officer_counts = {office: count for office, count in officer_counts.items() if office in fixture_offices}
        self.assertEqual(officer_counts, {self.office.id: 4, self.other_office.id: 3})

    def test_plain_user_has_no_access(self):
        with self.assertRaises(AccessError):
            self.env["wfk.cooperation.report"].with_user(self.internal_user).search([])
