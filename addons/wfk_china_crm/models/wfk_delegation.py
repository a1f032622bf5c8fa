from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

DELEGATION_STATES = [
    ("draft", "Draft"),
    ("planned", "Planned"),
    ("confirmed", "Confirmed"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
]


class WfkDelegation(models.Model):
    """A delegation: a trip abroad (outbound) or a visit to Kaiserslautern (inbound)."""

    _name = "wfk.delegation"
    _description = "Delegation"
    _inherit = ["mail.thread", "mail.activity.mixin", "wfk.value.sanitiser", "wfk.linked.access"]
    _wfk_linked_fields = ("office_id", "request_lead_id")
    _wfk_reach_fields = ("office_id", "stop_ids")
    _order = "date_start desc, id desc"

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    direction = fields.Selection(
        [("outbound", "Outbound (trip abroad)"), ("inbound", "Inbound (visit to Kaiserslautern)")],
        required=True,
        default="outbound",
        tracking=True,
    )
    state = fields.Selection(
        DELEGATION_STATES,
        string="Status",
        required=True,
        default="draft",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
        help="Draft → Planned (dates fixed) → Confirmed (participants confirmed) → Done (trip over); "
        "or Cancelled. Use the buttons to move it: they check the rules.",
    )
    date_start = fields.Date(string="Start date", tracking=True)
    date_end = fields.Date(string="End date", tracking=True)
    duration_days = fields.Integer(string="Days", compute="_compute_duration_days")
    organizer_id = fields.Many2one(
        "res.users",
        string="Organiser",
        default=lambda self: self.env.user,
        domain="[('share', '=', False)]",
        tracking=True,
        help="The WFK person who prepares the delegation and writes the report.",
    )
    office_id = fields.Many2one(
        "wfk.representation.office",
        string="Representation office",
        index="btree_not_null",
        tracking=True,
        help="The office in charge. Staff of this office and of the offices of the stops see the delegation.",
    )
    leader_ids = fields.Many2many(
        "res.partner",
        "wfk_delegation_leader_rel",
        "delegation_id",
        "partner_id",
        string="Led by",
        help="The heads of the delegation, e.g. the district administrator and the mayor.",
    )
    participant_ids = fields.One2many("wfk.delegation.participant", "delegation_id", string="Participants", copy=True)
    stop_ids = fields.One2many("wfk.delegation.stop", "delegation_id", string="Stops", copy=True)
    appointment_ids = fields.One2many("calendar.event", "wfk_delegation_id", string="Appointments")
    outcome_ids = fields.One2many("wfk.delegation.outcome", "delegation_id", string="Outcomes")
    lead_ids = fields.One2many(
        "crm.lead",
        "wfk_delegation_id",
        string="Follow-up requests",
        help="Cooperation requests that came out of this delegation.",
    )
    request_lead_id = fields.Many2one(
        "crm.lead",
        string="Request",
        index="btree_not_null",
        ondelete="set null",
        tracking=True,
        copy=False,
        domain="[('wfk_request_type', '=', 'delegation_visit')]",
        help="The delegation-visit request this delegation was planned from.",
    )
    objective = fields.Html(string="Purpose and programme")
    result = fields.Html(help="What the delegation achieved, in a few lines for the report.")
    recommendations = fields.Html(string="Recommended next steps")
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company)
    color = fields.Integer(string="Colour")

    participant_count = fields.Integer(
        string="Participants (count)",
        compute="_compute_participant_counts",
        help="Participants who have not declined.",
    )
    self_paid_count = fields.Integer(
        string="Paying their own costs",
        compute="_compute_participant_counts",
        help="Participants (not declined) who bear their own travel costs.",
    )
    agency_paid_count = fields.Integer(
        string="Paid by the agency",
        compute="_compute_participant_counts",
        help="Participants (not declined) whose costs WFK bears.",
    )
    appointment_count = fields.Integer(string="Appointments (count)", compute="_compute_appointment_count")
    lead_count = fields.Integer(string="Follow-up requests (count)", compute="_compute_lead_count")

    @api.depends("date_start", "date_end")
    def _compute_duration_days(self):
        for delegation in self:
            if delegation.date_start and delegation.date_end:
                delegation.duration_days = (delegation.date_end - delegation.date_start).days + 1
            else:
                delegation.duration_days = 0

    @api.depends("participant_ids.state", "participant_ids.cost_bearer")
    def _compute_participant_counts(self):
        """One grouped query for the whole recordset; unsaved records count in memory."""
        counts = defaultdict(lambda: defaultdict(int))
        saved = self.filtered("id")
        if saved:
            groups = self.env["wfk.delegation.participant"]._read_group(
                [("delegation_id", "in", saved.ids), ("state", "!=", "declined")],
                ["delegation_id", "cost_bearer"],
                ["__count"],
            )
            for delegation, cost_bearer, count in groups:
                counts[delegation.id][cost_bearer] += count
        for delegation in self - saved:
            for participant in delegation.participant_ids.filtered(lambda p: p.state != "declined"):
                counts[delegation.id][participant.cost_bearer] += 1
        for delegation in self:
            by_bearer = counts[delegation.id]
            delegation.participant_count = sum(by_bearer.values())
            delegation.self_paid_count = by_bearer["self"]
            delegation.agency_paid_count = by_bearer["agency"]

    @api.depends("appointment_ids")
    def _compute_appointment_count(self):
        """All appointments count, private ones included: a number reveals nothing of their content."""
        counts = {}
        if self.ids:
            groups = (
                self.env["calendar.event"]
                .sudo()
                ._read_group([("wfk_delegation_id", "in", self.ids)], ["wfk_delegation_id"], ["__count"])
            )
            counts = {delegation.id: count for delegation, count in groups}
        for delegation in self:
            delegation.appointment_count = counts.get(delegation.id, 0)

    @api.depends("lead_ids")
    def _compute_lead_count(self):
        counts = {}
        if self.ids and self.env["crm.lead"].has_access("read"):
            groups = self.env["crm.lead"]._read_group(
                [("wfk_delegation_id", "in", self.ids)], ["wfk_delegation_id"], ["__count"]
            )
            counts = {delegation.id: count for delegation, count in groups}
        for delegation in self:
            delegation.lead_count = counts.get(delegation.id, 0)

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for delegation in self:
            if delegation.date_start and delegation.date_end and delegation.date_end < delegation.date_start:
                raise ValidationError(
                    self.env._(
                        "The delegation “%(name)s” cannot end (%(end)s) before it starts (%(start)s).",
                        name=delegation.name,
                        start=delegation.date_start,
                        end=delegation.date_end,
                    )
                )
        # moving the trip's dates must not leave a stop outside them
        self.stop_ids._check_within_delegation()

    # ------------------------------------------------------------------
    # State machine
    # ------------------------------------------------------------------

    def _state_label(self, state=None):
        return dict(self._fields["state"]._description_selection(self.env))[state or self.state]

    def _ensure_state(self, allowed, message):
        """Raise ``message(delegation)`` for the first delegation whose state is not in ``allowed``."""
        for delegation in self:
            if delegation.state not in allowed:
                raise UserError(message(delegation))

    def _check_dates_set(self):
        for delegation in self:
            if not (delegation.date_start and delegation.date_end):
                raise UserError(
                    self.env._("Set the start and end dates of the delegation “%(name)s” first.", name=delegation.name)
                )

    def action_plan(self):
        """Draft → Planned: the dates are fixed."""
        self._ensure_state(
            {"draft"},
            lambda d: self.env._(
                "Only draft delegations can be planned; “%(name)s” is %(state)s.", name=d.name, state=d._state_label()
            ),
        )
        self._check_dates_set()
        self.write({"state": "planned"})
        return True

    def action_confirm(self):
        """Draft/Planned → Confirmed: there are dates and people who travel."""
        self._ensure_state(
            {"draft", "planned"},
            lambda d: self.env._(
                "Only draft or planned delegations can be confirmed; “%(name)s” is %(state)s.",
                name=d.name,
                state=d._state_label(),
            ),
        )
        self._check_dates_set()
        for delegation in self:
            if not delegation.participant_ids.filtered(lambda p: p.state != "declined"):
                raise UserError(
                    self.env._(
                        "The delegation “%(name)s” has no participants: "
                        "add the people who travel before confirming it.",
                        name=delegation.name,
                    )
                )
        self.write({"state": "confirmed"})
        for delegation in self:
            delegation.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=delegation.date_end + timedelta(days=7),
                summary=self.env._("Write the delegation report"),
                user_id=(delegation.organizer_id or self.env.user).id,
            )
        return True

    def action_done(self):
        """Confirmed → Done: only once the trip is over. Confirmed participants are marked attended."""
        self._ensure_state(
            {"confirmed"},
            lambda d: self.env._(
                "Only confirmed delegations can be marked as done; “%(name)s” is %(state)s.",
                name=d.name,
                state=d._state_label(),
            ),
        )
        today = fields.Date.context_today(self)
        for delegation in self:
            if not delegation.date_end or delegation.date_end > today:
                raise UserError(
                    self.env._(
                        "The delegation “%(name)s” can only be marked as done once its end date has passed.",
                        name=delegation.name,
                    )
                )
        self.write({"state": "done"})
        self.participant_ids.filtered(lambda p: p.state == "confirmed").write({"state": "attended"})
        return True

    def action_cancel(self):
        self._ensure_state(
            {"draft", "planned", "confirmed"},
            lambda d: self.env._(
                "The delegation “%(name)s” is %(state)s and cannot be cancelled.", name=d.name, state=d._state_label()
            ),
        )
        self.write({"state": "cancelled"})
        return True

    def action_draft(self):
        self._ensure_state(
            {"planned", "confirmed", "cancelled"},
            lambda d: self.env._(
                "The delegation “%(name)s” is %(state)s and cannot be reset to draft.",
                name=d.name,
                state=d._state_label(),
            ),
        )
        self.write({"state": "draft"})
        return True

    @api.ondelete(at_uninstall=False)
    def _unlink_except_confirmed_or_done(self):
        for delegation in self:
            if delegation.state in ("confirmed", "done"):
                raise UserError(
                    self.env._(
                        "The delegation “%(name)s” is %(state)s and cannot be deleted; cancel or archive it instead.",
                        name=delegation.name,
                        state=delegation._state_label(),
                    )
                )

    def copy_data(self, default=None):
        vals_list = super().copy_data(default=default)
        if "name" not in (default or {}):
            for delegation, vals in zip(self, vals_list, strict=True):
                vals["name"] = self.env._("%s (copy)", delegation.name)
        return vals_list

    # ------------------------------------------------------------------
    # Smart buttons and follow-ups
    # ------------------------------------------------------------------

    def action_view_appointments(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_china_crm.action_wfk_delegation_appointments")
        action["domain"] = [("wfk_delegation_id", "=", self.id)]
        action["context"] = {
            "default_wfk_delegation_id": self.id,
            "default_name": self.name,
            "initial_date": self.date_start and fields.Date.to_string(self.date_start),
        }
        return action

    def action_view_leads(self):
        self.ensure_one()
        return self.lead_ids._get_records_action(
            name=self.env._("Follow-up requests"),
            views=[(False, "list"), (False, "kanban"), (False, "form")],
            domain=[("wfk_delegation_id", "=", self.id)],
            context=self._followup_request_context(),
        )

    def _followup_request_context(self, partner=None, office=None, name=None):
        """Defaults of a cooperation request that follows up on this delegation."""
        self.ensure_one()
        context = {
            "default_type": "opportunity",
            "default_wfk_delegation_id": self.id,
            "default_user_id": self.env.uid,
        }
        team = self.env.ref("wfk_china_crm.crm_team_china_cooperation", raise_if_not_found=False)
        if team:
            context["default_team_id"] = team.id
        office = office or self.office_id
        if office:
            context["default_representation_office_id"] = office.id
        if partner:
            context["default_partner_id"] = partner.id
        if name:
            context["default_name"] = name
        return context

    def _followup_request_action(self, partner=None, office=None, name=None, extra_context=None):
        """Open a new cooperation request form prefilled with partner, office and this delegation."""
        context = self._followup_request_context(partner=partner, office=office, name=name)
        context.update(extra_context or {})
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Follow-up request"),
            "res_model": "crm.lead",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": context,
        }
