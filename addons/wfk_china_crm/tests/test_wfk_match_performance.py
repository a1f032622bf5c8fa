from odoo import Command
from odoo.tests import tagged

from .cooperation_common import WfkCooperationCase


@tagged("post_install", "-at_install")
class TestWfkMatchPerformance(WfkCooperationCase):
    """Finding matches costs the same number of queries however many organisations are candidates."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ind_small = cls.env["res.partner.industry"].create({"name": "Test small industry"})
        cls.ind_big = cls.env["res.partner.industry"].create({"name": "Test big industry"})
        cls.ind_other = cls.env["res.partner.industry"].create({"name": "Test other industry"})
        Partner = cls.env["res.partner"]
        tags = [Command.set((cls.looking_research | cls.looking_markets).ids)]
        Partner.create(
            [
                {
                    "name": f"Test small {i}",
                    "is_company": True,
                    "industry_id": cls.ind_small.id,
                    "wfk_looking_for_ids": tags,
                }
                for i in range(3)
            ]
        )
        Partner.create(
            [
                {
                    "name": f"Test big {i}",
                    "is_company": True,
                    "industry_id": cls.ind_big.id,
                    "secondary_industry_ids": [Command.set(cls.ind_other.ids)],
                    "wfk_china_relation": "contacts",
                    "wfk_profile_published": bool(i % 2),
                }
                for i in range(40)
            ]
        )
        cls._clear_other_profiles(Partner.search([("name", "=like", "Test %")]))
        common = {"wfk_request_type": "joint_project", "secondary_industry_ids": [Command.clear()]}
        cls.lead_warmup = cls._create_lead(name="Test warm-up", industry_id=cls.ind_small.id, **common)
        cls.lead_small = cls._create_lead(name="Test small", industry_id=cls.ind_small.id, **common)
        cls.lead_big = cls._create_lead(name="Test big", industry_id=cls.ind_big.id, **common)
        cls.env["ir.config_parameter"].sudo().set_param("wfk_china_crm.match_limit", 10)

    def _find(self, lead):
        lead = lead.with_user(self.officer_user)
        lead.action_wfk_find_matches()
        return lead.wfk_match_ids

    def test_query_count_does_not_grow_with_candidates(self):
        self._find(self.lead_warmup)
        self.env.flush_all()
        self.env.invalidate_all()
        with self.assertQueryCount(33):
            self.lead_small.with_user(self.officer_user).action_wfk_find_matches()
        self.env.flush_all()
        self.env.invalidate_all()
        with self.assertQueryCount(33):
            self.lead_big.with_user(self.officer_user).action_wfk_find_matches()
        # the small request finds its three organisations; the big one 40 by industry and the same three by tags
        self.assertEqual(len(self.lead_small.wfk_match_ids), 3)
        self.assertEqual(len(self.lead_big.wfk_match_ids), 10)
