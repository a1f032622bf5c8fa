import json
from xmlrpc.client import Fault

from odoo.tests import HttpCase, tagged

from .profile_api_common import PROFILE_FIELDS
from .profile_api_common import ProfileApiFixture


@tagged("post_install", "-at_install")
class TestProfileApiEndpoints(HttpCase, ProfileApiFixture):
    """The profile API account over Odoo's external endpoints: JSON-2 with its API key, and XML-RPC."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_profiles(cls.env)
        cls.api_key = cls.env["res.users.apikeys"].with_user(cls.api_user).sudo()._generate("rpc", "web platform", None)

    def json2(self, model, method, key=None, **params):
        return self.url_open(
            f"/json/2/{model}/{method}",
            data=json.dumps(params),
            headers={
                "Content-Type": "application/json",
                "Authorization": f"bearer {key or self.api_key}",
                "X-Odoo-Database": self.env.cr.dbname,
            },
        )

    def test_json2_reads_published_profiles_in_the_requested_language(self):
        response = self.json2(
            "res.partner",
            "search_read",
            domain=[["id", "in", [self.published.id, self.unpublished.id]]],
            fields=PROFILE_FIELDS,
            context={"lang": "zh_CN"},
        )
        self.assertEqual(response.status_code, 200, response.text)
        rows = response.json()
        self.assertEqual([row["id"] for row in rows], [self.published.id])
        self.assertEqual(rows[0]["wfk_profile_summary"], "来自凯泽斯劳滕的机械制造商。")
        self.assertEqual(rows[0]["wfk_chinese_name"], "普法尔茨机械制造有限公司")
        self.assertEqual(rows[0]["industry_id"], [self.industry.id, "Test mechanical engineering"])
        tags = self.json2(
            "wfk.looking.for", "read", ids=self.tag_markets.ids, fields=["name"], context={"lang": "de_DE"}
        )
        self.assertEqual(tags.status_code, 200, tags.text)
        self.assertEqual(len(tags.json()), 1)

    def test_json2_refuses_other_fields_unpublished_profiles_writes_and_models(self):
        refused = [
            ("res.partner", "search_read", {"domain": [], "fields": ["name", "email"]}),
            ("res.partner", "read", {"ids": [self.published.id], "fields": ["phone"]}),
            ("res.partner", "search", {"domain": [["email", "ilike", "pfalz"]]}),
            ("res.partner", "read", {"ids": [self.unpublished.id], "fields": ["name"]}),
            ("res.partner", "read", {"ids": [self.contact_person.id], "fields": ["name"]}),
            ("res.partner", "write", {"ids": [self.published.id], "vals": {"name": "Hacked"}}),
            ("res.partner", "create", {"vals_list": [{"name": "Spam Ltd."}]}),
            ("crm.lead", "search_read", {"domain": [], "fields": ["name"]}),
            ("wfk.representation.office", "search_read", {"domain": [], "fields": ["name"]}),
            ("res.users", "search_read", {"domain": [], "fields": ["login"]}),
        ]
        for model, method, params in refused:
            with self.subTest(model=model, method=method, params=params):
                response = self.json2(model, method, **params)
                self.assertEqual(response.status_code, 403, response.text)
                self.assertEqual(response.json()["name"], "odoo.exceptions.AccessError")
        self.assertEqual(self.published.name, "Test Pfalz Maschinenbau GmbH")

    def test_json2_refuses_a_wrong_key(self):
        response = self.json2("res.partner", "search_read", key="not-a-key", domain=[], fields=["name"])
        self.assertEqual(response.status_code, 401)

    def test_xmlrpc_reads_profiles_and_is_refused_the_rest(self):
        db = self.env.cr.dbname
        uid = self.xmlrpc_common.authenticate(db, "wfk_profile_api", self.api_key, {})
        self.assertEqual(uid, self.api_user.id)
        models = self.xmlrpc_object
        rows = models.execute_kw(
            db,
            uid,
            self.api_key,
            "res.partner",
            "search_read",
            [[["id", "=", self.published.id]]],
            {"fields": ["name", "wfk_profile_summary"], "context": {"lang": "de_DE"}},
        )
        self.assertEqual(
            rows,
            [
                {
                    "id": self.published.id,
                    "name": "Test Pfalz Maschinenbau GmbH",
                    "wfk_profile_summary": "Maschinenbauer aus Kaiserslautern.",
                }
            ],
        )
        for model, method, args, kwargs in (
            ("res.partner", "read", [[self.published.id]], {"fields": ["email"]}),
            ("res.partner", "read", [[self.unpublished.id]], {"fields": ["name"]}),
            ("crm.lead", "search_read", [[]], {"fields": ["name"]}),
        ):
            with self.subTest(model=model, args=args), self.assertRaises(Fault) as caught:
                models.execute_kw(db, uid, self.api_key, model, method, args, kwargs)
            self.assertEqual(caught.exception.faultCode, 4, caught.exception.faultString)  # AccessError
