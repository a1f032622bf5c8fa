from odoo import fields, models
from odoo.tools import SQL

from ..models.crm_lead import REQUEST_TYPES


class WfkFunnelReport(models.Model):
    """Funnel analysis: one row per stay of a request in a stage, read from Odoo's stage tracking.

    ``crm.lead.stage_id`` is tracked by Odoo (``mail.tracking.value``), so every stage change since a
    request came in is on record, for requests moved before this module was installed as well. Each
    change closes a stay (from the previous change, or the request's creation, to the change) and names
    the next stage; the stage a request is in now is its last, open stay (closed on the day it was lost).

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

    # the view's parts (wfk.sql.report)

    def _stays(self):
        """Every stay: (id, lead_id, stage_id, next_stage_id, date_from, date_to), in one pass over the
        requests' events (their creation and each tracked stage change) ordered in time: a stay begins with
        an event and ends with the next one. A stay begun by a change is in the change's new stage; the first
        stay, begun by the creation, is in the stage the first change left (or the current one if it never
        moved). Ids stay stable and unique: 2 × the tracking value's id, or 2 × the request's id + 1 for the
        first stay."""
        return SQL(
            """
            WITH events AS (
                SELECT v.id * 2 AS id, m.res_id AS lead_id, m.date AS happened,
                       v.old_value_integer AS old_stage_id, v.new_value_integer AS new_stage_id
                  FROM mail_tracking_value v
                  JOIN mail_message m ON m.id = v.mail_message_id
                 WHERE v.field_id = (SELECT id FROM ir_model_fields WHERE model = 'crm.lead' AND name = 'stage_id')
                   AND m.model = 'crm.lead'
                 UNION ALL
                SELECT l.id * 2 + 1, l.id, l.create_date, NULL, NULL FROM crm_lead l
            )
            SELECT e.id, e.lead_id, e.new_stage_id, e.happened AS date_from,
                   LEAD(e.old_stage_id) OVER w AS left_stage_id,
                   LEAD(e.new_stage_id) OVER w AS next_stage_id,
                   LEAD(e.happened) OVER w AS date_to
              FROM events e
            WINDOW w AS (PARTITION BY e.lead_id ORDER BY e.happened, e.id)
            """
        )

    def _select(self):
        return SQL(
            """
                s.id,
                s.lead_id,
                l.name,
                stage.id AS stage_id,
                s.next_stage_id,
                s.date_from,
                COALESCE(s.date_to, CASE WHEN l.won_status = 'lost' THEN l.date_closed END) AS date_to,
                s.next_stage_id IS NULL AS is_current,
                l.representation_office_id,
                l.team_id,
                l.company_id,
                l.user_id,
                l.wfk_request_type,
                l.won_status,
                CASE WHEN s.next_stage_id IS NULL AND l.won_status = 'lost' THEN l.lost_reason_id END
                    AS lost_reason_id,
                1 AS stay_count,
                CASE WHEN s.next_stage_id IS NULL AND COALESCE(stage.is_won, FALSE) THEN NULL
                     ELSE GREATEST(EXTRACT(EPOCH FROM (COALESCE(s.date_to, CASE WHEN l.won_status = 'lost'
                                                                                 THEN l.date_closed END,
                                                                now() AT TIME ZONE 'UTC') - s.date_from)) / 86400.0, 0)
                END AS days_in_stage,
                CASE WHEN next.is_won OR next.sequence > stage.sequence THEN 1 ELSE 0 END AS moved_on_count,
                CASE WHEN NOT COALESCE(next.is_won, FALSE) AND next.sequence < stage.sequence THEN 1 ELSE 0 END
                    AS moved_back_count,
                CASE WHEN s.next_stage_id IS NULL AND l.won_status = 'lost' THEN 1 ELSE 0 END AS lost_count,
                CASE WHEN next.is_won OR next.sequence > stage.sequence THEN 100.0 ELSE 0.0 END AS conversion_rate
            """
        )

    def _from(self):
        return SQL(
            """
            (%s) s
            JOIN crm_lead l ON l.id = s.lead_id
            JOIN crm_stage stage ON stage.id = COALESCE(s.new_stage_id, s.left_stage_id, l.stage_id)
            LEFT JOIN crm_stage next ON next.id = s.next_stage_id
            """,
            self._stays(),
        )

    def _where(self):
        """The stays of every active request and of the lost ones (Odoo archives a lost lead)."""
        return SQL("l.active OR l.won_status = 'lost'")
