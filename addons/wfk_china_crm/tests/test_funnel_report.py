from datetime import datetime

from odoo.exceptions import AccessError
from odoo.tests import tagged

from ..report.wfk_funnel_report import PENDING
from .common import pipeline_review_cells
from .cooperation_common import WfkCooperationCase


@tagged("post_install", "-at_install")
class TestFunnelReport(WfkCooperationCase):
    """Time in each stage, conversion and losses, read from Odoo's stage tracking, on requests whose stage
    changes happened on known days.

    Request A: New 10 days → Qualified 20 days → Matching 10 days → back to Qualified 10 days → Agreement (won).
    Request B: New 5 days → Qualified 10 days, lost there. Request C: created, never moved (office B).
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        stage = {name: cls.env.ref(f"wfk_china_crm.stage_wfk_{name}") for name in ("new", "qualified", "agreement")}
        cls.stage_qualified, cls.stage_agreement = stage["qualified"], stage["agreement"]
        cls.reason = cls.env.ref("wfk_china_crm.lost_reason_no_partner")
        tracked = cls.env(context=dict(cls.env.context, tracking_disable=False))
        cls.lead_a = cls._create_lead(name="Test funnel A", stage_id=stage["new"].id).with_env(tracked)
        cls.lead_b = cls._create_lead(name="Test funnel B", stage_id=stage["new"].id).with_env(tracked)
        cls.lead_c = cls._create_lead(name="Test funnel C", office=cls.office_b, stage_id=stage["new"].id)
        cls.env.flush_all()  # created in one transaction, moved in later ones, as in the web client
        cls.env.cr.precommit.run()
        moves = [
            (cls.lead_a, stage["qualified"], datetime(2024, 1, 11)),
            (cls.lead_a, cls.stage_matching, datetime(2024, 1, 31)),
            (cls.lead_a, stage["qualified"], datetime(2024, 2, 10)),
            (cls.lead_a, stage["agreement"], datetime(2024, 2, 20)),
            (cls.lead_b, stage["qualified"], datetime(2024, 1, 6)),
        ]
        for lead, target, day in moves:
            lead.write({"stage_id": target.id})
            cls.env.flush_all()
            cls.env.cr.precommit.run()  # Odoo writes the tracking values before the commit
            message = cls.env["mail.message"].search(
                [("model", "=", "crm.lead"), ("res_id", "=", lead.id), ("tracking_value_ids", "!=", False)],
                order="id desc",
                limit=1,
            )
            message.date = day
        cls.lead_b.action_set_lost(lost_reason_id=cls.reason.id)
        cls.env.flush_all()
        cls.env.cr.precommit.run()
        # the requests came in on 1 January 2024; B was lost on 16 January
        cls.env.cr.execute(
            "UPDATE crm_lead SET create_date = '2024-01-01' WHERE id IN %s",
            [tuple((cls.lead_a | cls.lead_b | cls.lead_c).ids)],
        )
        cls.env.cr.execute("UPDATE crm_lead SET date_closed = '2024-01-16' WHERE id = %s", [cls.lead_b.id])
        cls.env.invalidate_all()
        # the history was dated behind the ORM's back: the funnel's stays are rebuilt from it, as after an import
        cls.env["wfk.funnel.report"]._wfk_rebuild_stays((cls.lead_a | cls.lead_b | cls.lead_c).ids)
        cls.leads = cls.lead_a | cls.lead_b | cls.lead_c

    def funnel(self, user=None, leads=None):
        Funnel = self.env["wfk.funnel.report"].with_user(user or self.officer_user)
        stays = Funnel.search([("lead_id", "in", (leads or self.leads).ids)])
        return stays.sorted(lambda stay: (stay.lead_id.name, stay.date_from, stay.id))

    def test_one_row_per_stay_with_its_days(self):
        stays = self.funnel(leads=self.lead_a | self.lead_b)
        rows = [(s.lead_id.name[-1], s.stage_id.name, s.next_stage_id.name or None, s.days_in_stage) for s in stays]
        self.maxDiff = None
        self.assertEqual(
            rows,
            [
                ("A", "New", "Qualified", 10),
                ("A", "Qualified", "Matching", 20),
                ("A", "Matching", "Qualified", 10),
                ("A", "Qualified", "Agreement", 10),
                ("A", "Agreement", None, 0),  # the won stage is no waiting time (empty, read as 0)
                ("B", "New", "Qualified", 5),
                ("B", "Qualified", None, 10),  # lost on the 16th
            ],
        )
        self.assertEqual(len(set(stays.ids)), 7)
        lost = stays.filtered("lost_count")
        self.assertEqual(
            (lost.lead_id, lost.stage_id, lost.lost_reason_id), (self.lead_b, self.stage_qualified, self.reason)
        )
        self.assertEqual(stays.filtered("is_current").stage_id, self.stage_agreement | self.stage_qualified)

    def test_time_in_stage_and_conversion_by_stage(self):
        Funnel = self.env["wfk.funnel.report"].with_user(self.officer_user)
        domain = [("lead_id", "in", (self.lead_a | self.lead_b).ids)]
        aggregates = ["stay_count:sum", "days_in_stage:avg", "moved_on_count:sum", "moved_back_count:sum"]
        aggregates += ["lost_count:sum", "conversion_rate:avg"]
        groups = {stage.name: values for stage, *values in Funnel._read_group(domain, ["stage_id"], aggregates)}
        self.assertEqual(groups["New"], [2, 7.5, 2, 0, 0, 100])
        stays, days, moved_on, moved_back, lost, conversion = groups["Qualified"]
        self.assertEqual((stays, moved_on, moved_back, lost), (3, 2, 0, 1))
        self.assertAlmostEqual(days, 40 / 3)
        self.assertAlmostEqual(conversion, 200 / 3)
        self.assertEqual(groups["Matching"], [1, 10, 0, 1, 0, 0])
        self.assertEqual(groups["Agreement"][:2], [1, False])  # won: no average time

    def test_a_request_that_never_moved_has_its_current_stay(self):
        stay = self.funnel(leads=self.lead_c)
        self.assertEqual((stay.stage_id.name, stay.is_current, stay.next_stage_id), ("New", True, stay.next_stage_id))
        self.assertFalse(stay.next_stage_id)
        self.assertGreater(stay.days_in_stage, 300)  # since 1 January 2024

    def test_office_staff_see_the_stays_of_their_offices_only(self):
        staff_rows = self.funnel(user=self.office_user)
        self.assertEqual(staff_rows.lead_id, self.lead_a | self.lead_b)  # office A; C is office B's
        self.assertEqual(self.funnel().lead_id, self.leads)
        with self.assertRaises(AccessError):
            self.env["wfk.funnel.report"].with_user(self.internal_user).search([])

    def test_the_pipeline_review_prints_the_funnel_of_the_period(self):
        wizard = (
            self.env["wfk.pipeline.review.wizard"]
            .with_user(self.officer_user)
            .create({"date_from": "2024-01-01", "date_to": "2024-02-29", "office_ids": [(6, 0, self.office_a.ids)]})
        )
        funnel = wizard._get_review_data()["funnel"]
        rows = [
            (row["stage"].name, row["stays"], round(row["days"], 1), round(row["moved_on"]), row["lost"])
            for row in funnel
        ]
        self.assertEqual(
            rows,
            [
                ("New", 2, 7.5, 100, 0),
                ("Qualified", 3, 13.3, 67, 1),
                ("Matching", 1, 10.0, 0, 0),
                ("Agreement", 1, 0.0, 0, 0),
            ],
        )
        cells = pipeline_review_cells(wizard, self.officer_user, "o_wfk_funnel")
        self.assertEqual(cells[:5], ["New", "2", "7.5", "100", "0"])
        self.assertEqual(cells[5:10], ["Qualified", "3", "13.3", "67", "1"])


@tagged("post_install", "-at_install")
class TestFunnelStaysFollowTheRequests(WfkCooperationCase):
    """The stored stays follow the requests through the ORM: a stage move, a loss, a change of team; a sales
    team's deal has none."""

    def stays(self, lead):
        """The request's stays in their order: by start, the first stay (begun by the creation, an odd id) before a
        stay begun by a change in the same second (an even id)."""
        rows = self.env["wfk.funnel.report"].search([("lead_id", "=", lead.id)])
        rows = rows.sorted(lambda row: (row.date_from, row.id % 2 == 0, row.id))
        return [(row.stage_id, row.next_stage_id, row.lost_count) for row in rows]

    def commit(self):
        """What the commit of the web client's transaction does before the data is written: Odoo's pre-commit
        steps (the tracking of the changes, then the rebuild of their stays)."""
        self.env.flush_all()
        self.env.cr.precommit.run()

    def test_a_stage_move_is_a_new_stay(self):
        lead = self._create_lead(stage_id=self.stage_new.id).with_context(tracking_disable=False)
        self.assertEqual(self.stays(lead), [(self.stage_new, self.env["crm.stage"], 0)])  # read before the commit
        self.commit()
        lead.stage_id = self.stage_matching
        self.commit()
        self.assertEqual(
            self.stays(lead),
            [(self.stage_new, self.stage_matching, 0), (self.stage_matching, self.env["crm.stage"], 0)],
        )
        lead.action_set_lost(lost_reason_id=self.env.ref("wfk_china_crm.lost_reason_no_partner").id)
        self.commit()
        self.assertEqual(self.stays(lead)[-1], (self.stage_matching, self.env["crm.stage"], 1))

    def test_a_caller_refused_the_analysis_rebuilds_nothing(self):
        """Odoo refuses the search before the pending stays are touched; a caller who may read rebuilds them."""
        lead = self._create_lead(stage_id=self.stage_new.id).with_context(tracking_disable=False)
        self.env.flush_all()
        pending = self.env.cr.precommit.data.get(PENDING)
        self.assertIn(lead.id, pending)
        # not assertRaises: its savepoint flushes, which runs the pre-commit steps (the rebuild) by itself
        refused = False
        try:
            self.env["wfk.funnel.report"].with_user(self.internal_user).search([])
        except AccessError:
            refused = True
        self.assertTrue(refused)
        self.assertIn(lead.id, pending)
        self.assertEqual(self.stays(lead), [(self.stage_new, self.env["crm.stage"], 0)])
        self.assertFalse(pending)

    def test_a_sales_deal_has_no_stays_and_a_request_leaving_the_team_takes_them_along(self):
        sales = self.env.ref("sales_team.team_sales_department")
        deal = self.env["crm.lead"].create({"name": "A sales deal", "type": "opportunity", "team_id": sales.id})
        self.commit()
        self.assertEqual(self.stays(deal), [])
        lead = self._create_lead(stage_id=self.stage_new.id).with_context(tracking_disable=False)
        self.commit()
        lead.stage_id = self.stage_matching
        self.commit()
        lead.team_id = sales
        self.commit()
        self.assertEqual(self.stays(lead), [])
        lead.team_id = self.team  # back: its history is still in the tracking
        self.commit()
        self.assertEqual([stage for stage, _next, _lost in self.stays(lead)][:2], [self.stage_new, self.stage_matching])
