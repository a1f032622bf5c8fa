from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import WfkIsaCase


@tagged("post_install", "-at_install")
class TestJointBooth(WfkIsaCase):
    """The ISA joint booth: an event_booth category, companies as exhibitors, free of charge."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.category = cls.env.ref("wfk_isa_membership.event_booth_category_isa_joint")
        cls.fair = (
            cls.env["event.event"]
            .with_user(cls.officer_user)
            .create(
                {
                    "name": "Test Internet Plus fair",
                    "wfk_isa_kind": "trade_fair",
                    "date_begin": "2019-10-16 01:00:00",
                    "date_end": "2019-10-19 09:00:00",
                }
            )
        )
        Partner = cls.env["res.partner"]
        cls.exhibitors = Partner.create(
            [
                {"name": f"Test exhibitor {index}", "is_company": True, "city": "Bottrop", "country_id": cls.germany.id}
                for index in range(10)
            ]
        )
        cls.standard_category = cls.env["event.booth.category"].create({"name": "Test standard booth"})

    def _booth(self, **values):
        vals = {"name": "ISA joint booth", "event_id": self.fair.id, "booth_category_id": self.category.id}
        vals.update(values)
        return self.env["event.booth"].with_user(self.officer_user).create(vals)

    def test_category_is_a_free_joint_booth(self):
        self.assertEqual(self.category.name, "ISA joint booth")
        self.assertTrue(self.category.wfk_is_joint_booth)
        self.assertTrue(self.category.wfk_free_of_charge)

    def test_ten_exhibitors_on_the_joint_booth(self):
        booth = self._booth(wfk_exhibitor_ids=[(6, 0, self.exhibitors.ids)], partner_id=self.network.id)
        self.assertEqual(booth.wfk_exhibitor_count, 10)
        self.assertTrue(booth.wfk_is_joint_booth)
        self.assertTrue(booth.wfk_free_of_charge)
        self.assertEqual(self.fair.event_booth_count, 1)
        booth.action_confirm()
        self.assertEqual(booth.state, "unavailable")

    def test_exhibitors_count_the_fair_as_an_isa_event(self):
        self._booth(wfk_exhibitor_ids=[(6, 0, self.exhibitors[:2].ids)])
        self.assertEqual(self.exhibitors[0].wfk_isa_event_count, 1)
        self.assertEqual(self.exhibitors[5].wfk_isa_event_count, 0)
        action = self.exhibitors[0].with_user(self.officer_user).action_view_wfk_isa_events()
        events = self.env["event.event"].with_user(self.officer_user).search(action["domain"])
        self.assertEqual(events, self.fair)

    def test_only_joint_booths_list_exhibitors(self):
        with self.assertRaisesRegex(ValidationError, "Only a joint booth"):
            self._booth(booth_category_id=self.standard_category.id, wfk_exhibitor_ids=[(6, 0, self.exhibitors.ids)])

    def test_exhibitors_are_companies(self):
        person = self.env["res.partner"].create({"name": "Test Visitor"})
        with self.assertRaisesRegex(ValidationError, "Test Visitor"):
            self._booth(wfk_exhibitor_ids=[(6, 0, person.ids)])
