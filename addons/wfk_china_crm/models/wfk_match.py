from textwrap import shorten

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain
from odoo.tools import SQL

from . import embeddings
from .matchmaking_rules import DEFAULT_MATCH_LIMIT
from .matchmaking_rules import MATCH_LIMIT_PARAM
from .matchmaking_rules import MEANING_CANDIDATES
from .matchmaking_rules import MEANING_FLOOR
from .matchmaking_rules import MEANING_REQUEST_CANDIDATES
from .matchmaking_rules import POINTS_LOOKING_FOR
from .matchmaking_rules import POINTS_MAIN_INDUSTRY
from .matchmaking_rules import POINTS_NEED
from .matchmaking_rules import POINTS_OFFER
from .matchmaking_rules import POINTS_OFFICE
from .matchmaking_rules import POINTS_PUBLISHED
from .matchmaking_rules import POINTS_RELATED_INDUSTRY
from .matchmaking_rules import POINTS_RELATION
from .matchmaking_rules import POINTS_SHARED_INDUSTRY
from .matchmaking_rules import REQUEST_FIT
from .matchmaking_rules import Criterion
from .matchmaking_rules import meaning_points
from .res_partner import CHINA_RELATIONS

SENTENCE_WIDTH = 120  # characters of the closest sentence kept for the reason


class WfkMatch(models.Model):
    """An organisation proposed as partner for a cooperation request, with its score and reasons."""

    _name = "wfk.match"
    _inherit = ["wfk.value.sanitiser", "wfk.linked.access"]
    _wfk_linked_fields = ("lead_id",)
    _wfk_reach_fields = ("lead_id",)
    _description = "Match"
    _order = "lead_id, score desc, id"
    _rec_name = "partner_id"

    lead_id = fields.Many2one("crm.lead", string="Request", required=True, index=True, ondelete="cascade")
    partner_id = fields.Many2one(
        "res.partner",
        string="Organisation",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('is_company', '=', True)]",
    )
    score = fields.Integer(aggregator="max", help="0 to 100: how well the organisation fits the request.")
    state = fields.Selection(
        [("proposed", "Proposed"), ("introduced", "Introduced"), ("accepted", "Accepted"), ("declined", "Declined")],
        string="Status",
        required=True,
        default="proposed",
        index=True,
    )
    reason = fields.Text(compute="_compute_reason", help="Why the organisation was proposed, in words.")
    note = fields.Text(string="Notes")
    representation_office_id = fields.Many2one(related="lead_id.representation_office_id", store=True, index=True)
    request_type = fields.Selection(related="lead_id.wfk_request_type")
    request_partner_id = fields.Many2one(related="lead_id.partner_id", string="Requester")
    partner_country_id = fields.Many2one(related="partner_id.country_id", string="Country")
    partner_city = fields.Char(related="partner_id.city", string="City")
    date_introduced = fields.Datetime(string="Introduced on", readonly=True, copy=False)
    introduced_by_id = fields.Many2one("res.users", string="Introduced by", readonly=True, copy=False)

    # What the score is made of, as found when the match was proposed
    match_main_industry = fields.Boolean(string="Same main industry", readonly=True)
    match_related_industry = fields.Boolean(
        string="Related industry", readonly=True, help="The main industry of one side is a secondary one of the other."
    )
    shared_industry_count = fields.Integer(string="Shared secondary industries", readonly=True)
    match_looking_for = fields.Boolean(string="Looks for what the request brings", readonly=True)
    match_offer = fields.Boolean(string="Offers what the request seeks", readonly=True)
    match_need = fields.Boolean(string="Seeks what the request brings", readonly=True)
    china_relation = fields.Selection(CHINA_RELATIONS, string="Relation to China", readonly=True)
    match_published = fields.Boolean(string="Published profile", readonly=True)
    match_office = fields.Boolean(string="Same office", readonly=True)
    match_meaning = fields.Integer(
        string="Closeness in meaning (%)",
        readonly=True,
        aggregator="max",
        help="How close the profile and the request are in meaning (sentence vectors, any language).",
    )
    match_sentence = fields.Char(
        string="Closest sentence", readonly=True, help="The sentence of the profile closest in meaning to the request."
    )

    _lead_partner_unique = models.Constraint(
        "UNIQUE(lead_id, partner_id)", "This organisation is already proposed for this request."
    )
    _score_range = models.Constraint("CHECK(score >= 0 AND score <= 100)", "The score lies between 0 and 100.")

    # What ranking weighs, one row per criterion: the field keeping what was found, the SQL finding it for
    # organisation ``p`` (aliases and named parameters of ``_wfk_rank``), its points and the method saying
    # it in words. Adding a criterion: a field above, a row here, a reason method below. Closeness in
    # meaning is the one criterion outside the table: its value comes from the vector index, not the query.
    _wfk_criteria = (
        Criterion(
            "match_main_industry",
            "COALESCE(p.industry_id = %(main)s, FALSE)",
            POINTS_MAIN_INDUSTRY,
            reason="_wfk_reason_main_industry",
        ),
        Criterion(
            "match_related_industry",
            "NOT COALESCE(p.industry_id = %(main)s, FALSE) AND (COALESCE(p.industry_id = ANY(%(secondary)s), FALSE)"
            " OR COALESCE(secondary.has_main, FALSE))",
            POINTS_RELATED_INDUSTRY,
            reason="_wfk_reason_industries",
        ),
        Criterion(
            "shared_industry_count",
            "COALESCE(secondary.shared_count, 0)",
            score="LEAST(shared_industry_count, 2) * %(shared_points)s",  # said with the related industries
        ),
        Criterion(
            "match_offer", "COALESCE(p.wfk_offer_fit LIKE %(fit)s, FALSE)", POINTS_OFFER, reason="_wfk_reason_offer"
        ),
        Criterion(
            "match_looking_for", "looking.partner_id IS NOT NULL", POINTS_LOOKING_FOR, reason="_wfk_reason_looking_for"
        ),
        Criterion("match_need", "COALESCE(p.wfk_need_fit LIKE %(fit)s, FALSE)", POINTS_NEED, reason="_wfk_reason_need"),
        Criterion(
            "china_relation",
            "COALESCE(p.wfk_china_relation, 'none')",
            score="CASE china_relation %(relation_points)s ELSE 0 END",
            reason="_wfk_reason_relation",
        ),
        Criterion(
            "match_published",
            "COALESCE(p.wfk_profile_published, FALSE)",
            POINTS_PUBLISHED,
            reason="_wfk_reason_published",
        ),
        Criterion(
            "match_office",
            "COALESCE(p.representation_office_id = %(office)s, FALSE)",
            POINTS_OFFICE,
            reason="_wfk_reason_office",
        ),
    )

    def _wfk_reason_depends(self):
        return [
            *(criterion.field for criterion in self._wfk_criteria),
            "match_meaning",
            "match_sentence",
            "lead_id.industry_id",
            "lead_id.secondary_industry_ids",
            "lead_id.wfk_request_type",
            "partner_id.industry_id",
            "partner_id.secondary_industry_ids",
            "partner_id.wfk_looking_for_ids",
            "representation_office_id",
        ]

    @api.depends(lambda self: self._wfk_reason_depends())
    @api.depends_context("lang")
    def _compute_reason(self):
        """The reasons in words: closeness in meaning first, then each criterion of the table in its order."""
        labels = {
            "relations": dict(self._fields["china_relation"]._description_selection(self.env)),
            "request_types": dict(self.env["crm.lead"]._fields["wfk_request_type"]._description_selection(self.env)),
        }
        methods = ["_wfk_reason_meaning", *(criterion.reason for criterion in self._wfk_criteria if criterion.reason)]
        for match in self:
            match.reason = " · ".join(filter(None, (getattr(match, method)(labels) for method in methods)))

    # Each reason method: the words for one match, or None when the criterion did not count.

    def _wfk_reason_meaning(self, labels):
        if self.match_sentence:
            return self.env._("Close in meaning: “%(sentence)s”", sentence=self.match_sentence)
        if meaning_points(self.match_meaning / 100):
            return self.env._("Close in meaning")
        return None

    def _wfk_reason_main_industry(self, labels):
        if not self.match_main_industry:
            return None
        industry = self.lead_id.industry_id or self.partner_id.industry_id
        return self.env._("Same main industry: %(industry)s", industry=industry.name)

    def _wfk_reason_industries(self, labels):
        """Related and further shared industries, said together."""
        if not (self.match_related_industry or self.shared_industry_count):
            return None
        lead, partner = self.lead_id, self.partner_id
        shared = (lead.industry_id | lead.secondary_industry_ids) & (
            partner.industry_id | partner.secondary_industry_ids
        )
        if self.match_main_industry:
            shared -= lead.industry_id
        if not shared:
            return self.env._("Related industries")
        return self.env._("Shared industries: %(industries)s", industries=", ".join(shared.mapped("name")))

    def _wfk_reason_offer(self, labels):
        if not self.match_offer:
            return None
        request_type = labels["request_types"].get(self.lead_id.wfk_request_type, "")
        return self.env._("Offers what the request seeks (%(type)s)", type=request_type)

    def _wfk_reason_looking_for(self, labels):
        if not self.match_looking_for:
            return None
        codes = REQUEST_FIT.get(self.lead_id.wfk_request_type, {}).get("looking_for", ())
        tags = self.partner_id.wfk_looking_for_ids.filtered(lambda tag: tag.code in codes)
        if not tags:
            return self.env._("Looks for what the request brings")
        return self.env._("Looking for %(tags)s", tags=", ".join(tags.mapped("name")))

    def _wfk_reason_need(self, labels):
        return self.env._("Seeks what the request brings") if self.match_need else None

    def _wfk_reason_relation(self, labels):
        if not self.china_relation or self.china_relation == "none":
            return None
        return labels["relations"][self.china_relation]

    def _wfk_reason_published(self, labels):
        return self.env._("Published profile") if self.match_published else None

    def _wfk_reason_office(self, labels):
        if not self.match_office:
            return None
        return self.env._("Looked after by the same office (%(office)s)", office=self.representation_office_id.name)

    # --- Ranking -------------------------------------------------------------------------------

    @api.model
    def _wfk_match_limit(self):
        value = self.env["ir.config_parameter"].sudo().get_param(MATCH_LIMIT_PARAM, DEFAULT_MATCH_LIMIT)
        try:
            return max(int(value), 1)
        except (TypeError, ValueError):
            return DEFAULT_MATCH_LIMIT

    @api.model
    def _wfk_rank(self, lead, limit, meaning=None, partner_ids=None):
        """Rank organisations for ``lead`` in one SQL query; return the best ``limit`` as dicts.

        ``meaning``: {partner id: similarity} of the profiles nearest to the request in meaning; they
        are candidates too and earn up to ``POINTS_MEANING`` points (``meaning_points`` in each row).
        ``partner_ids``: rank only these organisations (the reverse direction, "Find requests").

        Candidates are the organisations that share an industry with the request (main or secondary),
        carry one of its looking-for tags, fit its type (the request types each profile's offer and
        need speak to, stored as short codes when the profile changes) or are close to it in meaning:
        a good China relation alone never makes a match. They are found and scored in one pass over the
        covering index ``res_partner_wfk_match_profile_idx`` (no table rows read), with the request's
        small sets (secondary industries, tags, nearest in meaning) hashed beside it: at 50,000
        profiles this is faster than collecting the candidates first (a union of indexed lookups)
        when many fit, and no Python loop runs over the partners.
        """
        meaning = meaning or {}
        near_ids = list(meaning)
        near_points = [meaning_points(meaning[partner_id]) for partner_id in near_ids]
        industries = lead.industry_id | lead.secondary_industry_ids
        fit_pattern = f"%,{lead.wfk_request_type},%" if lead.wfk_request_type in REQUEST_FIT else None
        requester = lead.partner_id.commercial_partner_id
        excluded = (requester | lead.partner_id | lead.wfk_origin_city_id).ids
        if lead.wfk_direction == "cn_to_de":
            where_direction = SQL("(country.code IS NULL OR country.code != 'CN')")
        elif lead.wfk_direction == "de_to_cn":
            where_direction = SQL("country.code = 'CN'")
        else:
            where_direction = SQL("TRUE")
        relation_points = SQL(" ").join(SQL("WHEN %s THEN %s", key, points) for key, points in POINTS_RELATION.items())
        params = {
            "main": lead.industry_id.id or None,
            "secondary": lead.secondary_industry_ids.ids,
            "fit": fit_pattern,
            "office": lead.representation_office_id.id or None,
            "shared_points": POINTS_SHARED_INDUSTRY,
            "relation_points": relation_points,
        }
        facts = SQL(",\n").join(
            SQL("%s AS %s", SQL(criterion.fact, **params), SQL.identifier(criterion.field))
            for criterion in self._wfk_criteria
        )
        score = SQL(" + ").join(
            SQL(criterion.score, **params)
            if criterion.score
            else SQL("CASE WHEN %s THEN %s ELSE 0 END", SQL.identifier(criterion.field), criterion.points)
            for criterion in self._wfk_criteria
        )
        self.env.flush_all()
        query = SQL(
            """
            WITH tags AS (
                SELECT id FROM wfk_looking_for WHERE code = ANY(%(codes)s) AND active
            ),
            meaning AS (
                SELECT unnest(%(near_ids)s::int[]) AS partner_id, unnest(%(near_points)s::int[]) AS points
            ),
            secondary AS (
                SELECT res_partner_id AS partner_id,
                       bool_or(res_partner_industry_id = %(main)s) AS has_main,
                       count(*) FILTER (WHERE res_partner_industry_id = ANY(%(secondary)s)) AS shared_count
                  FROM res_partner_res_partner_industry_rel
                 WHERE res_partner_industry_id = ANY(%(industries)s)
              GROUP BY res_partner_id
            ),
            looking AS (
                SELECT DISTINCT partner_id FROM wfk_looking_for_partner_rel
                 WHERE looking_for_id IN (SELECT id FROM tags)
            ),
            excluded AS (
                SELECT unnest(%(excluded)s::int[]) AS partner_id
                UNION
                SELECT partner_id FROM res_company WHERE partner_id IS NOT NULL
                UNION
                SELECT partner_id FROM wfk_match WHERE lead_id = %(lead)s AND state != 'proposed'
            ),
            facts AS (
                SELECT p.id AS partner_id,
                       %(facts)s,
                       COALESCE(meaning.points, 0) AS meaning_points
                  FROM res_partner p
             LEFT JOIN meaning ON meaning.partner_id = p.id
             LEFT JOIN secondary ON secondary.partner_id = p.id
             LEFT JOIN looking ON looking.partner_id = p.id
             LEFT JOIN res_country country ON country.id = p.country_id
                 WHERE p.is_company AND p.active
                   AND (p.industry_id = ANY(%(industries)s) OR secondary.partner_id IS NOT NULL
                        OR looking.partner_id IS NOT NULL OR meaning.partner_id IS NOT NULL
                        OR p.wfk_offer_fit LIKE %(fit)s OR p.wfk_need_fit LIKE %(fit)s)
                   AND p.id NOT IN (SELECT partner_id FROM excluded)
                   AND %(where_direction)s
                   AND %(where_partners)s
            )
            SELECT facts.*, %(score)s + meaning_points AS score
              FROM facts
          ORDER BY score DESC, match_main_industry DESC, partner_id
             LIMIT %(limit)s
            """,
            **params,
            industries=industries.ids,
            codes=list(REQUEST_FIT.get(lead.wfk_request_type, {}).get("looking_for", ())),
            excluded=excluded,
            where_direction=where_direction,
            lead=lead.id,
            facts=facts,
            score=score,
            limit=limit,
            near_ids=near_ids,
            near_points=near_points,
            where_partners=SQL("p.id = ANY(%s)", list(partner_ids)) if partner_ids is not None else SQL("TRUE"),
        )
        self.env.cr.execute(query)
        return self.env.cr.dictfetchall()

    @api.model
    def _wfk_match_values(self, lead, row, similarity=None, sentence=None):
        """The values of a proposed match from a row of ``_wfk_rank``."""
        return {
            "lead_id": lead.id,
            "partner_id": row["partner_id"],
            "score": min(row["score"], 100),
            **{criterion.field: row[criterion.field] for criterion in self._wfk_criteria},
            "match_meaning": round(100 * similarity) if similarity is not None else 0,
            "match_sentence": sentence and shorten(sentence, SENTENCE_WIDTH, placeholder=" …"),
        }

    @api.model
    def _wfk_find_for_leads(self, leads):
        """Replace the proposed matches of ``leads`` by the best organisations found now.

        Matches already introduced, accepted or declined stay, and their organisations are not proposed
        again. With matching by meaning, the profiles nearest to each request join the candidates, and
        each proposed organisation's sentence closest to the request is kept for the reason. Returns
        the new matches.
        """
        # the caller's rights first: matches may be made, and these requests written, by this user
        self.check_access("create")
        leads.check_access("write")
        limit = self._wfk_match_limit()
        Partner = self.env["res.partner"]
        request_vectors, index = {}, None
        if Partner._wfk_meaning_enabled():
            request_vectors = leads._wfk_embedding_vectors()
            index = Partner._wfk_vector_index()
        vals_list = []
        for lead in leads:
            query_vector = request_vectors.get(lead.id)
            meaning = {}
            if query_vector is not None:
                meaning = dict(index.nearest(query_vector, MEANING_CANDIDATES, MEANING_FLOOR))
            rows = self._wfk_rank(lead, limit, meaning=meaning)
            closest = self._wfk_closest_sentences(
                query_vector, Partner.browse(row["partner_id"] for row in rows if row["meaning_points"])
            )
            for row in rows:
                partner_id = row["partner_id"]
                similarity = meaning.get(partner_id)
                if similarity is None and query_vector is not None:
                    similarity = index.similarity(partner_id, query_vector)
                sentence = closest.get(partner_id, (None, 0))[0]
                vals_list.append(self._wfk_match_values(lead, row, similarity, sentence))
        outdated = self.search([("lead_id", "in", leads.ids), ("state", "=", "proposed")])
        if outdated:
            outdated.unlink()
        return self.create(vals_list)

    @api.model
    def _wfk_closest_sentences(self, query_vector, partners):
        """{partner id: (sentence, similarity)}: each profile's offer or need sentence closest to the request."""
        if query_vector is None or not partners:
            return {}
        profiles = {partner.id: "\n".join(filter(None, (partner.wfk_offer, partner.wfk_need))) for partner in partners}
        return embeddings.closest_sentences(query_vector, profiles)

    @api.model
    def _wfk_find_for_partner(self, partner):
        """Propose ``partner`` for the open requests it fits best; return those matches, best first.

        Candidates are the open China Cooperation requests the user may read (their record rules
        apply: office staff see their offices' requests) that are nearest to the profile in meaning
        or whose type fits its offer or need or whose industries it shares; each is then scored with
        the same ranking as "Find partners", restricted to this organisation.
        """
        self.check_access("create")
        partner.check_access("read")
        Lead = self.env["crm.lead"]
        team = self.env.ref("wfk_china_crm.crm_team_china_cooperation")
        open_domain = [("team_id", "=", team.id), ("stage_id.is_won", "=", False), ("wfk_request_type", "!=", False)]
        fits = [code for code in f"{partner.wfk_offer_fit or ''},{partner.wfk_need_fit or ''}".split(",") if code]
        industries = partner.industry_id | partner.secondary_industry_ids
        rule_domain = Domain.OR(
            [
                [("wfk_request_type", "in", fits)],
                [("industry_id", "in", industries.ids)],
                [("secondary_industry_ids", "in", industries.ids)],
            ]
        )
        candidates = Lead.search(Domain.AND([open_domain, rule_domain]), limit=MEANING_REQUEST_CANDIDATES)
        meaning = {}
        if Lead._wfk_meaning_enabled():
            profile_vector = partner._wfk_embedding_vectors().get(partner.id)
            if profile_vector is not None:
                readable = Lead.search(open_domain).ids
                nearest = Lead._wfk_vector_index().nearest(
                    profile_vector, MEANING_REQUEST_CANDIDATES, MEANING_FLOOR, among=readable
                )
                meaning = dict(nearest)
                candidates |= Lead.browse(meaning)
        proposals = []
        for lead in candidates._filtered_access("write"):
            rows = self._wfk_rank(
                lead, 1, meaning={partner.id: meaning[lead.id]} if lead.id in meaning else None, partner_ids=partner.ids
            )
            if rows:
                proposals.append((lead, rows[0]))
        proposals.sort(key=lambda proposal: (-proposal[1]["score"], proposal[0].id))
        proposals = proposals[: self._wfk_match_limit()]
        existing = self.search(
            [("partner_id", "=", partner.id), ("lead_id", "in", [lead.id for lead, _row in proposals])]
        )
        known = {match.lead_id: match for match in existing}
        near = Lead.browse(lead.id for lead, row in proposals if row["meaning_points"] and lead not in known)
        request_vectors = near._wfk_embedding_vectors() if near else {}
        vals_list = []
        for lead, row in proposals:
            if lead in known:
                continue
            sentence = None
            if lead.id in request_vectors:
                closest = self._wfk_closest_sentences(request_vectors[lead.id], partner)
                sentence = closest.get(partner.id, (None, 0))[0]
            vals_list.append(self._wfk_match_values(lead, row, meaning.get(lead.id), sentence))
        created = self.create(vals_list)
        by_lead = {match.lead_id: match for match in existing | created}
        return self.browse([by_lead[lead].id for lead, _row in proposals if lead in by_lead])

    # --- Introduce, accept, decline ----------------------------------------------------------------

    def _wfk_check_state(self, allowed):
        states = dict(self._fields["state"]._description_selection(self.env))
        for match in self:
            if match.state not in allowed:
                raise UserError(
                    self.env._(
                        "%(partner)s has the status “%(state)s” for %(request)s: this step is not possible.",
                        partner=match.partner_id.display_name,
                        state=states[match.state],
                        request=match.lead_id.name,
                    )
                )

    def action_wfk_introduce(self):
        """Introduce both sides by e-mail, plan the follow-ups and move the request to Introduced."""
        self._wfk_check_state(("proposed",))
        for match in self:
            requester = match.lead_id.partner_id
            if not requester:
                raise UserError(
                    self.env._(
                        "Set the requesting organisation on %(request)s before introducing a partner.",
                        request=match.lead_id.name,
                    )
                )
            for partner in (requester, match.partner_id):
                if not partner.email:
                    raise UserError(
                        self.env._(
                            "%(partner)s has no e-mail address: add one before the introduction.",
                            partner=partner.display_name,
                        )
                    )
        template_requester = self.env.ref("wfk_china_crm.mail_template_wfk_introduction_requester")
        template_partner = self.env.ref("wfk_china_crm.mail_template_wfk_introduction_partner")
        for match in self:
            lead = match.lead_id
            for template, recipient in (
                (template_requester, lead.partner_id),
                (template_partner, match.partner_id),
            ):
                rendered = template._generate_template(match.ids, ("subject", "body_html"))[match.id]
                lead.message_post(
                    subject=rendered["subject"],
                    body=rendered["body_html"],
                    partner_ids=recipient.ids,
                    message_type="comment",
                    subtype_xmlid="mail.mt_comment",
                    email_layout_xmlid="mail.mail_notification_light",
                )
            match._wfk_schedule_follow_ups()
        self.write({"state": "introduced", "date_introduced": fields.Datetime.now(), "introduced_by_id": self.env.uid})
        self.lead_id._wfk_advance_to_stage(self.env.ref("wfk_china_crm.stage_wfk_introduced"))
        return True

    def _wfk_schedule_follow_ups(self):
        """One follow-up activity per side, for the person in charge of the request."""
        self.ensure_one()
        lead = self.lead_id
        activity_type = self.env.ref("wfk_china_crm.mail_activity_type_wfk_introduction_follow_up")
        deadline = activity_type._get_date_deadline()
        user = lead.user_id or self.env.user
        for side in (lead.partner_id, self.partner_id):
            lead.activity_schedule(
                activity_type_id=activity_type.id,
                date_deadline=deadline,
                summary=self.env._("Follow up the introduction with %(partner)s", partner=side.display_name),
                user_id=user.id,
            )

    def action_wfk_accept(self):
        """Both sides want to talk: the request moves on to Negotiation."""
        self._wfk_check_state(("proposed", "introduced"))
        self.write({"state": "accepted"})
        self.lead_id._wfk_advance_to_stage(self.env.ref("wfk_china_crm.stage_wfk_negotiation"))
        return True

    def action_wfk_decline(self):
        self._wfk_check_state(("proposed", "introduced"))
        self.write({"state": "declined"})
        return True

    def action_wfk_reset(self):
        self.write({"state": "proposed", "date_introduced": False, "introduced_by_id": False})
        return True
