from datetime import datetime, time

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class WfkPipelineReviewWizard(models.TransientModel):
    """Choose a period and offices, print the board-ready "Pipeline review"."""

    _name = "wfk.pipeline.review.wizard"
    _inherit = ["wfk.value.sanitiser"]
    _description = "Pipeline review"

    date_from = fields.Date(
        "From", required=True, default=lambda self: fields.Date.context_today(self).replace(month=1, day=1)
    )
    date_to = fields.Date("To", required=True, default=fields.Date.context_today)
    office_ids = fields.Many2many(
        "wfk.representation.office", string="Offices", help="Leave empty for every office and unassigned requests."
    )

    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for wizard in self:
            if wizard.date_to < wizard.date_from:
                raise ValidationError(self.env._("The review period ends before it starts."))

    def action_print(self):
        self.ensure_one()
        action = self.env.ref("wfk_china_crm.action_report_pipeline_review").report_action(self)
        return {**action, "close_on_report_download": True}

    # ----------------------------------------------------------------- data

    def _period_bounds(self):
        start = datetime.combine(self.date_from, time.min)
        end = datetime.combine(self.date_to + relativedelta(days=1), time.min)
        return start, end

    def _scope_domain(self):
        """The China Cooperation pipeline, limited to the chosen offices if any."""
        domain = [("team_id", "=", self.env.ref("wfk_china_crm.crm_team_china_cooperation").id)]
        if self.office_ids:
            domain.append(("representation_office_id", "in", self.office_ids.ids))
        return domain

    def _get_review_data(self):
        """Everything the report prints, computed with a handful of grouped queries."""
        self.ensure_one()
        Report = self.env["wfk.cooperation.report"]
        start, end = self._period_bounds()
        scope = self._scope_domain()
        created = [*scope, ("create_date", ">=", start), ("create_date", "<", end)]
        closed = [*scope, ("date_closed", ">=", start), ("date_closed", "<", end)]
        open_now = [*scope, ("won_status", "=", "pending")]

        def totals(domain):
            [(count, jobs, investment, area, jobs_done, investment_done, area_done)] = Report._read_group(
                domain,
                [],
                [
                    "__count",
                    "wfk_jobs_planned:sum",
                    "wfk_investment_amount:sum",
                    "wfk_area_m2:sum",
                    "wfk_jobs_realised:sum",
                    "wfk_investment_realised:sum",
                    "wfk_area_realised_m2:sum",
                ],
            )
            return {
                "count": count,
                "jobs": jobs,
                "investment": investment,
                "area": area,
                "realised": {"jobs": jobs_done, "investment": investment_done, "area": area_done},
            }

        per_office = {}

        def add(office, key, count):
            row = per_office.setdefault(office, {"office": office, "new": 0, "won": 0, "lost": 0, "pending": 0})
            row[key] += count

        for office, count in Report._read_group(created, ["representation_office_id"], ["__count"]):
            add(office, "new", count)
        for office, status, count in Report._read_group(
            [*closed, ("won_status", "in", ("won", "lost"))], ["representation_office_id", "won_status"], ["__count"]
        ):
            add(office, status, count)
        for office, count in Report._read_group(open_now, ["representation_office_id"], ["__count"]):
            add(office, "pending", count)

        stale_days = self.env["crm.lead"]._wfk_follow_up_days()
        stale = self.env["crm.lead"].search(
            [*scope, *self.env["crm.lead"]._wfk_stale_domain(stale_days)], order="create_date", limit=50
        )
        return {
            "new": totals(created),
            "won": totals([*closed, ("won_status", "=", "won")]),
            "lost": totals([*closed, ("won_status", "=", "lost")]),
            "open": totals(open_now),
            "per_office": sorted(per_office.values(), key=lambda r: r["office"].display_name or ""),
            "won_requests": Report.search([*closed, ("won_status", "=", "won")], order="date_closed desc"),
            "stale_requests": stale,
            "stale_days": stale_days,
            "outcomes": self._get_delegation_outcomes(start, end),
            "funnel": self._get_funnel(start, end),
        }

    def _get_funnel(self, start, end):
        """Per stage, the stays that began in the period: how many, days in the stage, moved on, lost there."""
        Funnel = self.env["wfk.funnel.report"]
        domain = [*self._scope_domain(), ("date_from", ">=", start), ("date_from", "<", end)]
        aggregates = ["stay_count:sum", "days_in_stage:avg", "conversion_rate:avg", "lost_count:sum"]
        return [
            {"stage": stage, "stays": stays, "days": days or 0.0, "moved_on": moved_on, "lost": lost}
            for stage, stays, days, moved_on, lost in Funnel._read_group(domain, ["stage_id"], aggregates)
        ]

    def _get_delegation_outcomes(self, start, end):
        """Delegation outcomes of the period (none when delegations are not in use)."""
        if "wfk.delegation.outcome" not in self.env:
            return []
        domain = [("date", ">=", start.date()), ("date", "<", end.date())]
        if self.office_ids:
            domain += ["|", ("office_id", "in", self.office_ids.ids), ("office_id", "=", False)]
        return self.env["wfk.delegation.outcome"].search(domain, order="date")
