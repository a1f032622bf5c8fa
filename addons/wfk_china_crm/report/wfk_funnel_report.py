from odoo import api, fields, models, tools
from odoo.tools import SQL

from ..models.crm_lead import REQUEST_TYPES

PENDING = "wfk.funnel.report.pending_leads"  # pre-commit data: the requests whose stays are to be rebuilt
ALL = "all"  # ... or all of them


class WfkFunnelReport(models.Model):
    """Funnel analysis: one row per stay of an agency's request in a stage, from Odoo's stage tracking.

    ``crm.lead.stage_id`` is tracked by Odoo (``mail.tracking.value``), so every stage change since a
    request came in is on record, for requests moved before this module was installed as well. Each
    change closes a stay (from the previous change, or the request's creation, to the change) and names
    the next stage; the stage a request is in now is its last, open stay (closed on the day it was lost).

    The stays are kept in a table of their own (``wfk_funnel_stay``, with the request's office, team,
    outcome... beside them), rebuilt from the tracking for the requests a transaction changed, at its
    commit (``_wfk_rebuild_stays``, called by ``crm.lead``), and for all requests when the module is
    installed or updated: the analysis reads one narrow table instead of replaying every request's
    tracking on each read (docs/benchmark.md, row 6d). Only the requests of agency teams
    (``crm.team.wfk_agency_requests``) have stays: a sales team's deal costs nothing more.

    Measures: days in the stage (average), stays, moved on (to a later or won stage), moved back, lost
    there, and the share of stays that moved on — the stage's conversion. The time a won request spends
    in its won stage is no waiting time and is left out of the average. Field names follow crm.lead so
    that filters, group-bys and record rules read the same.
    """

    _name = "wfk.funnel.report"
    _description = "Request funnel analysis"
    _inherit = ["wfk.sql.report"]
    _auto = False
    _rec_name = "name"
    _order = "date_from desc, id desc"
    _depends = {
        "crm.lead": [
            "name",
            "stage_id",
            "team_id",
            "representation_office_id",
            "company_id",
            "user_id",
            "wfk_request_type",
            "won_status",
            "lost_reason_id",
            "create_date",
            "date_closed",
            "active",
        ],
        "crm.stage": ["sequence", "is_won"],
        "crm.team": ["wfk_agency_requests"],
        "mail.message": ["model", "res_id", "date"],
        "mail.tracking.value": ["field_id", "old_value_integer", "new_value_integer", "mail_message_id"],
    }

    name = fields.Char("Request", readonly=True)
    lead_id = fields.Many2one("crm.lead", "Request record", readonly=True)
    stage_id = fields.Many2one("crm.stage", readonly=True)
    next_stage_id = fields.Many2one("crm.stage", "Moved to", readonly=True)
    date_from = fields.Datetime("In the stage from", readonly=True)
    date_to = fields.Datetime("Until", readonly=True, help="Empty while the request is still in the stage.")
    is_current = fields.Boolean("Current stage", readonly=True)
    representation_office_id = fields.Many2one("wfk.representation.office", "Representation office", readonly=True)
    team_id = fields.Many2one("crm.team", "Sales Team", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    user_id = fields.Many2one("res.users", "Salesperson", readonly=True)
    wfk_request_type = fields.Selection(REQUEST_TYPES, "Request type", readonly=True)
    won_status = fields.Selection([("won", "Won"), ("lost", "Lost"), ("pending", "Open")], "Outcome", readonly=True)
    lost_reason_id = fields.Many2one("crm.lost.reason", "Lost reason", readonly=True)
    stay_count = fields.Integer("Stays", readonly=True, aggregator="sum")
    days_in_stage = fields.Float(
        "Days in stage",
        readonly=True,
        aggregator="avg",
        digits=(16, 1),
        help="Days from entering the stage to leaving it (until today for the current stage); the time a won "
        "request spends in its won stage is left out.",
    )
    moved_on_count = fields.Integer("Moved on", readonly=True, aggregator="sum")
    moved_back_count = fields.Integer("Moved back", readonly=True, aggregator="sum")
    lost_count = fields.Integer("Lost here", readonly=True, aggregator="sum")
    conversion_rate = fields.Float(
        "Moved on (%)",
        readonly=True,
        aggregator="avg",
        digits=(16, 1),
        help="Of the stays in the stage, the share that moved on to a later or won stage.",
    )

    # --- the stored stays ------------------------------------------------------------------------------

    _stay_table = "wfk_funnel_stay"
    # the request's facts kept beside each stay: (column, SQL type, value in the rebuild)
    _stay_columns = (
        ("lead_id", "integer NOT NULL REFERENCES crm_lead (id) ON DELETE CASCADE", "s.lead_id"),
        ("name", "varchar", "l.name"),
        ("stage_id", "integer", "stage.id"),
        ("next_stage_id", "integer", "s.next_stage_id"),
        ("date_from", "timestamp", "s.date_from"),
        ("date_to", "timestamp", "s.date_to"),
        ("representation_office_id", "integer", "l.representation_office_id"),
        ("team_id", "integer", "l.team_id"),
        ("company_id", "integer", "l.company_id"),
        ("user_id", "integer", "l.user_id"),
        ("wfk_request_type", "varchar", "l.wfk_request_type"),
        ("won_status", "varchar", "l.won_status"),
        (
            "lost_reason_id",
            "integer",
            "CASE WHEN s.next_stage_id IS NULL AND l.won_status = 'lost' THEN l.lost_reason_id END",
        ),
        # the measures that do not change with time, worked out once (the stage's sequence and won flag as
        # they are now: a change of either rebuilds every stay, see crm_stage.py)
        # days of a closed stay; an open one is counted until now when the analysis is read
        (
            "days",
            "double precision",
            "CASE WHEN s.date_to IS NOT NULL "
            "THEN GREATEST(date_part('epoch', s.date_to - s.date_from) / 86400.0, 0) END",
        ),
        ("won_stay", "boolean", "s.next_stage_id IS NULL AND COALESCE(stage.is_won, FALSE)"),
        ("moved_on", "boolean", "COALESCE(next.is_won OR next.sequence > stage.sequence, FALSE)"),
        (
            "moved_back",
            "boolean",
            "COALESCE(NOT COALESCE(next.is_won, FALSE) AND next.sequence < stage.sequence, FALSE)",
        ),
        ("lost_here", "boolean", "s.next_stage_id IS NULL AND l.won_status = 'lost'"),
    )

    def init(self):
        """(Re)create the stays' table, the analysis's view on it, and fill it from the tracking."""
        cr = self.env.cr
        tools.drop_view_if_exists(cr, self._table)
        cr.execute(SQL("DROP TABLE IF EXISTS %s", SQL.identifier(self._stay_table)))
        columns = SQL(", ").join(
            SQL("%s %s", SQL.identifier(name), SQL(sql_type)) for name, sql_type, _value in self._stay_columns
        )
        cr.execute(SQL("CREATE TABLE %s (id integer PRIMARY KEY, %s)", SQL.identifier(self._stay_table), columns))
        cr.execute(
            SQL(
                "CREATE INDEX %s ON %s (lead_id)",
                SQL.identifier(f"{self._stay_table}_lead_id_idx"),
                SQL.identifier(self._stay_table),
            )
        )
        res = super().init()
        self._wfk_rebuild_stays()
        cr.execute(SQL("ANALYZE %s", SQL.identifier(self._stay_table)))
        return res

    @api.model
    def _search(self, domain, *args, **kwargs):
        # Odoo checks the caller's access and only builds the query here (it runs later): the stays of requests
        # changed earlier in this transaction are rebuilt after that check and before they are read
        query = super()._search(domain, *args, **kwargs)
        self._wfk_rebuild_pending()
        return query

    @api.model
    def _wfk_rebuild_later(self, lead_ids=None):
        """Rebuild the stays of ``lead_ids`` (of every request if None) at the commit, after Odoo has written
        the tracking of the changes (mail's own pre-commit step, added before this one), or at the next read of
        the analysis."""
        pending = self.env.cr.precommit.data.setdefault(PENDING, set())
        if lead_ids is None:
            pending.add(ALL)
        else:
            pending.update(lead_ids)
        self.env.cr.precommit.add(self.sudo()._wfk_rebuild_pending)  # after every tracking step added so far

    @api.model
    def _wfk_rebuild_pending(self):
        pending = self.env.cr.precommit.data.get(PENDING)
        if pending:
            lead_ids = None if ALL in pending else sorted(pending)
            pending.clear()
            self._wfk_rebuild_stays(lead_ids)

    def _wfk_rebuild_stays(self, lead_ids=None):
        """Replace the stays of the requests ``lead_ids`` (all requests if None) by those their tracking gives.

        Called at the commit of a transaction that created or changed requests (after Odoo has written the
        tracking), when a team becomes an agency's or stops being one, and on install and update. Whoever
        changes the tracking behind the ORM's back (an import in SQL, a test that dates its history) calls it.
        """
        for model in ("crm.lead", "crm.team", "mail.message", "mail.tracking.value"):
            self.env[model].flush_model()
        only = SQL("") if lead_ids is None else SQL("WHERE lead_id = ANY(%s)", list(lead_ids))
        self.env.cr.execute(SQL("DELETE FROM %s %s", SQL.identifier(self._stay_table), only))
        names = SQL(", ").join(SQL.identifier(name) for name, _type, _value in self._stay_columns)
        values = SQL(", ").join(SQL(value) for _name, _type, value in self._stay_columns)
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO %(table)s (id, %(names)s)
                SELECT s.id, %(values)s
                  FROM (
                        SELECT e.id, e.lead_id, e.left_stage_id, e.next_stage_id, e.date_from,
                               -- the stage a lost request is in ends on the day it was lost
                               COALESCE(e.date_to, CASE WHEN ll.won_status = 'lost' THEN ll.date_closed END) AS date_to,
                               COALESCE(e.new_stage_id, e.left_stage_id, ll.stage_id) AS stage_id
                          FROM (%(stays)s) e JOIN crm_lead ll ON ll.id = e.lead_id
                       ) s
                  JOIN crm_lead l ON l.id = s.lead_id
                  JOIN crm_team t ON t.id = l.team_id
                  JOIN crm_stage stage ON stage.id = s.stage_id
                  LEFT JOIN crm_stage next ON next.id = s.next_stage_id
                 WHERE t.wfk_agency_requests AND (l.active OR l.won_status = 'lost')
                """,
                table=SQL.identifier(self._stay_table),
                names=names,
                values=values,
                stays=self._stays(lead_ids),
            )
        )
        self.invalidate_model()

    def _stays(self, lead_ids=None):
        """Every stay: (id, lead_id, new_stage_id, left_stage_id, next_stage_id, date_from, date_to), in one pass
        over the requests' events (their creation and each tracked stage change) ordered in time: a stay begins
        with an event and ends with the next one. A stay begun by a change is in the change's new stage; the
        first stay, begun by the creation, is in the stage the first change left (or the current one if it never
        moved). Ids stay stable and unique: 2 × the tracking value's id, or 2 × the request's id + 1 for the
        first stay. A stay whose dates are not in order (a change in the second of the creation) lasts 0 days."""
        messages = SQL("") if lead_ids is None else SQL("AND m.res_id = ANY(%s)", list(lead_ids))
        leads = SQL("") if lead_ids is None else SQL("WHERE l.id = ANY(%s)", list(lead_ids))
        return SQL(
            """
            WITH events AS (
                SELECT v.id * 2 AS id, m.res_id AS lead_id, m.date AS happened, 1 AS kind,
                       v.old_value_integer AS old_stage_id, v.new_value_integer AS new_stage_id
                  FROM mail_tracking_value v
                  JOIN mail_message m ON m.id = v.mail_message_id
                 WHERE v.field_id = (SELECT id FROM ir_model_fields WHERE model = 'crm.lead' AND name = 'stage_id')
                   AND m.model = 'crm.lead' %(messages)s
                 UNION ALL
                SELECT l.id * 2 + 1, l.id, date_trunc('second', l.create_date), 0, NULL, NULL FROM crm_lead l %(leads)s
            )
            SELECT e.id, e.lead_id, e.new_stage_id, e.happened AS date_from,
                   LEAD(e.old_stage_id) OVER w AS left_stage_id,
                   LEAD(e.new_stage_id) OVER w AS next_stage_id,
                   LEAD(e.happened) OVER w AS date_to
              FROM events e
            -- a message's date has whole seconds, so the creation's is cut to the second too: a move in the
            -- second of the creation comes after it all the same
            WINDOW w AS (PARTITION BY e.lead_id ORDER BY e.happened, e.kind, e.id)
            """,
            messages=messages,
            leads=leads,
        )

    # --- the view's parts (wfk.sql.report): the stays and their stages ---------------------------------

    def _select(self):
        # double precision throughout (date_part, not EXTRACT's numeric): averaged over every stay on each read
        return SQL(
            """
                s.id,
                s.lead_id,
                s.name,
                s.stage_id,
                s.next_stage_id,
                s.date_from,
                s.date_to,
                s.next_stage_id IS NULL AS is_current,
                s.representation_office_id,
                s.team_id,
                s.company_id,
                s.user_id,
                s.wfk_request_type,
                s.won_status,
                s.lost_reason_id,
                1 AS stay_count,
                CASE WHEN s.won_stay THEN NULL
                     ELSE COALESCE(s.days,
                                   GREATEST(date_part('epoch', now() AT TIME ZONE 'UTC' - s.date_from) / 86400.0, 0))
                END AS days_in_stage,
                s.moved_on::integer AS moved_on_count,
                s.moved_back::integer AS moved_back_count,
                s.lost_here::integer AS lost_count,
                CASE WHEN s.moved_on THEN 100.0::float8 ELSE 0.0::float8 END AS conversion_rate
            """
        )

    def _from(self):
        return SQL("%s s", SQL.identifier(self._stay_table))
