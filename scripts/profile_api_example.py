#!/usr/bin/env python3
"""Read the published company profiles of WFK China CRM over Odoo's external API.

The account is a user in the group "WFK profile API" (and no other user type) with an API key;
it reads the published company profiles and nothing else. Standard library only.

    python3 scripts/profile_api_example.py --url http://localhost:8069 --db wfk \\
        --login web-platform --key "$WFK_API_KEY" --lang zh_CN --protocol json2
    python3 scripts/profile_api_example.py ... --protocol xmlrpc

prints the profiles as a JSON list, each with the names of its industries and looking-for tags,
the texts in the requested language (de_DE, zh_CN, en_US...).
"""

import argparse
import json
import sys
import urllib.error
import urllib.request
import xmlrpc.client

PROFILE_FIELDS = [
    "name",
    "wfk_chinese_name",
    "industry_id",
    "secondary_industry_ids",
    "wfk_offer",
    "wfk_need",
    "wfk_looking_for_ids",
    "wfk_profile_summary",
]


class Json2:
    """POST /json/2/<model>/<method> with the API key as bearer token (Odoo 19)."""

    def __init__(self, url, db, login, key, lang):
        self.url, self.db, self.key, self.context = url.rstrip("/"), db, key, {"lang": lang}

    def call(self, model, method, **params):
        request = urllib.request.Request(
            f"{self.url}/json/2/{model}/{method}",
            data=json.dumps({**params, "context": self.context}).encode(),
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Authorization": f"bearer {self.key}",
                "X-Odoo-Database": self.db,
            },
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())

    def search_read(self, model, domain, fields, order=None):
        return self.call(model, "search_read", domain=domain, fields=fields, order=order)

    def read(self, model, ids, fields):
        return self.call(model, "read", ids=ids, fields=fields)


class XmlRpc:
    """/xmlrpc/2/common authenticate, then /xmlrpc/2/object execute_kw with the API key as password."""

    def __init__(self, url, db, login, key, lang):
        self.url, self.db, self.key, self.context = url.rstrip("/"), db, key, {"lang": lang}
        common = xmlrpc.client.ServerProxy(f"{self.url}/xmlrpc/2/common")
        self.uid = common.authenticate(db, login, key, {})
        if not self.uid:
            raise SystemExit(f"login {login!r} with this API key was refused by {db} at {self.url}")
        self.models = xmlrpc.client.ServerProxy(f"{self.url}/xmlrpc/2/object", allow_none=True)

    def execute(self, model, method, args, **kwargs):
        return self.models.execute_kw(
            self.db, self.uid, self.key, model, method, args, {**kwargs, "context": self.context}
        )

    def search_read(self, model, domain, fields, order=None):
        return self.execute(model, "search_read", [domain], fields=fields, order=order)

    def read(self, model, ids, fields):
        return self.execute(model, "read", [ids], fields=fields)


def published_profiles(api):
    """The published company profiles with the names of their industries and looking-for tags."""
    profiles = api.search_read("res.partner", [], PROFILE_FIELDS, order="name, id")
    industry_ids = sorted({i for p in profiles for i in p["secondary_industry_ids"]})
    tag_ids = sorted({i for p in profiles for i in p["wfk_looking_for_ids"]})
    industries = {r["id"]: r["name"] for r in api.read("res.partner.industry", industry_ids, ["name"])}
    tags = {r["id"]: r["name"] for r in api.read("wfk.looking.for", tag_ids, ["name"])}
    return [
        {
            "id": p["id"],
            "name": p["name"],
            "chinese_name": p["wfk_chinese_name"] or None,
            "industry": p["industry_id"][1] if p["industry_id"] else None,
            "secondary_industries": [industries[i] for i in p["secondary_industry_ids"]],
            "offer": p["wfk_offer"] or None,
            "need": p["wfk_need"] or None,
            "looking_for": [tags[i] for i in p["wfk_looking_for_ids"]],
            "summary": p["wfk_profile_summary"] or None,
        }
        for p in profiles
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://localhost:8069")
    parser.add_argument("--db", required=True)
    parser.add_argument("--login", required=True, help="the API account's login (XML-RPC needs it)")
    parser.add_argument("--key", required=True, help="the API account's API key")
    parser.add_argument("--lang", default="en_US", help="language of the texts: en_US, de_DE, zh_CN...")
    parser.add_argument("--protocol", choices=["json2", "xmlrpc"], default="json2")
    args = parser.parse_args(argv)
    api = (Json2 if args.protocol == "json2" else XmlRpc)(args.url, args.db, args.login, args.key, args.lang)
    try:
        profiles = published_profiles(api)
    except urllib.error.HTTPError as exc:
        raise SystemExit(f"HTTP {exc.code}: {exc.read().decode(errors='replace')[:500]}") from exc
    json.dump(profiles, sys.stdout, ensure_ascii=False, indent=2)
    print()


if __name__ == "__main__":
    main()
