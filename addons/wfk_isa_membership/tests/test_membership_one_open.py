from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import WfkIsaCase

# the index's message, which Odoo gives RPC and import callers; it names no partner
ONE_OPEN = "^A partner can have only one open ISA membership: set the current one to Left before opening another.$"


@tagged("post_install", "-at_install")
class TestMembershipOneOpen(WfkIsaCase):
    """A partner has at most one open membership (any status but Left); a person is never a member."""

    def test_second_open_membership_is_refused(self):
        self._membership(self.kaiserslautern)
        with self.assertRefusedByConstraint(ONE_OPEN):
            self._membership(self.kaiserslautern, status="candidate", date_joined=False)

    def test_twice_in_one_batch_is_refused(self):
        vals = {"partner_id": self.goettingen.id, "status": "candidate"}
        with self.assertRefusedByConstraint(ONE_OPEN):
            self.Membership.with_user(self.officer_user).create([vals, dict(vals)])

    def test_new_membership_after_leaving(self):
        first = self._membership(self.kaiserslautern)
        first.write({"status": "left", "date_status": "2021-01-01"})
        second = self._membership(self.kaiserslautern, date_joined="2022-04-25")
        self.assertEqual(second.status, "member")
        self.assertEqual(self.kaiserslautern.wfk_isa_membership_count, 2)
        self.assertEqual(self.kaiserslautern.wfk_isa_status, "member")
        # reopening the old one now would make two open memberships
        with self.assertRefusedByConstraint(ONE_OPEN):
            first.status = "member"

    def test_moving_a_membership_to_a_partner_with_one_is_refused(self):
        self._membership(self.kaiserslautern)
        other = self._membership(self.goettingen)
        with self.assertRefusedByConstraint(ONE_OPEN):
            other.partner_id = self.kaiserslautern

    def test_database_index_backs_the_rule(self):
        self._membership(self.kaiserslautern)
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            self.env.cr.execute(
                "INSERT INTO wfk_isa_membership (partner_id, member_kind, status) VALUES (%s, 'city', 'candidate')",
                [self.kaiserslautern.id],
            )

    def test_a_person_cannot_be_a_member(self):
        with self.assertRaisesRegex(ValidationError, "Test Mayor is a person"):
            self._membership(self.mayor)
