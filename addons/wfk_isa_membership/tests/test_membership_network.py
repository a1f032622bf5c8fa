from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import WfkIsaCase


@tagged("post_install", "-at_install")
class TestMembershipNetwork(WfkIsaCase):
    """A city network lists its cities; they see the network's membership on their partner form."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cities = cls.ruesselsheim | cls.raunheim | cls.kelsterbach
        cls.drei_gewinnt = cls._membership(
            cls.network, member_kind="city_network", network_member_ids=[(6, 0, cls.cities.ids)]
        )

    def test_network_lists_its_cities(self):
        self.assertEqual(self.drei_gewinnt.network_member_ids, self.cities)
        self.assertEqual(self.drei_gewinnt.network_member_count, 3)

    def test_network_cities_see_the_membership(self):
        for city in self.cities:
            self.assertEqual(city.wfk_isa_membership_count, 1, city.name)
            self.assertEqual(city.wfk_isa_status, "member", city.name)
        action = self.raunheim.with_user(self.officer_user).action_view_wfk_isa_memberships()
        found = self.env["wfk.isa.membership"].with_user(self.officer_user).search(action["domain"])
        self.assertEqual(found, self.drei_gewinnt)

    def test_own_membership_wins_over_the_network_status(self):
        self._membership(self.raunheim, status="candidate", date_joined=False)
        self.assertEqual(self.raunheim.wfk_isa_membership_count, 2)
        self.assertEqual(self.raunheim.wfk_isa_status, "candidate")

    def test_only_a_city_network_lists_members(self):
        with self.assertRaisesRegex(ValidationError, "Only a city network"):
            self._membership(self.goettingen, network_member_ids=[(6, 0, self.raunheim.ids)])
        with self.assertRaisesRegex(ValidationError, "Only a city network"):
            self.drei_gewinnt.member_kind = "city"

    def test_network_is_not_its_own_member(self):
        with self.assertRaisesRegex(ValidationError, "cannot be one of its own members"):
            self.drei_gewinnt.network_member_ids = [(4, self.network.id)]

    def test_network_members_are_organisations(self):
        with self.assertRaisesRegex(ValidationError, "Test Mayor"):
            self.drei_gewinnt.network_member_ids = [(4, self.mayor.id)]

    def test_company_in_a_network_city_comes_from_that_city(self):
        company = self.env["res.partner"].create(
            {"name": "Raunheim Logistics", "is_company": True, "city": "raunheim-test ", "country_id": self.germany.id}
        )
        origins = self.Membership._get_origin_cities(company | self.raunheim | self.mayor)
        self.assertEqual(origins[company.id], self.raunheim, "city names match regardless of case and spaces")
        self.assertEqual(origins[self.raunheim.id], self.raunheim)
        self.assertNotIn(self.mayor.id, origins, "Kaiserslautern is no member in this test")
