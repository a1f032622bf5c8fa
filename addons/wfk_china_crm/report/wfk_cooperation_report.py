from odoo import fields, models, tools
from odoo.tools import SQL

from ..models.crm_lead import REQUEST_TYPES


class WfkCooperationReport(models.Model):
    """Cooperation-request analysis: one row per request (lead or opportunity, lost ones included).

    Field names follow crm.lead so that filters, group-bys and record rules read the same.
    """

    _name = "wfk.cooperation.report"
    _description = "Cooperation request analysis"
    _auto = False
    _rec_name = "name"
    _order = "create_date desc"

    name = fields.Char("Request", readonly=True)
    lead_id = fields.Many2one("crm.lead", "Request record", readonly=True)
    representation_office_id = fields.Many2one("wfk.representation.office", "Representation office", readonly=True)
    team_id = fields.Many2one("crm.team", "Sales Team", readonly=True)
    stage_id = fields.Many2one("crm.stage", readonly=True)
    user_id = fields.Many2one("res.users", "Salesperson", readonly=True)
    partner_id = fields.Many2one("res.partner", "Organisation", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    industry_id = fields.Many2one("res.partner.industry", readonly=True)
    wfk_request_type = fields.Selection(REQUEST_TYPES, "Request type", readonly=True)
    wfk_direction = fields.Selection(
        [("cn_to_de", "China → Germany"), ("de_to_cn", "Germany → China")], "Direction", readonly=True
    )
    wfk_origin_city_id = fields.Many2one("res.partner", "Origin city or region", readonly=True)
    create_date = fields.Datetime("Created on", readonly=True)
    date_closed = fields.Datetime("Closed on", readonly=True)
    won_status = fields.Selection([("won", "Won"), ("lost", "Lost"), ("pending", "Open")], "Outcome", readonly=True)
    request_count = fields.Integer("Requests", readonly=True, aggregator="sum")
    open_count = fields.Integer("Open", readonly=True, aggregator="sum")
    won_count = fields.Integer("Won", readonly=True, aggregator="sum")
    lost_count = fields.Integer("Lost", readonly=True, aggregator="sum")
    days_open = fields.Float(
        "Days open",
        readonly=True,
        aggregator="avg",
        digits=(16, 1),
        help="For open requests: days since the request came in.",
    )
    days_to_close = fields.Float(
        "Days to close",
        readonly=True,
        aggregator="avg",
        digits=(16, 1),
        help="For won or lost requests: days from creation to closing.",
    )
    wfk_jobs_planned = fields.Integer("Jobs planned", readonly=True, aggregator="sum")
    wfk_investment_amount = fields.Float("Investment (EUR)", readonly=True, aggregator="sum")
    wfk_area_m2 = fields.Float("Area (m²)", readonly=True, aggregator="sum", digits=(16, 1))

    def _query(self):
        return """
            SELECT
                l.id AS id,
                l.id AS lead_id,
                l.name AS name,
                l.representation_office_id,
                l.team_id,
                l.stage_id,
                l.user_id,
                l.partner_id,
                l.company_id,
                l.industry_id,
                l.wfk_request_type,
                l.wfk_direction,
                l.wfk_origin_city_id,
                l.create_date,
                l.date_closed,
                l.won_status,
                1 AS request_count,
                CASE WHEN l.won_status = 'pending' THEN 1 ELSE 0 END AS open_count,
                CASE WHEN l.won_status = 'won' THEN 1 ELSE 0 END AS won_count,
                CASE WHEN l.won_status = 'lost' THEN 1 ELSE 0 END AS lost_count,
                CASE WHEN l.won_status = 'pending'
                     THEN EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC' - l.create_date)) / 86400.0
                END AS days_open,
                CASE WHEN l.won_status IN ('won', 'lost')
                     THEN EXTRACT(EPOCH FROM (COALESCE(l.date_closed, l.write_date) - l.create_date)) / 86400.0
                END AS days_to_close,
                COALESCE(l.wfk_jobs_planned, 0) AS wfk_jobs_planned,
                COALESCE(l.wfk_investment_amount, 0) AS wfk_investment_amount,
                COALESCE(l.wfk_area_m2, 0) AS wfk_area_m2
            FROM crm_lead l
            WHERE l.active OR l.won_status = 'lost'
        """

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(SQL("CREATE OR REPLACE VIEW %s AS (%s)", SQL.identifier(self._table), SQL(self._query())))
