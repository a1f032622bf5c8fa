from odoo.tests import tagged

from .common import WfkChinaCrmCase


@tagged("post_install", "-at_install")
class TestSecurityGroups(WfkChinaCrmCase):
    """The module is installed, its groups form a chain and its menus follow them."""

    def _visible_menus(self, user):
        return self.env["ir.ui.menu"].with_user(user).search([])._filter_visible_menus()

    def test_module_installed(self):
        module = self.env["ir.module.module"].search([("name", "=", "wfk_china_crm")])
        self.assertEqual(module.state, "installed")

    def test_groups_share_one_privilege(self):
        privilege = self.env.ref("wfk_china_crm.res_groups_privilege_china_crm")
        groups = self.group_office_staff | self.group_officer | self.group_manager
        self.assertEqual(groups.privilege_id, privilege)
        self.assertEqual(privilege.category_id, self.env.ref("base.module_category_sales"))

    def test_group_implication_chain(self):
        self.assertIn(self.group_office_staff, self.group_officer.all_implied_ids)
        self.assertIn(self.group_officer, self.group_manager.all_implied_ids)
        self.assertIn(self.group_office_staff, self.group_manager.all_implied_ids)
        self.assertNotIn(self.group_officer, self.group_office_staff.all_implied_ids)
        self.assertNotIn(self.group_manager, self.group_officer.all_implied_ids)

    def test_users_get_implied_groups(self):
        self.assertTrue(self.manager_user.has_group("wfk_china_crm.group_wfk_officer"))
        self.assertTrue(self.manager_user.has_group("wfk_china_crm.group_wfk_office_staff"))
        self.assertTrue(self.officer_user.has_group("wfk_china_crm.group_wfk_office_staff"))
        self.assertFalse(self.officer_user.has_group("wfk_china_crm.group_wfk_manager"))
        self.assertFalse(self.office_user.has_group("wfk_china_crm.group_wfk_officer"))
        self.assertFalse(self.internal_user.has_group("wfk_china_crm.group_wfk_office_staff"))

    def test_app_menu_visible_to_wfk_groups_only(self):
        root = self.env.ref("wfk_china_crm.menu_wfk_root")
        for user in (self.office_user, self.officer_user, self.manager_user):
            self.assertIn(root, self._visible_menus(user), user.login)
        self.assertNotIn(root, self._visible_menus(self.internal_user))

    def test_configuration_menu_for_managers_only(self):
        config = self.env.ref("wfk_china_crm.menu_wfk_config")
        self.assertIn(config, self._visible_menus(self.manager_user))
        self.assertNotIn(config, self._visible_menus(self.officer_user))
        self.assertNotIn(config, self._visible_menus(self.office_user))

    def test_pipeline_menu_for_officers_and_managers(self):
        pipeline = self.env.ref("wfk_china_crm.menu_wfk_pipeline")
        self.assertIn(pipeline, self._visible_menus(self.officer_user))
        self.assertIn(pipeline, self._visible_menus(self.manager_user))
        self.assertNotIn(pipeline, self._visible_menus(self.office_user))
        organisations = self.env.ref("wfk_china_crm.menu_wfk_organisation")
        self.assertIn(organisations, self._visible_menus(self.office_user))
