from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain
from odoo.tools import html2plaintext, is_html_empty

from .chinese_names import name_core
from .duplicate_rules import Signals

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
DIRECTIONS = [("cn_to_de", "China → Germany"), ("de_to_cn", "Germany → China")]
# What a won request brought, planned and realised: never negative, summed by the analysis and the review
WFK_OUTCOME_FIGURES = (
    "wfk_jobs_planned",
    "wfk_investment_amount",
    "wfk_area_m2",
    "wfk_jobs_realised",
    "wfk_investment_realised",
    "wfk_area_realised_m2",
)


class CrmLead(models.Model):
    """Cooperation requests: a lead or opportunity with China-specific facts."""

    _name = "crm.lead"
    _inherit = [
        "crm.lead",
        "wfk.value.sanitiser",
        "wfk.linked.access",
        "wfk.contact.log.mixin",
        "wfk.embedding.mixin",
    ]
    _wfk_linked_fields = ("representation_office_id", "wfk_delegation_id")
    _wfk_reach_fields = ("representation_office_id",)
    # WFK's own fields and the request form's text and organisation: checked in Python only, so a lead of
    # another team costs what it costs without WFK (no query, no lookup).
    _wfk_sanitised_fields = frozenset(
        {
            "name",
            "description",
            "partner_id",
            "representation_office_id",
            "wfk_request_type",
            "wfk_direction",
            "wfk_origin_city_id",
            *WFK_OUTCOME_FIGURES,
            "wfk_outcome_checked_on",
            "wfk_delegation_id",
        }
    )

    representation_office_id = fields.Many2one(
        "wfk.representation.office",
        string="Representation office",
        index="btree_not_null",
        tracking=True,
    )
    wfk_request_type = fields.Selection(REQUEST_TYPES, string="Request type", tracking=True, index=True)
    wfk_direction = fields.Selection(
        DIRECTIONS,
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
        "res.currency",
        string="Outcome currency",
        # the id from ir.model.data's cache: env.ref() would check that the currency exists, one query per lead
        default=lambda self: self.env["ir.model.data"]._xmlid_to_res_id("base.EUR"),
        readonly=True,
    )
    wfk_jobs_planned = fields.Integer(string="Jobs planned", tracking=True)
    wfk_investment_amount = fields.Monetary(string="Investment (EUR)", currency_field="wfk_currency_id", tracking=True)
    wfk_area_m2 = fields.Float(string="Area (m²)", digits=(12, 1), tracking=True)
    # what a won request brought, checked some time after the agreement (the impact WFK reports)
    wfk_jobs_realised = fields.Integer(string="Jobs realised", tracking=True)
    wfk_investment_realised = fields.Monetary(
        string="Investment realised (EUR)", currency_field="wfk_currency_id", tracking=True
    )
    wfk_area_realised_m2 = fields.Float(string="Area realised (m²)", digits=(12, 1), tracking=True)
    wfk_outcome_checked_on = fields.Date(
        string="Realised figures checked on",
        tracking=True,
        help="When the jobs, investment and area actually realised were last checked with the company.",
    )

    wfk_contact_log_ids = fields.One2many("wfk.contact.log", "lead_id", string="Contact logs")

    # Office KPIs count every office's requests by outcome, the cooperation report groups all requests by office
    # and stage: index-only scans instead of reading the table (won_status, active: the report's filter;
    # company_id: the multi-company rule).
    _wfk_office_stage_report_idx = models.Index(
        "(representation_office_id, stage_id) INCLUDE (won_status, active, company_id)"
    )
    # The cooperation report grouped by creation month reads every request's date: an index-only scan instead
    # of reading the table (active and won_status: the report's filter; company_id: the multi-company rule).
    _wfk_create_date_report_idx = models.Index("(create_date) INCLUDE (company_id, active, won_status)")
    wfk_contact_log_count = fields.Integer(compute="_compute_wfk_contact_log_count", string="Contacts logged")

    @api.model
    def default_get(self, fields):
        # Not a field default: that one would also fill existing rows when the module is installed.
        defaults = super().default_get(fields)
        if (
            "representation_office_id" in fields
            and "representation_office_id" not in defaults
            # only WFK staff have offices: a plain salesman's lead costs no lookup (the group check is cached)
            and self.env.user.has_group("wfk_china_crm.group_wfk_office_staff")
        ):
            defaults["representation_office_id"] = self.env.user.wfk_office_id.id
        return defaults

    @api.depends("wfk_contact_log_ids")
    def _compute_wfk_contact_log_count(self):
        counts = dict(self.env["wfk.contact.log"]._read_group([("lead_id", "in", self.ids)], ["lead_id"], ["__count"]))
        for lead in self:
            lead.wfk_contact_log_count = counts.get(lead, 0)

    def _wfk_contact_log_domain(self):
        return [("lead_id", "=", self.id)]

    def _wfk_log_defaults(self):
        defaults = {"default_lead_id": self.id, "default_subject": self.name}
        if self.partner_id:
            defaults["default_partner_id"] = self.partner_id.commercial_partner_id.id
            if not self.partner_id.is_company:
                defaults["default_contact_person_id"] = self.partner_id.id
        if self.representation_office_id.state in ("planned", "active"):
            defaults["default_office_id"] = self.representation_office_id.id
        return defaults

    # ------------------------------------------------------------ follow-up discipline

    wfk_is_stale = fields.Boolean(
        string="Stale",
        compute="_compute_wfk_is_stale",
        search="_search_wfk_is_stale",
        help="Open request with no contact log, no activity and no completed activity for the follow-up "
        "period (Settings).",
    )

    def _compute_wfk_is_stale(self):
        stale = self.search([("id", "in", self.ids), *self._wfk_stale_domain(self._wfk_follow_up_days())])
        for lead in self:
            lead.wfk_is_stale = lead in stale

    @api.model
    def _search_wfk_is_stale(self, operator, value):
        """The "Stale" filter of the request list and the dashboard's list of stale requests."""
        if operator != "in":
            return NotImplemented  # Odoo turns "=", "!=" and "not in" into "in"
        wanted = {bool(v) for v in value}
        if len(wanted) != 1:
            return Domain.TRUE if wanted else Domain.FALSE
        stale = Domain(self._wfk_stale_domain(self._wfk_follow_up_days()))
        return stale if True in wanted else ~stale

    @api.model
    def _wfk_stale_domain(self, days):
        """Open requests with no contact log, no activity and no completed activity for `days` days."""
        cutoff = fields.Datetime.now() - timedelta(days=days)
        return [
            ("won_status", "=", "pending"),
            ("create_date", "<", cutoff),
            ("activity_ids", "=", False),
            ("wfk_contact_log_ids", "not any", [("date", ">=", cutoff)]),
            ("message_ids", "not any", [("mail_activity_type_id", "!=", False), ("date", ">=", cutoff)]),
        ]

    @api.model
    def _wfk_follow_up_days(self):
        return int(self.env["ir.config_parameter"].sudo().get_param("wfk_china_crm.follow_up_days", 30))

    @api.model
    def _cron_wfk_follow_up_stale(self):
        """Daily: give each stale open request one "Follow up" to-do for its salesperson or office manager.

        A request that already has an open activity is not stale, so the to-do is created once,
        not every day; once done, the request counts as followed up for another period.
        """
        stale = self.search(self._wfk_stale_domain(self._wfk_follow_up_days()))
        todo = self.env.ref("mail.mail_activity_data_todo")
        values = []
        for lead in stale:
            responsible = lead.user_id or lead.representation_office_id.manager_id or lead.team_id.user_id
            if not responsible:
                continue
            values.append(
                {
                    "res_model_id": self.env["ir.model"]._get_id("crm.lead"),
                    "res_id": lead.id,
                    "activity_type_id": todo.id,
                    "summary": self.env._("Follow up"),
                    "note": self.env._("No contact and no activity for %s days.", self._wfk_follow_up_days()),
                    "user_id": responsible.id,
                    "date_deadline": fields.Date.context_today(self),
                    "automated": True,
                }
            )
        return self.env["mail.activity"].sudo().create(values)

    # --- Matchmaking -------------------------------------------------------------------------------
    # --- Chinese names and duplicate partners ------------------------------------------------------
    wfk_partner_chinese_name = fields.Char(related="partner_id.wfk_chinese_name", string="Customer's Chinese name")
    wfk_partner_pinyin = fields.Char(related="partner_id.wfk_pinyin", string="Customer's pinyin")
    wfk_duplicate_partner_ids = fields.Many2many(
        "res.partner",
        string="Already in the CRM",
        compute="_compute_wfk_duplicate_partner_ids",
        help="Companies or people probably the same as the company or contact typed in this request: "
        "link the request to one of them instead of creating a new partner.",
    )
    wfk_duplicate_partner_count = fields.Integer(
        string="Possible duplicates (count)", compute="_compute_wfk_duplicate_partner_ids"
    )

    @api.depends("partner_id", "partner_name", "contact_name", "email_from", "phone")
    @api.depends_context("uid", "allowed_company_ids")
    def _compute_wfk_duplicate_partner_ids(self):
        """Before the request creates a partner: who in the CRM is probably the company or contact typed.

        The same rule as the partner form (``res.partner._wfk_find_duplicates``), run as the user, one query
        for all the requests computed together.
        """
        Partner = self.env["res.partner"]
        typed = {lead: lead._wfk_partner_signals() for lead in self if not lead.partner_id}
        found = iter(
            Partner._wfk_find_duplicates([signals for all_signals in typed.values() for signals in all_signals])
        )
        for lead in self:
            duplicates = Partner.browse()
            for _signals in typed.get(lead, ()):
                duplicates |= next(found)
            lead.wfk_duplicate_partner_ids = duplicates
            lead.wfk_duplicate_partner_count = len(duplicates)

    def _wfk_partner_signals(self):
        """The company and the contact typed in this request, as duplicate detection sees them."""
        self.ensure_one()
        contact = {
            "email_normalized": self.email_normalized or "",
            "phone_sanitized": self.phone_sanitized or "",
            "wfk_uscc": "",
        }
        signals = []
        if self.partner_name:
            signals.append(Signals(0, True, 0, name_core(self.partner_name) or "", **contact))
        if self.contact_name or not self.partner_name:
            signals.append(Signals(0, False, 0, name_core(self.contact_name) or "", **contact))
        return signals

    def _wfk_embedding_depends(self):
        return ["name", "description", "wfk_request_type", "industry_id", "secondary_industry_ids"]

    def _wfk_has_embedding_text(self):
        return bool(self.wfk_request_type)

    def _wfk_embedding_texts(self):
        """A request as one text: title, type, industries and description (only requests with a type)."""
        leads = self.filtered("wfk_request_type")
        if not leads:  # a plain sales lead: nothing to look up
            return {}
        types = dict(self._fields["wfk_request_type"]._description_selection(self.env))
        texts = {}
        for lead in leads:
            industries = ", ".join((lead.industry_id | lead.secondary_industry_ids).mapped("name"))
            description = ""
            if not is_html_empty(lead.description):
                try:
                    description = html2plaintext(lead.description)
                except ValueError:  # markup lxml cannot parse: the title, type and industries still speak
                    description = ""
            texts[lead.id] = "\n".join(
                part for part in (lead.name, types[lead.wfk_request_type], industries, description) if part
            )
        return texts

    wfk_match_ids = fields.One2many("wfk.match", "lead_id", string="Matches")
    wfk_match_count = fields.Integer(string="Number of matches", compute="_compute_wfk_match_count")

    def _compute_wfk_match_count(self):
        counts = dict(self.env["wfk.match"]._read_group([("lead_id", "in", self.ids)], ["lead_id"], ["__count"]))
        for lead in self:
            lead.wfk_match_count = counts.get(lead, 0)

    def action_wfk_find_matches(self):
        """Rank local companies and institutes for each request and keep the best as proposed matches."""
        for lead in self:
            if not (lead.wfk_request_type or lead.industry_id or lead.secondary_industry_ids):
                raise UserError(
                    self.env._(
                        "Give %(request)s a request type or an industry before looking for partners.",
                        request=lead.name,
                    )
                )
        self.env["wfk.match"]._wfk_find_for_leads(self)
        self._wfk_advance_to_stage(self.env.ref("wfk_china_crm.stage_wfk_matching"))
        if len(self) == 1:
            return self.action_wfk_view_matches()
        return True

    def action_wfk_view_matches(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_china_crm.action_wfk_match")
        action["domain"] = [("lead_id", "=", self.id)]
        action["context"] = {"default_lead_id": self.id, "search_default_filter_open": 1}
        action["display_name"] = self.env._("Matches for %(request)s", request=self.name)
        return action

    def _wfk_advance_to_stage(self, stage):
        """Move open China Cooperation requests forward to ``stage``, never backwards."""
        team = self.env.ref("wfk_china_crm.crm_team_china_cooperation")
        leads = self.filtered(
            lambda lead: lead.active
            and lead.team_id == team
            and not lead.stage_id.is_won
            and (not lead.stage_id or lead.stage_id.sequence < stage.sequence)
        )
        if leads:
            leads.write({"stage_id": stage.id})

    # --- The China Cooperation pipeline keeps to its own stages ------------------------------------
    wfk_own_stages = fields.Boolean(related="team_id.wfk_own_stages")
    # an agency's requests show no revenue or probability (views of crm_lead_views.xml)
    wfk_agency_requests = fields.Boolean(related="team_id.wfk_agency_requests")

    # --- An agency's requests stay out of Odoo's predictive lead scoring ----------------------------
    # Odoo learns won/lost frequencies from closed deals; an agency's requests are not deals, and the
    # frequency table's rows (one per team, field and value) were written by every request that reached
    # or left its won stage: a hot spot where two office staff saving at once made one of them wait.

    def _pls_increment_frequencies(self, from_state=None, to_state=None):
        deals = self.filtered(lambda lead: not lead.wfk_agency_requests)
        if not deals:
            return None
        return super(CrmLead, deals)._pls_increment_frequencies(from_state=from_state, to_state=to_state)

    def _pls_get_naive_bayes_probabilities(self, batch_mode=False, is_tooltip=False):
        """A request's probability is no prediction: 100 in a won stage, else 0 (Odoo's rule that a won lead
        is at 100 % and a lead leaving its won stage is not, kept without learning from requests)."""
        requests = self.filtered("wfk_agency_requests")
        if not requests:
            return super()._pls_get_naive_bayes_probabilities(batch_mode=batch_mode, is_tooltip=is_tooltip)
        probabilities, tooltip = {}, {}
        deals = self - requests
        if deals:
            probabilities, tooltip = super(CrmLead, deals)._pls_get_naive_bayes_probabilities(
                batch_mode=batch_mode, is_tooltip=is_tooltip
            )
        if batch_mode:  # Odoo's nightly update: open requests only
            requests = requests.filtered(lambda lead: lead.active and lead.won_status == "pending")
        probabilities.update({lead.id: 100.0 if lead.stage_id.is_won else 0.0 for lead in requests})
        if is_tooltip and self in requests:
            tooltip = {"probability": probabilities[self.id], "scores": []}
        return probabilities, tooltip

    def _pls_get_lead_pls_values(self, domain=None):
        """Odoo reads leads by domain when it rebuilds the frequencies, increments them or scores in batch:
        requests are never among them (their scoring above never asks, and the rebuild must not learn)."""
        if domain:
            # a subquery, not a join: Odoo selects the leads' columns unqualified
            Team = self.env["crm.team"].with_context(active_test=False)
            agency_teams = Team._search([("wfk_agency_requests", "=", True)])
            domain = [*domain, ("team_id", "not in", agency_teams)]
        return super()._pls_get_lead_pls_values(domain=domain)

    def _stage_find(self, team_id=False, domain=None, order="sequence, id", limit=1):
        teams = self.team_id
        if team_id:
            teams |= self.env["crm.team"].browse(team_id)
        if teams and all(teams.mapped("wfk_own_stages")):
            search_domain = [("team_ids", "in", teams.ids), *(domain or [])]
            return self.env["crm.stage"].search(search_domain, order=order, limit=limit)
        return super()._stage_find(team_id=team_id, domain=domain, order=order, limit=limit)

    @api.model
    def _read_group_stage_ids(self, stages, domain):
        team_id = self.env.context.get("default_team_id")
        if isinstance(team_id, int) and not self.env.context.get("show_user_team_stages"):
            team = self.env["crm.team"].browse(team_id).exists()
            if team.wfk_own_stages:
                stage_ids = stages.sudo()._search(
                    ["|", ("id", "in", stages.ids), ("team_ids", "in", team.ids)], order=stages._order
                )
                return stages.browse(stage_ids)
        return super()._read_group_stage_ids(stages, domain)

    # --- The funnel's stays (wfk.funnel.report) ------------------------------------------------------
    # what the funnel keeps of a request beside its stays: a change of one of these rebuilds them
    _wfk_funnel_fields = frozenset(
        {
            "stage_id",
            "team_id",
            "name",
            "representation_office_id",
            "company_id",
            "user_id",
            "wfk_request_type",
            "active",
            "probability",
            "lost_reason_id",
            "date_closed",
        }
    )

    @api.model_create_multi
    def create(self, vals_list):
        leads = super().create(vals_list)
        leads._wfk_funnel_changed()
        return leads

    def write(self, vals):
        was_agency = self._wfk_agency_requests() if "team_id" in vals else self.browse()
        res = super().write(vals)
        if not self._wfk_funnel_fields.isdisjoint(vals):
            self._wfk_funnel_changed(left=was_agency)
        return res

    def _wfk_agency_requests(self):
        return self.filtered(lambda lead: lead.team_id.wfk_agency_requests)

    def _wfk_funnel_changed(self, left=None):
        """The funnel's stays of these requests (and of those that ``left`` an agency's team) are rebuilt at the
        commit; a sales team's deal has none and costs nothing more."""
        requests = self._wfk_agency_requests() | (left or self.browse())
        if requests:
            self.env["wfk.funnel.report"]._wfk_rebuild_later(requests.ids)

    # --- Delegations (wfk.delegation) ------------------------------------
    wfk_delegation_id = fields.Many2one(
        "wfk.delegation",
        string="Delegation",
        index="btree_not_null",
        ondelete="set null",
        tracking=True,
        help="The delegation this request follows up on.",
    )
    wfk_planned_delegation_ids = fields.One2many(
        "wfk.delegation",
        "request_lead_id",
        string="Planned delegations",
        help="Delegations planned from this delegation-visit request.",
    )
    wfk_planned_delegation_count = fields.Integer(
        string="Planned delegations (count)", compute="_compute_wfk_planned_delegation_count"
    )
    wfk_outcome_ids = fields.One2many(
        "wfk.delegation.outcome",
        "lead_id",
        string="Delegation outcomes",
        help="Delegation outcomes this request follows up on.",
    )

    @api.depends("wfk_planned_delegation_ids")
    def _compute_wfk_planned_delegation_count(self):
        counts = {}
        if self.ids and self.env["wfk.delegation"].has_access("read"):
            groups = self.env["wfk.delegation"]._read_group(
                [("request_lead_id", "in", self.ids)], ["request_lead_id"], ["__count"]
            )
            counts = {lead.id: count for lead, count in groups}
        for lead in self:
            lead.wfk_planned_delegation_count = counts.get(lead.id, 0)

    def _wfk_prepare_delegation_values(self):
        """A draft delegation prefilled from this delegation-visit request."""
        self.ensure_one()
        inbound = self.wfk_direction == "cn_to_de"
        values = {
            "name": self.name,
            "direction": "inbound" if inbound else "outbound",
            "request_lead_id": self.id,
            "office_id": self.representation_office_id.id,
            "organizer_id": (self.user_id or self.env.user).id,
            "objective": self.description,
        }
        origin = self.wfk_origin_city_id
        if not inbound and origin:
            # a trip to the city that invited us: its first stop, hosted by that city
            values["stop_ids"] = [
                fields.Command.create(
                    {
                        "city": origin.city or origin.name,
                        "country_id": origin.country_id.id,
                        "host_partner_id": origin.id,
                        "office_id": self.representation_office_id.id,
                    }
                )
            ]
        if inbound and self.partner_id and not self.partner_id.is_company:
            # a visit to Kaiserslautern: the requesting contact is the first visitor
            visitor = {"partner_id": self.partner_id.id, "cost_bearer": "host"}
            values["participant_ids"] = [fields.Command.create(visitor)]
        return values

    def action_wfk_plan_delegation(self):
        """Plan a delegation from a delegation-visit request: a draft delegation linked both ways.

        A request that already has a delegation under way opens that one instead of planning a second.
        """
        self.ensure_one()
        if self.wfk_request_type != "delegation_visit":
            raise UserError(self.env._("Only delegation-visit requests can be planned as a delegation."))
        delegation = self.wfk_planned_delegation_ids.filtered(lambda d: d.state != "cancelled")[:1]
        if not delegation:
            delegation = self.env["wfk.delegation"].create(self._wfk_prepare_delegation_values())
            self.message_post(body=self.env._("Delegation %s planned from this request.", delegation._get_html_link()))
        return delegation._get_records_action(name=self.env._("Delegation"), context={})

    def action_wfk_view_planned_delegations(self):
        self.ensure_one()
        return self.wfk_planned_delegation_ids._get_records_action(
            name=self.env._("Planned delegations"),
            views=[(False, "list"), (False, "form")],
            domain=[("request_lead_id", "=", self.id)],
            context={"default_request_lead_id": self.id, "default_name": self.name},
        )

    # --- Outcome figures are never negative ---------------------------------------------------------
    @api.constrains(*WFK_OUTCOME_FIGURES)
    def _check_wfk_outcome_figures(self):
        for lead in self:
            if min(lead[name] for name in WFK_OUTCOME_FIGURES) < 0:
                raise ValidationError(
                    self.env._(
                        "Jobs, investment and area of request %(request)s, planned or realised, cannot be negative.",
                        request=lead.display_name,
                    )
                )
