from odoo import fields, models


class WfkLookingFor(models.Model):
    """What an organisation is looking for: markets, research partners, skilled workers, space..."""

    _name = "wfk.looking.for"
    _inherit = ["wfk.value.sanitiser"]
    _description = "Looking for"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(
        help="Technical key used by matchmaking to relate request types to this tag; leave empty for your own tags.",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    color = fields.Integer()
    description = fields.Text(translate=True)

    _code_unique = models.Constraint("UNIQUE(code)", "Another tag already uses this code.")
