from datetime import date, datetime, timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain
from odoo.tools.date_utils import parse_date

MEMBER_KINDS = [
    ("city", "City"),
    ("region", "Region"),
    ("district", "District"),
    ("city_network", "City network"),
]
STATUSES = [
    ("candidate", "Candidate"),
    ("observer", "Observer"),
    ("member", "Member"),
    ("suspended", "Suspended"),
    ("left", "Left"),
]
CLOSED_STATUS = "left"
ONE_DAY = timedelta(days=1)


class WfkIsaMembership(models.Model):
    """A city, region, district or city network in the Chinese-German Industrial Cities Alliance.

    Every change of ``status`` (and of the date it took effect, ``date_status``) is mirrored in
    ``status_line_ids``, one period per status, so that "who was a member on a given day" is a
    single search (:meth:`member_on`, or the *Member on* search field ``member_on_date`` in the UI).
    """

    _name = "wfk.isa.membership"
    _description = "ISA membership"
    _inherit = ["mail.thread", "mail.activity.mixin", "wfk.value.sanitiser"]
    _wfk_sanitise_explicit = True  # create() and write() derive status dates from the values: sanitised first
    _order = "country_id, partner_id, id"
    _rec_name = "partner_id"

    partner_id = fields.Many2one(
        "res.partner",
        string="Member",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        domain="[('is_company', '=', True)]",
        help="The city, region, district or city network: an organisation contact.",
    )
    country_id = fields.Many2one(
        "res.country",
        compute="_compute_country_id",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
        tracking=True,
    )
    member_kind = fields.Selection(MEMBER_KINDS, string="Kind", required=True, default="city", tracking=True)
    status = fields.Selection(
        STATUSES, required=True, default="candidate", index=True, tracking=True, group_expand=True
    )
    date_status = fields.Date(
        string="Status since",
        tracking=True,
        copy=False,
        help="The day the current status took effect. Changing the status without a date uses today; "
        "correcting this date moves the start of the current period in the status history.",
    )
    date_joined = fields.Date(
        string="Joined on",
        tracking=True,
        copy=False,
        help="Admission as a member; filled in with the status date when the status first becomes Member.",
    )
    date_left = fields.Date(
        string="Left on", tracking=True, copy=False, help="Filled in with the status date when the status becomes Left."
    )
    admission_event_id = fields.Many2one(
        "event.event",
        string="Admitted at",
        index="btree_not_null",
        ondelete="set null",
        tracking=True,
        groups="event.group_event_user",
        help="The alliance event at which the member was admitted, e.g. a plenary assembly or Hannover Messe.",
    )
    representative_ids = fields.Many2many(
        "res.partner",
        "wfk_isa_membership_representative_rel",
        "membership_id",
        "partner_id",
        string="Representatives",
        domain="[('is_company', '=', False)]",
        help="Mayors, economic developers and other people who represent the member in the alliance.",
    )
    industry_ids = fields.Many2many(
        "res.partner.industry",
        "wfk_isa_membership_industry_rel",
        "membership_id",
        "industry_id",
        string="Key industries",
    )
    network_member_ids = fields.Many2many(
        "res.partner",
        "wfk_isa_membership_network_rel",
        "membership_id",
        "partner_id",
        string="Network members",
        domain="[('is_company', '=', True)]",
        help="The cities that form a city network, e.g. Rüsselsheim am Main, Raunheim and Kelsterbach.",
    )
    network_member_count = fields.Integer(compute="_compute_network_member_count", string="Number of network members")
    notes = fields.Html()
    color = fields.Integer()
    status_line_ids = fields.One2many(
        "wfk.isa.membership.status", "membership_id", string="Status history", readonly=True, copy=False
    )
    member_on_date = fields.Date(
        string="Member on",
        compute="_compute_member_on_date",
        search="_search_member_on_date",
        help="Search for the memberships whose status was Member on a given day.",
    )

    _dates_in_order = models.Constraint(
        "CHECK(date_left IS NULL OR date_joined IS NULL OR date_left >= date_joined)",
        "A member cannot leave the alliance before joining it.",
    )
    _one_open_membership = models.UniqueIndex(
        "(partner_id) WHERE status != 'left'",
        "A partner can have only one open ISA membership: set the current one to Left before opening another.",
    )

    # ------------------------------------------------------------
    # COMPUTE / SEARCH
    # ------------------------------------------------------------

    @api.depends("partner_id.country_id")
    def _compute_country_id(self):
        for membership in self:
            if membership.partner_id.country_id:
                membership.country_id = membership.partner_id.country_id

    @api.depends("network_member_ids")
    def _compute_network_member_count(self):
        for membership in self:
            membership.network_member_count = len(membership.network_member_ids)

    def _compute_member_on_date(self):
        self.member_on_date = False

    def _search_member_on_date(self, operator, value):
        if operator not in ("=", "in"):
            return NotImplemented
        if value is False or value is None:
            return []
        values = [value] if isinstance(value, (str, date)) else list(value)
        days = {self._to_day(day) for day in values if day}
        if not days:
            return [("id", "=", False)]
        line_domain = Domain.OR(self._member_period_domain(day) for day in days)
        return [("status_line_ids", "any", line_domain)]

    def _to_day(self, value):
        if isinstance(value, str):
            value = parse_date(value, self.env)
        if isinstance(value, datetime):
            return value.date()
        return value

    @api.model
    def _member_period_domain(self, day):
        return [
            ("status", "=", "member"),
            ("date_from", "<=", day),
            "|",
            ("date_to", "=", False),
            ("date_to", ">=", day),
        ]

    @api.model
    def member_on(self, day):
        """Return the memberships whose status was *Member* on ``day`` (a date or an ISO string)."""
        return self.search([("member_on_date", "=", self._to_day(day))])

    def status_on(self, day):
        """Return the status of this membership on ``day``, or False if it had none yet."""
        self.ensure_one()
        day = self._to_day(day)
        period = self.status_line_ids.filtered(lambda p: p.date_from <= day and (not p.date_to or p.date_to >= day))
        return period[:1].status or False

    # ------------------------------------------------------------
    # CONSTRAINTS
    # ------------------------------------------------------------

    @api.constrains("partner_id")
    def _check_partner_is_organisation(self):
        for membership in self:
            if not membership.partner_id.is_company:
                raise ValidationError(
                    self.env._(
                        "%(partner)s is a person: an ISA member is a city, region, district or city network, "
                        "recorded as an organisation contact.",
                        partner=membership.partner_id.display_name,
                    )
                )

    @api.constrains("member_kind", "network_member_ids", "partner_id")
    def _check_network_members(self):
        for membership in self:
            members = membership.network_member_ids
            if not members:
                continue
            if membership.member_kind != "city_network":
                raise ValidationError(
                    self.env._(
                        "Only a city network lists network members; set the kind of %(partner)s to City network "
                        "or remove its network members.",
                        partner=membership.partner_id.display_name,
                    )
                )
            if membership.partner_id in members:
                raise ValidationError(
                    self.env._(
                        "The city network %(partner)s cannot be one of its own members.",
                        partner=membership.partner_id.display_name,
                    )
                )
            people = members.filtered(lambda p: not p.is_company)
            if people:
                raise ValidationError(
                    self.env._(
                        "Network members are cities, recorded as organisation contacts; %(people)s are persons.",
                        people=", ".join(people.mapped("display_name")),
                    )
                )

    # ------------------------------------------------------------
    # CRUD: the status history follows every status change
    # ------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        self._wfk_sanitise(vals_list, "create")  # the dates below are derived from the values
        # a membership closed earlier in this transaction must be closed in the table the unique index checks
        self.flush_model(["partner_id", "status"])
        default_status = self.default_get(["status"]).get("status", "candidate")
        today = fields.Date.context_today(self)
        for vals in vals_list:
            status = vals.get("status") or default_status
            vals["status"] = status
            day = fields.Date.to_date(vals.get("date_status"))
            if not day:
                if status == "member" and vals.get("date_joined"):
                    day = fields.Date.to_date(vals["date_joined"])
                elif status == CLOSED_STATUS and vals.get("date_left"):
                    day = fields.Date.to_date(vals["date_left"])
                else:
                    day = today
            vals["date_status"] = day
            if status == "member" and not vals.get("date_joined"):
                vals["date_joined"] = day
            if status == CLOSED_STATUS and not vals.get("date_left"):
                vals["date_left"] = day
        memberships = super().create(vals_list)
        self.env["wfk.isa.membership.status"].create(
            [{"membership_id": m.id, "status": m.status, "date_from": m.date_status} for m in memberships]
        )
        return memberships

    def write(self, vals):
        self._wfk_sanitise([vals], "write")
        if "status" not in vals and "date_status" not in vals:
            return super().write(vals)
        self.check_access("write")  # the status history is read and changed below: rights first
        for membership in self:
            super(WfkIsaMembership, membership).write(membership._track_status_history(vals))
        return True

    def _track_status_history(self, vals):
        """Update the status periods for ``vals`` and return the values to write on the membership."""
        self.ensure_one()
        vals = dict(vals)
        lines = self.status_line_ids.sorted(lambda line: (line.date_from, line.id))
        current = lines.filtered(lambda line: not line.date_to)[-1:]
        old_status = self.status
        new_status = vals.get("status", old_status)
        new_day = fields.Date.to_date(vals.get("date_status"))
        if new_status != old_status:
            day = new_day or fields.Date.context_today(self)
            if current and day < current.date_from:
                raise ValidationError(
                    self.env._(
                        "The status of %(partner)s cannot change on %(day)s: its current status has applied since "
                        "%(since)s.",
                        partner=self.partner_id.display_name,
                        day=day,
                        since=current.date_from,
                    )
                )
            if current and day == current.date_from:
                current.status = new_status  # a correction on the same day replaces the period
            else:
                if current:
                    current.date_to = day - ONE_DAY
                    current.flush_recordset(["date_to"])  # close the period before the new one is inserted
                self.env["wfk.isa.membership.status"].create(
                    {"membership_id": self.id, "status": new_status, "date_from": day}
                )
            vals["date_status"] = day
            if new_status == "member" and not self.date_joined and "date_joined" not in vals:
                vals["date_joined"] = day
            if new_status == CLOSED_STATUS and "date_left" not in vals:
                vals["date_left"] = day
            elif old_status == CLOSED_STATUS and "date_left" not in vals:
                vals["date_left"] = False
        elif new_day and new_day != self.date_status:
            # same status, corrected start date: move the boundary with the previous period
            if current:
                previous = lines.filtered(lambda line: line.date_to and line.date_to < current.date_from)[-1:]
                if previous and new_day <= previous.date_from:
                    raise ValidationError(
                        self.env._(
                            "The current status of %(partner)s cannot start on %(day)s: the previous status started "
                            "on %(since)s.",
                            partner=self.partner_id.display_name,
                            day=new_day,
                            since=previous.date_from,
                        )
                    )
                if previous:
                    previous.date_to = new_day - ONE_DAY
                current.date_from = new_day
            if new_status == "member" and self.date_joined == self.date_status and "date_joined" not in vals:
                vals["date_joined"] = new_day
            if new_status == CLOSED_STATUS and self.date_left == self.date_status and "date_left" not in vals:
                vals["date_left"] = new_day
        return vals

    # ------------------------------------------------------------
    # ORIGIN CITIES (for registrations and the requests made from them)
    # ------------------------------------------------------------

    @api.model
    def _get_origin_cities(self, partners):
        """Map each partner to the ISA city, region or network city it comes from.

        A member organisation (or a city of a network) is its own origin; any other organisation comes
        from the member located in the same city and country. Returns ``{partner id: res.partner}``.
        """
        partners = partners.filtered("id")
        if not partners:
            return {}
        memberships = self.sudo().search([])
        cities = memberships.partner_id | memberships.network_member_ids
        by_place = {}
        for city in cities.filtered("city"):
            by_place.setdefault((city.city.strip().casefold(), city.country_id.id), city)
        result = {}
        for partner in partners:
            commercial = partner.commercial_partner_id
            if commercial in cities:
                result[partner.id] = commercial
            elif commercial.city:
                origin = by_place.get((commercial.city.strip().casefold(), commercial.country_id.id))
                if origin:
                    result[partner.id] = origin
        return result

    # ------------------------------------------------------------
    # IMPORT
    # ------------------------------------------------------------

    @api.model
    def get_import_templates(self):
        return [
            {
                "label": self.env._("Import Template for ISA Member Lists"),
                "template": "/wfk_isa_membership/static/csv/wfk_isa_membership.csv",
            }
        ]
