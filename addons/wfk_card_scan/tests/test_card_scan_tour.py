import base64

from odoo.addons.wfk_china_crm.tests.common import WfkTourCase
from odoo.tests import tagged

from . import card_set


@tagged("post_install", "-at_install")
class TestCardScanTour(WfkTourCase):
    """The demo's office staff, in the Chinese UI, photograph a card, check what was read and log the contact."""

    def test_office_staff_scan_a_card_in_the_chinese_ui(self):
        # Li Wei, the demo's office staff: Chinese interface, offices Yangzhou and Foshan (scripts/test.sh
        # installs the demo with Chinese loaded)
        user = self.env.ref("wfk_china_crm.user_wfk_office_staff_demo")
        self.assertEqual(user.lang, "zh_CN")
        office = user.wfk_office_id
        self.assertTrue(office)
        card = next(card for card in card_set.CARDS if card["key"] == "zh_zhou_jie")
        self.env["ir.attachment"].create(
            {"name": "wfk_tour_card.jpg", "datas": base64.b64encode(card_set.render(card)), "public": True}
        )
        self.start_tour("/odoo/action-wfk_china_crm.action_wfk_contact_log", "wfk_card_scan_tour", login=user.login)

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
