from odoo import Command
from odoo.tests import new_test_user

from ..models.res_partner import WFK_PROFILE_FIELDS

# The fields a web platform reads: the profile contract, defined once in the model.
PROFILE_FIELDS = list(WFK_PROFILE_FIELDS)
# A sample of what the group must never read: contact data, notes, commercial and technical fields.
SECRET_FIELDS = ["email", "phone", "comment", "street", "vat", "wfk_uscc", "user_ids", "representation_office_id"]


class ProfileApiFixture:
    """A published and an unpublished company profile, a contact person, and an API account."""

    @classmethod
    def _setup_profiles(cls, env):
        env["res.lang"]._activate_lang("de_DE")
        env["res.lang"]._activate_lang("zh_CN")
        cls.api_user = new_test_user(
            env, login="wfk_profile_api", name="Web platform", groups="wfk_china_crm.group_wfk_profile_api"
        )
        Industry = env["res.partner.industry"]
        cls.industry = Industry.create({"name": "Test mechanical engineering"})
        cls.secondary_industry = Industry.create({"name": "Test logistics"})
        cls.tag_markets = env.ref("wfk_china_crm.looking_for_markets")
        Partner = env["res.partner"]
        cls.published = Partner.create(
            {
                "name": "Test Pfalz Maschinenbau GmbH",
                "is_company": True,
                "wfk_chinese_name": "普法尔茨机械制造有限公司",
                "email": "info@pfalz-maschinenbau.example",
                "phone": "+49 631 0000",
                "comment": "Internal note: the owner is thinking of selling.",
                "street": "Trippstadter Straße 1",
                "vat": "DE123456789",
                "industry_id": cls.industry.id,
                "secondary_industry_ids": [Command.set(cls.secondary_industry.ids)],
                "wfk_offer": "Special-purpose machines for the automotive industry",
                "wfk_need": "Sales partners in the Yangtze River Delta",
                "wfk_looking_for_ids": [Command.set(cls.tag_markets.ids)],
                "wfk_profile_published": True,
                "wfk_profile_summary": "Machine builder from Kaiserslautern.",
            }
        )
        cls.published.update_field_translations(
            "wfk_profile_summary",
            {"de_DE": "Maschinenbauer aus Kaiserslautern.", "zh_CN": "来自凯泽斯劳滕的机械制造商。"},
        )
        cls.contact_person = Partner.create(
            {"name": "Test Anna Becker", "parent_id": cls.published.id, "email": "a.becker@pfalz.example"}
        )
        cls.unpublished = Partner.create(
            {
                "name": "Test Yangzhou Valves Co., Ltd.",
                "is_company": True,
                "wfk_offer": "Valves",
                "wfk_profile_published": False,
                "wfk_profile_summary": "Not yet approved.",
            }
        )
