from lxml import etree

from odoo.tests import tagged
from odoo.tools import SQL

from .common import KPI_FIELDS
from .common import WfkOfficeCase

NESTED_VIEWS = ("list", "form", "kanban", "field")


def view_specification(model, view_xmlid, view_type):
    """The web_read specification the web client sends for a view, as ``model.env.user`` sees it:
    the view's fields (not those of sub-views), many2one and x2many fields with their display names."""
    view = model.env.ref(view_xmlid)
    arch = etree.fromstring(model.get_views([(view.id, view_type)])["views"][view_type]["arch"])
    spec = {"display_name": {}}
    for node in arch.iter("field"):
        parent = node.getparent()
        while parent is not None and parent is not arch and parent.tag not in NESTED_VIEWS:
            parent = parent.getparent()
        if parent is not None and parent is not arch:
            continue
        field = model._fields[node.get("name")]
        spec[field.name] = {"fields": {"display_name": {}}} if field.relational else {}
    return spec


@tagged("post_install", "-at_install")
class TestPerformanceLocks(WfkOfficeCase):
    """Query-count locks on the hot paths, on a fixture shaped like the benchmark's scale S.

    Each lock counts the queries of what the web client asks for, as the user who does the work, with
    mail tracking on (the benchmark measures the same operations against vanilla Odoo: docs/benchmark.md).
    A regression (a field computed record by record, a missing prefetch) makes the count grow and the
    test fail; an improvement only logs that the count is lower than locked.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.china_team = cls.env.ref("wfk_china_crm.crm_team_china_cooperation")
        cls.sales_team = cls.env.ref("sales_team.team_sales_department")
        cls.third_office = cls.env["wfk.representation.office"].create(
            {"name": "Test office Shanghai", "code": "T-SH", "state": "active", "desk_count": 6}
        )
        cls.offices = cls.office | cls.other_office | cls.third_office
        cls.companies = cls.env["res.partner"].create(
            [
                {"name": f"Company {i}", "is_company": True, "representation_office_id": cls.offices[i % 3].id}
                for i in range(12)
            ]
        )
        cls.env["res.partner"].create(
            [{"name": f"Contact {i}", "parent_id": company.id} for i, company in enumerate(cls.companies)]
        )
        tags = cls.env["crm.tag"].create([{"name": "Automation"}, {"name": "Space"}])
        china_stages = cls.env["crm.stage"].search([("team_ids", "in", cls.china_team.id)])
        requests = []
        for team in (cls.china_team, cls.sales_team):
            for i in range(24):
                values = {
                    "name": f"{team.name} request {i}",
                    "type": "opportunity",
                    "team_id": team.id,
                    "partner_id": cls.companies[i % 12].id,
                    "user_id": (cls.officer_user if i % 2 else cls.manager_user).id,
                    "expected_revenue": 1000 * i,
                    "tag_ids": [(6, 0, tags[: i % 3].ids)],
                }
                if team == cls.china_team:
                    values.update(
                        {
                            "stage_id": china_stages[i % len(china_stages)].id,
                            "representation_office_id": cls.offices[i % 3].id,
                            "wfk_request_type": "office_space",
                            "wfk_direction": "cn_to_de",
                        }
                    )
                requests.append(values)
        cls.requests = cls.env["crm.lead"].create(requests)
        for request in cls.requests[::4]:
            request.activity_schedule("mail.mail_activity_data_call", user_id=request.user_id.id)
        cls.env["wfk.contact.log"].create(
            [
                {
                    "subject": f"Log {i}",
                    "partner_id": cls.companies[i % 12].id,
                    "office_id": cls.offices[i % 3].id,
                    "lead_id": cls.requests[i % 24].id if i % 2 else False,
                    "user_id": cls.office_user.id,
                }
                for i in range(40)
            ]
        )
        cls.third_office.hosted_partner_ids = cls.companies[:4]
        cls.office.hosted_partner_ids = cls.companies[4:6]

    def as_user(self, user):
        """The environment of a web request of ``user``: tracking on, no test-only context keys."""
        return self.env(user=user, context={"lang": "en_US", "tz": "Europe/Berlin"})

    def warm_up(self, *functions):
        """Run each operation twice, so that the registry caches (access rules, views) are warm."""
        for _run in range(2):
            for function in functions:
                function()
        self.env.invalidate_all()

    # ---------------------------------------------------------------- pipeline

    def _pipeline(self, team, spec, limit=80):
        env = self.as_user(self.officer_user)
        domain = [("type", "=", "opportunity"), ("team_id", "=", team.id)]
        return env["crm.lead"].web_search_read(domain, spec, limit=limit)

    def test_pipeline_web_search_read_query_count(self):
        env = self.as_user(self.officer_user)
        spec = view_specification(env["crm.lead"], "crm.crm_case_kanban_view_leads", "kanban")
        self.warm_up(lambda: self._pipeline(self.china_team, spec), lambda: self._pipeline(self.sales_team, spec))
        with self.assertQueryCount(17):  # 16 in crm's kanban, + the office badges
            result = self._pipeline(self.china_team, spec)
        pipeline = [("type", "=", "opportunity"), ("team_id", "=", self.china_team.id)]
        self.assertEqual(len(result["records"]), min(80, self.env["crm.lead"].search_count(pipeline)))
        self.assertLessEqual(
            self.requests.filtered(lambda r: r.team_id == self.china_team),
            self.env["crm.lead"].browse([record["id"] for record in result["records"]]),
        )
        # the China pipeline costs what the default team's pipeline costs
        china = self.count_queries(lambda: self._pipeline(self.china_team, spec))
        self.assertEqual(china, self.count_queries(lambda: self._pipeline(self.sales_team, spec)))

    # --------------------------------------------------------- request create/write

    def _create_and_write(self, team, values, update):
        env = self.as_user(self.officer_user)
        lead = env["crm.lead"].with_context(default_team_id=team.id, default_type="opportunity").create(values)
        lead.write(update)
        return lead

    def test_request_create_write_query_count(self):
        next_stage = self.env.ref("wfk_china_crm.stage_wfk_qualified")

        def cooperation_request():
            return self._create_and_write(
                self.china_team,
                {
                    "name": "Office space for a robotics start-up",
                    "partner_id": self.companies[0].id,
                    "expected_revenue": 50000,
                    "wfk_request_type": "office_space",
                    "wfk_direction": "cn_to_de",
                    "representation_office_id": self.office.id,
                },
                {"stage_id": next_stage.id, "wfk_jobs_planned": 12},
            )

        def plain_lead():
            return self._create_and_write(
                self.sales_team,
                {"name": "Machines", "partner_id": self.companies[1].id, "expected_revenue": 50000},
                {"stage_id": self.env.ref("crm.stage_lead2").id, "expected_revenue": 60000},
            )

        self.warm_up(cooperation_request, plain_lead)
        with self.assertQueryCount(41):
            lead = cooperation_request()
        self.assertEqual(lead.stage_id, next_stage)
        # a cooperation request costs no more queries than a plain lead
        self.assertLessEqual(self.count_queries(cooperation_request), self.count_queries(plain_lead))

    # ------------------------------------------------------------ quick contact log

    def _quick_log_form(self):
        """The quick form as office staff open it from a request: its specification and its defaults."""
        env = self.as_user(self.office_user)
        spec = view_specification(env["wfk.contact.log"], "wfk_china_crm.wfk_contact_log_view_form_quick", "form")
        defaults = self.lead.with_user(self.office_user)._wfk_log_defaults()
        return env["wfk.contact.log"].with_context(**defaults), spec

    def _quick_log(self, form, follow_up=False):
        Log, spec = form
        return Log.web_save(
            {
                "subject": "Call about office space",
                "partner_id": self.organisation.id,
                "contact_person_id": self.contact_person.id,
                "channel": "phone",
                "office_id": self.office.id,
                "lead_id": self.lead.id,
                "follow_up_date": follow_up,
                "user_id": self.office_user.id,
                "summary": "<p>They need 120 m² from March.</p>",
            },
            spec,
        )

    def test_quick_log_create_query_count(self):
        form = self._quick_log_form()
        self.warm_up(lambda: self._quick_log(form))
        # 22 = 20 + the organisation's possible duplicates the form warns about (one search, one read)
        with self.assertQueryCount(22):
            values = self._quick_log(form)
        self.assertEqual(values[0]["office_id"]["id"], self.office.id)

    def test_duplicate_warning_query_count(self):
        """The duplicate warning of the forms: one search as the user, however many duplicates it finds (they
        are counted from what the search returned, not fetched again)."""
        self.env["res.partner"].create(
            [
                {"name": "Yangzhou Automation Co., Ltd.", "is_company": True},
                {"name": "Yangzhou Automation GmbH", "is_company": True},
                {"name": "Yangzhou Automations Ltd", "is_company": True},
            ]
        )
        organisation = self.organisation.with_user(self.office_user)

        def duplicate_count():
            self.env.invalidate_all()
            return organisation.wfk_duplicate_partner_count

        self.warm_up(duplicate_count)
        with self.assertQueryCount(3):  # the user's companies (record rules), the organisation, the search
            self.assertEqual(duplicate_count(), 3)

    def test_duplicate_lookup_answered_by_indexes(self):
        """Every condition of the duplicate look-up has an index (Odoo indexes neither e-mail nor telephone
        number): the plan, with sequential scans made as costly as PostgreSQL allows, reads no table whole."""
        Partner = self.env["res.partner"].with_user(self.office_user)
        company = self.organisation.with_user(self.office_user)
        company.write({"email": "info@yz-automation.example.cn", "phone": "+86 514 8765 4321"})
        company.sudo().wfk_uscc = "91330100MA27XY1Q1M"
        person = self.contact_person.with_user(self.office_user)
        person.write({"email": "zhao.lei@yz-automation.example.cn", "phone": "+86 138 0000 0000"})
        signals = [company._wfk_signals(), person._wfk_signals()]
        self.assertTrue(all(s.core and s.email_normalized and s.phone_sanitized for s in signals), signals)
        query = Partner._search(Partner._wfk_candidates_domain(signals))
        self.env.cr.execute("SET LOCAL enable_seqscan = off")
        plan = "\n".join(row[0] for row in self.env.execute_query(SQL("EXPLAIN %s", query.select())))
        self.assertNotIn("Seq Scan", plan)
        for index in ("wfk_email_normalized_idx", "wfk_phone_sanitized_idx", "wfk_name_core_index"):
            self.assertIn(index, plan)

    def test_quick_log_with_follow_up_query_count(self):
        form = self._quick_log_form()
        self.warm_up(lambda: self._quick_log(form, "2030-03-01"))
        with self.assertQueryCount(26):
            values = self._quick_log(form, "2030-03-02")
        log = self.env["wfk.contact.log"].browse(values[0]["id"])
        self.assertEqual(len(log.activity_ids), 1)

    # ----------------------------------------------------------------- office KPIs

    def _office_list(self, domain):
        env = self.as_user(self.manager_user)
        spec = {name: {} for name in ["name", "code", "state", *KPI_FIELDS]}
        return env["wfk.representation.office"].web_search_read(domain, spec)

    def test_office_kpis_query_count(self):
        domain = [("id", "in", self.offices.ids)]
        self.warm_up(lambda: self._office_list(domain))
        with self.assertQueryCount(11):
            result = self._office_list(domain)
        by_code = {values["code"]: values for values in result["records"]}
        self.assertEqual(by_code["T-SH"]["desk_occupancy"], 66.7)  # 4 companies on 6 desks
        self.assertEqual(by_code["T-YZ"]["desk_occupancy"], 50.0)  # 2 companies on 4 desks
        self.assertEqual(by_code["T-YZ"]["lead_count"], 1 + 8)
        # one office or three: the same queries
        one = self.count_queries(lambda: self._office_list([("id", "=", self.office.id)]))
        self.assertEqual(one, self.count_queries(lambda: self._office_list(domain)))
