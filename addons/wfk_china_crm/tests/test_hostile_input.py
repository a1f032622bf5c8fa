from hypothesis import strategies as st

from odoo.exceptions import ValidationError
from odoo.tests import new_test_user, tagged

from .hostile_input import HTML
from .hostile_input import TEXTS
from .hostile_input import HostileInputCase


@tagged("post_install", "-at_install")
class TestHostileInput(HostileInputCase):
    """Random and malicious values on offices, contact logs and cooperation requests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(cls.env, login="hostile_manager", groups="wfk_china_crm.group_wfk_manager")
        cls.staff = new_test_user(cls.env, login="hostile_staff", groups="wfk_china_crm.group_wfk_office_staff")
        Office = cls.env["wfk.representation.office"]
        cls.office = Office.create(
            {"name": "Hostile Yangzhou", "code": "H-YZ", "state": "active", "user_ids": [(6, 0, cls.staff.ids)]}
        )
        cls.other_office = Office.create({"name": "Hostile Foshan", "code": "H-FS", "state": "active"})
        cls.closed_office = Office.create(
            {
                "name": "Hostile closed",
                "code": "H-CL",
                "state": "closed",
                "date_opened": "2018-01-01",
                "date_closed": "2020-01-01",
                "user_ids": [(6, 0, cls.staff.ids)],
            }
        )
        Partner = cls.env["res.partner"]
        cls.org = Partner.create({"name": "Chuzhou Industrial Park", "is_company": True})
        cls.person = Partner.create({"name": "Wang Fang", "parent_id": cls.org.id})
        cls.other_org = Partner.create({"name": "Foshan Robotics", "is_company": True})
        cls.stranger_id = Partner.create({"name": "Zhang Wei"}).id
        cls.lead = cls.env["crm.lead"].create(
            {
                "name": "Research partner for plant optimisation",
                "partner_id": cls.org.id,
                "representation_office_id": cls.office.id,
                "team_id": cls.env.ref("wfk_china_crm.crm_team_china_cooperation").id,
            }
        )
        cls.log = cls.env["wfk.contact.log"].create(
            {"subject": "Site visit", "partner_id": cls.org.id, "office_id": cls.office.id, "user_id": cls.staff.id}
        )
        offices = (cls.office | cls.other_office | cls.closed_office).ids
        partners = (cls.org | cls.person | cls.other_org).ids
        cls.relations = {
            "country_id": cls.env.ref("base.cn").ids + cls.env.ref("base.de").ids,
            "state_id": cls.env["res.country.state"].search([("country_id.code", "=", "CN")], limit=2).ids,
            "host_partner_id": partners,
            "manager_id": (cls.manager | cls.staff).ids,
            "user_ids": (cls.manager | cls.staff).ids,
            "hosted_partner_ids": partners,
            "industry_ids": cls.env["res.partner.industry"].search([], limit=2).ids or partners,
            "company_id": cls.env.company.ids,
            "office_id": offices,
            "representation_office_id": offices,
            "user_id": (cls.manager | cls.staff).ids,
            "partner_id": partners,
            "contact_person_id": partners,
            "lead_id": cls.lead.ids,
            "wfk_looking_for_ids": cls.env["wfk.looking.for"].search([], limit=2).ids,
            "wfk_origin_city_id": partners,
            "office_ids": offices,
        }

    # ------------------------------------------------------------------ offices

    OFFICE_FIELDS = [
        "name",
        "code",
        "sequence",
        "city",
        "country_id",
        "state_id",
        "host_partner_id",
        "direction",
        "state",
        "date_opened",
        "date_closed",
        "floor_area",
        "desk_count",
        "manager_id",
        "user_ids",
        "hosted_partner_ids",
        "industry_ids",
        "color",
        "notes",
    ]

    def _office_invariant(self, office):
        self.assertGreaterEqual(office.floor_area, 0)
        self.assertGreaterEqual(office.desk_count, 0)
        if office.date_opened and office.date_closed:
            self.assertGreaterEqual(office.date_closed, office.date_opened)
        self.assertEqual(office.search_count([("code", "=", office.code)]), 1, "office codes stay unique")

    def test_hostile_office_create(self):
        required = st.fixed_dictionaries({"name": TEXTS, "code": st.one_of(TEXTS, st.sampled_from(["H-YZ", "H-FS"]))})
        self.fuzz_create(
            "wfk.representation.office",
            self.vals_strategy("wfk.representation.office", self.OFFICE_FIELDS, self.relations, required),
            user=self.manager,
            invariant=self._office_invariant,
        )

    def test_hostile_office_write(self):
        self.fuzz_write(
            self.other_office,
            self.vals_strategy("wfk.representation.office", self.OFFICE_FIELDS, self.relations),
            user=self.manager,
            invariant=self._office_invariant,
        )

    # -------------------------------------------------------------- contact logs

    LOG_FIELDS = [
        "date",
        "office_id",
        "user_id",
        "partner_id",
        "contact_person_id",
        "channel",
        "subject",
        "summary",
        "lead_id",
        "follow_up_date",
    ]

    def _log_invariant(self, log):
        self.assertTrue(log.subject.strip())
        self.assertNotEqual(log.office_id.state, "closed")
        if log.contact_person_id:
            self.assertEqual(log.contact_person_id.commercial_partner_id, log.partner_id.commercial_partner_id)
        if log.follow_up_date:
            self.assertGreaterEqual(log.follow_up_date, log.date.date())

    def test_hostile_contact_log_create(self):
        required = st.fixed_dictionaries({"subject": TEXTS, "partner_id": st.sampled_from([self.org.id])})
        self.fuzz_create(
            "wfk.contact.log",
            self.vals_strategy("wfk.contact.log", self.LOG_FIELDS, self.relations, required),
            user=self.staff,
            invariant=self._log_invariant,
        )

    def test_hostile_contact_log_write(self):
        self.fuzz_write(
            self.log,
            self.vals_strategy("wfk.contact.log", self.LOG_FIELDS, self.relations),
            user=self.staff,
            invariant=self._log_invariant,
        )

    # ---------------------------------------------------- cooperation requests

    LEAD_FIELDS = [
        "name",
        "representation_office_id",
        "wfk_request_type",
        "wfk_direction",
        "wfk_origin_city_id",
        "wfk_jobs_planned",
        "wfk_investment_amount",
        "wfk_area_m2",
        "description",
        "partner_id",
    ]

    def _lead_invariant(self, lead):
        self.assertGreaterEqual(lead.wfk_jobs_planned, 0)
        self.assertGreaterEqual(lead.wfk_investment_amount, 0)
        self.assertGreaterEqual(lead.wfk_area_m2, 0)

    def test_hostile_request_create(self):
        required = st.fixed_dictionaries({"name": TEXTS})
        self.fuzz_create(
            "crm.lead",
            self.vals_strategy("crm.lead", self.LEAD_FIELDS, self.relations, required),
            user=self.staff,
            invariant=self._lead_invariant,
        )

    def test_hostile_request_write(self):
        self.fuzz_write(
            self.lead,
            self.vals_strategy("crm.lead", self.LEAD_FIELDS, self.relations),
            user=self.staff,
            invariant=self._lead_invariant,
        )

    # ---------------------------------------------------------------- HTML

    def test_html_is_sanitised(self):
        self.fuzz_create(
            "wfk.contact.log",
            st.fixed_dictionaries({"subject": st.just("Notes"), "partner_id": st.just(self.org.id), "summary": HTML}),
            user=self.staff,
        )
        self.fuzz_write(self.office, st.fixed_dictionaries({"notes": HTML}), user=self.manager)

    # --------------------------------------------------------- matchmaking

    def _match_invariant(self, match):
        self.assertTrue(0 <= match.score <= 100)
        self.assertEqual(
            match.search_count([("lead_id", "=", match.lead_id.id), ("partner_id", "=", match.partner_id.id)]), 1
        )

    def test_hostile_match_create_and_write(self):
        Match = self.env["wfk.match"]
        match = Match.create({"lead_id": self.lead.id, "partner_id": self.other_org.id, "score": 60})
        fields = ["lead_id", "partner_id", "score", "state", "note"]
        required = st.fixed_dictionaries(
            {"lead_id": st.just(self.lead.id), "partner_id": st.sampled_from([self.org.id, self.other_org.id])}
        )
        self.fuzz_create(
            "wfk.match",
            self.vals_strategy("wfk.match", fields, self.relations, required),
            user=self.staff,
            invariant=self._match_invariant,
        )
        self.fuzz_write(
            match,
            self.vals_strategy("wfk.match", fields, self.relations),
            user=self.staff,
            invariant=self._match_invariant,
        )

    def test_known_hostile_values(self):
        """Values found by the fuzzers (or typical of an attack), every run: each is refused readably
        over JSON-2, and nothing of it is written."""
        nan, inf, dangling = float("nan"), float("inf"), 10**7
        org = self.org.id
        creates = [
            (self.staff, "crm.lead", {"name": "\x00"}),
            (self.staff, "crm.lead", {"name": "lone \ud800 surrogate"}),
            (self.staff, "crm.lead", {"name": "Jobs", "wfk_jobs_planned": 2**31}),
            (self.staff, "crm.lead", {"name": "Money", "wfk_investment_amount": nan}),
            (self.staff, "crm.lead", {"name": "Space", "wfk_area_m2": inf}),
            (self.staff, "crm.lead", {"name": "Kind", "wfk_request_type": "no_such_key"}),
            (self.staff, "crm.lead", {"name": "Nobody", "partner_id": dangling}),
            (self.staff, "wfk.contact.log", {"subject": "", "partner_id": org}),
            (self.staff, "wfk.contact.log", {"subject": "\t\n\r", "partner_id": org}),
            (self.staff, "wfk.contact.log", {"subject": "Call", "partner_id": dangling}),
            (self.staff, "wfk.contact.log", {"subject": "Call", "partner_id": org, "follow_up_date": "2020-02-30"}),
            (self.staff, "wfk.match", {"lead_id": dangling, "partner_id": org}),
            (self.staff, "wfk.match", {"lead_id": self.lead.id, "partner_id": org, "score": 2**31}),
            (self.manager, "wfk.representation.office", {"name": "Dup", "code": "H-YZ"}),
            (self.manager, "wfk.representation.office", {"name": "NaN", "code": "H-NAN", "floor_area": nan}),
            (self.manager, "wfk.representation.office", {"name": "Users", "code": "H-US", "user_ids": [[6, 0, "abc"]]}),
            (self.manager, "res.partner", {"name": "Nul Ltd.", "is_company": True, "wfk_chinese_name": "\x00"}),
            (self.manager, "wfk.pipeline.review.wizard", {"date_from": "2020-13-45"}),
        ]
        failures = []
        for user, model, vals in creates:
            self._expect_refusal(failures, f"create {model} {vals!r:.80}", self.check_create, model, vals, user)
        writes = [
            (self.staff, self.lead, {"partner_id": [org]}),
            (self.staff, self.lead, {"partner_id": "abc"}),
            (self.staff, self.lead, {"name": "nul\x00inside"}),
            (self.staff, self.lead, {"wfk_jobs_planned": -(2**31) - 1}),
            (self.staff, self.log, {"subject": "   "}),
            (self.staff, self.log, {"user_id": dangling}),
            (self.manager, self.other_office, {"user_ids": "abc"}),
            (self.manager, self.other_office, {"user_ids": [["x"]]}),
            (self.manager, self.other_office, {"desk_count": 10**20}),
            (self.manager, self.other_office, {"floor_area": 1e308}),
            (self.manager, self.other_office, {"state": "nope"}),
            (self.manager, self.other_office, {"country_id": dangling}),
            (self.manager, self.other_office, {"code": "H-YZ"}),
        ]
        for user, record, vals in writes:
            self._expect_refusal(failures, f"write {record._name} {vals!r:.80}", self.check_write, record, vals, user)
        if failures:
            self.fail("\n".join([f"{len(failures)} hostile values not refused readably:", *failures]))

    def _expect_refusal(self, failures, label, check, *args):
        """Every case runs; the failures are listed together at the end (first line of each)."""
        try:
            outcome = check(*args)
        except AssertionError as exc:
            failures.append(f"{label}: {str(exc).splitlines()[0]:.400}")
        else:
            if not outcome.startswith("refused"):
                failures.append(f"{label}: {outcome}")

    def test_check_constraint_edges(self):
        """The score's CHECK constraint at and beyond its edges: the API client reads its message."""
        match = self.env["wfk.match"].create({"lead_id": self.lead.id, "partner_id": self.other_org.id})
        for score in (0, 100):
            status, body = self.json2(self.staff, "wfk.match", "write", ids=match.ids, vals={"score": score})
            self.assertEqual((status, body), (200, True))
            self.env.invalidate_all()
            self.assertEqual(match.score, score)
        for score in (-(2**31), -1, 101, 2**31 - 1):
            for method, params in (
                ("write", {"ids": match.ids, "vals": {"score": score}}),
                ("create", {"vals_list": [{"lead_id": self.lead.id, "partner_id": self.org.id, "score": score}]}),
            ):
                with self.subTest(score=score, method=method):
                    count = self.table_count("wfk.match")
                    status, body = self.json2(self.staff, "wfk.match", method, **params)
                    self.assertEqual(status, 422, body)
                    self.assertEqual(body["name"], "odoo.exceptions.ValidationError")
                    self.assertIn("The score lies between 0 and 100", body["message"])
                    self.env.invalidate_all()
                    self.assertEqual(self.table_count("wfk.match"), count)
                    self.assertEqual(match.score, 100)

    def test_orm_refuses_unstorable_text(self):
        """Code calling the ORM (not only API clients) gets a readable error for text PostgreSQL cannot store."""
        Log = self.env["wfk.contact.log"].with_user(self.staff)
        for subject in ("nul\x00inside", "lone \ud800 surrogate"):
            with self.subTest(subject=subject), self.assertRaises(ValidationError) as caught:
                Log.create({"subject": subject, "partner_id": self.org.id})
            self.assert_readable(str(caught.exception), "ValidationError", "wfk.contact.log", subject)
            with self.subTest(subject=subject), self.assertRaises(ValidationError) as caught:
                self.log.with_user(self.staff).write({"subject": subject})
            self.assert_readable(str(caught.exception), "ValidationError", "wfk.contact.log", subject)
        self.env.invalidate_all()
        self.assertEqual(self.log.subject, "Site visit")

    def test_refusal_does_not_poison_the_transaction(self):
        """A request refused by a UNIQUE constraint is rolled back alone: the next one on the same
        (test) transaction works, and nothing of the refused one remains."""
        Tag = self.env["wfk.looking.for"]
        Tag.create({"name": "Hostile dup", "code": "hostile_dup"})
        count = self.table_count("wfk.looking.for")
        for _attempt in range(2):
            status, body = self.json2(
                self.manager, "wfk.looking.for", "create", vals_list=[{"name": "Again", "code": "hostile_dup"}]
            )
            self.assertEqual(status, 422, body)
            self.assertEqual(body["name"], "odoo.exceptions.ValidationError")
            self.assert_readable(body["message"], body["name"], "wfk.looking.for", "hostile_dup")
            self.assertEqual(self.table_count("wfk.looking.for"), count)
        status, body = self.json2(
            self.manager, "wfk.looking.for", "create", vals_list=[{"name": "Fresh", "code": "hostile_fresh"}]
        )
        self.assertEqual(status, 200, body)
        self.env.invalidate_all()
        self.assertEqual(Tag.browse(body).code, "hostile_fresh")
        self.assertEqual(self.table_count("wfk.looking.for"), count + 1)

    def test_hostile_looking_for_tags(self):
        tag = self.env["wfk.looking.for"].create({"name": "Hostile markets", "code": "hostile_markets"})
        self.env["wfk.looking.for"].create({"name": "Hostile space", "code": "hostile_space"})
        fields = ["name", "code", "sequence", "active", "color", "description"]

        def unique_code(record):
            if record.code:
                self.assertEqual(record.with_context(active_test=False).search_count([("code", "=", record.code)]), 1)

        required = st.fixed_dictionaries({"name": TEXTS, "code": st.one_of(TEXTS, st.just("hostile_space"))})
        self.fuzz_create(
            "wfk.looking.for",
            self.vals_strategy("wfk.looking.for", fields, self.relations, required),
            user=self.manager,
            invariant=unique_code,
        )
        self.fuzz_write(
            tag, self.vals_strategy("wfk.looking.for", fields, {}), user=self.manager, invariant=unique_code
        )

    # ------------------------------------------------------- company profiles

    @property
    def profile_fields(self):
        """The profile fields a company's form and the API write: those the sanitiser guards on partners."""
        return sorted(self.env["res.partner"]._wfk_sanitised_fields)

    USCC = st.one_of(TEXTS, st.sampled_from(["91320000MA1MXXXX", "91110000802100433B", "91110000802100433X", 9132]))

    def _profile_invariant(self, partner):
        if partner.wfk_uscc:
            self.assertRegex(partner.wfk_uscc, r"^[0-9A-Z]{18}$", "stored in its valid compact form")
            self.assertEqual(partner.search_count([("wfk_uscc", "=", partner.wfk_uscc), ("is_company", "=", True)]), 1)

    def test_hostile_company_profile(self):
        officer = new_test_user(self.env, login="hostile_profile_officer", groups="wfk_china_crm.group_wfk_officer")
        self.env["res.partner"].create(
            {"name": "Beijing Holding", "is_company": True, "wfk_uscc": "91110000802100433B"}
        )
        strategy = self.vals_strategy(
            "res.partner",
            self.profile_fields,
            self.relations,
            st.fixed_dictionaries({"name": st.just("Hostile Holding Ltd."), "is_company": st.just(True)}),
        )
        self.fuzz_create(
            "res.partner", strategy, user=officer, invariant=self._profile_invariant, converted={"wfk_uscc"}
        )
        self.fuzz_write(
            self.org,
            self.vals_strategy("res.partner", self.profile_fields, self.relations),
            user=officer,
            invariant=self._profile_invariant,
            converted={"wfk_uscc"},
        )

    # ------------------------------------------------------------ delegations

    DELEGATION_FIELDS = [
        "name",
        "direction",
        "date_start",
        "date_end",
        "organizer_id",
        "office_id",
        "leader_ids",
        "request_lead_id",
        "objective",
        "recommendations",
        "color",
    ]

    def _delegation_invariant(self, delegation):
        if delegation.date_start and delegation.date_end:
            self.assertLessEqual(delegation.date_start, delegation.date_end)
        for stop in delegation.stop_ids:
            self._stop_invariant(stop)

    def _stop_invariant(self, stop):
        first, last = stop.date_start or stop.date_end, stop.date_end or stop.date_start
        trip = stop.delegation_id
        if first:
            self.assertLessEqual(first, last)
            self.assertTrue(not trip.date_start or trip.date_start <= first)
            self.assertTrue(not trip.date_end or last <= trip.date_end)

    def _delegation_fixture(self):
        officer = new_test_user(self.env, login="hostile_trip_officer", groups="wfk_china_crm.group_wfk_officer")
        delegation = self.env["wfk.delegation"].create(
            {
                "name": "September trip",
                "office_id": self.office.id,
                "date_start": "2026-09-10",
                "date_end": "2026-09-18",
            }
        )
        self.env["wfk.delegation.stop"].create(
            {"delegation_id": delegation.id, "city": "Yangzhou", "date_start": "2026-09-11", "date_end": "2026-09-12"}
        )
        relations = dict(
            self.relations,
            leader_ids=(self.person | self.org).ids,
            organizer_id=(self.manager | officer).ids,
            request_lead_id=self.lead.ids,
            organization_id=(self.org | self.other_org).ids,
            delegation_id=delegation.ids,
        )
        return officer, delegation, relations

    def test_hostile_delegation(self):
        officer, delegation, relations = self._delegation_fixture()
        required = st.fixed_dictionaries({"name": TEXTS})
        strategy = self.vals_strategy("wfk.delegation", self.DELEGATION_FIELDS, relations, required)
        self.fuzz_create("wfk.delegation", strategy, user=officer, invariant=self._delegation_invariant)
        strategy = self.vals_strategy("wfk.delegation", self.DELEGATION_FIELDS, relations)
        self.fuzz_write(delegation, strategy, user=officer, invariant=self._delegation_invariant)

    def test_hostile_delegation_lines(self):
        officer, delegation, relations = self._delegation_fixture()
        participant = self.env["wfk.delegation.participant"].create(
            {"delegation_id": delegation.id, "partner_id": self.person.id}
        )
        in_trip = st.fixed_dictionaries({"delegation_id": st.just(delegation.id)})

        def person_once(line):
            pairs = line.search_count(
                [("delegation_id", "=", line.delegation_id.id), ("partner_id", "=", line.partner_id.id)]
            )
            self.assertEqual(pairs, 1)

        lines = {
            "wfk.delegation.participant": (
                ["partner_id", "organization_id", "role", "cost_bearer", "state", "notes", "sequence"],
                st.fixed_dictionaries({"partner_id": st.sampled_from([self.person.id, self.org.id, self.stranger_id])}),
                participant,
                person_once,
            ),
            "wfk.delegation.stop": (
                ["city", "country_id", "date_start", "date_end", "host_partner_id", "office_id", "notes", "sequence"],
                st.fixed_dictionaries({"city": TEXTS}),
                delegation.stop_ids,
                self._stop_invariant,
            ),
            "wfk.delegation.outcome": (
                ["kind", "description", "partner_id", "date", "office_id", "lead_id", "sequence"],
                st.fixed_dictionaries({"kind": st.just("mou"), "description": TEXTS}),
                self.env["wfk.delegation.outcome"].create(
                    {"delegation_id": delegation.id, "kind": "agreement", "description": "Cooperation agreement"}
                ),
                None,
            ),
        }
        for model, (fields, required, record, invariant) in lines.items():
            required = st.builds(lambda a, b: {**a, **b}, in_trip, required)
            strategy = self.vals_strategy(model, fields, relations, required)
            self.fuzz_create(model, strategy, user=officer, invariant=invariant, max_examples=80)
            strategy = self.vals_strategy(model, fields, relations)
            self.fuzz_write(record, strategy, user=officer, invariant=invariant, max_examples=80)

    # ------------------------------------------------------ pipeline review wizard

    def test_hostile_pipeline_review_period(self):
        officer = new_test_user(self.env, login="hostile_officer", groups="wfk_china_crm.group_wfk_officer")

        def period_is_ordered(wizard):
            self.assertLessEqual(wizard.date_from, wizard.date_to)

        self.fuzz_create(
            "wfk.pipeline.review.wizard",
            self.vals_strategy("wfk.pipeline.review.wizard", ["date_from", "date_to", "office_ids"], self.relations),
            user=officer,
            invariant=period_is_ordered,
        )
