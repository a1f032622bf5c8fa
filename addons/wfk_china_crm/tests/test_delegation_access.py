from datetime import date

from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged

from .delegation_common import WfkDelegationCase


@tagged("post_install", "-at_install")
class TestDelegationAccess(WfkDelegationCase):
    """Office staff read their offices' delegations; officers create and edit; managers delete."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._add_participant(cls.delegation, cls.person_a)
        cls.outcome = cls.env["wfk.delegation.outcome"].create(
            {"delegation_id": cls.delegation.id, "kind": "mou", "description": "MoU signed"}
        )
        # a trip in charge of the Foshan office that also stops at the Yangzhou office
        cls.tour = cls.env["wfk.delegation"].create(
            {
                "name": "Tour through the offices",
                "office_id": cls.other_office.id,
                "stop_ids": [
                    Command.create({"city": "Foshan", "office_id": cls.other_office.id}),
                    Command.create({"city": "Yangzhou", "office_id": cls.office.id}),
                ],
            }
        )
        # a trip of the Foshan office only
        cls.foshan_trip = cls.env["wfk.delegation"].create(
            {
                "name": "Foshan robotics trip",
                "office_id": cls.other_office.id,
                "participant_ids": [Command.create({"partner_id": cls.person_b.id})],
            }
        )
        cls.all_trips = cls.delegation | cls.tour | cls.foshan_trip

    # --- office staff --------------------------------------------------------

    def test_office_staff_see_their_offices_delegations(self):
        Delegation = self.env["wfk.delegation"].with_user(self.office_user)
        visible = Delegation.search([("id", "in", self.all_trips.ids)])
        self.assertEqual(visible, self.delegation | self.tour, "their office's trip and the trip stopping there")
        self.assertEqual(self.delegation.with_user(self.office_user).participant_ids.partner_id, self.person_a)
        self.assertEqual(self.delegation.with_user(self.office_user).outcome_ids, self.outcome)
        other_staff = Delegation.with_user(self.other_office_user).search([("id", "in", self.all_trips.ids)])
        self.assertEqual(other_staff, self.tour | self.foshan_trip)

    def test_office_staff_cannot_read_other_offices_delegations(self):
        with self.assertRaises(AccessError):
            self.foshan_trip.with_user(self.office_user).read(["name"])
        Participant = self.env["wfk.delegation.participant"].with_user(self.office_user)
        self.assertFalse(Participant.search([("delegation_id", "=", self.foshan_trip.id)]))

    def test_office_staff_cannot_change_delegations(self):
        trip = self.delegation.with_user(self.office_user)
        with self.assertRaises(AccessError):
            trip.write({"name": "Renamed"})
        with self.assertRaises(AccessError):
            self.env["wfk.delegation"].with_user(self.office_user).create({"name": "My own trip"})
        with self.assertRaises(AccessError):
            trip.unlink()
        with self.assertRaises(AccessError):
            trip.participant_ids.write({"cost_bearer": "agency"})
        with self.assertRaises(AccessError):
            self.env["wfk.delegation.stop"].with_user(self.office_user).create(
                {"delegation_id": self.delegation.id, "city": "Chuzhou"}
            )
        with self.assertRaises(AccessError):
            self.outcome.with_user(self.office_user).write({"description": "Changed"})

    # --- officers and managers -----------------------------------------------

    def test_officer_creates_and_edits_everything(self):
        Delegation = self.env["wfk.delegation"].with_user(self.officer_user)
        self.assertEqual(Delegation.search([("id", "in", self.all_trips.ids)]), self.all_trips)
        trip = Delegation.create(
            {
                "name": "Trip to Chuzhou",
                "date_start": date(2019, 5, 6),
                "date_end": date(2019, 5, 8),
                "participant_ids": [Command.create({"partner_id": self.person_c.id})],
                "stop_ids": [Command.create({"city": "Chuzhou", "date_start": date(2019, 5, 7)})],
                "outcome_ids": [Command.create({"kind": "invitation", "description": "Invited back"})],
            }
        )
        trip.write({"name": "Trip to Chuzhou and Nanjing"})
        trip.participant_ids.write({"cost_bearer": "agency"})
        trip.outcome_ids.unlink()
        trip.stop_ids.unlink()
        self.assertEqual(trip.agency_paid_count, 1)

    def test_officer_cannot_delete_delegations(self):
        with self.assertRaises(AccessError):
            self.foshan_trip.with_user(self.officer_user).unlink()

    def test_manager_deletes(self):
        self.foshan_trip.with_user(self.manager_user).unlink()
        self.assertFalse(self.foshan_trip.exists())

    def test_users_outside_wfk_see_nothing(self):
        with self.assertRaises(AccessError):
            self.env["wfk.delegation"].with_user(self.internal_user).search([])
        with self.assertRaises(AccessError):
            self.env["wfk.delegation.participant"].with_user(self.internal_user).search([])

    def test_delegation_menus(self):
        menu = self.env.ref("wfk_china_crm.menu_wfk_delegation")
        participants_menu = self.env.ref("wfk_china_crm.menu_wfk_delegation_participant")
        for user in (self.office_user, self.officer_user, self.manager_user):
            visible = self.env["ir.ui.menu"].with_user(user).search([])._filter_visible_menus()
            self.assertIn(menu, visible, user.login)
            self.assertEqual(participants_menu in visible, user == self.manager_user, user.login)
        visible = self.env["ir.ui.menu"].with_user(self.internal_user).search([])._filter_visible_menus()
        self.assertNotIn(menu, visible)

    def test_sales_users_outside_wfk_still_read_requests(self):
        salesman = self.env["res.users"].create(
            {
                "name": "Plain Salesman",
                "login": "wfk_delegation_plain_salesman",
                "group_ids": [Command.set(self.env.ref("sales_team.group_sale_salesman_all_leads").ids)],
            }
        )
        lead = self.env["crm.lead"].create({"name": "Follow-up", "wfk_delegation_id": self.delegation.id})
        row = lead.with_user(salesman).read(["name", "wfk_planned_delegation_count"])[0]
        self.assertEqual(row["wfk_planned_delegation_count"], 0)
        self.env["crm.lead"].with_user(salesman).get_views([(False, "form")])
