from odoo import api, fields, models
from odoo.exceptions import ValidationError


class WfkDelegationStop(models.Model):
    """A city on a delegation's itinerary, with its host and what happened there."""

    _name = "wfk.delegation.stop"
    _description = "Delegation stop"
    _inherit = ["wfk.value.sanitiser", "wfk.linked.access"]
    _wfk_linked_fields = ("delegation_id", "office_id")
    _wfk_reach_fields = ("delegation_id", "office_id")
    _order = "delegation_id, sequence, date_start, id"
    _rec_name = "city"

    delegation_id = fields.Many2one("wfk.delegation", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    city = fields.Char(required=True)
    country_id = fields.Many2one(
        "res.country",
        compute="_compute_country_id",
        store=True,
        readonly=False,
        help="Taken from the host or the office, else from the delegation's direction (China for a trip abroad).",
    )
    date_start = fields.Date(string="Arrival")
    date_end = fields.Date(string="Departure")
    host_partner_id = fields.Many2one("res.partner", string="Host", help="Who receives the delegation here.")
    office_id = fields.Many2one(
        "wfk.representation.office",
        string="Representation office",
        index="btree_not_null",
        help="The WFK office at this stop, if any: its staff can see the delegation.",
    )
    notes = fields.Html(string="What happened")
    delegation_state = fields.Selection(related="delegation_id.state", string="Delegation status")

    @api.depends("host_partner_id.country_id", "office_id.country_id", "delegation_id.direction")
    def _compute_country_id(self):
        china, germany = self.env.ref("base.cn"), self.env.ref("base.de")
        for stop in self:
            by_direction = china if stop.delegation_id.direction == "outbound" else germany
            stop.country_id = (
                stop.host_partner_id.country_id or stop.office_id.country_id or stop.country_id or by_direction
            )

    @api.constrains("date_start", "date_end", "delegation_id")
    def _check_within_delegation(self):
        for stop in self:
            first, last = stop.date_start or stop.date_end, stop.date_end or stop.date_start
            if not first:
                continue
            if last < first:
                raise ValidationError(
                    self.env._(
                        "The stop in %(city)s cannot end (%(end)s) before it starts (%(start)s).",
                        city=stop.city,
                        start=first,
                        end=last,
                    )
                )
            delegation = stop.delegation_id
            if (delegation.date_start and first < delegation.date_start) or (
                delegation.date_end and last > delegation.date_end
            ):
                raise ValidationError(
                    self.env._(
                        "The stop in %(city)s (%(start)s – %(end)s) lies outside the dates of the delegation "
                        "“%(delegation)s” (%(trip_start)s – %(trip_end)s).",
                        city=stop.city,
                        start=first,
                        end=last,
                        delegation=delegation.name,
                        trip_start=delegation.date_start or "…",
                        trip_end=delegation.date_end or "…",
                    )
                )
