from datetime import date

from odoo.tests import tagged
from odoo.tools.misc import file_open

from .common import WfkIsaCase

TEMPLATE = "wfk_isa_membership/static/csv/wfk_isa_membership.csv"
EXPECTED_FIELDS = [
    ["partner_id"],
    ["member_kind"],
    ["status"],
    ["date_status"],
    ["date_joined"],
    ["date_left"],
    ["industry_ids"],
    ["network_member_ids"],
    ["notes"],
]


@tagged("post_install", "-at_install")
class TestMembershipImport(WfkIsaCase):
    """Member lists come in through base_import with the shipped template: all rows or none."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        with file_open(TEMPLATE, "rb") as template:
            cls.header = template.read().decode().splitlines()[0]

    def _importer(self, rows):
        content = "\n".join([self.header, *rows]) + "\n"
        return (
            self.env["base_import.import"]
            .with_user(self.officer_user)
            .create(
                {
                    "res_model": "wfk.isa.membership",
                    "file": content.encode(),
                    "file_name": "members.csv",
                    "file_type": "text/csv",
                }
            )
        )

    def _options(self):
        return {
            "has_headers": True,
            "separator": ",",
            "quoting": '"',
            "encoding": "utf-8",
            "date_format": "%Y-%m-%d",
            "datetime_format": "",
            "float_thousand_separator": ",",
            "float_decimal_separator": ".",
            "import_skip_records": [],
            "import_set_empty_fields": [],
            "name_create_enabled_fields": {},
            "fallback_values": {},
            "skip": 0,
            "limit": 2000,
            "advanced": False,
        }

    def _run(self, rows):
        importer = self._importer(rows)
        preview = importer.parse_preview(self._options())
        self.assertNotIn("error", preview)
        fields = [preview["matches"][index][0] for index in range(len(preview["headers"]))]
        return importer.execute_import(fields, preview["headers"], self._options())

    def test_template_is_offered_and_matches_the_fields(self):
        templates = self.Membership.get_import_templates()
        self.assertEqual(templates[0]["template"], "/" + TEMPLATE)
        with file_open(TEMPLATE, "rb") as template:
            content = template.read()
        importer = (
            self.env["base_import.import"]
            .with_user(self.officer_user)
            .create({"res_model": "wfk.isa.membership", "file": content, "file_type": "text/csv"})
        )
        preview = importer.parse_preview(self._options())
        self.assertNotIn("error", preview)
        matches = [preview["matches"][index] for index in range(len(preview["headers"]))]
        self.assertEqual(matches, EXPECTED_FIELDS, "every column of the template is recognised")
        self.assertEqual(len(preview["headers"]), len(EXPECTED_FIELDS))

    def test_good_file_is_imported_with_history(self):
        result = self._run(
            [
                "Test Kaiserslautern,City,Member,2019-04-23,2019-04-23,,Scientific,,Admitted at Hannover Messe",
                "Test Taicang,City,Observer,2016-04-25,,,Manufacturing,,",
                '"Test network ""Drei gewinnt""",City network,Member,2016-04-25,2016-04-25,,,'
                '"Test Rüsselsheim am Main,Test Raunheim,Test Kelsterbach",',
            ]
        )
        self.assertFalse([m for m in result["messages"] if m["type"] == "error"], result["messages"])
        memberships = self.Membership.browse(result["ids"])
        self.assertEqual(memberships.partner_id, self.kaiserslautern | self.taicang | self.network)
        kaiserslautern = memberships.filtered(lambda m: m.partner_id == self.kaiserslautern)
        self.assertEqual(kaiserslautern.country_id, self.germany)
        self.assertEqual(kaiserslautern.date_joined, date(2019, 4, 23))
        self.assertEqual(kaiserslautern.industry_ids, self.env.ref("base.res_partner_industry_M"))
        taicang = memberships.filtered(lambda m: m.partner_id == self.taicang)
        self.assertEqual(taicang.status_line_ids.mapped("status"), ["observer"])
        self.assertEqual(taicang.status_line_ids.date_from, date(2016, 4, 25))
        network = memberships.filtered(lambda m: m.partner_id == self.network)
        self.assertEqual(network.member_kind, "city_network")
        self.assertEqual(network.network_member_ids, self.ruesselsheim | self.raunheim | self.kelsterbach)

    def test_bad_file_is_refused_whole(self):
        before = self.Membership.search_count([])
        result = self._run(
            [
                "Test Kaiserslautern,City,Member,2019-04-23,2019-04-23,,,,",  # good
                "Test Göttingen,City,Founder,2019-04-23,2019-04-23,,,,",  # unknown status
                "Test Mayor,City,Member,2019-04-23,2019-04-23,,,,",  # a person
                "Atlantis,City,Member,2019-04-23,2019-04-23,,,,",  # unknown partner
                "Test Taicang,City,Observer,2019-04-23,,,,,",  # good
                "Test Guiyang,City,Member,2019-04-23,2019-04-23,2018-01-01,,,",  # left before joining
            ]
        )
        self.assertFalse(result["ids"], "nothing is imported from a failing file")
        self.assertEqual(self.Membership.search_count([]), before)
        self.assertFalse(self.kaiserslautern.wfk_isa_membership_ids, "not even the good row")
        errors = [m for m in result["messages"] if m["type"] == "error"]
        text = "\n".join(m["message"] for m in errors)
        self.assertIn("Founder", text)
        self.assertIn("No matching record found for name 'Test Mayor' in field 'Member'", text)
        self.assertIn("No matching record found for name 'Atlantis' in field 'Member'", text)
        self.assertIn("A member cannot leave the alliance before joining it", text)
        rows = {m["rows"]["from"] for m in errors if m.get("rows")}
        self.assertLessEqual({1, 2, 3, 5}, rows, "the errors point at the bad rows")

    def test_second_open_membership_in_a_file_is_refused(self):
        """The unique index refuses the row; the importer shows the index's message next to it."""
        result = self._run(
            [
                "Test Kaiserslautern,City,Member,2019-04-23,2019-04-23,,,,",
                "Test Kaiserslautern,City,Observer,2019-04-23,,,,,",
            ]
        )
        self.assertFalse(result["ids"], "nothing is imported from a failing file")
        self.assertFalse(self.kaiserslautern.wfk_isa_membership_ids)
        errors = [m for m in result["messages"] if m["type"] == "error"]
        self.assertEqual(len(errors), 1, errors)
        self.assertIn("A partner can have only one open ISA membership", errors[0]["message"])
        self.assertEqual(errors[0]["rows"]["from"], 1, "the error points at the second row")
