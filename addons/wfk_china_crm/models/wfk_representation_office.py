from odoo import api, fields, models


class WfkRepresentationOffice(models.Model):
    """A WFK representation office abroad, or space in Kaiserslautern offered in return."""

    _name = "wfk.representation.office"
    _description = "Representation office"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True, tracking=True)
    code = fields.Char(required=True, tracking=True, help="Short unique code, e.g. YZ for Yangzhou.")
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    city = fields.Char(tracking=True)
    country_id = fields.Many2one("res.country", tracking=True)
    state_id = fields.Many2one("res.country.state", string="Province", domain="[('country_id', '=?', country_id)]")
    host_partner_id = fields.Many2one(
        "res.partner", string="Host", tracking=True, help="The institution providing the space."
    )
    direction = fields.Selection(
        [("outbound", "Our office abroad"), ("inbound", "Space in Kaiserslautern")],
        required=True,
        default="outbound",
        tracking=True,
        help="Outbound: WFK's office abroad. Inbound: space in Kaiserslautern for foreign companies.",
    )
    state = fields.Selection(
        [("planned", "Planned"), ("active", "Active"), ("closed", "Closed")],
        string="Status",
        required=True,
        default="planned",
        tracking=True,
    )
    date_opened = fields.Date(string="Opened on", tracking=True)
    date_closed = fields.Date(string="Closed on", tracking=True)
    floor_area = fields.Float(string="Floor area (m²)", digits=(12, 1))
    desk_count = fields.Integer(string="Desks")
    industry_ids = fields.Many2many("res.partner.industry", string="Focus industries")
    manager_id = fields.Many2one("res.users", string="Office manager", tracking=True)
    user_ids = fields.Many2many(
        "res.users", "wfk_office_user_rel", "office_id", "user_id", string="Staff", domain="[('share', '=', False)]"
    )
    hosted_partner_ids = fields.Many2many(
        "res.partner",
        "wfk_office_hosted_partner_rel",
        "office_id",
        "partner_id",
        string="Hosted companies",
        help="Companies using the space.",
    )
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company)
    color = fields.Integer()
    notes = fields.Html()

    lead_ids = fields.One2many("crm.lead", "representation_office_id", string="Requests")
    lead_count = fields.Integer(compute="_compute_lead_stats", string="Number of requests")
    open_lead_count = fields.Integer(compute="_compute_lead_stats", string="Open requests")
    won_lead_count = fields.Integer(compute="_compute_lead_stats", string="Won requests")

    @api.depends("lead_ids")
    def _compute_lead_stats(self):
        for office in self:
            office.lead_count = office.open_lead_count = office.won_lead_count = 0
