import re

import pytz

from odoo import fields, models
from odoo.tools import SQL

from ..models.crm_lead import DIRECTIONS
from ..models.crm_lead import REQUEST_TYPES
from ..models.crm_lead import WFK_OUTCOME_FIGURES


class WfkCooperationReport(models.Model):
    """Cooperation-request analysis: one row per request (lead or opportunity, lost ones included).

    Field names follow crm.lead so that filters, group-bys and record rules read the same.
    """

    _name = "wfk.cooperation.report"
    _description = "Cooperation request analysis"
    _inherit = ["wfk.sql.report"]
    _auto = False
    _rec_name = "name"
    _order = "create_date desc"
    # the crm_lead columns the view reads: Odoo flushes their pending writes before any query on the view
    _depends = {
        "crm.lead": [
            "name",
            "representation_office_id",
            "team_id",
            "stage_id",
            "user_id",
            "partner_id",
            "company_id",
            "industry_id",
            "wfk_request_type",
            "wfk_direction",
            "wfk_origin_city_id",
            "create_date",
            "write_date",
            "date_closed",
            "won_status",
            "active",
            *WFK_OUTCOME_FIGURES,
        ]
    }

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
    wfk_direction = fields.Selection(DIRECTIONS, "Direction", readonly=True)
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
    wfk_jobs_realised = fields.Integer("Jobs realised", readonly=True, aggregator="sum")
    wfk_investment_realised = fields.Float("Investment realised (EUR)", readonly=True, aggregator="sum")
    wfk_area_realised_m2 = fields.Float("Area realised (m²)", readonly=True, aggregator="sum", digits=(16, 1))

    # the view's parts (wfk.sql.report)

    def _select(self):
        return SQL(
            """
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
                     THEN GREATEST(EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC' - l.create_date)) / 86400.0, 0)
                END AS days_open,
                CASE WHEN l.won_status IN ('won', 'lost')
                     THEN GREATEST(
                         EXTRACT(EPOCH FROM (COALESCE(l.date_closed, l.write_date) - l.create_date)) / 86400.0, 0
                     )
                END AS days_to_close,
                COALESCE(l.wfk_jobs_planned, 0) AS wfk_jobs_planned,
                COALESCE(l.wfk_investment_amount, 0) AS wfk_investment_amount,
                COALESCE(l.wfk_area_m2, 0) AS wfk_area_m2,
                COALESCE(l.wfk_jobs_realised, 0) AS wfk_jobs_realised,
                COALESCE(l.wfk_investment_realised, 0) AS wfk_investment_realised,
                COALESCE(l.wfk_area_realised_m2, 0) AS wfk_area_realised_m2
            """
        )

    def _from(self):
        return SQL("crm_lead l")

    def _where(self):
        """Every active request, and the lost ones (Odoo archives a lead when it is marked lost)."""
        return SQL("l.active OR l.won_status = 'lost'")

    def init(self):
        res = super().init()
        self._wfk_create_month_statistics()
        return res

    # ------------------------------------------------------------------
    # Grouping performance (docs/benchmark.md, operation 6)
    # ------------------------------------------------------------------

    def _wfk_create_month_statistics(self):
        """Tell PostgreSQL how many creation months the requests span, in the users' time zones.

        Grouped by month, a request's creation date becomes date_trunc('month', <date in the user's time
        zone>): without statistics on that expression PostgreSQL expects one group per request and sorts
        them all (on disk at 200,000 requests) instead of hashing them in parallel, 1.4x slower than
        crm.lead grouped by stage. Extended statistics on the expression, for the time zones of WFK
        (Kaiserslautern, the offices in China), of the internal users at install/upgrade, and for no
        time zone, fix the estimate; they cost nothing on writes, only a little at ANALYZE.
        """
        cr = self.env.cr
        cr.execute(
            "SELECT DISTINCT p.tz FROM res_users u JOIN res_partner p ON p.id = u.partner_id "
            "WHERE u.active AND NOT u.share AND p.tz IS NOT NULL"
        )
        zones = {"Europe/Berlin", "Asia/Shanghai"} | {tz for (tz,) in cr.fetchall() if tz in pytz.all_timezones_set}
        expressions = {"wfk_crm_lead_month": SQL("date_trunc('month', create_date)")}
        for tz in sorted(zones):
            name = "wfk_crm_lead_month_" + re.sub(r"[^a-z0-9]+", "_", tz.lower())
            expressions[name[:63]] = SQL("date_trunc('month', timezone(%s, timezone('UTC', create_date)))", tz)
        cr.execute("SELECT stxname FROM pg_statistic_ext WHERE stxname = ANY(%s)", [list(expressions)])
        existing = {name for (name,) in cr.fetchall()}
        for name, expression in expressions.items():
            if name not in existing:
                cr.execute(SQL("CREATE STATISTICS %s ON (%s) FROM crm_lead", SQL.identifier(name), expression))
        if set(expressions) - existing:
            cr.execute("ANALYZE crm_lead")

    def _read_group(self, domain, groupby=(), aggregates=(), having=(), offset=0, limit=None, order=None):
        groupby = list(groupby)  # any sequence: the legacy read_group passes dict values
        plan = self._wfk_group_order(groupby, order)
        if plan is None or offset or limit:
            return super()._read_group(domain, groupby, aggregates, having, offset, limit, order)
        rows = super()._read_group(domain, groupby, aggregates, having)
        return self._wfk_sort_groups(rows, groupby, plan, self._wfk_group_ranks([(rows, groupby)], plan))

    def _read_grouping_sets(self, domain, grouping_sets, aggregates=(), order=None):
        specs = list(dict.fromkeys(spec for groupby in grouping_sets for spec in groupby))
        plan = self._wfk_group_order(specs, order)
        if plan is None:
            return super()._read_grouping_sets(domain, grouping_sets, aggregates, order)
        results = super()._read_grouping_sets(domain, grouping_sets, aggregates)
        grouping_sets = [list(groupby) for groupby in grouping_sets]
        ranks = self._wfk_group_ranks(list(zip(results, grouping_sets, strict=True)), plan)
        return [
            self._wfk_sort_groups(rows, groupby, [(spec, desc) for spec, desc in plan if spec in groupby], ranks)
            for rows, groupby in zip(results, grouping_sets, strict=True)
        ]

    def _wfk_group_order(self, groupby, order):
        """[(spec, descending)] when the groups are to be ordered by group-bys only and one of them is a
        many2one ordered by its comodel's fields; None when the ORM's own ordering is fine.

        Ordering groups by a many2one makes the ORM join the comodel and group on its ordering columns
        too (sequence, translated name). Grouped by office and stage, PostgreSQL then expects one group
        per request, so it sorts all requests on disk instead of hashing them in parallel: 4× slower
        than crm.lead grouped by stage at 200,000 requests. Grouping on the ids and ordering the few
        groups here gives the same result at the cost of a plain grouping.
        """
        plan = []
        for part in (order or "").split(","):
            if not part.strip():
                continue
            words = part.split()
            if (
                words[0] not in groupby
                or len(words) > 2
                or (len(words) == 2 and words[1].lower() not in ("asc", "desc"))
            ):
                return None
            plan.append((words[0], len(words) == 2 and words[1].lower() == "desc"))
        relational = [
            spec
            for spec, _desc in plan
            if spec in self._fields
            and self._fields[spec].type == "many2one"
            and self.env[self._fields[spec].comodel_name]._order != "id"
        ]
        return plan if relational else None

    def _wfk_group_ranks(self, results, plan):
        """{spec: {id: rank}} for the many2one group-bys of ``plan``: one ordered search per comodel."""
        ranks = {}
        for spec, _desc in plan:
            field = self._fields.get(spec)
            if field is None or field.type != "many2one":
                continue
            ids = set()
            for rows, groupby in results:
                if spec in groupby:
                    index = groupby.index(spec)
                    ids.update(row[index].id for row in rows if row[index])
            comodel = self.env[field.comodel_name].with_context(active_test=False)
            # fetching the name with the order also serves the groups' display names: no extra query
            names = [comodel._rec_name] if comodel._rec_name in comodel._fields else []
            ordered = comodel.search_fetch([("id", "in", list(ids))], names)
            ranks[spec] = {record_id: rank for rank, record_id in enumerate(ordered.ids)}
        return ranks

    def _wfk_sort_groups(self, rows, groupby, plan, ranks):
        """Order grouped rows like the ORM would: many2one groups by their comodel's order."""
        rows = list(rows)
        for spec, desc in reversed(plan):
            index = groupby.index(spec)

            def key(row, index=index, spec=spec):
                value = row[index]
                if spec in ranks:
                    value = ranks[spec].get(value.id) if value else None
                return (value is None or value is False, value if value is not None and value is not False else 0)

            # PostgreSQL puts empty values last in ascending and first in descending order
            rows.sort(key=key, reverse=desc)
        return rows
