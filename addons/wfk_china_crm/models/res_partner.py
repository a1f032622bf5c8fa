from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    representation_office_id = fields.Many2one(
        "wfk.representation.office",
        string="Representation office",
        index="btree_not_null",
        help="The WFK office that looks after this organisation.",
    )
