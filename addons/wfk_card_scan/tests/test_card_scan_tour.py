import base64

from odoo.addons.wfk_china_crm.tests.common import WfkTourCase
from odoo.tests import new_test_user, tagged

from . import card_set


@tagged("post_install", "-at_install")
class TestCardScanTour(WfkTourCase):
    """Office staff in the Chinese UI photograph a card, check what was read and log the contact."""

    def test_office_staff_scan_a_card_in_the_chinese_ui(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(
            ["web", "wfk_china_crm", "wfk_card_scan"], ["zh_CN"], overwrite=True
        )
        user = new_test_user(
            self.env,
            login="tour_card_user",
            password="tour_card_user",
            groups="wfk_china_crm.group_wfk_office_staff",
            lang="zh_CN",
        )
        office = self.env["wfk.representation.office"].create(
            {"name": "Tour office Foshan", "code": "TCS", "user_ids": [(6, 0, user.ids)]}
        )
        card = next(card for card in card_set.CARDS if card["key"] == "zh_zhou_jie")
        self.env["ir.attachment"].create(
            {"name": "wfk_tour_card.jpg", "datas": base64.b64encode(card_set.render(card)), "public": True}
        )
        self.start_tour(
            "/odoo/action-wfk_china_crm.action_wfk_contact_log", "wfk_card_scan_tour", login="tour_card_user"
        )

        person = self.env["res.partner"].search([("email", "=", "zhoujie@yz-digipark.com")])
        self.assertEqual(person.wfk_chinese_name, "周杰")
        self.assertEqual(person.phone, "+86 189 0514 2233")
        self.assertTrue(person.parent_id.is_company)
        log = self.env["wfk.contact.log"].search([("contact_person_id", "=", person.id)])
        self.assertEqual(len(log), 1)
        self.assertEqual((log.office_id, log.user_id, log.channel), (office, user, "event"))
        self.assertIn("佛山展会", log.summary)
        self.assertTrue(
            self.env["ir.attachment"].search_count([("res_model", "=", "res.partner"), ("res_id", "=", person.id)])
        )
