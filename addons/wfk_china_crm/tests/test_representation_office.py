from datetime import timedelta

from psycopg2 import IntegrityError

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import WfkOfficeCase


@tagged("post_install", "-at_install")
class TestRepresentationOffice(WfkOfficeCase):
    """Office constraints, KPIs and tracking."""

    def test_code_is_unique(self):
        Office = self.env["wfk.representation.office"]
        # PostgreSQL refuses the row; RPC and import callers get the constraint's message
        with self.assertRefusedByConstraint("^Another office already uses this code.$"):
            Office.create({"name": "Copy", "code": "T-YZ"})
        with self.assertRefusedByConstraint("^Another office already uses this code.$"):
            self.other_office.code = "T-YZ"
        with self.assertRefusedByConstraint("^Another office already uses this code.$"):
            Office.create([{"name": "One", "code": "T-NEW"}, {"name": "Two", "code": "T-NEW"}])
        # the UNIQUE constraint stays underneath, for writes that bypass the ORM checks
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"), self.env.cr.savepoint():
            self.env.cr.execute(
                "UPDATE wfk_representation_office SET code = 'T-YZ' WHERE id = %s", [self.other_office.id]
            )
        self.other_office.code = "T-FS2"
        self.assertEqual(self.other_office.code, "T-FS2")

    def test_closing_date_not_before_opening(self):
        with self.assertRaisesRegex(ValidationError, "cannot close .* before it opened"):
            self.office.date_closed = "2018-01-01"
        self.office.write({"state": "closed", "date_closed": "2024-06-30"})
        self.assertEqual(self.office.date_closed, fields.Date.to_date("2024-06-30"))

    def test_sizes_not_negative(self):
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.office.floor_area = -1
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.office.desk_count = -3
        with self.assertRaisesRegex(ValidationError, "cannot be negative"), self.env.cr.savepoint():
            self.env["wfk.representation.office"].create({"name": "Bad", "code": "BAD", "desk_count": -1})
        self.assertFalse(self.env["wfk.representation.office"].search([("code", "=", "BAD")]))

    def test_error_in_users_language(self):
        self.env["res.lang"]._activate_lang("de_DE")
        self.env["ir.module.module"]._load_module_terms(["wfk_china_crm"], ["de_DE"], overwrite=True)
        office = self.office.with_context(lang="de_DE")
        with self.assertRaisesRegex(ValidationError, "kann nicht .* schließen"):
            office.date_closed = "2018-01-01"

    def test_lead_kpis(self):
        Lead = self.env["crm.lead"]
        won_stage = self.env["crm.stage"].search([("is_won", "=", True)], limit=1)
        won = Lead.create({"name": "Won", "representation_office_id": self.office.id, "type": "opportunity"})
        won.stage_id = won_stage
        lost = Lead.create({"name": "Lost", "representation_office_id": self.office.id})
        lost.action_set_lost()
        Lead.create({"name": "Open", "representation_office_id": self.office.id})
        self.env.invalidate_all()
        # fixture lead + won + lost + open
        self.assertEqual(self.office.lead_count, 4)
        self.assertEqual(self.office.open_lead_count, 2)
        self.assertEqual(self.office.won_lead_count, 1)
        self.assertEqual(self.other_office.lead_count, 1)

    def test_contact_kpis(self):
        now = fields.Datetime.now()
        self._log(date=now - timedelta(days=10))
        self._log(date=now - timedelta(days=2))
        self._log(office_id=self.other_office.id, date=now)
        self.env.invalidate_all()
        self.assertEqual(self.office.contact_log_count, 2)
        self.assertEqual(self.office.last_contact_date, now - timedelta(days=2))
        self.assertEqual(self.other_office.contact_log_count, 1)

    def test_desk_occupancy(self):
        self.assertEqual(self.office.desk_occupancy, 0.0)
        self.office.hosted_partner_ids = self.organisation | self.other_organisation | self.stranger
        self.assertAlmostEqual(self.office.desk_occupancy, 75.0)
        self.other_office.desk_count = 0
        self.assertEqual(self.other_office.desk_occupancy, 0.0)

    def test_state_is_tracked(self):
        Office = self.env["wfk.representation.office"].with_context(tracking_disable=False)
        office = Office.create({"name": "Chuzhou", "code": "T-CZ", "state": "active"})
        self.env.cr.flush()  # runs the pre-commit hooks: creation message
        office.state = "closed"
        self.env.cr.flush()  # tracking message
        tracked = office.message_ids.tracking_value_ids.filtered(lambda v: v.field_id.name == "state")
        self.assertEqual(tracked.old_value_char, "Active")
        self.assertEqual(tracked.new_value_char, "Closed")

    def test_smart_button_actions(self):
        action = self.office.action_view_leads()
        self.assertEqual(self.env["crm.lead"].search(action["domain"]), self.lead)
        self._log()
        action = self.office.action_view_contact_logs()
        self.assertEqual(self.env["wfk.contact.log"].search(action["domain"]).office_id, self.office)
        self.assertEqual(action["context"]["default_office_id"], self.office.id)
