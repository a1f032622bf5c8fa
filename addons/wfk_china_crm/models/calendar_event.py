from datetime import datetime, time, timedelta

import pytz

from odoo import api, fields, models
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

    @api.model
    def default_get(self, fields_list):
        """A new appointment of a delegation starts on the trip's first day at 9:00 (the user's time zone),
        not now: the trip is usually months away or already over when appointments are entered."""
        defaults = super().default_get(fields_list)
        delegation_id = self.env.context.get("default_wfk_delegation_id")
        if not delegation_id or "start" not in fields_list or self.env.context.get("default_start"):
            return defaults
        delegation = self.env["wfk.delegation"].browse(delegation_id)
        delegation.check_access("read")  # the caller's right first; nothing is read otherwise
        if not delegation.date_start:
            return defaults
        tz = pytz.timezone(self.env.user.tz or "UTC")
        start = tz.localize(datetime.combine(delegation.date_start, time(9))).astimezone(pytz.UTC).replace(tzinfo=None)
        defaults["start"] = start
        if "stop" in fields_list:
            defaults["stop"] = start + timedelta(hours=1)
        return defaults

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
