from textwrap import shorten

from odoo import api, fields, models


class WfkDelegationOutcome(models.Model):
    """Something a delegation achieved: an MoU, an office opened, an agreement, a lead..."""

    _name = "wfk.delegation.outcome"
    _description = "Delegation outcome"
    _inherit = ["wfk.value.sanitiser", "wfk.linked.access"]
    _wfk_linked_fields = ("delegation_id", "office_id", "lead_id")
    _wfk_reach_fields = ("delegation_id",)
    _order = "delegation_id, sequence, date, id"

    delegation_id = fields.Many2one("wfk.delegation", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    kind = fields.Selection(
        [
            ("mou", "Memorandum of understanding"),
            ("office_opened", "Office opened"),
            ("agreement", "Cooperation agreement"),
            ("lead", "New request"),
            ("invitation", "Invitation"),
            ("other", "Other"),
        ],
        required=True,
        default="other",
    )
    description = fields.Text(required=True)
    partner_id = fields.Many2one("res.partner", help="The counterpart: city, company or institute.")
    date = fields.Date()
    office_id = fields.Many2one(
        "wfk.representation.office",
        string="Representation office",
        index="btree_not_null",
        help="For an office opened: which one.",
    )
    lead_id = fields.Many2one(
        "crm.lead",
        string="Follow-up request",
        index="btree_not_null",
        ondelete="set null",
        help="The cooperation request that follows up on this outcome.",
    )
    lead_stage_id = fields.Many2one(related="lead_id.stage_id", string="Request stage")
    delegation_state = fields.Selection(related="delegation_id.state", string="Delegation status")

    @api.depends("kind", "description")
    def _compute_display_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for outcome in self:
            text = outcome._summary(60)
            outcome.display_name = f"{kinds.get(outcome.kind, '')}: {text}" if text else kinds.get(outcome.kind, "")

    def _summary(self, width):
        """The first line of the description, cut to ``width`` characters."""
        lines = (self.description or "").strip().splitlines()
        return shorten(lines[0], width, placeholder="…") if lines else ""

    def action_create_followup_request(self):
        """Open a new cooperation request prefilled with this outcome's partner, office and delegation."""
        self.ensure_one()
        extra = {}
        if not self.lead_id and self.has_access("write"):
            # the new request becomes this outcome's follow-up request once saved
            extra["default_wfk_outcome_ids"] = [fields.Command.link(self.id)]
        summary = self._summary(80)
        return self.delegation_id._followup_request_action(
            partner=self.partner_id,
            office=self.office_id,
            name=self.env._("Follow-up: %s", summary or self.delegation_id.name),
            extra_context=extra,
        )
