from odoo.tests import tagged

from .common import WfkIsaCase


@tagged("post_install", "-at_install")
class TestIsaPerformance(WfkIsaCase):
    """Smart-button counters and the member_on search cost a fixed number of queries."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cities = cls.kaiserslautern | cls.goettingen | cls.taicang | cls.guiyang
        for city in cls.cities:
            cls._membership(city)
        cls._membership(
            cls.network,
            member_kind="city_network",
            network_member_ids=[(6, 0, (cls.ruesselsheim | cls.raunheim | cls.kelsterbach).ids)],
        )
        cls.partners = cls.cities | cls.network | cls.ruesselsheim | cls.raunheim | cls.kelsterbach

    def _read_counters(self, partners):
        self.env.invalidate_all()
        partners = partners.with_user(self.officer_user)
        return [(p.wfk_isa_membership_count, p.wfk_isa_status, p.wfk_isa_event_count) for p in partners]

    def test_partner_counters_in_batch(self):
        self._read_counters(self.kaiserslautern)  # warm up caches outside the measure
        with self.assertQueryCount(7):
            single = self._read_counters(self.kaiserslautern)
        with self.assertQueryCount(8):  # one more partner read: the network cities are a second prefetch group
            many = self._read_counters(self.partners)
        self.assertEqual(single, [(1, "member", 0)])
        self.assertEqual(len(many), 8)

    def test_member_on_is_one_search(self):
        self.env.invalidate_all()
        with self.assertQueryCount(1):
            members = self.env["wfk.isa.membership"].member_on("2019-11-01")
        self.assertGreaterEqual(len(members), 5)
