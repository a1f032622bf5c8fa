from odoo.addons.wfk_card_scan.models import card_reader
from odoo.addons.wfk_china_crm.tests.hostile_input import HostileInputCase
from odoo.tests import new_test_user, tagged


@tagged("post_install", "-at_install")
class TestCardScanHostileInput(HostileInputCase):
    """Random and malicious values on a card scan under review, through JSON-2 as the office staff who took it:
    each is stored as sent or refused readably, and a scan never leaves its taker's offices."""

    # what the card says (the fields the reader proposes), then the contact
    FIELDS = [
        *card_reader.PROPOSAL_FIELDS,
        "channel",
        "date",
        "follow_up_date",
        "summary",
        "office_id",
        "lead_id",
        "partner_id",
        "company_id",
    ]

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff = new_test_user(cls.env, login="scan_hostile_staff", groups="wfk_china_crm.group_wfk_office_staff")
        Office = cls.env["wfk.representation.office"]
        cls.office = Office.create(
            {"name": "Scan Yangzhou", "code": "SC-YZ", "state": "active", "user_ids": [(6, 0, cls.staff.ids)]}
        )
        cls.other_office = Office.create({"name": "Scan Foshan", "code": "SC-FS", "state": "active"})
        Partner = cls.env["res.partner"]
        company = Partner.create({"name": "Hostile Scan Machinery", "is_company": True})
        person = Partner.create({"name": "Liu Yang", "parent_id": company.id})
        leads = cls.env["crm.lead"].create(
            [
                {"name": "Scan request Yangzhou", "representation_office_id": cls.office.id},
                {"name": "Scan request Foshan", "representation_office_id": cls.other_office.id},
            ]
        )
        cls.relations = {
            "office_id": (cls.office | cls.other_office).ids,
            "lead_id": leads.ids,
            "partner_id": person.ids,
            "company_id": company.ids,
        }
        cls.scan = cls.env["wfk.card.scan"].with_user(cls.staff).create({"office_id": cls.office.id})

    def _stays_within_reach(self, scan):
        """Neither the scan nor its request belongs to the office its taker does not work for."""
        self.assertNotIn(self.other_office, scan.office_id | scan.lead_id.representation_office_id)

    def test_hostile_scan_create(self):
        strategy = self.vals_strategy("wfk.card.scan", self.FIELDS, self.relations)
        self.fuzz_create("wfk.card.scan", strategy, user=self.staff, invariant=self._stays_within_reach)

    def test_hostile_scan_write(self):
        strategy = self.vals_strategy("wfk.card.scan", self.FIELDS, self.relations)
        self.fuzz_write(self.scan, strategy, user=self.staff, invariant=self._stays_within_reach)
