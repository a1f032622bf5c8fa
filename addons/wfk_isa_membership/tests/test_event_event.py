from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from .common import WfkIsaCase


@tagged("post_install", "-at_install")
class TestAllianceEvents(WfkIsaCase):
    """Alliance events: kind, plenary number, admissions, the partner's ISA events button."""

    def _event(self, **values):
        vals = {
            "name": "Test alliance event",
            "date_begin": "2019-10-16 01:00:00",
            "date_end": "2019-10-16 09:00:00",
        }
        vals.update(values)
        return self.env["event.event"].with_user(self.officer_user).create(vals)

    def test_plenary_number(self):
        plenary = self._event(name="8th plenary", wfk_isa_kind="plenary", wfk_plenary_number=908)
        self.assertEqual(plenary.wfk_plenary_number, 908)
        with self.assertRaisesRegex(ValidationError, "Only a plenary assembly has a plenary number"):
            self._event(wfk_isa_kind="trade_fair", wfk_plenary_number=3)
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            self._event(name="another 8th plenary", wfk_isa_kind="plenary", wfk_plenary_number=908)

    def test_kind_change_clears_the_number_in_the_form(self):
        plenary = self._event(wfk_isa_kind="plenary", wfk_plenary_number=907)
        with Form(plenary.with_user(self.officer_user)) as form:
            form.wfk_isa_kind = "annual_meeting"
            self.assertEqual(form.wfk_plenary_number, 0)
        self.assertEqual(plenary.wfk_isa_kind, "annual_meeting")

    def test_admissions(self):
        hannover = self._event(name="Hannover Messe admission ceremony", wfk_isa_kind="reception")
        kaiserslautern = self._membership(self.kaiserslautern, admission_event_id=hannover.id)
        goettingen = self._membership(self.goettingen, admission_event_id=hannover.id)
        self.assertEqual(hannover.wfk_admission_count, 2)
        action = hannover.action_view_wfk_admissions()
        found = self.env["wfk.isa.membership"].with_user(self.officer_user).search(action["domain"])
        self.assertEqual(found, kaiserslautern | goettingen)
        self.assertEqual(self.kaiserslautern.wfk_isa_event_count, 1, "the admission ceremony is an ISA event")

    def test_registrations_count_as_isa_events_of_the_organisation(self):
        plenary = self._event(wfk_isa_kind="plenary", wfk_plenary_number=942)
        other = self._event(name="Not an alliance event")
        Registration = self.env["event.registration"].with_user(self.officer_user)
        Registration.create({"event_id": plenary.id, "partner_id": self.mayor.id})
        Registration.create({"event_id": other.id, "partner_id": self.kaiserslautern.id})
        self.assertEqual(self.kaiserslautern.wfk_isa_event_count, 1, "the mayor registered for the city")
        self.assertEqual(self.mayor.wfk_isa_event_count, 1)
        self.assertEqual(self.goettingen.wfk_isa_event_count, 0)

    def test_alliance_events_action_shows_isa_events(self):
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_isa_membership.action_wfk_isa_event")
        self.assertIn("search_default_filter_wfk_isa", action["context"])
