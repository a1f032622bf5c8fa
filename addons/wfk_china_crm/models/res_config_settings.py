from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    wfk_follow_up_days = fields.Integer(
        string="Follow up stale requests after (days)",
        config_parameter="wfk_china_crm.follow_up_days",
        default=30,
        help="Open requests with no contact log and no activity for this many days get a Follow up to-do.",
    )
