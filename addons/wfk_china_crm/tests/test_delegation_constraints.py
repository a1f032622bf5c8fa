from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.fields import Command
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from .delegation_common import WfkDelegationCase


@tagged("post_install", "-at_install")
class TestDelegationConstraints(WfkDelegationCase):
    """Dates, stops inside the trip, a person once per delegation: always a clear ValidationError."""

    # --- trip dates ------------------------------------------------------

    def test_end_before_start_refused_on_create(self):
        Delegation = self.env["wfk.delegation"].with_user(self.officer_user)
        with self.assertRaisesRegex(ValidationError, "cannot end"):
            Delegation.create({"name": "Backwards", "date_start": date(2018, 9, 18), "date_end": date(2018, 9, 10)})

    def test_end_before_start_refused_on_write(self):
        with self.assertRaisesRegex(ValidationError, "cannot end"):
            self.delegation.with_user(self.officer_user).write({"date_end": date(2018, 9, 9)})

    def test_one_day_trip_and_open_dates_allowed(self):
        Delegation = self.env["wfk.delegation"].with_user(self.officer_user)
        one_day = Delegation.create({"name": "Day trip", "date_start": date(2019, 4, 1), "date_end": date(2019, 4, 1)})
        self.assertEqual(one_day.duration_days, 1)
        undated = Delegation.create({"name": "Not dated yet"})
        self.assertFalse(undated.date_start)
        self.assertEqual(undated.duration_days, 0)
        self.assertEqual(self.delegation.duration_days, 9)

    # --- stops inside the trip -------------------------------------------

    def _stop(self, **values):
        vals = {"delegation_id": self.delegation.id, "city": "Shanghai"}
        vals.update(values)
        return self.env["wfk.delegation.stop"].with_user(self.officer_user).create(vals)

    def test_stop_inside_trip_allowed(self):
        stop = self._stop(date_start=date(2018, 9, 14), date_end=date(2018, 9, 18))
        self.assertIn(stop, self.delegation.stop_ids)

    def test_stop_before_trip_refused(self):
        with self.assertRaisesRegex(ValidationError, "outside the dates"):
            self._stop(date_start=date(2018, 9, 9), date_end=date(2018, 9, 11))

    def test_stop_after_trip_refused(self):
        with self.assertRaisesRegex(ValidationError, "outside the dates"):
            self._stop(date_start=date(2018, 9, 17), date_end=date(2018, 9, 19))

    def test_stop_with_start_date_only_is_checked(self):
        with self.assertRaisesRegex(ValidationError, "outside the dates"):
            self._stop(date_start=date(2018, 9, 20))

    def test_stop_ending_before_it_starts_refused(self):
        with self.assertRaisesRegex(ValidationError, "cannot end"):
            self._stop(date_start=date(2018, 9, 15), date_end=date(2018, 9, 14))

    def test_moving_stop_outside_trip_refused(self):
        stop = self.delegation.stop_ids
        with self.assertRaisesRegex(ValidationError, "outside the dates"):
            stop.with_user(self.officer_user).write({"date_end": date(2018, 9, 25)})

    def test_shortening_trip_past_its_stops_refused(self):
        # the Yangzhou stop starts on the 10th: the trip cannot start on the 11th
        with self.assertRaisesRegex(ValidationError, "outside the dates"):
            self.delegation.with_user(self.officer_user).write({"date_start": date(2018, 9, 11)})

    def test_stops_of_undated_trip_allowed(self):
        delegation = (
            self.env["wfk.delegation"]
            .with_user(self.officer_user)
            .create(
                {
                    "name": "Dates to come",
                    "stop_ids": [Command.create({"city": "Foshan", "date_start": date(2030, 1, 1)})],
                }
            )
        )
        self.assertEqual(len(delegation.stop_ids), 1)

    # --- a person once per delegation ------------------------------------

    def test_same_person_twice_in_one_create_refused(self):
        with self.assertRefusedByConstraint("^A person can take part in a delegation only once.$"):
            self.delegation.with_user(self.officer_user).write(
                {
                    "participant_ids": [
                        Command.create({"partner_id": self.person_a.id}),
                        Command.create({"partner_id": self.person_a.id, "cost_bearer": "agency"}),
                    ]
                }
            )

    def test_adding_a_participant_again_refused(self):
        self._add_participant(self.delegation, self.person_a)
        Participant = self.env["wfk.delegation.participant"].with_user(self.officer_user)
        with self.assertRefusedByConstraint("only once"):
            Participant.create({"delegation_id": self.delegation.id, "partner_id": self.person_a.id})

    def test_changing_a_participant_into_a_duplicate_refused(self):
        self._add_participant(self.delegation, self.person_a)
        other = self._add_participant(self.delegation, self.person_b)
        with self.assertRefusedByConstraint("only once"):
            other.with_user(self.officer_user).write({"partner_id": self.person_a.id})

    def test_duplicate_through_the_form_refused(self):
        self._add_participant(self.delegation, self.person_a)
        form = Form(self.delegation.with_user(self.officer_user))
        with form.participant_ids.new() as line:
            line.partner_id = self.person_a
        with self.assertRefusedByConstraint("only once"):
            form.save()

    def test_same_person_in_two_delegations_allowed(self):
        other = self.env["wfk.delegation"].create({"name": "Second trip"})
        first = self._add_participant(self.delegation, self.person_a)
        second = self._add_participant(other, self.person_a)
        self.assertTrue(first and second)

    def test_remove_and_add_again_in_one_save_allowed(self):
        line = self._add_participant(self.delegation, self.person_a)
        self.delegation.with_user(self.officer_user).write(
            {
                "participant_ids": [
                    Command.delete(line.id),
                    Command.create({"partner_id": self.person_a.id, "cost_bearer": "agency"}),
                ]
            }
        )
        self.assertEqual(self.delegation.participant_ids.partner_id, self.person_a)
        self.assertEqual(self.delegation.participant_ids.cost_bearer, "agency")

    def test_database_keeps_a_unique_index_as_safety_net(self):
        self.env.cr.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'wfk_delegation_participant' AND indexname = %s",
            ["wfk_delegation_participant_person_once"],
        )
        (indexdef,) = self.env.cr.fetchone()
        self.assertIn("UNIQUE", indexdef)
        self.assertIn("delegation_id, partner_id", indexdef)

    # --- translated messages ---------------------------------------------

    def test_messages_are_translated(self):
        self._load_german()
        german = self.env(user=self.officer_user, context=dict(self.env.context, lang="de_DE"))
        with self.assertRaisesRegex(ValidationError, "bevor sie beginnt") as caught:
            self.delegation.with_env(german).write({"date_end": date(2018, 9, 9)})
        self.assertNotIn("cannot end", str(caught.exception))
        self._add_participant(self.delegation, self.person_a)
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError) as caught, self.env.cr.savepoint():
            german["wfk.delegation.participant"].create(
                {"delegation_id": self.delegation.id, "partner_id": self.person_a.id}
            )
        self.assertIn("nur einmal", german["wfk.delegation.participant"]._sql_error_to_message(caught.exception))
