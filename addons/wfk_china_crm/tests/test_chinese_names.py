from odoo.exceptions import AccessError
from odoo.tests import Form, tagged

from .common import WfkOfficeCase


@tagged("post_install", "-at_install")
class TestChineseNameSearch(WfkOfficeCase):
    """A partner is found by characters, Traditional or Simplified, by pinyin with or without tones and
    spaces, and by Latin names without accents: in every dropdown (name_search) and in the search views."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        cls.park = Partner.create({"name": "扬州科技园有限公司", "is_company": True})
        cls.zhang = Partner.create({"name": "张伟", "parent_id": cls.park.id})
        cls.lv = Partner.create({"name": "吕明", "parent_id": cls.park.id})
        cls.zeng = Partner.create({"name": "曾国强"})
        cls.mueller = Partner.create(
            {"name": "Müller Präzisionstechnik GmbH", "is_company": True, "wfk_chinese_name": "穆勒精密技术有限公司"}
        )
        cls.bank = Partner.create(
            {"name": "Foshan Rural Commercial Bank", "is_company": True, "wfk_chinese_name": "佛山农村商业银行"}
        )
        cls.pinyin_only = Partner.create({"name": "Chuzhou Xincheng Jixie", "is_company": True})
        cls.unrelated = Partner.create({"name": "Kaiserslautern Stadtwerke AG", "is_company": True})

    def _found(self, text, user=None):
        Partner = self.env["res.partner"].with_user(user or self.office_user)
        return Partner.browse(item[0] for item in Partner.name_search(text, limit=100))

    def assertFinds(self, text, partner, user=None):
        self.assertIn(partner, self._found(text, user), f"{text!r} should find {partner.name}")

    def test_simplified_characters(self):
        self.assertFinds("扬州科技园", self.park)
        self.assertFinds("张伟", self.zhang)

    def test_traditional_characters(self):
        self.assertFinds("揚州科技園", self.park)
        self.assertFinds("佛山農村商業銀行", self.bank)

    def test_pinyin_without_tones_with_and_without_spaces(self):
        for text in ("yangzhou", "yangzhou keji", "YangZhou KeJi Yuan", "yangzhoukejiyuan", "zhangwei", "zhang wei"):
            found = self._found(text)
            self.assertTrue(found & (self.park | self.zhang), text)
        self.assertFinds("zhang wei", self.zhang)
        self.assertFinds("yangzhou keji", self.park)

    def test_pinyin_with_tone_marks(self):
        self.assertFinds("yángzhōu", self.park)
        self.assertFinds("Zhāng Wěi", self.zhang)

    def test_u_umlaut_as_u_v_and_ü(self):
        for text in ("lü ming", "lv ming", "lu ming", "LüMing"):
            self.assertFinds(text, self.lv)

    def test_phrase_dictionary_reads_multi_reading_characters(self):
        # 行 reads hang in 银行 (bank), not xing: the phrase dictionary decides
        self.assertFinds("yinhang", self.bank)
        self.assertNotIn(self.bank, self._found("yinxing"))

    def test_surname_found_under_each_reading(self):
        self.assertFinds("zeng guoqiang", self.zeng)
        self.assertFinds("ceng guoqiang", self.zeng)

    def test_german_and_english_names_folded(self):
        for text in ("Müller", "muller", "MUELLER praezision", "prazisionstechnik"):
            self.assertFinds(text, self.mueller)
        self.assertFinds("Rural Commercial", self.bank)

    def test_chinese_name_field_is_searched(self):
        self.assertFinds("穆勒精密", self.mueller)
        self.assertFinds("jingmi jishu", self.mueller)
        self.assertFinds("nongcun shangye", self.bank)

    def test_every_word_of_a_query(self):
        self.assertFinds("chuzhou jixie", self.pinyin_only)
        self.assertFinds("Präzisionstechnik Müller", self.mueller)
        self.assertNotIn(self.pinyin_only, self._found("chuzhou yangzhou"))

    def test_characters_find_a_company_entered_in_pinyin(self):
        self.assertFinds("滁州", self.pinyin_only)

    def test_no_false_hit(self):
        found = self._found("yangzhou keji")
        self.assertNotIn(self.unrelated, found)
        self.assertNotIn(self.bank, found)
        self.assertFalse(self._found("zzzqqq") & (self.park | self.zhang | self.bank | self.mueller))

    def test_key_follows_renaming(self):
        self.park.name = "揚州軟件園"
        self.assertFinds("yangzhou ruanjian", self.park)
        self.assertNotIn(self.park, self._found("keji yuan"))

    def test_search_view_default_field_and_many2one_filters(self):
        """The partner search's default field and the Organisation filters of logs, requests and delegations."""
        Partner = self.env["res.partner"].with_user(self.office_user)
        self.assertIn(self.park, Partner.search([("display_name", "ilike", "yangzhou keji")]))
        log = self._log(partner_id=self.park.id, office_id=self.office.id)
        Log = self.env["wfk.contact.log"].with_user(self.office_user)
        self.assertEqual(Log.search([("partner_id", "ilike", "揚州科技")]), log)
        self.lead.partner_id = self.park
        Lead = self.env["crm.lead"].with_user(self.office_user)
        self.assertIn(self.lead, Lead.search([("partner_id", "ilike", "yangzhou keji")]))

    def test_search_key_needs_access_first(self):
        """Searching by any script never widens what the user may read: record rules still apply."""
        other_company = self.env["res.company"].create({"name": "Other agency"})
        hidden = self.env["res.partner"].create(
            {"name": "揚州秘密公司", "is_company": True, "company_id": other_company.id}
        )
        self.assertNotIn(hidden, self._found("yangzhou mimi"))
        self.assertIn(hidden, self.env["res.partner"].search([("display_name", "ilike", "yangzhou mimi")]))

    def test_pinyin_reading_for_tooltip(self):
        self.assertEqual(self.park.wfk_pinyin, "yáng zhōu kē jì yuán yǒu xiàn gōng sī")
        self.assertEqual(self.bank.wfk_pinyin, "fó shān nóng cūn shāng yè yín háng")
        self.assertFalse(self.unrelated.wfk_pinyin)


@tagged("post_install", "-at_install")
class TestDuplicatePartners(WfkOfficeCase):
    """Probable duplicates are listed on the partner (also while it is being typed), on a request whose
    company is not yet a partner, and by the "Possible duplicates" filter; a different company is not."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        cls.park = Partner.create({"name": "扬州科技园有限公司", "is_company": True})
        cls.university = Partner.create({"name": "扬州科技大学", "is_company": True})

    def _duplicates(self, partner):
        return partner.with_user(self.office_user).wfk_duplicate_partner_ids

    def test_traditional_vs_simplified_with_legal_form(self):
        twin = self.env["res.partner"].create({"name": "揚州科技園", "is_company": True})
        self.assertEqual(self._duplicates(twin), self.park)
        self.assertIn(twin, self._duplicates(self.park))

    def test_pinyin_transliteration_with_latin_legal_form(self):
        twin = self.env["res.partner"].create({"name": "Yangzhou Keji Yuan Co., Ltd.", "is_company": True})
        self.assertEqual(self._duplicates(twin), self.park)

    def test_near_spelling_scored_by_rapidfuzz(self):
        twin = self.env["res.partner"].create({"name": "Yangzhou Kejiyuan Co Ltd", "is_company": True})
        typo = self.env["res.partner"].create({"name": "Yangzhou Kejiyuang", "is_company": True})
        self.assertIn(self.park, self._duplicates(twin))
        self.assertIn(self.park, self._duplicates(typo))

    def test_threshold_is_a_setting(self):
        typo = self.env["res.partner"].create({"name": "Yangzhou Kejiyuang", "is_company": True})
        self.env["ir.config_parameter"].set_param("wfk_china_crm.duplicate_threshold", 99)
        typo.invalidate_recordset(["wfk_duplicate_partner_ids"])
        self.assertNotIn(self.park, self._duplicates(typo))

    def test_same_uscc(self):
        self.park.wfk_uscc = "91330100MA27XY1Q1M"
        other = (
            self.env["res.partner"]
            .with_user(self.office_user)
            .new({"name": "Hangzhou Something", "is_company": True, "wfk_uscc": "91330100MA27XY1Q1M"})
        )
        self.assertEqual(other.wfk_duplicate_partner_ids._origin, self.park)

    def test_same_email_and_same_phone(self):
        Partner = self.env["res.partner"]
        wang = Partner.create({"name": "Wang Fang", "email": "Wang.Fang@yzpark.cn", "parent_id": self.park.id})
        by_mail = Partner.create({"name": "王芳", "email": "wang.fang@YZPARK.cn"})
        self.assertIn(wang, self._duplicates(by_mail))
        li = Partner.create({"name": "Li Na", "phone": "+86 514 8797 1234", "country_id": self.env.ref("base.cn").id})
        by_phone = Partner.create({"name": "Lina", "phone": "0514 8797 1234", "country_id": self.env.ref("base.cn").id})
        self.assertIn(li, self._duplicates(by_phone))

    def test_same_name_same_company_is_a_duplicate_other_company_is_not(self):
        Partner = self.env["res.partner"]
        zhang = Partner.create({"name": "张伟", "parent_id": self.park.id})
        same = Partner.create({"name": "Zhang Wei", "parent_id": self.park.id})
        elsewhere = Partner.create({"name": "Zhang Wei", "parent_id": self.university.id})
        self.assertEqual(self._duplicates(same), zhang)
        self.assertNotIn(elsewhere, self._duplicates(zhang))
        self.assertNotIn(zhang, self._duplicates(elsewhere))

    def test_different_company_is_not_flagged(self):
        """扬州科技园 (a science park) and 扬州科技大学 (a university) share a prefix, not an identity."""
        self.assertNotIn(self.university, self._duplicates(self.park))
        self.assertNotIn(self.park, self._duplicates(self.university))
        self.assertNotIn(self.organisation, self._duplicates(self.other_organisation))

    def test_company_and_person_never_duplicates(self):
        person = self.env["res.partner"].create({"name": "扬州科技园有限公司 Empfang"})
        self.assertNotIn(self.park, self._duplicates(person))

    def test_warned_while_typing_in_the_form(self):
        with Form(self.env["res.partner"].with_user(self.office_user)) as form:
            form.company_type = "company"
            form.name = "揚州科技園有限公司"
            self.assertEqual(form.wfk_duplicate_partner_count, 1)
            self.assertEqual(form.wfk_duplicate_partner_ids[:]._origin, self.park)
            form.name = "Kaiserslautern Brauerei"
            self.assertEqual(form.wfk_duplicate_partner_count, 0)

    def test_possible_duplicates_filter(self):
        twin = self.env["res.partner"].create({"name": "揚州科技園", "is_company": True})
        found = self.env["res.partner"].with_user(self.office_user).search([("wfk_duplicate_partner_count", ">", 0)])
        self.assertIn(twin, found)
        self.assertIn(self.park, found)
        self.assertNotIn(self.university, found)
        self.assertNotIn(self.organisation, found)

    def test_filter_and_list_name_only_what_the_user_may_read(self):
        other_company = self.env["res.company"].create({"name": "Other agency"})
        twin = self.env["res.partner"].create(
            {"name": "揚州科技園", "is_company": True, "company_id": other_company.id}
        )
        self.assertNotIn(twin, self._duplicates(self.park))
        self.assertIn(twin, self.park.wfk_duplicate_partner_ids)
        found = self.env["res.partner"].with_user(self.office_user).search([("wfk_duplicate_partner_count", ">", 0)])
        self.assertNotIn(self.park, found)

    def test_request_warns_before_creating_the_partner(self):
        lead = (
            self.env["crm.lead"]
            .with_user(self.office_user)
            .create(
                {
                    "name": "Office space",
                    "partner_name": "揚州科技園有限公司",
                    "representation_office_id": self.office.id,
                }
            )
        )
        self.assertEqual(lead.wfk_duplicate_partner_ids, self.park)
        lead.partner_id = self.park
        self.assertFalse(lead.wfk_duplicate_partner_count)

    def test_quick_contact_log_warns(self):
        twin = self.env["res.partner"].create({"name": "揚州科技園", "is_company": True})
        log = self._log(partner_id=twin.id, office_id=self.office.id).with_user(self.office_user)
        self.assertEqual(log.partner_duplicate_count, 1)

    def test_merge_with_odoo_wizard(self):
        twin = self.env["res.partner"].create({"name": "揚州科技園", "is_company": True})
        action = twin.with_user(self.officer_user).action_wfk_merge_duplicates()
        self.assertEqual(action["res_model"], "base.partner.merge.automatic.wizard")
        wizard = (
            self.env["base.partner.merge.automatic.wizard"]
            .with_user(self.officer_user)
            .with_context(**action["context"])
        ).create({})
        self.assertEqual(wizard.partner_ids, twin | self.park)
        wizard.action_merge()
        self.assertEqual(len((twin | self.park).exists()), 1)

    def test_office_staff_may_not_merge(self):
        with self.assertRaises(AccessError):
            self.env["base.partner.merge.automatic.wizard"].with_user(self.office_user).create({})


@tagged("post_install", "-at_install")
class TestOfficeStaffCreatePartners(WfkOfficeCase):
    """Office staff create and edit the companies and people they meet, in their office or of no office."""

    def test_create_company_and_person(self):
        Partner = self.env["res.partner"].with_user(self.office_user)
        company = Partner.create(
            {"name": "扬州新能源有限公司", "is_company": True, "representation_office_id": self.office.id}
        )
        person = Partner.create({"name": "刘洋", "parent_id": company.id})
        person.write({"email": "liu.yang@example.cn"})
        self.assertEqual(person.commercial_partner_id, company)

    def test_name_create_from_a_dropdown(self):
        partner_id, _name = self.env["res.partner"].with_user(self.office_user).name_create("泰州机械厂")
        self.assertTrue(partner_id)

    def test_other_office_organisation_is_refused(self):
        self.other_organisation.representation_office_id = self.other_office
        Partner = self.env["res.partner"].with_user(self.office_user)
        with self.assertRaises(AccessError):
            self.other_organisation.with_user(self.office_user).write({"phone": "+86 757 1234"})
        with self.assertRaises(AccessError):
            Partner.create({"name": "Someone", "parent_id": self.other_organisation.id})
        with self.assertRaises(AccessError):
            Partner.create({"name": "Foshan Co", "is_company": True, "representation_office_id": self.other_office.id})

    def test_office_staff_cannot_delete(self):
        company = self.env["res.partner"].with_user(self.office_user).create({"name": "Tmp", "is_company": True})
        with self.assertRaises(AccessError):
            company.unlink()
