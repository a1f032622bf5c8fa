from hypothesis import strategies as st

from odoo.addons.wfk_china_crm.tests.hostile_input import HostileInputCase
from odoo.tests import new_test_user, tagged


@tagged("post_install", "-at_install")
class TestIsaHostileInput(HostileInputCase):
    """Random and malicious values on memberships: the status history stays whole."""

    FIELDS = [
        "partner_id",
        "member_kind",
        "status",
        "date_status",
        "date_joined",
        "date_left",
        "admission_event_id",
        "representative_ids",
        "industry_ids",
        "network_member_ids",
        "notes",
        "color",
    ]

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.officer = new_test_user(cls.env, login="isa_hostile_officer", groups="wfk_china_crm.group_wfk_officer")
        Partner = cls.env["res.partner"]
        cls.cities = Partner.create(
            [{"name": name, "is_company": True} for name in ("Hostile Foshan", "Hostile Maoming", "Hostile Taicang")]
        )
        cls.member = cls.env["wfk.isa.membership"].create(
            {"partner_id": cls.cities[0].id, "status": "member", "date_joined": "2019-04-23"}
        )
        cls.relations = {
            "partner_id": cls.cities.ids,
            "admission_event_id": cls.env["event.event"].search([], limit=2).ids or cls.cities.ids,
            "representative_ids": cls.cities.ids,
            "industry_ids": cls.env["res.partner.industry"].search([], limit=2).ids or cls.cities.ids,
            "network_member_ids": cls.cities.ids,
        }

    def _invariant(self, membership):
        if membership.date_joined and membership.date_left:
            self.assertLessEqual(membership.date_joined, membership.date_left)
        if membership.status != "left":
            open_ones = membership.search_count(
                [("partner_id", "=", membership.partner_id.id), ("status", "!=", "left")]
            )
            self.assertEqual(open_ones, 1, "one open membership per partner")
        current = membership.status_line_ids.filtered(lambda line: not line.date_to)
        self.assertEqual(len(current), 1, "exactly one current status period")
        self.assertEqual(current.status, membership.status)
        for line in membership.status_line_ids:
            self.assertTrue(not line.date_to or line.date_from <= line.date_to)

    def test_hostile_membership_create(self):
        required = st.fixed_dictionaries({"partner_id": st.sampled_from(self.cities.ids)})
        strategy = self.vals_strategy("wfk.isa.membership", self.FIELDS, self.relations, required)
        self.fuzz_create("wfk.isa.membership", strategy, user=self.officer, invariant=self._invariant)

    def test_hostile_membership_write(self):
        strategy = self.vals_strategy("wfk.isa.membership", self.FIELDS, self.relations)
        self.fuzz_write(self.member, strategy, user=self.officer, invariant=self._invariant)
