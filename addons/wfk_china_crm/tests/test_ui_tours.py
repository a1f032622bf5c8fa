from datetime import date

from odoo.tests import tagged

from .common import WfkTourCase


@tagged("post_install", "-at_install")
class TestUiTours(WfkTourCase):
    """The main flows, clicked through in headless Chromium as the demo users who do the work."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Li Wei, the demo's office staff: Chinese interface, Asia/Shanghai (scripts/test.sh installs the demo)
        cls.office_user = cls.env.ref("wfk_china_crm.user_wfk_office_staff_demo")
        cls.office = cls._create_tour_office("Foshan", users=cls.office_user)
        cls.organisation = cls.env["res.partner"].create(
            {"name": "Tour Robotics Ltd.", "is_company": True, "representation_office_id": cls.office.id}
        )

    def test_office_staff_log_contact_with_follow_up(self):
        self.start_tour(
            f"/odoo/res.partner/{self.organisation.id}", "wfk_log_contact_tour", login=self.office_user.login
        )
        log = self.env["wfk.contact.log"].search([("partner_id", "=", self.organisation.id)])
        self.assertEqual(len(log), 1)
        self.assertEqual(log.subject, "Call about a joint automation project")
        self.assertEqual(log.channel, "wechat")
        self.assertEqual(log.office_id, self.office)
        self.assertEqual(log.user_id, self.office_user)
        todo = log.activity_ids
        self.assertEqual(len(todo), 1)
        self.assertEqual(todo.date_deadline, date(2030, 12, 24))
        self.assertEqual(todo.user_id, self.office_user)

    def test_office_staff_find_a_chinese_company_by_pinyin_in_the_chinese_ui(self):
        """A company entered only in characters is picked by typing its pinyin, in the zh_CN UI."""
        self.assertEqual(self.office_user.lang, "zh_CN")
        company = self.env["res.partner"].create(
            {"name": "扬州精密机械有限公司", "is_company": True, "representation_office_id": self.office.id}
        )
        self.env["res.partner"].create({"name": "Yangzhou Automation Ltd.", "is_company": True})
        action = self.env.ref("wfk_china_crm.action_wfk_contact_log")
        self.start_tour(f"/odoo/action-{action.id}/new", "wfk_pinyin_dropdown_tour", login=self.office_user.login)
        log = self.env["wfk.contact.log"].search([("partner_id", "=", company.id)])
        self.assertEqual(log.subject, "讨论精密零件合作")
        self.assertEqual(log.user_id, self.office_user)
