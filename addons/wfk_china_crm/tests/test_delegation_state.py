from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from .delegation_common import WfkDelegationCase


@tagged("post_install", "-at_install")
class TestDelegationStateMachine(WfkDelegationCase):
    """draft → planned → confirmed → done, or cancelled; each button checks its rule."""

    def setUp(self):
        super().setUp()
        self.trip = self.delegation.with_user(self.officer_user)

    def test_full_cycle(self):
        self._add_participant(self.delegation, self.person_a, state="confirmed")
        self._add_participant(self.delegation, self.person_b, state="invited")
        self.assertEqual(self.trip.state, "draft")
        self.trip.action_plan()
        self.assertEqual(self.trip.state, "planned")
        self.trip.action_confirm()
        self.assertEqual(self.trip.state, "confirmed")
        self.trip.action_done()
        self.assertEqual(self.trip.state, "done")
        # who had confirmed has attended; open invitations stay as they were
        states = {p.partner_id: p.state for p in self.trip.participant_ids}
        self.assertEqual(states, {self.person_a: "attended", self.person_b: "invited"})

    def test_plan_needs_both_dates(self):
        undated = self.env["wfk.delegation"].with_user(self.officer_user).create({"name": "Someday"})
        with self.assertRaisesRegex(UserError, "start and end dates"):
            undated.action_plan()
        undated.date_start = fields.Date.today()
        with self.assertRaisesRegex(UserError, "start and end dates"):
            undated.action_plan()
        self.assertEqual(undated.state, "draft")

    def test_plan_only_from_draft(self):
        self.trip.action_plan()
        with self.assertRaisesRegex(UserError, "Only draft delegations can be planned"):
            self.trip.action_plan()

    def test_no_confirm_without_participants(self):
        self.trip.action_plan()
        with self.assertRaisesRegex(UserError, "has no participants"):
            self.trip.action_confirm()
        self.assertEqual(self.trip.state, "planned")

    def test_no_confirm_when_everybody_declined(self):
        self._add_participant(self.delegation, self.person_d, state="declined")
        with self.assertRaisesRegex(UserError, "has no participants"):
            self.trip.action_confirm()

    def test_confirm_straight_from_draft_and_schedules_the_report(self):
        self._add_participant(self.delegation, self.person_a)
        self.trip.action_confirm()
        self.assertEqual(self.trip.state, "confirmed")
        activity = self.trip.activity_ids
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.officer_user)
        self.assertEqual(activity.date_deadline, self.date_end + timedelta(days=7))
        self.assertEqual(activity.summary, "Write the delegation report")

    def test_done_needs_an_end_date_in_the_past(self):
        today = fields.Date.context_today(self.trip)
        trip = (
            self.env["wfk.delegation"]
            .with_user(self.officer_user)
            .create({"name": "Next week", "date_start": today, "date_end": today + timedelta(days=7)})
        )
        self._add_participant(trip, self.person_a, state="confirmed")
        trip.action_confirm()
        with self.assertRaisesRegex(UserError, "end date has passed"):
            trip.action_done()
        self.assertEqual(trip.state, "confirmed")
        # the trip was cut short and ended yesterday
        trip.write({"date_start": today - timedelta(days=3), "date_end": today - timedelta(days=1)})
        trip.action_done()
        self.assertEqual(trip.state, "done")

    def test_done_only_when_confirmed(self):
        self._add_participant(self.delegation, self.person_a)
        self.trip.action_plan()
        with self.assertRaisesRegex(UserError, "Only confirmed delegations"):
            self.trip.action_done()

    def test_cancel_and_reset(self):
        self.trip.action_plan()
        self.trip.action_cancel()
        self.assertEqual(self.trip.state, "cancelled")
        with self.assertRaisesRegex(UserError, "cannot be cancelled"):
            self.trip.action_cancel()
        self.trip.action_draft()
        self.assertEqual(self.trip.state, "draft")
        with self.assertRaisesRegex(UserError, "cannot be reset to draft"):
            self.trip.action_draft()

    def test_done_is_final(self):
        self._add_participant(self.delegation, self.person_a)
        self.trip.action_confirm()
        self.trip.action_done()
        with self.assertRaisesRegex(UserError, "cannot be cancelled"):
            self.trip.action_cancel()
        with self.assertRaisesRegex(UserError, "cannot be reset to draft"):
            self.trip.action_draft()

    def test_rules_apply_to_each_record_of_a_batch(self):
        ready = self.env["wfk.delegation"].create(
            {"name": "Ready", "date_start": self.date_start, "date_end": self.date_end}
        )
        self._add_participant(ready, self.person_a)
        batch = (ready | self.delegation).with_user(self.officer_user)
        with self.assertRaisesRegex(UserError, "Test delegation to Yangzhou"):
            batch.action_confirm()

    def test_confirmed_or_done_delegations_cannot_be_deleted(self):
        self._add_participant(self.delegation, self.person_a)
        self.trip.action_confirm()
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            self.delegation.with_user(self.manager_user).unlink()
        self.trip.action_cancel()
        self.delegation.with_user(self.manager_user).unlink()
        self.assertFalse(self.delegation.exists())

    def test_copy_starts_over(self):
        self._add_participant(self.delegation, self.person_a, state="confirmed")
        self.trip.action_confirm()
        copy = self.trip.copy()
        self.assertEqual(copy.state, "draft")
        self.assertEqual(copy.name, "Test delegation to Yangzhou (copy)")
        self.assertEqual(copy.participant_ids.partner_id, self.person_a)
        self.assertEqual(copy.participant_ids.state, "invited")
        self.assertEqual(len(copy.stop_ids), 1)
