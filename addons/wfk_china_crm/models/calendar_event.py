from odoo import fields, models
from odoo.exceptions import UserError


class CalendarEvent(models.Model):
    """Appointments of a delegation are ordinary calendar events linked to it."""

    _name = "calendar.event"
    _inherit = ["calendar.event", "wfk.linked.access"]
    # an appointment joins a delegation only if the caller may read it, and stays within reach
    _wfk_linked_fields = ("wfk_delegation_id",)
    _wfk_reach_fields = ("wfk_delegation_id",)

    wfk_delegation_id = fields.Many2one(
        "wfk.delegation",
        string="Delegation",
        index="btree_not_null",
        ondelete="set null",
        help="The delegation this appointment belongs to.",
    )

    def action_wfk_create_followup_request(self):
        """Open a new cooperation request prefilled with the appointment's partner, office and delegation."""
        self.ensure_one()
        if not self.wfk_delegation_id:
            raise UserError(self.env._("This appointment belongs to no delegation."))
        # the counterpart: the first attendee who is not one of our own users
        internal_partners = (
            self.env["res.users"]
            .sudo()
            .with_context(active_test=False)
            .search([("share", "=", False), ("partner_id", "in", self.partner_ids.ids)])
            .partner_id
        )
        externals = self.partner_ids - internal_partners
        return self.wfk_delegation_id._followup_request_action(
            partner=externals[:1],
            name=self.env._("Follow-up: %s", self.name),
        )
