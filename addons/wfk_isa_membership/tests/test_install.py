from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestIsaInstall(TransactionCase):
    """The ISA module is installed with its dependencies and its menu follows the groups."""

    def _visible_menus(self, user):
        return self.env["ir.ui.menu"].with_user(user).search([])._filter_visible_menus()

    def test_module_and_dependencies_installed(self):
        modules = self.env["ir.module.module"].search(
            [("name", "in", ["wfk_isa_membership", "wfk_china_crm", "event", "event_crm", "event_booth"])]
        )
        self.assertEqual(len(modules), 5)
        self.assertEqual(set(modules.mapped("state")), {"installed"})

    def test_isa_menu_for_officers_not_office_staff(self):
        menu = self.env.ref("wfk_isa_membership.menu_wfk_isa")
        officer = new_test_user(self.env, login="isa_officer", groups="wfk_china_crm.group_wfk_officer")
        staff = new_test_user(self.env, login="isa_staff", groups="wfk_china_crm.group_wfk_office_staff")
        self.assertIn(menu, self._visible_menus(officer))
        self.assertNotIn(menu, self._visible_menus(staff))

    def test_officers_are_event_users(self):
        officer = self.env.ref("wfk_china_crm.group_wfk_officer")
        self.assertIn(self.env.ref("event.group_event_user"), officer.all_implied_ids)
