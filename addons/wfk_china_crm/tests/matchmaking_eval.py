"""Scores the matchmaking evaluation set (``data/matchmaking_eval.json``): top-1, top-3 and mean reciprocal rank.

Used by ``test_wfk_match_eval`` (which locks the figures) and shown in ``docs/matchmaking.md``.
"""

import json
from pathlib import Path

from odoo import Command

#: the set: ``industries``, ``looking_for`` (tag codes), ``profiles`` and ``requests``; ``about`` says how it is built
EVAL_SET = json.loads((Path(__file__).parent / "data" / "matchmaking_eval.json").read_text(encoding="utf-8"))

EVAL_LIMIT = 20  # matches asked for per request: an intended partner further down counts as not found


def build(env, requester, team, office=None):
    """Create the set's industries, profiles and requests; return ({key: partner}, {key: lead})."""
    Industry = env["res.partner.industry"]
    industries = {key: Industry.create({"name": f"Eval {name}"}) for key, name in EVAL_SET["industries"].items()}
    looking_for = {tag.code: tag for tag in env["wfk.looking.for"].search([("code", "in", EVAL_SET["looking_for"])])}
    germany = env.ref("base.de")
    partners = dict(
        zip(
            [profile["key"] for profile in EVAL_SET["profiles"]],
            env["res.partner"].create(
                [
                    {
                        "name": profile["name"],
                        "is_company": True,
                        "country_id": germany.id,
                        "city": "Kaiserslautern",
                        "industry_id": industries[profile["industry"]].id,
                        "secondary_industry_ids": [Command.set([industries[key].id for key in profile["secondary"]])],
                        "wfk_looking_for_ids": [Command.set([looking_for[code].id for code in profile["looking_for"]])],
                        "wfk_offer": profile["offer"],
                        "wfk_need": profile["need"],
                    }
                    for profile in EVAL_SET["profiles"]
                ]
            ),
            strict=True,
        )
    )
    leads = dict(
        zip(
            [request["key"] for request in EVAL_SET["requests"]],
            env["crm.lead"].create(
                [
                    {
                        "name": request["name"],
                        "type": "opportunity",
                        "team_id": team.id,
                        "partner_id": requester.id,
                        "description": request["description"],
                        "wfk_request_type": request["request_type"],
                        "wfk_direction": "cn_to_de",
                        "industry_id": industries[request["industry"]].id if request["industry"] else False,
                        "representation_office_id": office.id if office else False,
                    }
                    for request in EVAL_SET["requests"]
                ]
            ),
            strict=True,
        )
    )
    return partners, leads


def evaluate(env, partners, leads, user):
    """Rank every request as ``user``; return the figures overall and per language, and each request's rank.

    The rank of a request is the place of its best intended partner among the set's profiles (other
    organisations in the database are skipped), ``None`` when none is among the first ``EVAL_LIMIT``.
    """
    env["ir.config_parameter"].sudo().set_param("wfk_china_crm.match_limit", EVAL_LIMIT)
    key_of = {partner.id: key for key, partner in partners.items()}
    ranks = {}
    Match = env["wfk.match"].with_user(user)
    for request in EVAL_SET["requests"]:
        lead = leads[request["key"]].with_user(user)
        Match._wfk_find_for_leads(lead)
        ranked = [
            key_of[match.partner_id.id]
            for match in lead.wfk_match_ids.sorted(lambda m: (-m.score, m.id))
            if match.partner_id.id in key_of
        ]
        places = [ranked.index(key) + 1 for key in request["expected"] if key in ranked]
        ranks[request["key"]] = min(places) if places else None
    figures = {"all": _figures(list(ranks.values()))}
    for lang in ("zh", "en", "de"):
        figures[lang] = _figures([ranks[r["key"]] for r in EVAL_SET["requests"] if r["lang"] == lang])
    return figures, ranks


def _figures(ranks):
    count = len(ranks)
    return {
        "requests": count,
        "top1": sum(1 for rank in ranks if rank == 1) / count,
        "top3": sum(1 for rank in ranks if rank and rank <= 3) / count,
        "mrr": sum(1 / rank for rank in ranks if rank) / count,
    }


def table(before, after):
    """The figures as a Markdown table (the one in docs/matchmaking.md)."""
    lines = [
        "| Requests | n | top-1 before | top-1 after | top-3 before | top-3 after | MRR before | MRR after |",
        "|---|---|---|---|---|---|---|---|",
    ]
    names = {"all": "all", "zh": "Chinese", "en": "English", "de": "German"}
    for key, name in names.items():
        b, a = before[key], after[key]
        lines.append(
            f"| {name} | {a['requests']} | {b['top1']:.0%} | {a['top1']:.0%} | {b['top3']:.0%} | {a['top3']:.0%} "
            f"| {b['mrr']:.2f} | {a['mrr']:.2f} |"
        )
    return "\n".join(lines)
