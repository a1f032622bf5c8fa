from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import WfkChinaCrmCase

VALID = "91330100MA27XY1Q1M"
VALID_OTHER = "91320500MA1MKT8L2G"
# the unique index's message, all a caller learns: never which company holds the code
DUPLICATE = "^Another company already has this unified social credit code.$"


@tagged("post_install", "-at_install")
class TestResPartnerUscc(WfkChinaCrmCase):
    """The unified social credit code is checked with python-stdnum and unique among companies."""

    def _company(self, **vals):
        return self.env["res.partner"].create({"name": "Test Foshan Robotics", "is_company": True, **vals})

    def test_valid_code_is_stored_compact(self):
        partner = self._company(wfk_uscc="9133 0100-MA27 XY1Q 1M")
        self.assertEqual(partner.wfk_uscc, VALID)

    def test_lower_case_is_accepted(self):
        partner = self._company(wfk_uscc=VALID.lower())
        self.assertEqual(partner.wfk_uscc, VALID)

    def test_wrong_check_character(self):
        with self.assertRaisesRegex(ValidationError, "check character"):
            self._company(wfk_uscc=VALID[:-1] + "8")

    def test_wrong_length(self):
        with self.assertRaisesRegex(ValidationError, "18 characters, not 17"):
            self._company(wfk_uscc=VALID[:-1])
        partner = self._company()
        with self.assertRaisesRegex(ValidationError, "18 characters, not 19"):
            partner.write({"wfk_uscc": VALID + "1"})

    def test_wrong_characters(self):
        with self.assertRaisesRegex(ValidationError, "not a valid unified social credit code"):
            self._company(wfk_uscc="A1440606MA4UJ8K209")

    def test_duplicate_on_create(self):
        first = self._company(wfk_uscc=VALID)
        self.assertTrue(first.wfk_uscc)
        with self.assertRefusedByConstraint(DUPLICATE):
            self._company(name="Test copy", wfk_uscc=VALID)

    def test_duplicate_on_write(self):
        self._company(wfk_uscc=VALID)
        other = self._company(name="Test other", wfk_uscc=VALID_OTHER)
        with self.assertRefusedByConstraint(DUPLICATE):
            other.write({"wfk_uscc": VALID})
        self.assertEqual(other.wfk_uscc, VALID_OTHER)

    def test_duplicate_within_one_batch(self):
        with self.assertRefusedByConstraint(DUPLICATE):
            self.env["res.partner"].create(
                [
                    {"name": "Test one", "is_company": True, "wfk_uscc": VALID},
                    {"name": "Test two", "is_company": True, "wfk_uscc": VALID},
                ]
            )

    def test_duplicate_when_a_person_becomes_a_company(self):
        self._company(wfk_uscc=VALID)
        person = self.env["res.partner"].create({"name": "Test person", "is_company": False})
        # a person may carry the code of its employer; becoming a company with it is refused
        person.write({"wfk_uscc": VALID})
        with self.assertRefusedByConstraint(DUPLICATE):
            person.write({"is_company": True})

    def test_same_code_kept_and_cleared(self):
        partner = self._company(wfk_uscc=VALID)
        partner.write({"wfk_uscc": VALID, "name": "Test renamed"})
        partner.write({"wfk_uscc": ""})
        self.assertFalse(partner.wfk_uscc)
        self._company(name="Test new owner", wfk_uscc=VALID)

    def test_archived_company_keeps_its_code(self):
        self._company(wfk_uscc=VALID, active=False)
        with self.assertRefusedByConstraint(DUPLICATE):
            self._company(name="Test copy", wfk_uscc=VALID)

    def test_copy_drops_the_code(self):
        partner = self._company(wfk_uscc=VALID)
        self.assertFalse(partner.copy().wfk_uscc)
