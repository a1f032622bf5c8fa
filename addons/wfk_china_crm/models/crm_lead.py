from odoo import fields, models

REQUEST_TYPES = [
    ("research_partner", "Research partner"),
    ("startup_exchange", "Startup exchange"),
    ("office_space", "Office space"),
    ("production_space", "Production space"),
    ("skilled_workers", "Skilled workers"),
    ("investment", "Investment and settlement"),
    ("market_access", "Market access"),
    ("joint_project", "Joint project"),
    ("delegation_visit", "Delegation visit"),
    ("other", "Other"),
]


class CrmLead(models.Model):
    """Cooperation requests: a lead or opportunity with China-specific facts."""

    _inherit = "crm.lead"

    representation_office_id = fields.Many2one(
        "wfk.representation.office",
        string="Representation office",
        index="btree_not_null",
        tracking=True,
        default=lambda self: self.env.user.wfk_office_id,
    )
    wfk_request_type = fields.Selection(REQUEST_TYPES, string="Request type", tracking=True, index=True)
    wfk_direction = fields.Selection(
        [("cn_to_de", "China → Germany"), ("de_to_cn", "Germany → China")],
        string="Direction",
        tracking=True,
    )
    wfk_origin_city_id = fields.Many2one(
        "res.partner",
        string="Origin city or region",
        domain="[('is_company', '=', True)]",
        index="btree_not_null",
        help="The city or region the request comes from.",
    )
    wfk_currency_id = fields.Many2one(
        "res.currency", string="Outcome currency", default=lambda self: self.env.ref("base.EUR"), readonly=True
    )
    wfk_jobs_planned = fields.Integer(string="Jobs planned", tracking=True)
    wfk_investment_amount = fields.Monetary(string="Investment (EUR)", currency_field="wfk_currency_id", tracking=True)
    wfk_area_m2 = fields.Float(string="Area (m²)", digits=(12, 1), tracking=True)
