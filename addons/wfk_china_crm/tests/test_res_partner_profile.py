from odoo import Command
from odoo.tests import Form, tagged

from .common import WfkChinaCrmCase


@tagged("post_install", "-at_install")
class TestResPartnerProfile(WfkChinaCrmCase):
    """Company profiles: looking-for tags, offer and need with the request types they speak to."""

    def test_looking_for_tags(self):
        tags = self.env["wfk.looking.for"].search([("code", "!=", False)])
        self.assertEqual(
            tags.mapped("code"),
            ["markets", "resources", "service_providers", "investors", "research_partners", "skilled_workers", "space"],
        )

    def test_offer_and_need_are_read_in_three_languages(self):
        Partner = self.env["res.partner"]
        institute = Partner.create(
            {"name": "Test Institut", "is_company": True, "wfk_offer": "Angewandte Forschung für die Produktion"}
        )
        self.assertIn(",research_partner,", institute.wfk_offer_fit)
        self.assertFalse(institute.wfk_need_fit)
        school = Partner.create({"name": "Test 职业学院", "is_company": True, "wfk_need": "寻找德国企业，输送技工人才"})
        self.assertEqual(school.wfk_need_fit, ",skilled_workers,")
        landlord = Partner.create({"name": "Test Park", "is_company": True, "wfk_offer": "Office space and co-working"})
        self.assertIn(",office_space,", landlord.wfk_offer_fit)
        landlord.wfk_offer = "Catering"
        self.assertFalse(landlord.wfk_offer_fit)

    def test_office_staff_fill_in_a_profile(self):
        partner = self.env["res.partner"].create({"name": "Test Foshan Robotics", "is_company": True})
        markets = self.env.ref("wfk_china_crm.looking_for_markets")
        with Form(partner.with_user(self.officer_user)) as form:
            form.wfk_chinese_name = "佛山机器人"
            form.wfk_uscc = "91310115MA1K4C8Q0Y"
            form.wfk_china_relation = "trading"
            form.wfk_looking_for_ids.add(markets)
            form.wfk_offer = "Robots for construction sites"
            form.wfk_profile_published = True
            form.wfk_profile_summary = "Robotics company in Foshan."
        self.assertEqual(partner.wfk_looking_for_ids, markets)
        self.assertEqual(partner.wfk_uscc, "91310115MA1K4C8Q0Y")
        self.assertEqual(partner.wfk_chinese_name, "佛山机器人")
        self.assertTrue(partner.wfk_profile_published)

    def test_summary_is_translatable(self):
        self.assertTrue(self.env["res.partner"]._fields["wfk_profile_summary"].translate)
        self.env["res.lang"]._activate_lang("zh_CN")
        partner = self.env["res.partner"].create({"name": "Test", "is_company": True, "wfk_profile_summary": "Robots"})
        partner.update_field_translations("wfk_profile_summary", {"en_US": "Robots", "zh_CN": "机器人"})
        self.assertEqual(partner.with_context(lang="zh_CN").wfk_profile_summary, "机器人")
        self.assertEqual(partner.wfk_profile_summary, "Robots")

    def test_industries_from_the_oca_addons(self):
        industry = self.env["res.partner.industry"].create({"name": "Test robotics"})
        other = self.env["res.partner.industry"].create({"name": "Test construction"})
        partner = self.env["res.partner"].create(
            {
                "name": "Test",
                "is_company": True,
                "industry_id": industry.id,
                "secondary_industry_ids": [Command.set(other.ids)],
            }
        )
        lead = self.env["crm.lead"].create({"name": "Test request", "partner_id": partner.id})
        self.assertEqual(lead.industry_id, industry)
        self.assertEqual(lead.secondary_industry_ids, other)
