"""Benchmark matchmaking: one cooperation request against many company profiles.

Not a test (timings depend on the machine): it prints how long ranking takes, so the design claim
"one request against 50,000 profiles stays well under a second" can be checked on any database
where wfk_china_crm is installed. Everything runs in one transaction that is rolled back.

    .venv/bin/python scripts/benchmark_matchmaking.py -c .run/odoo.conf -d DB [--profiles 50000] [--runs 5]
"""

import argparse
import statistics
import time

import odoo
from odoo import SUPERUSER_ID, api
from odoo.modules.registry import Registry
from odoo.tools import SQL


def seed(env, profiles):
    """Insert ``profiles`` companies with industries, looking-for tags and offer texts, in bulk SQL."""
    from odoo.addons.wfk_china_crm.models.matchmaking_rules import fit_codes

    cr = env.cr
    # one by one: partner_industry_secondary's name check handles a single record only
    Industry = env["res.partner.industry"]
    industries = Industry.browse([Industry.create({"name": f"Benchmark industry {i}"}).id for i in range(40)])
    tags = env["wfk.looking.for"].search([("code", "!=", False)])
    germany, china = env.ref("base.de"), env.ref("base.cn")
    offers = [
        "Applied research for the optimisation of production plants",
        "Industrial sewing machines and service",
        "Office and co-working space for startups",
        "ERP software and digitalisation projects",
        "Distribution and sales partners in Europe",
        None,
    ]
    need = "Skilled workers and sales partners"
    cr.execute(
        SQL(
            """
            INSERT INTO res_partner (name, complete_name, is_company, active, type, country_id, industry_id,
                                     wfk_offer, wfk_offer_fit, wfk_need, wfk_need_fit, wfk_china_relation,
                                     wfk_profile_published)
            SELECT 'Benchmark company ' || n, 'Benchmark company ' || n, TRUE, TRUE, 'contact',
                   CASE WHEN n %% 5 = 0 THEN %(china)s ELSE %(germany)s END,
                   (%(industries)s::int[])[1 + n %% %(industry_count)s],
                   (%(offers)s::text[])[1 + n %% %(offer_count)s],
                   (%(offer_fits)s::text[])[1 + n %% %(offer_count)s],
                   CASE WHEN n %% 3 = 0 THEN %(need)s END,
                   CASE WHEN n %% 3 = 0 THEN %(need_fit)s END,
                   (ARRAY['none', 'interested', 'contacts', 'trading', 'subsidiary'])[1 + n %% 5],
                   n %% 2 = 0
              FROM generate_series(1, %(profiles)s) AS n
         RETURNING id
            """,
            china=china.id,
            germany=germany.id,
            industries=industries.ids,
            industry_count=len(industries),
            offers=offers,
            offer_fits=[fit_codes(offer, "offer") for offer in offers],
            offer_count=len(offers),
            need=need,
            need_fit=fit_codes(need, "need"),
            profiles=profiles,
        )
    )
    partner_ids = [row[0] for row in cr.fetchall()]
    cr.execute(
        SQL(
            """
            INSERT INTO res_partner_res_partner_industry_rel (res_partner_id, res_partner_industry_id)
            SELECT id, (%(industries)s::int[])[1 + (id * 7) %% %(industry_count)s]
              FROM unnest(%(ids)s::int[]) AS id
            """,
            industries=industries.ids,
            industry_count=len(industries),
            ids=partner_ids,
        )
    )
    cr.execute(
        SQL(
            """
            INSERT INTO wfk_looking_for_partner_rel (partner_id, looking_for_id)
            SELECT id, (%(tags)s::int[])[1 + id %% %(tag_count)s] FROM unnest(%(ids)s::int[]) AS id
            """,
            tags=tags.ids,
            tag_count=len(tags),
            ids=partner_ids,
        )
    )
    cr.execute("ANALYZE res_partner, res_partner_res_partner_industry_rel, wfk_looking_for_partner_rel")
    return industries


def timed(function, runs):
    durations = []
    for _run in range(runs):
        start = time.perf_counter()
        function()
        durations.append((time.perf_counter() - start) * 1000)
    return statistics.median(durations), max(durations)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("--profiles", type=int, default=50000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    odoo.tools.config.parse_config(["-c", args.config, "-d", args.database, "--log-level=warn"])
    registry = Registry(args.database)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
        try:
            start = time.perf_counter()
            industries = seed(env, args.profiles)
            print(f"seeded {args.profiles} profiles in {time.perf_counter() - start:.1f} s")
            lead = env["crm.lead"].create(
                {
                    "name": "Benchmark: research partners for plant optimisation",
                    "type": "opportunity",
                    "team_id": env.ref("wfk_china_crm.crm_team_china_cooperation").id,
                    "wfk_request_type": "research_partner",
                    "wfk_direction": "cn_to_de",
                    "industry_id": industries[0].id,
                    "secondary_industry_ids": [(6, 0, industries[1:3].ids)],
                }
            )
            Match = env["wfk.match"]
            limit = Match._wfk_match_limit()
            median, worst = timed(lambda: Match._wfk_rank(lead, limit), args.runs)
            print(f"ranking SQL (top {limit}):     median {median:7.1f} ms   worst {worst:7.1f} ms")
            median, worst = timed(lead.action_wfk_find_matches, args.runs)
            print(f"action_wfk_find_matches: median {median:7.1f} ms   worst {worst:7.1f} ms")
            best = lead.wfk_match_ids.sorted("score", reverse=True)[:3]
            for match in best:
                print(f"  {match.score:3d}  {match.partner_id.name}: {match.reason}")
        finally:
            cr.rollback()


if __name__ == "__main__":
    main()
