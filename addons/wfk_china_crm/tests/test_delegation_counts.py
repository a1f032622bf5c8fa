from datetime import datetime

from odoo.fields import Command
from odoo.tests import Form, tagged

from .delegation_common import WfkDelegationCase


@tagged("post_install", "-at_install")
class TestDelegationCounts(WfkDelegationCase):
    """Participants and who pays, appointments and follow-ups: counted in batch."""

    def _event(self, delegation, name="Meeting"):
        return self.env["calendar.event"].create(
            {
                "name": name,
                "start": datetime(2018, 9, 11, 1, 0),
                "stop": datetime(2018, 9, 11, 2, 0),
                "wfk_delegation_id": delegation.id,
            }
        )

    def test_cost_counts(self):
        # Solingen-like: everybody pays for themselves except the municipal participants
        self._add_participant(self.delegation, self.person_a, cost_bearer="agency", state="confirmed")
        self._add_participant(self.delegation, self.person_b, cost_bearer="agency", state="attended")
        self._add_participant(self.delegation, self.person_c, cost_bearer="self", state="invited")
        self._add_participant(self.delegation, self.host, cost_bearer="host", state="confirmed")
        self._add_participant(self.delegation, self.person_d, cost_bearer="self", state="declined")
        trip = self.delegation.with_user(self.office_user)
        self.assertEqual(trip.participant_count, 4, "declined invitations do not count")
        self.assertEqual(trip.agency_paid_count, 2)
        self.assertEqual(trip.self_paid_count, 1)

    def test_counts_follow_changes(self):
        line = self._add_participant(self.delegation, self.person_a, cost_bearer="self")
        self.assertEqual((self.delegation.self_paid_count, self.delegation.agency_paid_count), (1, 0))
        line.cost_bearer = "agency"
        self.assertEqual((self.delegation.self_paid_count, self.delegation.agency_paid_count), (0, 1))
        line.state = "declined"
        self.assertEqual(self.delegation.participant_count, 0)
        self.assertEqual(self.delegation.agency_paid_count, 0)

    def test_counts_of_an_empty_delegation(self):
        empty = self.env["wfk.delegation"].create({"name": "Empty"})
        self.assertEqual(
            (empty.participant_count, empty.self_paid_count, empty.agency_paid_count, empty.appointment_count),
            (0, 0, 0, 0),
        )

    def test_counts_in_an_unsaved_form(self):
        form = Form(self.env["wfk.delegation"].with_user(self.officer_user))
        form.name = "Visit to Kaiserslautern"
        with form.participant_ids.new() as line:
            line.partner_id = self.person_a
            line.cost_bearer = "agency"
        with form.participant_ids.new() as line:
            line.partner_id = self.person_b
            line.cost_bearer = "self"
        self.assertEqual(form.participant_count, 2)
        self.assertEqual(form.agency_paid_count, 1)
        self.assertEqual(form.self_paid_count, 1)
        delegation = form.save()
        self.assertEqual(delegation.participant_count, 2)

    def test_participant_defaults_from_the_contact(self):
        line = self._add_participant(self.delegation, self.person_a)
        self.assertEqual(line.organization_id, self.organisation)
        self.assertEqual(line.role, "District administrator")
        self.delegation.leader_ids = self.person_a
        self.assertTrue(line.is_leader)

    def test_appointment_and_followup_counts(self):
        self._event(self.delegation, "MoU signing")
        self._event(self.delegation, "Office opening")
        self.env["crm.lead"].create({"name": "Follow-up", "wfk_delegation_id": self.delegation.id})
        self.assertEqual(self.delegation.appointment_count, 2)
        self.assertEqual(self.delegation.lead_count, 1)
        self.assertEqual(set(self.delegation.appointment_ids.mapped("name")), {"MoU signing", "Office opening"})

    def test_counts_cost_the_same_queries_for_1_and_20_delegations(self):
        delegations = self.env["wfk.delegation"].create(
            [
                {
                    "name": f"Trip {index}",
                    "participant_ids": [
                        Command.create({"partner_id": self.person_a.id, "cost_bearer": "agency"}),
                        Command.create({"partner_id": self.person_c.id, "cost_bearer": "self"}),
                    ],
                }
                for index in range(20)
            ]
        )
        for delegation in delegations:
            self._event(delegation)
        fields_to_read = ["participant_count", "self_paid_count", "agency_paid_count", "appointment_count"]

        def read_counts(records):
            records.invalidate_model(fields_to_read)
            return records.with_user(self.officer_user).read(fields_to_read)

        read_counts(delegations[:1])  # warm the caches (ACLs, rules, registry)
        with self.assertQueryCount(4):
            read_counts(delegations[:1])
        with self.assertQueryCount(4):
            rows = read_counts(delegations)
        counts = {(r["participant_count"], r["agency_paid_count"], r["appointment_count"]) for r in rows}
        self.assertEqual(counts, {(2, 1, 1)})

        one, all_ = (self.count_queries(lambda r=records: read_counts(r)) for records in (delegations[:1], delegations))
        self.assertEqual(one, all_, "one query per kind, never per record")
