from datetime import date

import pytz
from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.tests import TransactionCase, tagged

CHINA_CRM_ACTIONS = ("wfk_china_crm.action_wfk_contact_log", "wfk_china_crm.action_wfk_china_cooperation")


@tagged("post_install", "-at_install")
class TestDemoStory(TransactionCase):
    """The demo tells WFK's story: its company, its people in their languages, requests and contacts since 2019.

    This test relies on demo data on purpose (scripts/test.sh installs it, with German and Chinese loaded).
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.team = cls.env.ref("wfk_china_crm.crm_team_china_cooperation")
        cls.requests = cls.env["crm.lead"].with_context(active_test=False).search([("team_id", "=", cls.team.id)])

    def test_the_company_is_wfk_in_euros_in_kaiserslautern(self):
        company = self.env.ref("base.main_company")
        self.assertIn("Kaiserslautern", company.name)
        self.assertEqual(company.currency_id, self.env.ref("base.EUR"))
        self.assertEqual((company.city, company.country_id), ("Kaiserslautern", self.env.ref("base.de")))
        self.assertNotIn("YourCompany", company.partner_id.display_name)

    def test_one_demo_user_per_role_in_their_language_and_time_zone(self):
        expected = {
            "wfk_china_crm.user_wfk_office_staff_demo": ("group_wfk_office_staff", "zh_CN", "Asia/Shanghai"),
            "wfk_china_crm.user_wfk_office_staff_shanghai_demo": ("group_wfk_office_staff", "zh_CN", "Asia/Shanghai"),
            "wfk_china_crm.user_wfk_officer_demo": ("group_wfk_officer", "de_DE", "Europe/Berlin"),
            "wfk_china_crm.user_wfk_manager_demo": ("group_wfk_manager", "de_DE", "Europe/Berlin"),
        }
        roles = ("group_wfk_office_staff", "group_wfk_officer", "group_wfk_manager")
        china_crm_actions = [self.env.ref(xmlid).id for xmlid in CHINA_CRM_ACTIONS]
        for xmlid, (group, lang, tz) in expected.items():
            user = self.env.ref(xmlid)
            self.assertEqual((user.lang, user.tz), (lang, tz), xmlid)
            # the highest role each has is the one intended (the groups imply the lower ones)
            highest = [role for role in roles if user.has_group(f"wfk_china_crm.{role}")][-1]
            self.assertEqual(highest, group, xmlid)
            self.assertIn(user.action_id.id, china_crm_actions, f"{xmlid} lands in China CRM")
        self.assertLessEqual({"de_DE", "zh_CN"}, {lang for lang, _name in self.env["res.lang"].get_installed()})

    def test_li_wei_sees_the_appointments_of_the_trip_at_local_time(self):
        li_wei = self.env.ref("wfk_china_crm.user_wfk_office_staff_demo")
        signing = self.env.ref("wfk_china_crm.delegation_kl_china_2018_event_mou")
        local = pytz.utc.localize(signing.start).astimezone(pytz.timezone(li_wei.tz))
        self.assertEqual((local.date(), local.hour), (date(2019, 9, 11), 9))

    def test_no_sales_demo_in_the_china_pipeline(self):
        self.assertGreaterEqual(len(self.requests), 10)
        for request in self.requests:
            self.assertTrue(request.wfk_request_type, request.name)
            self.assertNotIn("(demo)", request.display_name)
            self.assertNotIn("(demo)", request.partner_id.display_name)
        imported_from = set(self.requests.get_external_id().values())
        self.assertFalse({xmlid for xmlid in imported_from if xmlid.startswith("crm.")})

    def test_requests_and_contacts_spread_over_the_years_since_2019(self):
        years = {request.create_date.year for request in self.requests}
        self.assertEqual(min(years), 2019)
        self.assertGreaterEqual(len(years), 4, sorted(years))
        for request in self.requests:
            self.assertLessEqual(request.create_date, request.date_last_stage_update, request.name)
        won = self.requests.filtered(lambda lead: lead.won_status == "won")
        self.assertTrue(won)
        # closed on a day of the story, not on the day of the installation; some in the last months (relative
        # dates), so that the dashboard's "this year" and "previous period" have figures
        now = fields.Datetime.now()
        self.assertTrue(all(lead.date_closed and lead.date_closed.date() < now.date() for lead in won))
        self.assertTrue(any(lead.date_closed.year < 2025 for lead in won))
        self.assertTrue(any(lead.date_closed > now - relativedelta(months=3) for lead in won))
        log_years = {log.date.year for log in self.env["wfk.contact.log"].search([])}
        self.assertEqual(min(log_years), 2019)
        self.assertGreaterEqual(len(log_years), 5, sorted(log_years))

    def test_the_september_2019_trip_opened_the_three_offices(self):
        trip = self.env.ref("wfk_china_crm.delegation_kl_china_2018")
        for code in ("yangzhou", "shanghai", "foshan"):
            office = self.env.ref(f"wfk_china_crm.office_{code}")
            self.assertTrue(trip.date_start <= office.date_opened <= trip.date_end, code)

    def test_office_names_in_german_and_chinese(self):
        office = self.env.ref("wfk_china_crm.office_yangzhou")
        self.assertEqual(office.with_context(lang="de_DE").name, "WFK-Büro Yangzhou")
        self.assertEqual(office.with_context(lang="zh_CN").name, "WFK 扬州代表处")
        self.assertEqual(office.with_context(lang="en_US").name, "WFK office Yangzhou")

    def test_every_industry_named_in_german_and_chinese(self):
        industries = self.env["res.partner.industry"].search([])
        self.assertGreater(len(industries), 21, "Odoo's sectors and the demo's branches")
        english = industries.with_context(lang="en_US").mapped("name")
        for en, zh in zip(english, industries.with_context(lang="zh_CN").mapped("name"), strict=True):
            self.assertRegex(zh, "[\u4e00-\u9fff]", f"{en}: no Chinese name")
        same_in_german = {"Extraterritorial"}
        for en, de in zip(english, industries.with_context(lang="de_DE").mapped("name"), strict=True):
            self.assertTrue(de != en or en in same_in_german, f"{en}: no German name")

    def test_the_oca_industry_fields_are_labelled_in_chinese(self):
        """crm_industry and partner_industry_secondary ship no Chinese; wfk_china_crm's i18n_extra does."""
        Fields = self.env["ir.model.fields"].with_context(lang="zh_CN")
        self.assertEqual(Fields._get("crm.lead", "industry_id").field_description, "主要行业")
        self.assertEqual(Fields._get("crm.lead", "secondary_industry_ids").field_description, "次要行业")
        self.assertEqual(Fields._get("res.partner", "secondary_industry_ids").field_description, "次要行业")
