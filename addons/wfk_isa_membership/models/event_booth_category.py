from odoo import fields, models


class EventBoothCategory(models.Model):
    _inherit = "event.booth.category"

    wfk_is_joint_booth = fields.Boolean(
        string="Joint booth",
        help="A shared stand on which several exhibitors present themselves, like the ISA joint booth.",
    )
    wfk_free_of_charge = fields.Boolean(
        string="Free of charge", help="Exhibitors do not pay for their place on booths of this category."
    )
