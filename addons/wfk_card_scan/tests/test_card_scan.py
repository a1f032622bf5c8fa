import base64
import io

from PIL import Image

from odoo.addons.wfk_china_crm.tests.common import WfkChinaCrmCase
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from . import card_set


def card(key):
    return next(card for card in card_set.CARDS if card["key"] == key)


def photo(key, **options):
    return base64.b64encode(card_set.render(card(key), **options))


@tagged("post_install", "-at_install")
class TestCardScan(WfkChinaCrmCase):
    """A photo of a card becomes a company, a person with the card attached and a contact log, as office staff."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_two_offices("CS", "Card office", "wfk_card_other_office")
        cls.Scan = cls.env["wfk.card.scan"].with_user(cls.office_user)

    def _read(self, image, **values):
        scan = self.Scan.create({"image": image, **values})
        scan.action_wfk_read()
        return scan

    # --- reading ---------------------------------------------------------------------------------

    def test_bilingual_chinese_card_gives_every_field(self):
        scan = self._read(photo("zh_zhang_wei"))
        self.assertEqual(scan.state, "read")
        self.assertEqual(scan.person_name, "张伟")
        self.assertEqual(scan.person_name_latin, "Zhang Wei")
        self.assertIn("总经理", scan.function)
        self.assertEqual(scan.company_name, "扬州华鑫精密机械有限公司")
        self.assertEqual(scan.company_name_latin.replace(" ", ""), "YangzhouHuaxinPrecisionMachineryCo.,Ltd.")
        self.assertEqual(scan.email, "zhang.wei@huaxin-jm.cn")
        self.assertEqual(scan.mobile, "+86 138 1234 5678")
        self.assertEqual(scan.website, "www.huaxin-jm.cn")
        self.assertEqual(scan.wechat, "zhangwei_hx")
        self.assertTrue(scan.street.startswith("江苏省扬州市"))
        self.assertEqual(scan.office_id, self.office)

    def test_german_card_with_landline_and_mobile(self):
        scan = self._read(photo("de_fischer"))
        self.assertEqual(scan.person_name_latin, "Markus Fischer")
        self.assertFalse(scan.person_name)
        self.assertEqual(scan.mobile, "+49 175 1122334")
        self.assertEqual(scan.phone, "+49 6301 70700")
        self.assertEqual(scan.email, "m.fischer@fischer-antrieb.de")
        self.assertIn("Fischer Antriebstechnik GmbH", scan.company_name_latin)

    def test_vcard_qr_wins_over_the_text(self):
        # the QR code carries a different e-mail than the one printed: the vCard's is taken
        qr = card_set.vcard({**card("de_schneider"), "email": "vcard@westpfalz-mb.de"})
        scan = self._read(photo("de_schneider", qr_text=qr))
        self.assertEqual(scan.email, "vcard@westpfalz-mb.de")
        self.assertIn("email", scan.from_qr)
        self.assertEqual(scan.person_name_latin, "Thomas Schneider")
        self.assertEqual(scan.mobile, "+49 170 9876543")

    def test_mecard_qr(self):
        scan = self._read(photo("zh_liu_yang"))
        self.assertEqual(scan.person_name, "刘洋")
        self.assertEqual(scan.company_name, "扬州绿源环保设备有限公司")
        self.assertIn("mobile", scan.from_qr)

    # --- bad input: a clear message, nothing created -------------------------------------------------

    def _assert_refused(self, image, message):
        partners = self.env["res.partner"].search_count([])
        logs = self.env["wfk.contact.log"].search_count([])
        scan = self.Scan.create({"image": image})
        with self.assertRaisesRegex(UserError, message):
            scan.action_wfk_read()
        self.assertEqual(scan.state, "draft")
        self.assertEqual(self.env["res.partner"].search_count([]), partners)
        self.assertEqual(self.env["wfk.contact.log"].search_count([]), logs)

    def test_not_an_image(self):
        self._assert_refused(base64.b64encode(b"%PDF-1.4 this is no photo"), "not an image")

    def test_empty_card(self):
        self._assert_refused(photo("en_smith", blank=True), "No name could be read")

    def test_blurred_card(self):
        self._assert_refused(photo("en_smith", blur=True), "No name could be read")

    def test_qr_with_a_link_only(self):
        self._assert_refused(
            photo("en_smith", blank=True, qr_text="https://www.example.com/fair"), "QR code holds no contact"
        )

    def test_no_photo(self):
        with self.assertRaisesRegex(UserError, "Upload a photo"):
            self.Scan.create({}).action_wfk_read()

    def test_forty_megapixel_photo_is_scaled_down(self):
        big = Image.open(io.BytesIO(card_set.render(card("en_brown")))).resize((7700, 5200))
        buffer = io.BytesIO()
        big.save(buffer, "JPEG", quality=60)
        scan = self._read(base64.b64encode(buffer.getvalue()))
        self.assertEqual(scan.person_name_latin, "Emily Brown")
        self.assertEqual(scan.email, "emily.brown@rv-innovation.eu")

    # --- importing ------------------------------------------------------------------------------------

    def test_create_makes_company_person_card_and_log(self):
        scan = self._read(photo("zh_zhang_wei"), follow_up_date="2026-12-10", summary="Met at the Foshan fair")
        # the demo data has a Zhang Wei: whoever the card was linked to, the user chooses new records here
        scan.write({"partner_id": False, "company_id": False})
        person = scan.action_wfk_create()
        company = person.parent_id
        self.assertEqual(person.name, "Zhang Wei")
        self.assertEqual(person.wfk_chinese_name, "张伟")
        self.assertEqual(person.email, "zhang.wei@huaxin-jm.cn")
        self.assertEqual(person.phone, "+86 138 1234 5678")
        self.assertIn("zhangwei_hx", person.comment)
        self.assertTrue(company.is_company)
        self.assertEqual(company.wfk_chinese_name, "扬州华鑫精密机械有限公司")
        self.assertEqual(company.website, "http://www.huaxin-jm.cn")
        attachment = self.env["ir.attachment"].search([("res_model", "=", "res.partner"), ("res_id", "=", person.id)])
        self.assertEqual(len(attachment), 1)
        self.assertEqual(attachment.mimetype, "image/jpeg")
        log = scan.contact_log_id
        self.assertEqual((log.partner_id, log.contact_person_id, log.office_id), (company, person, self.office))
        self.assertEqual(log.channel, "event")
        self.assertEqual(log.user_id, self.office_user)
        self.assertIn("Foshan fair", log.summary)
        self.assertEqual(str(log.follow_up_date), "2026-12-10")
        self.assertEqual(scan.state, "done")
        with self.assertRaisesRegex(UserError, "imported already"):
            scan.action_wfk_create()

    def test_known_person_is_linked_not_duplicated(self):
        company = self.env["res.partner"].create(
            {
                "name": "Foshan Smart Robotics Technology Co., Ltd.",
                "wfk_chinese_name": "佛山智造机器人科技有限公司",
                "is_company": True,
            }
        )
        known = self.env["res.partner"].create(
            {"name": "Li Na", "parent_id": company.id, "email": "lina@fs-robotics.com"}
        )
        scan = self._read(photo("zh_li_na"))
        self.assertEqual(scan.partner_id, known)
        self.assertEqual(scan.company_id, company)
        self.assertIn(known, scan.duplicate_partner_ids)
        partners = self.env["res.partner"].search_count([])
        person = scan.action_wfk_create()
        self.assertEqual(person, known)
        self.assertEqual(self.env["res.partner"].search_count([]), partners)
        self.assertEqual(known.phone, "+86 139 2288 7766")
        self.assertEqual(scan.contact_log_id.partner_id, company)

    def test_a_common_name_alone_is_shown_not_linked(self):
        other_company = self.env["res.partner"].create({"name": "Test Beijing Trading", "is_company": True})
        namesake = self.env["res.partner"].create(
            {"name": "Zhang Wei", "wfk_chinese_name": "张伟", "parent_id": other_company.id}
        )
        scan = self._read(photo("zh_zhang_wei"))
        self.assertIn(namesake, scan.duplicate_partner_ids)
        self.assertNotEqual(scan.partner_id, namesake)
        self.assertNotEqual(scan.company_id, other_company)

    def test_several_cards_in_one_upload(self):
        attachments = (
            self.env["ir.attachment"]
            .with_user(self.office_user)
            .create([{"name": f"{key}.jpg", "datas": photo(key)} for key in ("en_garcia", "de_wagner", "zh_xu_ming")])
        )
        scan = self.Scan.create({"upload_ids": [(6, 0, attachments.ids)]})
        action = scan.action_wfk_read()
        scans = self.Scan.search(action["domain"])
        self.assertEqual(len(scans), 3)
        self.assertEqual(set(scans.mapped("state")), {"read"})
        self.assertEqual(
            set(scans.mapped("email")),
            {"m.garcia@sgts-trade.com", "l.wagner@lautertal-medtech.de", "xuming@czhag.com"},
        )
        self.assertEqual(set(scans.office_id.ids), {self.office.id})

    def test_photos_of_records_out_of_reach_are_not_read(self):
        """A card photographed for another office's request cannot be read through a scan of one's own."""
        secret_lead = self.env["crm.lead"].create(
            {"name": "Foshan secret expansion plan", "representation_office_id": self.other_office.id}
        )
        foreign = self.env["ir.attachment"].create(
            {"name": "card.jpg", "datas": photo("en_garcia"), "res_model": "crm.lead", "res_id": secret_lead.id}
        )
        scans = self.Scan.search_count([])
        with self.assertRaises(AccessError) as refusal:
            scan = self.Scan.create({"upload_ids": [(6, 0, foreign.ids)]})
            scan.action_wfk_read()
        self.assertNotIn(secret_lead.name, str(refusal.exception))
        self.assertEqual(self.Scan.search_count([]), scans)

    def test_a_failing_import_writes_nothing(self):
        """The office closed since: the contact log is refused, and the company and person made before are gone."""
        scan = self._read(photo("en_lin"))
        self.office.sudo().state = "closed"
        partners = self.env["res.partner"].search_count([])
        with self.assertRaisesRegex(UserError, "is closed"):
            scan.action_wfk_create()
        self.assertEqual(self.env["res.partner"].search_count([]), partners)
        self.assertEqual(scan.state, "read")

    # --- access ---------------------------------------------------------------------------------------

    def test_office_staff_scan_into_their_own_office_only(self):
        scan = self._read(photo("en_wu"))
        with self.assertRaises(AccessError):
            scan.write({"office_id": self.other_office.id})
        scan.sudo().office_id = self.other_office
        partners = self.env["res.partner"].search_count([])
        with self.assertRaises(AccessError):
            scan.action_wfk_create()
        self.assertEqual(self.env["res.partner"].search_count([]), partners)

    def test_links_to_another_office_are_refused_without_naming_them(self):
        """A scan cannot be tied to another office's request or filed under that office; the refusal names
        neither (organisations are not office-bound: every internal user reads them)."""
        secret_lead = self.env["crm.lead"].create(
            {"name": "Foshan secret expansion plan", "representation_office_id": self.other_office.id}
        )
        scan = self._read(photo("en_wu"))
        for values in ({"lead_id": secret_lead.id}, {"office_id": self.other_office.id}):
            with self.subTest(link=next(iter(values))):
                with self.assertRaises(AccessError) as refusal:
                    scan.write(values)
                message = str(refusal.exception)
                for secret in (secret_lead.name, self.other_office.name):
                    self.assertNotIn(secret, message)
                with self.assertRaises(AccessError):
                    self.Scan.create({"image": photo("en_wu"), **values})
        self.assertFalse(scan.lead_id)
        self.assertEqual(scan.office_id, self.office)

    def test_plain_employees_cannot_scan(self):
        with self.assertRaises(AccessError):
            self.env["wfk.card.scan"].with_user(self.internal_user).create({"image": photo("en_wu")})

    def test_a_scan_is_its_authors(self):
        scan = self._read(photo("en_garcia"))
        other = self.env["wfk.card.scan"].with_user(self.other_office_user)
        self.assertFalse(other.search([("id", "=", scan.id)]))
