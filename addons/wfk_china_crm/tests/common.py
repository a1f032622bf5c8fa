from odoo.tests import TransactionCase, new_test_user


class WfkChinaCrmCase(TransactionCase):
    """Shared fixture: one user per WFK group plus a plain internal user.

    Built once per class; every test runs in its own savepoint.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True, mail_create_nolog=True))
        cls.group_office_staff = cls.env.ref("wfk_china_crm.group_wfk_office_staff")
        cls.group_officer = cls.env.ref("wfk_china_crm.group_wfk_officer")
        cls.group_manager = cls.env.ref("wfk_china_crm.group_wfk_manager")
        cls.office_user = new_test_user(
            cls.env, login="wfk_office_user", name="Office User", groups="wfk_china_crm.group_wfk_office_staff"
        )
        cls.officer_user = new_test_user(
            cls.env, login="wfk_officer_user", name="Officer User", groups="wfk_china_crm.group_wfk_officer"
        )
        cls.manager_user = new_test_user(
            cls.env, login="wfk_manager_user", name="Manager User", groups="wfk_china_crm.group_wfk_manager"
        )
        cls.internal_user = new_test_user(cls.env, login="wfk_internal_user", name="Internal User")
