from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    wfk_office_ids = fields.Many2many(
        "wfk.representation.office",
        "wfk_office_user_rel",
        "user_id",
        "office_id",
        string="Representation offices",
    )
    wfk_office_id = fields.Many2one(
        "wfk.representation.office",
        string="Default office",
        compute="_compute_wfk_office_id",
        help="The first active office the user works in: the default for their contact logs and requests.",
    )

    @api.depends("wfk_office_ids.state")
    def _compute_wfk_office_id(self):
        for user in self:
            offices = user.sudo().wfk_office_ids.filtered(lambda o: o.state != "closed")
            user.wfk_office_id = offices[:1]
