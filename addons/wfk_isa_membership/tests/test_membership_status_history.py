from datetime import date

from psycopg2 import IntegrityError

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from .common import WfkIsaCase


@tagged("post_install", "-at_install")
class TestMembershipStatusHistory(WfkIsaCase):
    """Every status change is kept as a period; member_on() and the search field read those periods."""

    def _periods(self, membership):
        return [
            (line.status, line.date_from, line.date_to)
            for line in membership.status_line_ids.sorted(lambda line: line.date_from)
        ]

    def _taicang(self):
        """Observer since 2016, member from the 8th plenary assembly (16 October 2019)."""
        taicang = self._membership(self.taicang, status="observer", date_status="2016-04-25", date_joined=False)
        taicang.write({"status": "member", "date_status": "2019-10-16"})
        return taicang

    def test_creation_opens_the_first_period(self):
        membership = self._membership(self.kaiserslautern)
        self.assertEqual(self._periods(membership), [("member", date(2019, 4, 23), False)])
        self.assertEqual(membership.date_status, date(2019, 4, 23), "a member's history starts when it joined")
        self.assertEqual(membership.country_id, self.germany, "the country comes from the partner")

    def test_candidate_without_dates_starts_today(self):
        membership = self._membership(self.goettingen, status="candidate", date_joined=False)
        today = fields.Date.context_today(membership)
        self.assertEqual(self._periods(membership), [("candidate", today, False)])
        self.assertFalse(membership.date_joined)

    def test_taicang_observer_then_member(self):
        taicang = self._taicang()
        self.assertEqual(
            self._periods(taicang),
            [("observer", date(2016, 4, 25), date(2019, 10, 15)), ("member", date(2019, 10, 16), False)],
        )
        self.assertEqual(taicang.date_joined, date(2019, 10, 16), "joined when it first became a member")
        self.assertEqual(taicang.status_on(date(2019, 10, 1)), "observer")
        self.assertEqual(taicang.status_on("2019-11-01"), "member")
        self.assertFalse(taicang.status_on(date(2015, 1, 1)))
        self.assertNotIn(taicang, self.Membership.member_on(date(2019, 10, 1)))
        self.assertIn(taicang, self.Membership.member_on(date(2019, 11, 1)))
        self.assertIn(taicang, self.Membership.member_on("2019-10-16"), "member from the first day")
        self.assertNotIn(taicang, self.Membership.member_on("2019-10-15"), "observer until the day before")

    def test_member_on_as_a_search(self):
        taicang = self._taicang()
        kaiserslautern = self._membership(self.kaiserslautern)
        Membership = self.Membership.with_user(self.office_user)
        on_oct_1 = Membership.search([("member_on_date", "=", "2019-10-01")])
        on_nov_1 = Membership.search([("member_on_date", "=", date(2019, 11, 1))])
        self.assertIn(kaiserslautern, on_oct_1)
        self.assertNotIn(taicang, on_oct_1)
        self.assertIn(taicang, on_nov_1)
        self.assertNotIn(kaiserslautern, Membership.search([("member_on_date", "=", "2019-04-22")]))
        # the "Members today" filter of the search view
        today = Membership.search([("member_on_date", "=", "today")])
        self.assertIn(taicang, today)
        self.assertEqual(today, self.Membership.member_on(fields.Date.context_today(taicang)))

    def test_members_today_filter_is_in_the_search_view(self):
        arch = self.Membership.get_views([(False, "search")])["views"]["search"]["arch"]
        self.assertIn("filter_member_today", arch)
        self.assertIn('name="member_on_date"', arch)

    def test_suspension_and_leaving(self):
        membership = self._membership(self.goettingen)
        membership.write({"status": "suspended", "date_status": "2020-03-01"})
        membership.write({"status": "member", "date_status": "2020-09-01"})
        membership.write({"status": "left", "date_status": "2023-12-31"})
        self.assertEqual(
            self._periods(membership),
            [
                ("member", date(2019, 4, 23), date(2020, 2, 29)),
                ("suspended", date(2020, 3, 1), date(2020, 8, 31)),
                ("member", date(2020, 9, 1), date(2023, 12, 30)),
                ("left", date(2023, 12, 31), False),
            ],
        )
        self.assertEqual(membership.date_joined, date(2019, 4, 23), "re-admission keeps the first join date")
        self.assertEqual(membership.date_left, date(2023, 12, 31))
        self.assertNotIn(membership, self.Membership.member_on("2020-05-01"))
        self.assertIn(membership, self.Membership.member_on("2021-05-01"))
        self.assertNotIn(membership, self.Membership.member_on("2024-01-01"))

    def test_status_change_without_date_takes_today(self):
        membership = self._membership(self.goettingen)
        membership.status = "suspended"
        today = fields.Date.context_today(membership)
        self.assertEqual(membership.date_status, today)
        self.assertEqual(self._periods(membership)[-1], ("suspended", today, False))

    def test_same_day_correction_replaces_the_period(self):
        membership = self._membership(self.goettingen, status="candidate", date_status="2019-01-10", date_joined=False)
        membership.write({"status": "observer", "date_status": "2019-03-01"})
        membership.write({"status": "member", "date_status": "2019-03-01"})
        self.assertEqual(
            self._periods(membership),
            [("candidate", date(2019, 1, 10), date(2019, 2, 28)), ("member", date(2019, 3, 1), False)],
        )

    def test_correcting_the_status_date_moves_the_boundary(self):
        taicang = self._taicang()
        taicang.date_status = "2019-10-20"
        self.assertEqual(
            self._periods(taicang),
            [("observer", date(2016, 4, 25), date(2019, 10, 19)), ("member", date(2019, 10, 20), False)],
        )
        self.assertEqual(taicang.date_joined, date(2019, 10, 20), "the join date follows the correction")
        with self.assertRaises(ValidationError):
            taicang.date_status = "2016-01-01"

    def test_status_cannot_change_before_the_current_period(self):
        taicang = self._taicang()
        with self.assertRaises(ValidationError):
            taicang.write({"status": "suspended", "date_status": "2019-10-01"})

    def test_left_before_joined_is_refused(self):
        # PostgreSQL's CHECK refuses the row; RPC and import callers get the constraint's message
        with self.assertRefusedByConstraint("^A member cannot leave the alliance before joining it.$"):
            self._membership(self.goettingen, status="left", date_joined="2019-04-23", date_left="2019-01-01")
        # the constraint stays underneath
        membership = self._membership(self.goettingen, status="left", date_joined="2019-04-23", date_left="2020-01-01")
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError), self.env.cr.savepoint():
            self.env.cr.execute("UPDATE wfk_isa_membership SET date_left = '2019-01-01' WHERE id = %s", [membership.id])

    def test_status_change_through_the_form(self):
        membership = self._membership(self.goettingen)
        with Form(membership.with_user(self.officer_user)) as form:
            form.status = "suspended"
            form.date_status = date(2022, 5, 1)
        self.assertEqual(self._periods(membership)[-1], ("suspended", date(2022, 5, 1), False))
        self.assertEqual(len(membership.status_line_ids), 2)
