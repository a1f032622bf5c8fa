from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from .cooperation_common import WfkCooperationCase


@tagged("post_install", "-at_install")
class TestWfkMatchIntroduce(WfkCooperationCase):
    """Introducing a match e-mails both sides, plans follow-ups and moves the request to Introduced."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.institute = cls._create_institute()
        cls.lead = cls._create_lead()
        cls.match = cls.env["wfk.match"].create(
            {"lead_id": cls.lead.id, "partner_id": cls.institute.id, "score": 40, "match_main_industry": True}
        )
        cls.follow_up = cls.env.ref("wfk_china_crm.mail_activity_type_wfk_introduction_follow_up")

    def _messages(self):
        return self.lead.message_ids.filtered(lambda m: m.message_type == "comment")

    def test_introduce(self):
        self.match.with_user(self.officer_user).action_wfk_introduce()
        self.assertEqual(self.match.state, "introduced")
        self.assertEqual(self.match.introduced_by_id, self.officer_user)
        self.assertTrue(self.match.date_introduced)
        self.assertEqual(self.lead.stage_id, self.stage_introduced)

        messages = self._messages()
        self.assertEqual(len(messages), 2)
        to_requester = messages.filtered(lambda m: m.partner_ids == self.requester)
        to_institute = messages.filtered(lambda m: m.partner_ids == self.institute)
        self.assertEqual(
            to_requester.subject,
            f'Introduction: Test Institute for Production Optimisation for your request "{self.lead.name}"',
        )
        self.assertIn("Same main industry: Test automation", to_requester.body)
        self.assertIn("info@institute.example.de", to_requester.body)
        self.assertEqual(to_institute.subject, "Introduction: Test Chuzhou Industrial Park is looking for a partner")
        self.assertIn("park@chuzhou.example.cn", to_institute.body)
        self.assertIn("Test City of Chuzhou", to_institute.body)
        self.assertEqual(messages.author_id, self.officer_user.partner_id)
        mails = self.env["mail.mail"].sudo().search([("mail_message_id", "in", messages.ids)])
        self.assertEqual(mails.recipient_ids, self.requester | self.institute)

        activities = self.lead.activity_ids.filtered(lambda a: a.activity_type_id == self.follow_up)
        self.assertEqual(len(activities), 2)
        self.assertEqual(activities.user_id, self.officer_user)
        # "Today" is the officer's, as for any activity Odoo plans for whoever acts (not the test's superuser's,
        # whose time zone may already be on the next day).
        officer_today = fields.Date.context_today(self.lead.with_user(self.officer_user))
        self.assertEqual(set(activities.mapped("date_deadline")), {officer_today + timedelta(days=7)})
        self.assertEqual(
            sorted(activities.mapped("summary")),
            [
                "Follow up the introduction with Test Chuzhou Industrial Park",
                "Follow up the introduction with Test Institute for Production Optimisation",
            ],
        )

    def test_introduction_in_the_recipients_language(self):
        for lang in ("de_DE", "zh_CN"):
            self.env["res.lang"]._activate_lang(lang)
        self.env["ir.module.module"]._load_module_terms(["wfk_china_crm"], ["de_DE", "zh_CN"], overwrite=True)
        self.institute.lang = "de_DE"
        self.requester.lang = "zh_CN"
        self.match.with_user(self.officer_user).action_wfk_introduce()
        to_institute = self._messages().filtered(lambda m: m.partner_ids == self.institute)
        self.assertEqual(to_institute.subject, "Vorstellung: Test Chuzhou Industrial Park sucht einen Partner")
        self.assertIn("Gleiche Hauptbranche: Test automation", to_institute.body)
        self.assertIn("hat uns um Unterstützung gebeten", to_institute.body)
        to_requester = self._messages().filtered(lambda m: m.partner_ids == self.requester)
        self.assertEqual(
            to_requester.subject,
            f"引荐：Test Institute for Production Optimisation，针对您的需求“{self.lead.name}”",
        )
        self.assertIn("主行业相同：Test automation", to_requester.body)
        self.assertIn("我们也已将您的联系方式转交对方", to_requester.body)

    def test_introduce_only_once(self):
        self.match.with_user(self.officer_user).action_wfk_introduce()
        with self.assertRaisesRegex(UserError, "Introduced"):
            self.match.with_user(self.officer_user).action_wfk_introduce()

    def test_both_sides_need_an_email(self):
        self.institute.email = False
        with self.assertRaisesRegex(UserError, "has no e-mail address"):
            self.match.with_user(self.officer_user).action_wfk_introduce()
        self.assertEqual(self.match.state, "proposed")
        self.assertFalse(self._messages())

    def test_requester_is_needed(self):
        self.lead.partner_id = False
        with self.assertRaisesRegex(UserError, "Set the requesting organisation"):
            self.match.with_user(self.officer_user).action_wfk_introduce()

    def test_introduced_request_does_not_move_back(self):
        agreement_pending = self.env.ref("wfk_china_crm.stage_wfk_negotiation")
        self.lead.stage_id = agreement_pending
        self.match.with_user(self.officer_user).action_wfk_introduce()
        self.assertEqual(self.lead.stage_id, agreement_pending)

    def test_accept_moves_to_negotiation_and_decline_ends(self):
        self.match.with_user(self.officer_user).action_wfk_introduce()
        self.match.with_user(self.officer_user).action_wfk_accept()
        self.assertEqual(self.match.state, "accepted")
        self.assertEqual(self.lead.stage_id, self.env.ref("wfk_china_crm.stage_wfk_negotiation"))
        with self.assertRaises(UserError):
            self.match.with_user(self.officer_user).action_wfk_decline()
        self.match.with_user(self.officer_user).action_wfk_reset()
        self.assertEqual(self.match.state, "proposed")
        self.assertFalse(self.match.date_introduced)
