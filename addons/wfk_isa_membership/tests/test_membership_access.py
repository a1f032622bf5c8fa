from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import WfkIsaCase


@tagged("post_install", "-at_install")
class TestMembershipAccess(WfkIsaCase):
    """Officers and managers keep the member list; office staff may look it up; others see nothing."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.membership = cls._membership(cls.kaiserslautern)

    def test_office_staff_read_only(self):
        membership = self.membership.with_user(self.office_user)
        self.assertEqual(membership.status, "member")
        self.assertEqual(membership.status_line_ids.status, "member")
        self.assertEqual(self.kaiserslautern.with_user(self.office_user).wfk_isa_status, "member")
        with self.assertRaises(AccessError):
            membership.write({"status": "suspended"})
        with self.assertRaises(AccessError):
            self._membership(self.goettingen, user=self.office_user)
        with self.assertRaises(AccessError):
            membership.unlink()
        with self.assertRaises(AccessError):
            membership.status_line_ids.write({"status": "observer"})

    def test_office_staff_do_not_see_the_admission_event(self):
        with self.assertRaises(AccessError):
            self.membership.with_user(self.office_user).read(["admission_event_id"])
        arch = (
            self.env["wfk.isa.membership"]
            .with_user(self.office_user)
            .get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertNotIn("admission_event_id", arch)
        self.assertIn("status_line_ids", arch)

    def test_officer_edits_but_does_not_delete(self):
        membership = self.membership.with_user(self.officer_user)
        membership.write({"status": "suspended", "date_status": "2020-01-01"})
        self.assertEqual(len(membership.status_line_ids), 2)
        other = self._membership(self.goettingen, user=self.officer_user)
        self.assertEqual(other.create_uid, self.officer_user)
        with self.assertRaises(AccessError):
            other.unlink()
        with self.assertRaises(AccessError):
            membership.status_line_ids.unlink()

    def test_manager_deletes(self):
        lines = self.membership.status_line_ids
        self.membership.with_user(self.manager_user).unlink()
        self.assertFalse(self.membership.exists())
        self.assertFalse(lines.exists(), "the history goes with the membership")

    def test_other_internal_users_see_nothing(self):
        with self.assertRaises(AccessError):
            self.env["wfk.isa.membership"].with_user(self.internal_user).search([])
        with self.assertRaises(AccessError):
            self.membership.status_line_ids.with_user(self.internal_user).read(["status"])

    def test_partners_isa_facts_are_for_wfk_users_only(self):
        portal = new_test_user(self.env, login="isa_portal", name="Portal", groups="base.group_portal")
        for user in (self.internal_user, portal):
            partner = self.kaiserslautern.with_user(user)
            for name in ("wfk_isa_status", "wfk_isa_membership_count", "wfk_isa_membership_ids"):
                with self.subTest(user=user.login, field=name), self.assertRaises(AccessError):
                    partner.read([name])
            self.assertNotIn("wfk_isa_status", partner.fields_get())
        # the partner itself stays readable for internal users
        self.assertEqual(self.kaiserslautern.with_user(self.internal_user).read(["name"])[0]["name"], "Test Kaiserslautern")
        # the form a plain user opens has no ISA status in it
        arch = self.env["res.partner"].with_user(self.internal_user).get_views([(False, "form")])["views"]["form"]
        self.assertNotIn("wfk_isa_status", arch["arch"])
        self.assertEqual(self.kaiserslautern.with_user(self.office_user).wfk_isa_status, "member")

    def test_isa_menus(self):
        def visible(user):
            return self.env["ir.ui.menu"].with_user(user).search([])._filter_visible_menus()

        memberships = self.env.ref("wfk_isa_membership.menu_wfk_isa_membership")
        report = self.env.ref("wfk_isa_membership.menu_wfk_reporting_isa")
        self.assertIn(memberships, visible(self.officer_user))
        self.assertNotIn(memberships, visible(self.office_user))
        self.assertIn(report, visible(self.manager_user))
        self.assertNotIn(report, visible(self.officer_user))
