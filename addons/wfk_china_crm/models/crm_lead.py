from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

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

    _name = "crm.lead"
    _inherit = ["crm.lead", "wfk.input.guard"]

    representation_office_id = fields.Many2one(
        "wfk.representation.office",
        string="Representation office",
        index="btree_not_null",
        tracking=True,
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

    wfk_contact_log_ids = fields.One2many("wfk.contact.log", "lead_id", string="Contact logs")
    wfk_contact_log_count = fields.Integer(compute="_compute_wfk_contact_log_count", string="Contacts logged")

    @api.model
    def default_get(self, fields):
        # Not a field default: that one would also fill existing rows when the module is installed.
        defaults = super().default_get(fields)
        if "representation_office_id" in fields and "representation_office_id" not in defaults:
            defaults["representation_office_id"] = self.env.user.wfk_office_id.id
        return defaults

    @api.depends("wfk_contact_log_ids")
    def _compute_wfk_contact_log_count(self):
        counts = dict(self.env["wfk.contact.log"]._read_group([("lead_id", "in", self.ids)], ["lead_id"], ["__count"]))
        for lead in self:
            lead.wfk_contact_log_count = counts.get(lead, 0)

    def action_wfk_view_contact_logs(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_china_crm.action_wfk_contact_log")
        action["domain"] = [("lead_id", "=", self.id)]
        action["context"] = self._wfk_log_defaults()
        return action

    def action_wfk_log_contact(self):
        """Open the quick contact-log form for this request."""
        self.ensure_one()
        return self.env["wfk.contact.log"].action_quick_log(self._wfk_log_defaults())

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

    @api.constrains("wfk_jobs_planned", "wfk_investment_amount", "wfk_area_m2")
    def _check_wfk_outcome_figures(self):
        for lead in self:
            if min(lead.wfk_jobs_planned, lead.wfk_investment_amount, lead.wfk_area_m2) < 0:
                raise ValidationError(
                    self.env._(
                        "Jobs planned, investment and area of request %(request)s cannot be negative.",
                        request=lead.display_name,
                    )
                )
