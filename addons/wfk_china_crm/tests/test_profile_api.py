from odoo import models
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import new_test_user, tagged

from ..models.res_partner import WFK_PROFILE_API_FIELDS
from .common import WfkChinaCrmCase
from .profile_api_common import PROFILE_FIELDS
from .profile_api_common import SECRET_FIELDS
from .profile_api_common import ProfileApiFixture


@tagged("post_install", "-at_install")
class TestProfileApi(WfkChinaCrmCase, ProfileApiFixture):
    """The "WFK profile API" group reads published company profiles and nothing else (ORM level)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_profiles(cls.env)
        cls.Partner = cls.env["res.partner"].with_user(cls.api_user)

    def test_the_group_is_read_only_and_implies_no_staff_group(self):
        group = self.env.ref("wfk_china_crm.group_wfk_profile_api")
        self.assertFalse(group.implied_ids)
        self.assertTrue(self.api_user.share)
        self.assertEqual(self.api_user.all_group_ids, group)
        acls = self.env["ir.model.access"].search([("group_id", "=", group.id)])
        self.assertEqual(set(acls.mapped("model_id.model")), {"res.partner", "res.partner.industry", "wfk.looking.for"})
        self.assertFalse(any(acls.mapped("perm_write") + acls.mapped("perm_create") + acls.mapped("perm_unlink")))

    def test_reads_published_profiles_with_the_profile_fields(self):
        rows = self.Partner.search_read([("id", "in", [self.published.id, self.unpublished.id])], PROFILE_FIELDS)
        self.assertEqual(len(rows), 1)
        row = rows[0]
        self.assertEqual(row["id"], self.published.id)
        self.assertEqual(row["name"], "Test Pfalz Maschinenbau GmbH")
        self.assertEqual(row["wfk_chinese_name"], "普法尔茨机械制造有限公司")
        self.assertEqual(row["industry_id"], (self.industry.id, "Test mechanical engineering"))
        self.assertEqual(row["secondary_industry_ids"], self.secondary_industry.ids)
        self.assertEqual(row["wfk_looking_for_ids"], self.tag_markets.ids)
        self.assertEqual(row["wfk_offer"], "Special-purpose machines for the automotive industry")
        self.assertEqual(row["wfk_need"], "Sales partners in the Yangtze River Delta")
        self.assertEqual(row["wfk_profile_summary"], "Machine builder from Kaiserslautern.")
        names = self.secondary_industry.with_user(self.api_user).read(["name"])
        self.assertEqual(names[0]["name"], "Test logistics")
        self.assertEqual(
            self.env["wfk.looking.for"].with_user(self.api_user).browse(self.tag_markets.id).name, "Markets"
        )

    def test_summary_in_the_requested_language(self):
        for lang, summary in (
            ("en_US", "Machine builder from Kaiserslautern."),
            ("de_DE", "Maschinenbauer aus Kaiserslautern."),
            ("zh_CN", "来自凯泽斯劳滕的机械制造商。"),
        ):
            rows = self.Partner.with_context(lang=lang).search_read(
                [("id", "=", self.published.id)], ["wfk_profile_summary"]
            )
            self.assertEqual(rows[0]["wfk_profile_summary"], summary, lang)

    def test_every_visible_partner_is_a_published_company(self):
        visible = self.Partner.search([])
        self.assertIn(self.published, visible)
        self.assertEqual(
            visible, self.env["res.partner"].search([("is_company", "=", True), ("wfk_profile_published", "=", True)])
        )

    def test_default_read_returns_the_profile_fields_only(self):
        fields = set(self.Partner.browse(self.published.id).read()[0])
        self.assertTrue(
            fields <= {"id", "active", "complete_name", "is_company", "wfk_profile_published", *PROFILE_FIELDS}
        )
        self.assertTrue(set(PROFILE_FIELDS) <= fields)
        self.assertEqual(set(self.Partner.fields_get()) - {"id"}, fields - {"id"})

    def test_unpublished_profiles_and_people_are_refused(self):
        for partner in (self.unpublished, self.contact_person, self.admin_partner()):
            with self.assertRaises(AccessError, msg=partner.name):
                self.Partner.browse(partner.id).read(["name"])
            self.assertFalse(self.Partner.search([("id", "=", partner.id)]))

    def admin_partner(self):
        return self.env.ref("base.partner_admin")

    def test_other_fields_are_refused_in_read_search_order_and_group_by(self):
        record = self.Partner.browse(self.published.id)
        for field in SECRET_FIELDS:
            with self.subTest(field=field):
                with self.assertRaises(AccessError):
                    record.read([field])
                with self.assertRaises(AccessError):
                    self.Partner.search_read([], [field])
                with self.assertRaises(AccessError):
                    self.Partner.search([(field, "!=", False)])
                with self.assertRaises(AccessError):
                    self.Partner.formatted_read_group([], [field], ["__count"])
        with self.assertRaises(AccessError):
            self.Partner.search([], order="email")
        with self.assertRaises(AccessError):
            self.assertFalse(record.email)

    def test_nothing_can_be_written_created_or_deleted(self):
        record = self.Partner.browse(self.published.id)
        with self.assertRaises(AccessError):
            record.write({"name": "Hacked"})
        with self.assertRaises(AccessError):
            record.write({"wfk_profile_summary": "Hacked"})
        with self.assertRaises(AccessError):
            self.Partner.create({"name": "Spam Ltd.", "is_company": True, "wfk_profile_published": True})
        with self.assertRaises(AccessError):
            record.unlink()
        with self.assertRaises(AccessError):
            self.env["res.partner.industry"].with_user(self.api_user).create({"name": "Spam"})
        with self.assertRaises(AccessError):
            self.env["wfk.looking.for"].with_user(self.api_user).browse(self.tag_markets.id).write({"name": "Spam"})

    def test_other_models_are_refused(self):
        for model in (
            "crm.lead",
            "wfk.representation.office",
            "wfk.contact.log",
            "wfk.match",
            "mail.message",
            "mail.followers",
            "res.users",
            "res.company",
            "calendar.event",
        ):
            with self.subTest(model=model), self.assertRaises(AccessError):
                self.env[model].with_user(self.api_user).search_read([], ["display_name"], limit=1)

    def test_attachments_and_messages_of_published_profiles_are_refused(self):
        attachment = self.env["ir.attachment"].create(
            {
                "name": "Test contract.pdf",
                "raw": b"confidential",
                "res_model": "res.partner",
                "res_id": self.published.id,
            }
        )
        message = self.published.message_post(
            body="Public reply", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        Attachment = self.env["ir.attachment"].with_user(self.api_user)
        self.assertFalse(Attachment.search([]))
        with self.assertRaises(AccessError):
            Attachment.search([("res_model", "=", "res.partner"), ("res_id", "=", self.published.id)])
        with self.assertRaises(AccessError):
            Attachment.browse(attachment.id).read(["name", "datas"])
        with self.assertRaises(AccessError):
            self.env["mail.message"].with_user(self.api_user).browse(message.id).read(["body"])
        with self.assertRaises(AccessError):
            self.Partner.browse(self.published.id).read(["message_ids", "image_128"])

    def test_staff_keep_every_field(self):
        """The field whitelist applies to the API group only."""
        record = self.env["res.partner"].with_user(self.office_user).browse(self.unpublished.id)
        self.assertEqual(record.read(["email", "comment"])[0]["email"], False)
        self.assertEqual(
            self.env["res.partner"].with_user(self.office_user).browse(self.published.id).email,
            "info@pfalz-maschinenbau.example",
        )

    def test_the_group_cannot_be_given_to_internal_or_portal_users(self):
        group = self.env.ref("wfk_china_crm.group_wfk_profile_api")
        with self.assertRaises(ValidationError):
            self.office_user.group_ids = [(4, group.id)]
        portal = self.env["res.users"].create(
            {"name": "Portal", "login": "wfk_portal", "group_ids": [(6, 0, self.env.ref("base.group_portal").ids)]}
        )
        with self.assertRaises(ValidationError):
            portal.group_ids = [(4, group.id)]


@tagged("post_install", "-at_install")
class TestFieldAccessShortcut(WfkChinaCrmCase, ProfileApiFixture):
    """The profile API's field check answers Odoo's own answer without ``super()`` where it may, and only there."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_profiles(cls.env)

    def test_the_shortcut_is_taken_only_while_odoo_answers_below(self):
        Partner = type(self.env["res.partner"])
        self.assertTrue(Partner._wfk_field_access_is_odoos)
        self.assertIs(Partner._wfk_next_field_access_owner(), models.BaseModel)

    def test_every_answer_is_odoos_except_what_the_api_may_not_read(self):
        """For every field and operation, as a plain salesman, office staff and the API account: the answer
        equals ``BaseModel._has_field_access``, except the API account's fields outside the profile."""
        salesman = new_test_user(self.env, login="wfk_shortcut_sales", groups="sales_team.group_sale_salesman")
        checked = 0
        for user in (salesman, self.office_user, self.api_user):
            partners = self.env["res.partner"].with_user(user)
            for field in partners._fields.values():
                for operation in ("read", "write"):
                    odoo = models.BaseModel._has_field_access(partners, field, operation)
                    if user == self.api_user and not (operation == "read" and field.name in WFK_PROFILE_API_FIELDS):
                        odoo = False
                    self.assertEqual(partners._has_field_access(field, operation), odoo, (user.login, field, operation))
                    checked += 1
        self.assertGreater(checked, 600)
        # a field with groups is still Odoo's to decide: the sentence vector is for administrators only
        vector = self.env["res.partner"]._fields["wfk_embedding"]
        self.assertFalse(self.env["res.partner"].with_user(salesman)._has_field_access(vector, "read"))
