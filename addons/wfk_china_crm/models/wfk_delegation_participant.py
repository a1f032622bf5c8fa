from odoo import api, fields, models
from odoo.exceptions import ValidationError


class WfkDelegationParticipant(models.Model):
    """A person travelling with (or visiting as part of) a delegation."""

    _name = "wfk.delegation.participant"
    _description = "Delegation participant"
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
        default="self",
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

    # Safety net against concurrent inserts; create() and write() check first and explain.
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

    @api.depends("partner_id", "delegation_id.leader_ids")
    def _compute_is_leader(self):
        for participant in self:
            participant.is_leader = participant.partner_id in participant.delegation_id.leader_ids

    @api.model_create_multi
    def create(self, vals_list):
        self._check_person_once([(vals.get("delegation_id"), vals.get("partner_id")) for vals in vals_list])
        return super().create(vals_list)

    def write(self, vals):
        if "partner_id" in vals or "delegation_id" in vals:
            self._check_person_once(
                [
                    (vals.get("delegation_id", p.delegation_id.id), vals.get("partner_id", p.partner_id.id))
                    for p in self
                ],
                exclude=self,
            )
        return super().write(vals)

    def _check_person_once(self, pairs, exclude=None):
        """Refuse, with a clear message, a person who would be in one delegation twice.

        Runs before the database sees the rows, so users get this message and never the
        unique index's error. ``pairs`` are (delegation id, partner id) about to be stored.
        """
        pairs = [(delegation_id, partner_id) for delegation_id, partner_id in pairs if delegation_id and partner_id]
        if not pairs:
            return
        seen = set()
        duplicate = None
        for pair in pairs:
            if pair in seen:
                duplicate = pair
                break
            seen.add(pair)
        if not duplicate:
            domain = [
                ("delegation_id", "in", list({d for d, __ in pairs})),
                ("partner_id", "in", list({p for __, p in pairs})),
            ]
            if exclude:
                domain.append(("id", "not in", exclude.ids))
            existing = self.sudo()._read_group(domain, ["delegation_id", "partner_id"])
            stored = {(delegation.id, partner.id) for delegation, partner in existing}
            duplicate = next((pair for pair in pairs if pair in stored), None)
        if duplicate:
            delegation = self.env["wfk.delegation"].browse(duplicate[0]).sudo()
            partner = self.env["res.partner"].browse(duplicate[1]).sudo()
            raise ValidationError(
                self.env._(
                    "%(person)s already takes part in the delegation “%(delegation)s”: "
                    "a person can be listed only once.",
                    person=partner.display_name,
                    delegation=delegation.display_name,
                )
            )
