from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import WfkOfficeCase


@tagged("post_install", "-at_install")
class TestOfficeAccess(WfkOfficeCase):
    """Record rules and ACLs: office staff see their offices only; managers configure."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.log = cls._log()
        cls.other_log = cls._log(partner_id=cls.other_organisation.id, office_id=cls.other_office.id)

    def test_office_staff_see_their_offices_only(self):
        Office = self.env["wfk.representation.office"].with_user(self.office_user)
        self.assertEqual(Office.search([("code", "in", ["T-YZ", "T-FS"])]), self.office)
        with self.assertRaises(AccessError):
            self.other_office.with_user(self.office_user).read(["name"])
        with self.assertRaises(AccessError):
            self.office.with_user(self.office_user).write({"desk_count": 10})
        with self.assertRaises(AccessError):
            Office.create({"name": "Mine", "code": "MINE"})

    def test_office_staff_contact_logs(self):
        Log = self.env["wfk.contact.log"].with_user(self.office_user)
        self.assertEqual(Log.search([("id", "in", (self.log | self.other_log).ids)]), self.log)
        self.log.with_user(self.office_user).write({"subject": "Edited by staff"})
        self.assertEqual(self.log.subject, "Edited by staff")
        with self.assertRaises(AccessError):
            self.other_log.with_user(self.office_user).write({"subject": "Not mine"})
        with self.assertRaises(AccessError):
            self.other_log.with_user(self.office_user).read(["subject"])
        with self.assertRaises(AccessError):
            self.log.with_user(self.office_user).unlink()
        with self.assertRaises(AccessError):
            Log.create(
                {"subject": "Wrong office", "partner_id": self.organisation.id, "office_id": self.other_office.id}
            )

    def test_office_staff_log_without_office_stays_theirs(self):
        log = (
            self.env["wfk.contact.log"]
            .with_user(self.office_user)
            .create({"subject": "HQ call", "partner_id": self.organisation.id, "office_id": False})
        )
        self.assertEqual(log.with_user(self.office_user).subject, "HQ call")
        with self.assertRaises(AccessError):
            log.with_user(self.other_office_user).read(["subject"])

    def test_office_staff_requests(self):
        Lead = self.env["crm.lead"].with_user(self.office_user)
        self.assertEqual(Lead.search([("id", "in", (self.lead | self.other_lead).ids)]), self.lead)
        self.lead.with_user(self.office_user).write({"name": "Office and production space"})
        with self.assertRaises(AccessError):
            self.other_lead.with_user(self.office_user).write({"name": "Not ours"})
        with self.assertRaises(AccessError):
            self.lead.with_user(self.office_user).unlink()
        new = Lead.create({"name": "New request from the office"})
        self.assertEqual(new.representation_office_id, self.office, "defaults to the user's office")

    def test_officer_sees_everything_but_configures_nothing(self):
        for model, records in (
            ("wfk.representation.office", self.office | self.other_office),
            ("wfk.contact.log", self.log | self.other_log),
            ("crm.lead", self.lead | self.other_lead),
        ):
            found = self.env[model].with_user(self.officer_user).search([("id", "in", records.ids)])
            self.assertEqual(found, records, model)
        self.other_log.with_user(self.officer_user).write({"subject": "Officer edit"})
        with self.assertRaises(AccessError):
            self.other_log.with_user(self.officer_user).unlink()
        with self.assertRaises(AccessError):
            self.office.with_user(self.officer_user).write({"desk_count": 12})

    def test_manager_configures_offices_and_deletes_logs(self):
        office = (
            self.env["wfk.representation.office"]
            .with_user(self.manager_user)
            .create({"name": "Chuzhou", "code": "T-CZ", "state": "planned"})
        )
        office.with_user(self.manager_user).write({"state": "active", "date_opened": "2026-01-01"})
        self.other_log.with_user(self.manager_user).unlink()
        self.assertFalse(self.other_log.exists())

    def test_plain_user_sees_nothing(self):
        with self.assertRaises(AccessError):
            self.env["wfk.representation.office"].with_user(self.internal_user).search([])
        with self.assertRaises(AccessError):
            self.env["wfk.contact.log"].with_user(self.internal_user).search([])
