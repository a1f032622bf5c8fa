from odoo import api, fields, models
from odoo.exceptions import ValidationError

ISA_KINDS = [
    ("plenary", "Plenary assembly"),
    ("annual_meeting", "Annual meeting"),
    ("matchmaking", "Business matchmaking"),
    ("trade_fair", "Trade fair"),
    ("reception", "Reception"),
]


class EventEvent(models.Model):
    _inherit = "event.event"

    wfk_isa_kind = fields.Selection(
        ISA_KINDS,
        string="ISA event kind",
        index="btree_not_null",
        tracking=True,
        help="Set on alliance events. Registrations of business matchmakings become cooperation requests.",
    )
    wfk_plenary_number = fields.Integer(
        string="Plenary number", tracking=True, help="Number of the plenary assembly, e.g. 8 for the 8th plenary."
    )
    wfk_admission_ids = fields.One2many(
        "wfk.isa.membership", "admission_event_id", string="Admissions", help="Members admitted at this event."
    )
    wfk_admission_count = fields.Integer(compute="_compute_wfk_admission_count", string="Number of admissions")

    _wfk_plenary_number_positive = models.Constraint(
        "CHECK(wfk_plenary_number IS NULL OR wfk_plenary_number >= 0)",
        "The plenary number cannot be negative.",
    )
    _wfk_plenary_number_unique = models.UniqueIndex(
        "(wfk_plenary_number) WHERE wfk_plenary_number > 0 AND wfk_isa_kind = 'plenary' AND active",
        "Each plenary assembly has its own number.",
    )

    @api.depends("wfk_admission_ids")
    def _compute_wfk_admission_count(self):
        counts = dict(
            self.env["wfk.isa.membership"]._read_group(
                [("admission_event_id", "in", self.ids)], ["admission_event_id"], ["__count"]
            )
        )
        for event in self:
            event.wfk_admission_count = counts.get(event, 0)

    @api.onchange("wfk_isa_kind")
    def _onchange_wfk_isa_kind(self):
        if self.wfk_isa_kind != "plenary":
            self.wfk_plenary_number = 0

    @api.constrains("wfk_isa_kind", "wfk_plenary_number")
    def _check_wfk_plenary_number(self):
        for event in self:
            if event.wfk_plenary_number and event.wfk_isa_kind != "plenary":
                raise ValidationError(
                    self.env._(
                        "Only a plenary assembly has a plenary number: %(event)s is not one.", event=event.display_name
                    )
                )

    def action_view_wfk_admissions(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_isa_membership.action_wfk_isa_membership")
        action["domain"] = [("admission_event_id", "=", self.id)]
        action["context"] = {"default_admission_event_id": self.id, "default_status": "member"}
        return action
