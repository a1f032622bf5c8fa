from odoo.tests import new_test_user, tagged

from .common import WfkOfficeCase


@tagged("post_install", "-at_install")
class TestCooperationReportGrouping(WfkOfficeCase):
    """The report groups many2one fields on their ids and orders the groups itself (a performance fix,
    docs/benchmark.md): the result must be exactly what the ORM's own ordering gives."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        china_team = cls.env.ref("wfk_china_crm.crm_team_china_cooperation")
        cls.stages = cls.env["crm.stage"].search([("team_ids", "in", china_team.id)])[:3]
        # sequences against creation order: Foshan (created second) comes first, the third stage first
        cls.other_office.sequence = 1
        cls.stages[2].sequence = 1
        cls.third_office = cls.env["wfk.representation.office"].create(
            {"name": "Test office Shanghai", "code": "T-SH", "state": "active", "sequence": 10}
        )
        offices = [cls.office, cls.other_office, cls.third_office, cls.env["wfk.representation.office"]]
        cls.leads = cls.lead | cls.other_lead
        cls.leads.team_id = china_team
        cls.leads |= cls.env["crm.lead"].create(
            [
                {
                    "name": f"Request {i}",
                    "team_id": china_team.id,
                    "stage_id": cls.stages[i % 3].id,
                    "representation_office_id": offices[i % 4].id,
                }
                for i in range(24)
            ]
        )
        cls.domain = [("lead_id", "in", cls.leads.ids)]

    def expected(self, desc_office=False):
        """(office, stage, count) in the ORM's order: comodel order (sequence, name), empty office last."""
        Office, Stage = self.env["wfk.representation.office"], self.env["crm.stage"]
        office_rank = {office: rank for rank, office in enumerate(Office.search([]))}
        stage_rank = {stage: rank for rank, stage in enumerate(Stage.search([]))}
        counts = {}
        for lead in self.leads:
            key = (lead.representation_office_id, lead.stage_id)
            counts[key] = counts.get(key, 0) + 1
        rows = sorted(counts.items(), key=lambda item: stage_rank[item[0][1]])
        rows.sort(
            key=lambda item: (not item[0][0], office_rank.get(item[0][0], 0)),
            reverse=desc_office,
        )
        return [(office.id or False, stage.id, count) for (office, stage), count in rows]

    @staticmethod
    def flatten(groups):
        return [
            (
                group["representation_office_id"] and group["representation_office_id"][0],
                group["stage_id"][0],
                group["__count"],
            )
            for group in groups
        ]

    def test_office_stage_groups_in_orm_order(self):
        Report = self.env["wfk.cooperation.report"].with_user(self.manager_user)
        groups = Report.formatted_read_group(self.domain, ["representation_office_id", "stage_id"], ["__count"])
        self.assertEqual(self.flatten(groups), self.expected())
        self.assertEqual(groups[0]["representation_office_id"][0], self.other_office.id)  # sequence 1
        self.assertFalse(groups[-1]["representation_office_id"])  # requests without office come last

    def test_descending_order(self):
        Report = self.env["wfk.cooperation.report"].with_user(self.manager_user)
        groups = Report.formatted_read_group(
            self.domain,
            ["representation_office_id", "stage_id"],
            ["__count"],
            order="representation_office_id desc, stage_id",
        )
        self.assertEqual(self.flatten(groups), self.expected(desc_office=True))
        self.assertFalse(groups[0]["representation_office_id"])  # empty first when descending

    def test_legacy_read_group(self):
        Report = self.env["wfk.cooperation.report"].with_user(self.manager_user)
        groups = Report.read_group(self.domain, ["__count"], ["representation_office_id", "stage_id"], lazy=False)
        self.assertEqual(self.flatten(groups), self.expected())

    def test_limited_grouping_keeps_the_orm_path(self):
        Report = self.env["wfk.cooperation.report"].with_user(self.manager_user)
        groups = Report.formatted_read_group(
            self.domain, ["representation_office_id", "stage_id"], ["__count"], limit=2
        )
        self.assertEqual(self.flatten(groups), self.expected()[:2])

    def test_pivot_grouping_sets_in_orm_order(self):
        Report = self.env["wfk.cooperation.report"].with_user(self.manager_user)
        total, by_office, by_office_stage = Report.formatted_read_grouping_sets(
            self.domain,
            [[], ["representation_office_id"], ["representation_office_id", "stage_id"]],
            ["__count"],
        )
        self.assertEqual(total[0]["__count"], len(self.leads))
        self.assertEqual(self.flatten(by_office_stage), self.expected())
        offices = [group["representation_office_id"] and group["representation_office_id"][0] for group in by_office]
        self.assertEqual(offices, list(dict.fromkeys(row[0] for row in self.expected())))

    def test_grouping_query_count(self):
        Report = self.env["wfk.cooperation.report"].with_user(self.manager_user)
        pivot = [[], ["representation_office_id"], ["stage_id"], ["representation_office_id", "stage_id"]]
        Report.formatted_read_group(self.domain, ["representation_office_id", "stage_id"], ["__count"])
        Report.formatted_read_grouping_sets(self.domain, pivot, ["__count"])
        self.env.invalidate_all()
        # the grouping, then offices and stages in their order with their names
        with self.assertQueryCount(3):
            Report.formatted_read_group(self.domain, ["representation_office_id", "stage_id"], ["__count"])
        self.env.invalidate_all()
        with self.assertQueryCount(3):
            Report.formatted_read_grouping_sets(self.domain, pivot, ["__count"])

    def test_month_statistics_for_the_users_time_zones(self):
        new_test_user(self.env, login="wfk_sao_paulo_user", name="São Paulo User", tz="America/Sao_Paulo")
        self.env["wfk.cooperation.report"]._wfk_create_month_statistics()
        self.env.cr.execute("SELECT stxname FROM pg_statistic_ext WHERE stxname LIKE 'wfk_crm_lead_month%%'")
        names = {name for (name,) in self.env.cr.fetchall()}
        for name in ("month", "month_europe_berlin", "month_asia_shanghai", "month_america_sao_paulo"):
            self.assertIn(f"wfk_crm_lead_{name}", names)
