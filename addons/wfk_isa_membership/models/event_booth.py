from odoo import api, fields, models
from odoo.exceptions import ValidationError


class EventBooth(models.Model):
    _inherit = "event.booth"

    wfk_is_joint_booth = fields.Boolean(related="booth_category_id.wfk_is_joint_booth")
    wfk_free_of_charge = fields.Boolean(related="booth_category_id.wfk_free_of_charge")
    wfk_exhibitor_ids = fields.Many2many(
        "res.partner",
        "event_booth_wfk_exhibitor_rel",
        "booth_id",
        "partner_id",
        string="Exhibitors",
        domain="[('is_company', '=', True)]",
        help="The companies presenting themselves on this joint booth.",
    )
    wfk_exhibitor_count = fields.Integer(compute="_compute_wfk_exhibitor_count", string="Number of exhibitors")

    @api.depends("wfk_exhibitor_ids")
    def _compute_wfk_exhibitor_count(self):
        for booth in self:
            booth.wfk_exhibitor_count = len(booth.wfk_exhibitor_ids)

    @api.constrains("wfk_exhibitor_ids", "booth_category_id")
    def _check_wfk_exhibitors(self):
        for booth in self:
            if not booth.wfk_exhibitor_ids:
                continue
            if not booth.booth_category_id.wfk_is_joint_booth:
                raise ValidationError(
                    self.env._(
                        "Only a joint booth lists exhibitors: the category of %(booth)s is not a joint booth.",
                        booth=booth.display_name,
                    )
                )
            people = booth.wfk_exhibitor_ids.filtered(lambda p: not p.is_company)
            if people:
                raise ValidationError(
                    self.env._(
                        "Exhibitors are companies, recorded as organisation contacts; %(people)s are persons.",
                        people=", ".join(people.mapped("display_name")),
                    )
                )
