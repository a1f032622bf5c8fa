from stdnum.cn import uscc as stdnum_uscc
from stdnum.exceptions import InvalidChecksum
from stdnum.exceptions import InvalidLength
from stdnum.exceptions import ValidationError as StdnumValidationError

from odoo import api, fields, models, tools
from odoo.exceptions import AccessError, ValidationError
from odoo.fields import Domain

from . import chinese_names
from .duplicate_rules import DEFAULT_THRESHOLD
from .duplicate_rules import SIGNAL_COLUMNS
from .duplicate_rules import SIGNAL_FIELDS
from .duplicate_rules import THRESHOLD_PARAM
from .duplicate_rules import Signals
from .duplicate_rules import block
from .duplicate_rules import ids_with_duplicates
from .duplicate_rules import probable_duplicates
from .matchmaking_rules import fit_codes
from .res_groups import OFFICER_GROUP
from .res_groups import PROFILE_API_GROUP

CHINA_RELATIONS = [
    ("none", "None"),
    ("interested", "Interested in China"),
    ("contacts", "Has contacts in China"),
    ("trading", "Trades with China"),
    ("subsidiary", "Subsidiary or branch in China"),
]

# Operators Odoo resolves as superuser before the record rules apply: through them, the profile API
# could learn which published company a hidden contact belongs to.
WFK_PROFILE_API_REFUSED_OPERATORS = frozenset({"parent_of", "child_of"})
# WFK's profile and search columns are fetched together, and only when one of them is read: a plain
# contact's create, write or list (Odoo's own fields) does not fetch them (Odoo's prefetch groups,
# ``Field.prefetch``). The Chinese name, credit code, name core and office stay in the default group: the
# duplicate warning and the office rules read them with Odoo's own fields.
WFK_PREFETCH = "wfk_partner"

# The profile contract of the "WFK profile API" group: what the web platform reads of a company.
WFK_PROFILE_FIELDS = (
    "name",
    "wfk_chinese_name",
    "industry_id",
    "secondary_industry_ids",
    "wfk_offer",
    "wfk_need",
    "wfk_looking_for_ids",
    "wfk_profile_summary",
)
# Plus what Odoo's default search (active, order by complete_name) and the group's record rule filter on,
# whose values are the same for every profile the group sees.
WFK_PROFILE_API_FIELDS = frozenset(
    {"id", "active", "complete_name", "is_company", "wfk_profile_published", *WFK_PROFILE_FIELDS}
)

# Name search by the search key: the trigram index finds the partners whose key holds a form of the query when
# every form has three characters (one trigram) at least; up to this many are then handed to the main query by id.
WFK_KEY_SEARCH_MIN_FORM = 3
WFK_KEY_SEARCH_MAX_IDS = 1000


class ResPartner(models.Model):
    _name = "res.partner"
    _inherit = [
        "res.partner",
        "wfk.value.sanitiser",
        "wfk.linked.access",
        "wfk.contact.log.mixin",
        "wfk.embedding.mixin",
    ]
    _wfk_linked_fields = ("representation_office_id",)
    # True once the registry has checked that super()._has_field_access is BaseModel's (_register_hook)
    _wfk_field_access_is_odoos = False
    _wfk_sanitised_fields = frozenset(
        {
            "representation_office_id",
            "wfk_china_relation",
            "wfk_chinese_name",
            "wfk_uscc",
            "wfk_offer",
            "wfk_need",
            "wfk_looking_for_ids",
            "wfk_profile_published",
            "wfk_profile_summary",
        }
    )

    representation_office_id = fields.Many2one(
        "wfk.representation.office",
        string="Representation office",
        index="btree_not_null",
        help="The WFK office that looks after this organisation.",
    )
    wfk_contact_log_ids = fields.One2many("wfk.contact.log", "partner_id", string="Contact logs")
    wfk_contact_log_count = fields.Integer(compute="_compute_wfk_contact_stats", string="Contacts logged")
    wfk_last_contact_date = fields.Datetime(compute="_compute_wfk_contact_stats", string="Last contact")

    @api.depends("wfk_contact_log_ids.date")
    def _compute_wfk_contact_stats(self):
        """Logs with the partner as organisation or as contact person: two grouped queries per batch."""
        Log = self.env["wfk.contact.log"]
        stats = {}
        for group_field in ("partner_id", "contact_person_id"):
            for partner, count, last in Log._read_group(
                [(group_field, "in", self.ids)], [group_field], ["__count", "date:max"]
            ):
                old_count, old_last = stats.get(partner.id, (0, False))
                stats[partner.id] = (old_count + count, max(filter(None, (old_last, last))))
        for partner in self:
            partner.wfk_contact_log_count, partner.wfk_last_contact_date = stats.get(partner.id, (0, False))

    def _wfk_contact_log_domain(self):
        return ["|", ("partner_id", "=", self.id), ("contact_person_id", "=", self.id)]

    def _wfk_log_defaults(self):
        organisation = self.commercial_partner_id
        defaults = {"default_partner_id": organisation.id}
        if self != organisation:
            defaults["default_contact_person_id"] = self.id
        office = self.representation_office_id or organisation.representation_office_id
        if office and office.state != "closed":
            defaults["default_office_id"] = office.id
        return defaults

    # --- Company profile (cooperation requests and matchmaking) ---------------------------------
    # matchmaking looks organisations up by main industry: base leaves the column without index
    industry_id = fields.Many2one(index="btree_not_null")
    wfk_china_relation = fields.Selection(
        CHINA_RELATIONS,
        string="Relation to China",
        default="none",
        help="How far the organisation already works with China; weighs in matchmaking.",
        prefetch=WFK_PREFETCH,
    )
    wfk_chinese_name = fields.Char(string="Chinese name", help="The registered name in Chinese characters.")
    wfk_uscc = fields.Char(
        string="Unified social credit code",
        copy=False,
        help="China's 18-character unified social credit code (统一社会信用代码) of a Chinese organisation.",
    )
    wfk_offer = fields.Text(
        string="Offers",
        help="What the organisation offers: products, services, research, space...",
        prefetch=WFK_PREFETCH,
    )
    wfk_need = fields.Text(
        string="Seeks", help="What the organisation is looking for, in its own words.", prefetch=WFK_PREFETCH
    )
    wfk_looking_for_ids = fields.Many2many(
        "wfk.looking.for",
        "wfk_looking_for_partner_rel",
        "partner_id",
        "looking_for_id",
        string="Looking for",
        help="Markets, resources, service providers, investors, research partners, skilled workers, space...",
    )
    wfk_profile_published = fields.Boolean(
        string="Profile published",
        copy=False,
        help="The profile may be shown on WFK's company platform.",
        prefetch=WFK_PREFETCH,
    )
    wfk_profile_summary = fields.Text(
        string="Profile summary",
        translate=True,
        help="A short presentation of the organisation in German, English and Chinese for the company platform.",
        prefetch=WFK_PREFETCH,
    )
    wfk_offer_fit = fields.Char(
        string="Offer fits request types",
        compute="_compute_wfk_fit",
        store=True,
        help="Technical: the request types the offer speaks to, kept for fast matchmaking.",
        prefetch=WFK_PREFETCH,
    )
    wfk_need_fit = fields.Char(
        string="Need fits request types",
        compute="_compute_wfk_fit",
        store=True,
        help="Technical: the request types the need speaks to, kept for fast matchmaking.",
        prefetch=WFK_PREFETCH,
    )
    wfk_match_ids = fields.One2many("wfk.match", "partner_id", string="Proposed for")
    wfk_match_count = fields.Integer(string="Matches", compute="_compute_wfk_match_count")

    # --- Chinese names: one search key, and the name core duplicate detection compares -------------
    wfk_search_key = fields.Char(
        string="Search key",
        compute="_compute_wfk_search_key",
        store=True,
        index="trigram",
        help="Technical: the name and Chinese name in Simplified characters, pinyin and folded Latin, "
        "for finding a partner however its name is typed.",
        prefetch=WFK_PREFETCH,
    )
    wfk_name_core = fields.Char(
        string="Name core",
        compute="_compute_wfk_search_key",
        store=True,
        index="trigram",
        help="Technical: the name without legal form, in compact pinyin; compared to find duplicates.",
    )
    wfk_name_search = fields.Char(
        string="Name in any script",
        compute="_compute_wfk_name_search",
        search="_search_wfk_name_search",
        help="Searches names in characters (Simplified or Traditional), pinyin with or without tones and "
        "spaces, and Latin names without accents.",
    )
    wfk_pinyin = fields.Char(
        string="Pinyin",
        compute="_compute_wfk_name_search",
        help="The Chinese name read in pinyin, for those who cannot read the characters.",
    )
    wfk_duplicate_partner_ids = fields.Many2many(
        "res.partner",
        string="Possible duplicates",
        compute="_compute_wfk_duplicate_partner_ids",
        help="Companies or people that are probably the same: same name across scripts and transliterations "
        "(legal forms ignored), same credit code, e-mail or phone.",
    )
    wfk_duplicate_partner_count = fields.Integer(
        string="Possible duplicates (count)",
        compute="_compute_wfk_duplicate_partner_ids",
        search="_search_wfk_duplicate_partner_count",
    )

    _wfk_uscc_company_unique = models.UniqueIndex(
        "(wfk_uscc) WHERE is_company IS TRUE AND wfk_uscc IS NOT NULL",
        "Another company already has this unified social credit code.",
    )
    # Duplicate detection looks partners up by e-mail and telephone number, which Odoo does not index: without
    # these, every duplicate warning (partner, request and contact-log forms) read the whole partner table
    # (4.8 against 0.4 ms at 3,000 partners, growing with the table). The credit code has its unique index
    # (companies), the name core its trigram index (the prefix of its block).
    _wfk_email_normalized_idx = models.Index("(email_normalized) WHERE email_normalized IS NOT NULL")
    _wfk_phone_sanitized_idx = models.Index("(phone_sanitized) WHERE phone_sanitized IS NOT NULL")
    # Matchmaking reads these columns of every candidate organisation (wfk.match._wfk_rank): an index-only scan
    # of this small index instead of two reads of the wide partner table (2x faster at 50,000 profiles).
    _wfk_match_profile_idx = models.Index(
        "(industry_id) INCLUDE (id, wfk_offer_fit, wfk_need_fit, wfk_china_relation, wfk_profile_published, "
        "representation_office_id, country_id) WHERE is_company AND active"
    )

    @api.depends("wfk_offer", "wfk_need")
    def _compute_wfk_fit(self):
        for partner in self:
            partner.wfk_offer_fit = fit_codes(partner.wfk_offer, "offer")
            partner.wfk_need_fit = fit_codes(partner.wfk_need, "need")

    @api.depends("name", "wfk_chinese_name", "is_company")
    def _compute_wfk_search_key(self):
        for partner in self:
            names = (partner.name, partner.wfk_chinese_name)
            partner.wfk_search_key = chinese_names.search_key(names, person=not partner.is_company)
            # the registered Chinese name, when known, is the surest identity: its pinyin is the same however
            # the Latin name was translated
            partner.wfk_name_core = chinese_names.name_core(partner.wfk_chinese_name or partner.name)

    @api.depends("name", "wfk_chinese_name")
    def _compute_wfk_name_search(self):
        for partner in self:
            chinese = partner.wfk_chinese_name or (partner.name if chinese_names.has_cjk(partner.name) else "")
            partner.wfk_name_search = partner.name
            partner.wfk_pinyin = chinese_names.pinyin_reading(chinese) or False

    @api.model
    def _search_wfk_name_search(self, operator, value):
        """Partners whose search key holds a folded form of ``value`` (see ``chinese_names.query_forms``)."""
        if operator not in ("ilike", "not ilike") or not isinstance(value, str):
            return NotImplemented
        forms = chinese_names.query_forms(value)
        if not forms:
            return Domain.TRUE if operator == "ilike" else Domain.FALSE
        # keys and forms are folded alike (chinese_names.compact: lower case): like, not ilike, which would
        # lower-case every key again
        domain = Domain.OR(Domain("wfk_search_key", "like", form) for form in forms)
        words = chinese_names.query_words(value)
        if words:
            domain |= Domain.AND(
                Domain.OR(Domain("wfk_search_key", "like", form) for form in word_forms) for word_forms in words
            )
        # Odoo's own name fields (complete name, e-mail, ...) have no trigram index: a name search reads every
        # partner, and matching each long key in that scan doubled its cost. The trigram index finds the few
        # partners whose key matches first, and the main query only compares ids.
        all_forms = [*forms, *(form for word_forms in words for form in word_forms)]
        if min(map(len, all_forms)) >= WFK_KEY_SEARCH_MIN_FORM:
            ids = self._search(domain, limit=WFK_KEY_SEARCH_MAX_IDS + 1).get_result_ids()
            if len(ids) <= WFK_KEY_SEARCH_MAX_IDS:
                domain = Domain("id", "in", ids)
        return domain if operator == "ilike" else ~domain

    @api.model
    def _search_display_name(self, operator, value):
        """Every many2one dropdown and partner search also finds names by characters, pinyin or folded Latin."""
        domain = super()._search_display_name(operator, value)
        if (
            operator == "ilike"
            and isinstance(value, str)
            and value.strip()
            and self._has_field_access(self._fields["wfk_name_search"], "read")
        ):
            domain = Domain.OR([domain, Domain("wfk_name_search", "ilike", value)])
        return domain

    # --- Possible duplicates ---------------------------------------------------------------------------

    @api.model
    def _wfk_duplicate_threshold(self):
        param = self.env["ir.config_parameter"].sudo().get_param(THRESHOLD_PARAM)
        try:
            return int(param) if param else DEFAULT_THRESHOLD
        except ValueError:
            return DEFAULT_THRESHOLD

    def _wfk_signals(self):
        """What duplicate detection compares of this partner (also of a partner being created in a form)."""
        self.ensure_one()
        return Signals(
            id=self._origin.id or 0,
            is_company=bool(self.is_company),
            parent_id=self.parent_id._origin.id or 0,
            core=self.wfk_name_core or "",
            wfk_uscc=self.wfk_uscc or "",
            email_normalized=self.email_normalized or "",
            phone_sanitized=self.phone_sanitized or "",
        )

    @api.model
    def _wfk_read_signals(self, domain, order=None):
        """``Signals`` of the partners matching ``domain`` that the current user may read, in one query.

        The query is Odoo's own ``_search`` as the user (record rules and active test applied first), with
        only the columns duplicate detection compares selected: nothing is read as superuser.
        """
        query = self._search(domain, order=order)
        columns = (self._field_to_sql(self._table, name, query) for name in SIGNAL_COLUMNS)
        return [
            Signals(row[0], bool(row[1]), row[2] or 0, *(value or "" for value in row[3:]))
            for row in self.env.execute_query(query.select(*columns))
        ]

    @api.model
    def _wfk_find_duplicates(self, signals_list, limit=20):
        """For each of ``signals_list``, the partners the user may read that are probably the same.

        One query for the whole batch (``_wfk_candidates_domain``), then ``duplicate_rules.probable_duplicates``
        applies ``is_probable_duplicate`` to the candidates of each.
        """
        domain = self._wfk_candidates_domain(signals_list)
        if domain.is_false():
            return [self.browse() for _signals in signals_list]
        candidates = self._wfk_read_signals(domain)
        threshold = self._wfk_duplicate_threshold()
        return [
            self.browse([candidate.id for candidate in probable_duplicates(signals, candidates, threshold)][:limit])
            for signals in signals_list
        ]

    @api.model
    def _wfk_candidates_domain(self, signals_list):
        """The partners that may be duplicates of one of ``signals_list``, each condition answered by an index:
        of the same kind (a company is never the duplicate of a person) and with the same credit code, e-mail
        or telephone number, or a name core that starts alike (the trigram index answers the prefix)."""
        return Domain.OR(
            Domain("is_company", "=", signals.is_company) & condition
            for signals in signals_list
            for condition in (
                *(Domain(name, "=", getattr(signals, name)) for name in SIGNAL_FIELDS if getattr(signals, name)),
                *([Domain("wfk_name_core", "=like", block(signals.core) + "%")] if block(signals.core) else []),
            )
        )

    @api.depends("name", "wfk_chinese_name", "is_company", "parent_id", "wfk_uscc", "email", "phone", "country_id")
    @api.depends_context("uid", "allowed_company_ids")
    def _compute_wfk_duplicate_partner_ids(self):
        """As the user: each user gets (and caches) only the partners they may read."""
        named = self.filtered("name")
        found = dict(zip(named, self._wfk_find_duplicates([partner._wfk_signals() for partner in named]), strict=True))
        for partner in self:
            # counted from what was found (readable, active): reading the field back would fetch every duplicate
            duplicates = found.get(partner, self.browse())
            partner.wfk_duplicate_partner_ids = duplicates
            partner.wfk_duplicate_partner_count = len(duplicates)

    @api.model
    def _search_wfk_duplicate_partner_count(self, operator, value):
        """The "Possible duplicates" filter: partners with at least one probable duplicate the user may read."""
        if operator not in (">", "!=", "=") or value not in (0, False):
            return NotImplemented
        ids = ids_with_duplicates(self._wfk_read_signals([], order="id"), self._wfk_duplicate_threshold())
        return Domain("id", "in" if operator != "=" else "not in", list(ids))

    def action_wfk_view_duplicates(self):
        """This partner and its possible duplicates, in a list from which Odoo's Merge action merges them."""
        self.ensure_one()
        partners = self | self.wfk_duplicate_partner_ids
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Possible duplicates of %(name)s", name=self.display_name),
            "res_model": "res.partner",
            "view_mode": "list,form",
            "views": [(False, "list"), (False, "form")],
            "domain": [("id", "in", partners.ids)],
        }

    def action_wfk_merge_duplicates(self):
        """Odoo's own merge wizard, with this partner and its possible duplicates selected."""
        self.ensure_one()
        partners = self | self.wfk_duplicate_partner_ids
        action = self.env["ir.actions.act_window"]._for_xml_id("base.action_partner_merge")
        action["context"] = {"active_model": "res.partner", "active_ids": partners.ids, "active_id": self.id}
        return action

    def _compute_wfk_match_count(self):
        counts = dict(self.env["wfk.match"]._read_group([("partner_id", "in", self.ids)], ["partner_id"], ["__count"]))
        for partner in self:
            partner.wfk_match_count = counts.get(partner, 0)

    # --- Unified social credit code --------------------------------------------------------------

    @api.model
    def _wfk_normalize_uscc(self, vals):
        """Store the code in its compact form (no spaces or dashes, upper case), empty as NULL."""
        if "wfk_uscc" in vals:
            vals["wfk_uscc"] = stdnum_uscc.compact(str(vals["wfk_uscc"])) if vals["wfk_uscc"] else False
        return vals

    def _wfk_uscc_error(self, code):
        """The translated reason why ``code`` is not a valid unified social credit code, or None."""
        try:
            stdnum_uscc.validate(code)
        except InvalidLength:
            return self.env._(
                "The unified social credit code %(code)s must have 18 characters, not %(length)s.",
                code=code,
                length=len(code),
            )
        except InvalidChecksum:
            return self.env._(
                "The check character of the unified social credit code %(code)s is wrong: please check for typos.",
                code=code,
            )
        except StdnumValidationError:
            return self.env._(
                "%(code)s is not a valid unified social credit code: it starts with 8 digits followed by "
                "digits and capital letters (without I, O, S, V and Z).",
                code=code,
            )
        return None

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._wfk_normalize_uscc(vals)
        if any(vals.get("wfk_uscc") for vals in vals_list):
            # a code freed earlier in this transaction must be free in the table the unique index checks
            self.flush_model(["wfk_uscc", "is_company"])
        if any(vals.get("wfk_profile_published") for vals in vals_list):
            self._wfk_check_may_publish()
        return super().create(vals_list)

    def write(self, vals):
        self._wfk_normalize_uscc(vals)
        if "wfk_profile_published" in vals:
            self._wfk_check_may_publish(vals["wfk_profile_published"])
        return super().write(vals)

    def _wfk_check_may_publish(self, published=True):
        """Publishing a profile on the web platform (or withdrawing it) is an officer's decision.

        Checked before anything is read; a write that leaves every profile as it is (the form sends the
        unchanged value) passes once Odoo's own access check has.
        """
        if self.env.su or self.env.user._has_group(OFFICER_GROUP):
            return
        if self:
            self.check_access("write")
            if all(partner.wfk_profile_published == bool(published) for partner in self):
                return
        raise AccessError(
            self.env._("Only internationalisation officers and managers may publish or withdraw a company profile.")
        )

    @api.constrains("wfk_uscc")
    def _check_wfk_uscc(self):
        for partner in self.filtered("wfk_uscc"):
            error = partner._wfk_uscc_error(partner.wfk_uscc)
            if error:
                raise ValidationError(error)

    # --- Matchmaking -------------------------------------------------------------------------------

    def _wfk_embedding_depends(self):
        return ["name", "is_company", "wfk_offer", "wfk_need", "industry_id", "secondary_industry_ids"]

    def _wfk_has_embedding_text(self):
        return bool(
            self.is_company and (self.wfk_offer or self.wfk_need or self.industry_id or self.secondary_industry_ids)
        )

    def _wfk_embedding_texts(self):
        """A company profile as one text: name, industries, offer and need (only companies with a profile)."""
        texts = {}
        for partner in self:
            if not partner._wfk_has_embedding_text():
                continue
            industries = ", ".join((partner.industry_id | partner.secondary_industry_ids).mapped("name"))
            texts[partner.id] = "\n".join(
                part for part in (partner.name, industries, partner.wfk_offer, partner.wfk_need) if part
            )
        return texts

    def action_wfk_find_requests(self):
        """The open requests this organisation fits, best first, as proposed matches."""
        self.ensure_one()
        matches = self.env["wfk.match"]._wfk_find_for_partner(self)
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_china_crm.action_wfk_match")
        action["domain"] = [("id", "in", matches.ids)]
        action["context"] = {"default_partner_id": self.id}
        action["views"] = [
            (self.env.ref("wfk_china_crm.wfk_match_view_list_requests").id, "list"),
            (self.env.ref("wfk_china_crm.wfk_match_view_form").id, "form"),
        ]
        action["display_name"] = self.env._("Requests for %(organisation)s", organisation=self.display_name)
        return action

    def action_wfk_view_matches(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_china_crm.action_wfk_match")
        action["domain"] = [("partner_id", "=", self.id)]
        action["context"] = {"default_partner_id": self.id}
        return action

    # --- Company-profile API (web platform) --------------------------------------------------------

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None, **kwargs):
        """Refuse, for the profile API, the operators that Odoo resolves as superuser (parent_of, child_of)."""
        if not self.env.su and not kwargs.get("bypass_access") and self._wfk_is_profile_api_user():
            self._wfk_check_api_domain(Domain(domain))
        return super()._search(domain, offset=offset, limit=limit, order=order, **kwargs)

    @api.model
    def _wfk_check_api_domain(self, domain):
        for condition in domain.iter_conditions():
            if condition.operator in WFK_PROFILE_API_REFUSED_OPERATORS:
                raise AccessError(
                    self.env._(
                        "The profile API may not search with the operator %(operator)s.", operator=condition.operator
                    )
                )
            if isinstance(condition.value, Domain):
                self._wfk_check_api_domain(condition.value)

    @api.model
    def _has_field_access(self, field, operation):
        """Members of the profile API group read the whitelisted profile fields and nothing else.

        Odoo's documented hook for field-level access (``groups=`` cannot be put on core fields such as
        ``email``): it guards read, search, order, group-by, write and ``fields_get`` alike. The record
        rule of the group limits the rows to published company profiles.

        Odoo asks it for every field a non-superuser reads (~170 times for a plain partner's create and
        write), so it costs as little as it can: the cheap tests first, one cached lookup, and for a field
        without ``groups`` Odoo's own answer (``True``) given here instead of through ``super()``, which walks
        the 60-odd classes of ``res.partner`` below this one to reach ``BaseModel``. That shortcut is only
        taken while no class between this one and ``BaseModel`` overrides the method
        (``_wfk_field_access_is_odoos``, set when the registry is ready; until then ``super()`` answers).
        """
        if (
            not self.env.su
            and not (operation == "read" and field.name in WFK_PROFILE_API_FIELDS)
            and self._wfk_is_profile_api_uid(self.env.uid)
        ):
            return False
        if self._wfk_field_access_is_odoos and (self.env.su or not field.groups):
            return True  # BaseModel._has_field_access's first test
        return super()._has_field_access(field, operation)

    def _register_hook(self):
        super()._register_hook()
        type(self)._wfk_field_access_is_odoos = self._wfk_next_field_access_owner() is models.BaseModel

    @classmethod
    def _wfk_next_field_access_owner(cls):
        """The class whose ``_has_field_access`` ``super()`` reaches from this one."""
        mro = cls.__mro__
        return next(klass for klass in mro[mro.index(ResPartner) + 1 :] if "_has_field_access" in vars(klass))

    @api.model
    def _wfk_is_profile_api_user(self):
        """Whether the current user is a profile-API account (no query).

        Asked for every field a partner read, write or search touches, so it is cached per user id in
        the same registry cache as Odoo's own ``res.users._get_group_ids`` (cleared when groups change).
        """
        return self._wfk_is_profile_api_uid(self.env.uid)

    @tools.ormcache("uid")
    def _wfk_is_profile_api_uid(self, uid):
        return self.env["res.users"].browse(uid)._has_group(PROFILE_API_GROUP)
