from odoo.tests import Form, tagged
from odoo.tools.safe_eval import safe_eval

from .cooperation_common import WfkCooperationCase

STAGES = [
    ("stage_wfk_new", "New"),
    ("stage_wfk_qualified", "Qualified"),
    ("stage_wfk_matching", "Matching"),
    ("stage_wfk_introduced", "Introduced"),
    ("stage_wfk_negotiation", "Negotiation"),
    ("stage_wfk_agreement", "Agreement"),
]


@tagged("post_install", "-at_install")
class TestCooperationPipeline(WfkCooperationCase):
    """The China Cooperation team has its own stages, from New to Agreement (won), and lost reasons."""

    def test_team_stages_in_order(self):
        stages = self.env["crm.stage"].search([("team_ids", "in", self.team.ids)])
        self.assertEqual(stages.mapped("name"), [name for _xmlid, name in STAGES])
        expected = self.env["crm.stage"]
        for xmlid, _name in STAGES:
            expected |= self.env.ref(f"wfk_china_crm.{xmlid}")
        self.assertEqual(stages, expected)
        self.assertEqual(stages.filtered("is_won"), self.env.ref("wfk_china_crm.stage_wfk_agreement"))
        self.assertTrue(self.team.wfk_own_stages)

    def test_lost_reasons(self):
        reasons = self.env["crm.lost.reason"]
        for xmlid in ("no_partner", "withdrawn", "not_eligible", "duplicate"):
            reasons |= self.env.ref(f"wfk_china_crm.lost_reason_{xmlid}")
        self.assertEqual(reasons.mapped("name"), ["No partner found", "Withdrawn", "Not eligible", "Duplicate"])

    def test_new_request_starts_in_new(self):
        action = self.env.ref("wfk_china_crm.action_wfk_china_cooperation")
        context = safe_eval(action.context)
        self.assertEqual(context["default_team_id"], self.team.id)
        form = Form(self.env["crm.lead"].with_user(self.officer_user).with_context(**context))
        form.name = "Test startup exchange"
        form.wfk_request_type = "startup_exchange"
        form.representation_office_id = self.office_a
        lead = form.save()
        self.assertEqual(lead.team_id, self.team)
        self.assertEqual(lead.stage_id, self.stage_new)

    def test_pipeline_columns_are_the_team_stages(self):
        self._create_lead()
        groups = (
            self.env["crm.lead"]
            .with_user(self.officer_user)
            .with_context(default_team_id=self.team.id, read_group_expand=True)
            .formatted_read_group([("team_id", "=", self.team.id)], ["stage_id"], ["__count"])
        )
        columns = [group["stage_id"][0] for group in groups]
        team_stages = self.env["crm.stage"].search([("team_ids", "in", self.team.ids)])
        self.assertEqual(columns, team_stages.ids)

    def test_other_teams_keep_shared_stages(self):
        other_team = self.env["crm.team"].create({"name": "Test sales"})
        self.assertFalse(other_team.wfk_own_stages)
        lead = self.env["crm.lead"].create({"name": "Test other lead", "type": "opportunity", "team_id": other_team.id})
        self.assertFalse(lead.stage_id.team_ids)

    def test_won_request_keeps_outcome(self):
        lead = self._create_lead(wfk_jobs_planned=5, wfk_investment_amount=250000, wfk_area_m2=120)
        lead.with_user(self.officer_user).action_set_won()
        self.assertEqual(lead.stage_id, self.env.ref("wfk_china_crm.stage_wfk_agreement"))
        self.assertEqual(lead.won_status, "won")
        self.assertEqual(lead.wfk_currency_id, self.env.ref("base.EUR"))
        self.assertEqual((lead.wfk_jobs_planned, lead.wfk_investment_amount, lead.wfk_area_m2), (5, 250000, 120))

    def test_lost_request(self):
        lead = self._create_lead()
        reason = self.env.ref("wfk_china_crm.lost_reason_no_partner")
        lead.with_user(self.officer_user).action_set_lost(lost_reason_id=reason.id)
        self.assertEqual(lead.won_status, "lost")
        self.assertEqual(lead.lost_reason_id, reason)

    def test_existing_china_team_gets_own_stages_on_upgrade(self):
        # what happens when the column is added to a database that already has the team
        self.team.wfk_own_stages = False
        (self.team | self.env["crm.team"].create({"name": "Test sales"}))._compute_wfk_own_stages()
        self.assertTrue(self.team.wfk_own_stages)
