from odoo import api, fields, models


class WfkDelegationParticipant(models.Model):
    """A person travelling with (or visiting as part of) a delegation."""

    _name = "wfk.delegation.participant"
    _description = "Delegation participant"
    _inherit = ["wfk.value.sanitiser", "wfk.linked.access"]
    _wfk_linked_fields = ("delegation_id",)
    _wfk_reach_fields = ("delegation_id",)
    _order = "delegation_id, sequence, id"
    _rec_name = "partner_id"

    delegation_id = fields.Many2one("wfk.delegation", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    partner_id = fields.Many2one("res.partner", string="Person", required=True, index=True, ondelete="restrict")
    organization_id = fields.Many2one(
        "res.partner",
        string="Organisation",
        compute="_compute_from_partner",
        store=True,
        readonly=False,
        domain="[('is_company', '=', True)]",
        help="The organisation the person represents; taken from the contact's company.",
    )
    role = fields.Char(
        compute="_compute_from_partner",
        store=True,
        readonly=False,
        help="The person's function in the delegation, e.g. Mayor; taken from the contact's job position.",
    )
    cost_bearer = fields.Selection(
        [("self", "Own costs"), ("agency", "WFK (agency)"), ("host", "Host"), ("other", "Other")],
        string="Who pays",
        required=True,
        compute="_compute_cost_bearer",
        store=True,
        readonly=False,
        precompute=True,
        help="Proposed from the person: WFK's own staff (the company's people and users) travel at the agency's "
        "cost, everybody else at their own.",
    )
    state = fields.Selection(
        [("invited", "Invited"), ("confirmed", "Confirmed"), ("declined", "Declined"), ("attended", "Attended")],
        string="Status",
        required=True,
        default="invited",
        copy=False,
    )
    is_leader = fields.Boolean(string="Leads the delegation", compute="_compute_is_leader")
    delegation_state = fields.Selection(related="delegation_id.state", string="Delegation status")
    date_start = fields.Date(related="delegation_id.date_start")
    notes = fields.Char()

    # Odoo turns a violation into a ValidationError with this message for RPC calls and imports.
    _person_once = models.UniqueIndex(
        "(delegation_id, partner_id)",
        "A person can take part in a delegation only once.",
    )

    @api.depends("partner_id")
    def _compute_from_partner(self):
        for participant in self:
            partner = participant.partner_id
            participant.organization_id = partner.parent_id or participant.organization_id
            participant.role = partner.function or participant.role

    @api.depends("partner_id")
    def _compute_cost_bearer(self):
        for participant in self:
            if participant.cost_bearer and participant.cost_bearer not in ("self", "agency"):
                continue  # the host or another payer, chosen by hand, stays
            participant.cost_bearer = "agency" if participant._wfk_is_agency_staff() else "self"

    def _wfk_is_agency_staff(self):
        """The person works for WFK: a contact of the user's companies, or an internal user."""
        partner = self.partner_id
        if not partner:
            return False
        if partner.commercial_partner_id in self.env.user.company_ids.partner_id:
            return True
        return any(not user.share for user in partner.user_ids)

    @api.depends("partner_id", "delegation_id.leader_ids")
    def _compute_is_leader(self):
        for participant in self:
            participant.is_leader = participant.partner_id in participant.delegation_id.leader_ids
