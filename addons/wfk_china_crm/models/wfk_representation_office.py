from odoo import api, fields, models
from odoo.exceptions import ValidationError


class WfkRepresentationOffice(models.Model):
    """A WFK representation office abroad, or space in Kaiserslautern offered in return.

    The KPIs (requests, contact logs, desk occupancy) are computed in batch:
    reading them for many offices costs the same number of queries as for one.
    """

    _name = "wfk.representation.office"
    _description = "Representation office"
    _inherit = ["mail.thread", "mail.activity.mixin", "wfk.value.sanitiser"]
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
    contact_log_ids = fields.One2many("wfk.contact.log", "office_id", string="Contact logs")
    lead_count = fields.Integer(compute="_compute_lead_stats", string="Number of requests")
    open_lead_count = fields.Integer(compute="_compute_lead_stats", string="Open requests")
    won_lead_count = fields.Integer(compute="_compute_lead_stats", string="Won requests")
    contact_log_count = fields.Integer(compute="_compute_contact_log_stats", string="Contacts logged")
    last_contact_date = fields.Datetime(compute="_compute_contact_log_stats", string="Last contact")
    desk_occupancy = fields.Float(
        compute="_compute_desk_occupancy",
        string="Desk occupancy (%)",
        digits=(5, 1),
        help="Hosted companies per desk, in percent: above 100 means the space is overbooked.",
    )

    _code_unique = models.Constraint("UNIQUE(code)", "Another office already uses this code.")

    # ------------------------------------------------------------------ KPIs

    @api.depends("lead_ids.won_status", "lead_ids.active")
    def _compute_lead_stats(self):
        """Requests of each office, in one grouped query for the whole batch."""
        counts = {
            (office.id, won_status): count
            for office, won_status, count in self.env["crm.lead"]
            .with_context(active_test=False)
            ._read_group(
                [("representation_office_id", "in", self.ids)],
                ["representation_office_id", "won_status"],
                ["__count"],
            )
        }
        for office in self:
            by_status = {status: counts.get((office.id, status), 0) for status in ("won", "lost", "pending")}
            office.lead_count = sum(by_status.values())
            office.open_lead_count = by_status["pending"]
            office.won_lead_count = by_status["won"]

    @api.depends("contact_log_ids.date")
    def _compute_contact_log_stats(self):
        """Contact logs of each office and the latest one, in one grouped query."""
        stats = {
            office.id: (count, last)
            for office, count, last in self.env["wfk.contact.log"]._read_group(
                [("office_id", "in", self.ids)], ["office_id"], ["__count", "date:max"]
            )
        }
        for office in self:
            office.contact_log_count, office.last_contact_date = stats.get(office.id, (0, False))

    @api.depends("desk_count", "hosted_partner_ids")
    def _compute_desk_occupancy(self):
        # the Many2many is prefetched for the whole batch: one query, whatever the number of offices
        for office in self:
            office.desk_occupancy = (
                100.0 * len(office.hosted_partner_ids) / office.desk_count if office.desk_count else 0.0
            )

    # ----------------------------------------------------------- constraints

    @api.constrains("date_opened", "date_closed")
    def _check_dates(self):
        for office in self:
            if office.date_opened and office.date_closed and office.date_closed < office.date_opened:
                raise ValidationError(
                    self.env._(
                        "Office %(office)s cannot close (%(closed)s) before it opened (%(opened)s).",
                        office=office.display_name,
                        closed=office.date_closed,
                        opened=office.date_opened,
                    )
                )

    @api.constrains("floor_area", "desk_count")
    def _check_sizes(self):
        for office in self:
            if office.floor_area < 0 or office.desk_count < 0:
                raise ValidationError(
                    self.env._(
                        "Floor area and desk count of office %(office)s cannot be negative.",
                        office=office.display_name,
                    )
                )

    # --------------------------------------------------------------- actions

    def _action_related(self, model, title, domain, context=None):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": title,
            "res_model": model,
            "view_mode": "list,form",
            "domain": domain,
            "context": dict(context or {}),
        }

    def action_view_leads(self):
        return self._action_related(
            "crm.lead",
            self.env._("Requests of %s", self.name),
            [("representation_office_id", "=", self.id)],
            {"default_representation_office_id": self.id, "active_test": False},
        )

    def action_view_open_leads(self):
        return self._action_related(
            "crm.lead",
            self.env._("Open requests of %s", self.name),
            [("representation_office_id", "=", self.id), ("won_status", "=", "pending")],
            {"default_representation_office_id": self.id},
        )

    def action_view_won_leads(self):
        return self._action_related(
            "crm.lead",
            self.env._("Won requests of %s", self.name),
            [("representation_office_id", "=", self.id), ("won_status", "=", "won")],
        )

    def action_view_contact_logs(self):
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_china_crm.action_wfk_contact_log")
        action["domain"] = [("office_id", "=", self.id)]
        action["context"] = {"default_office_id": self.id}
        return action

    def action_view_hosted_partners(self):
        return self._action_related(
            "res.partner",
            self.env._("Companies hosted by %s", self.name),
            [("id", "in", self.hosted_partner_ids.ids)],
        )

    def action_wfk_log_contact(self):
        """Open the quick contact-log form for this office."""
        self.ensure_one()
        return self.env["wfk.contact.log"].action_quick_log({"default_office_id": self.id})
