from odoo import fields, models

from .wfk_isa_membership import STATUSES


class WfkIsaMembershipStatus(models.Model):
    """One period of a membership's status; kept by wfk.isa.membership, never edited by hand."""

    _name = "wfk.isa.membership.status"
    _description = "ISA membership status period"
    _inherit = ["wfk.value.sanitiser"]
    _order = "membership_id, date_from desc, id desc"
    _rec_name = "status"

    membership_id = fields.Many2one("wfk.isa.membership", required=True, ondelete="cascade", index=True)
    partner_id = fields.Many2one(related="membership_id.partner_id", store=True, string="Member")
    country_id = fields.Many2one(related="membership_id.country_id", store=True, string="Country")
    status = fields.Selection(STATUSES, required=True, index=True)
    date_from = fields.Date(string="From", required=True, index=True)
    date_to = fields.Date(string="Until", index=True, help="Last day of this status; empty while it lasts.")

    _dates_in_order = models.Constraint(
        "CHECK(date_to IS NULL OR date_to >= date_from)",
        "A status period cannot end before it starts.",
    )
    _one_current_period = models.UniqueIndex(
        "(membership_id) WHERE date_to IS NULL",
        "A membership has only one current status.",
    )
