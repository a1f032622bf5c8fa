from odoo import api, fields, models
from odoo.addons.wfk_china_crm.models.crm_lead import REQUEST_TYPES


class EventRegistration(models.Model):
    _inherit = "event.registration"

    wfk_origin_city_id = fields.Many2one(
        "res.partner",
        string="Origin city or region",
        compute="_compute_wfk_origin_city_id",
        store=True,
        readonly=False,
        precompute=True,
        index="btree_not_null",
        domain="[('is_company', '=', True)]",
        help="The ISA member city, region or network city the attendee comes from: the attendee's organisation "
        "if it is a member itself, otherwise the member located in the organisation's city.",
    )
    wfk_request_type = fields.Selection(
        REQUEST_TYPES,
        string="Request type",
        help="What the attendee is looking for. Cooperation requests created from this registration get this "
        "type; if empty, the type set on the lead generation rule.",
    )

    @api.depends("partner_id.commercial_partner_id.city", "partner_id.commercial_partner_id.country_id")
    def _compute_wfk_origin_city_id(self):
        origins = self.env["wfk.isa.membership"]._get_origin_cities(self.partner_id)
        for registration in self:
            registration.wfk_origin_city_id = origins.get(registration.partner_id.id, False)

    def _get_lead_values(self, rule):
        """Cooperation-request rules (with a request type) fill in the WFK facts of the request."""
        values = super()._get_lead_values(rule)
        sorted_self = self.sorted("id")
        origin = next((reg.wfk_origin_city_id for reg in sorted_self if reg.wfk_origin_city_id), None)
        if origin:
            values["wfk_origin_city_id"] = origin.id
            direction = {"CN": "cn_to_de", "DE": "de_to_cn"}.get(origin.country_id.code)
            if direction:
                values["wfk_direction"] = direction
            if origin.representation_office_id:
                values["representation_office_id"] = origin.representation_office_id.id
        request_type = next((reg.wfk_request_type for reg in sorted_self if reg.wfk_request_type), False)
        if request_type or rule.lead_wfk_request_type:
            values["wfk_request_type"] = request_type or rule.lead_wfk_request_type
            stage = rule._get_wfk_first_stage()
            if stage:
                values["stage_id"] = stage.id
        return values
