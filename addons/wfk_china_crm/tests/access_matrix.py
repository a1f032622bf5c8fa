"""The access matrix of the WFK modules, in one place, and the machinery that checks it.

Every model of wfk_china_crm, wfk_isa_membership and wfk_card_scan (plus crm.lead, which carries the
per-office rule, calendar.event, whose delegation appointments follow the delegation's
offices, and res.partner, which office staff edit for their offices) has one row per group. Each operation column says:

    all   allowed on the records of every office
    own   allowed on the records of the user's own offices, refused on another office's
    -     refused

The table states the policy; it is written by hand and never derived from the ACL files.
The tests (test_access_matrix.py in each module) try every cell with the real ORM:
check_access + read, and real create / write / unlink inside savepoints, once on a record
of office A (which every test user belongs to) and once on a record of office B (whose
staff is somebody else). A new model in any of them makes the completeness test fail
until it has its rows in data/access_matrix.txt.
"""

import logging
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user

_logger = logging.getLogger(__name__)

ALL, OWN, NONE = "all", "own", "-"
OPERATIONS = ("read", "create", "write", "unlink")

# column -> group xmlid(s); a column whose groups are not installed is not checked
# (AccessMatrixCase.matrix_groups()).
GROUPS = {
    "office_staff": "wfk_china_crm.group_wfk_office_staff",
    # office staff who also work in a Sales team: they see no more of other offices than office staff do
    "staff_sales": "wfk_china_crm.group_wfk_office_staff,sales_team.group_sale_salesman_all_leads",
    "officer": "wfk_china_crm.group_wfk_officer",
    "manager": "wfk_china_crm.group_wfk_manager",
    "profile_api": "wfk_china_crm.group_wfk_profile_api",
    "internal": "base.group_user",
    "portal": "base.group_portal",
    "public": "base.group_public",
}

#: the policy as a text table, one row per model and group (the file says how to read it)
TABLE = (Path(__file__).parent / "data" / "access_matrix.txt").read_text(encoding="utf-8")


def parse_table(text):
    """{module: {model: {group: {operation: scope}}}} from the text table (data/access_matrix.txt)."""
    matrix, module = {}, None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            module = line.strip("[]")
            matrix.setdefault(module, {})
            continue
        model, group, *scopes = line.split()
        if module is None or group not in GROUPS or len(scopes) != 4 or set(scopes) - {ALL, OWN, NONE}:
            raise ValueError(f"access matrix line {number} is malformed: {raw!r}")
        rows = matrix[module].setdefault(model, {})
        if group in rows:
            raise ValueError(f"access matrix line {number}: {model} / {group} appears twice")
        rows[group] = dict(zip(OPERATIONS, scopes, strict=True))
    return matrix


MATRIX = parse_table(TABLE)


@dataclass
class ModelSpec:
    """How to get, create and change a record of a model for a given office (A or B).

    `record(office)` returns an existing record of that office (created as superuser in the
    fixture), `create_vals(office)` the values of a new one, `write_vals(office)` a harmless
    change. Models without an office dimension set `per_office=False`: both calls then get
    two different records, and the table may only say `all` or `-` for them. Models whose
    records belong to the person who made them set `per_user=True`: `record(office, user)`
    then returns, for office A, a record ``user`` made and, for office B, one its staff made.
    """

    record: Any
    create_vals: Any
    write_vals: Any
    per_office: bool = True
    read_fields: list = field(default_factory=lambda: ["display_name"])
    per_user: bool = False


class _RolledBack(Exception):
    """Raised at the end of an allowed operation to undo it."""


class AccessMatrixCase(TransactionCase):
    """Users for every column, two offices A and B, and the cell checker.

    Every test user works in office A; office B has its own staff member. Subclasses build
    their records in setUpClass and call `check_matrix(module, specs)`.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True, mail_create_nolog=True))
        cls.matrix_users = {}
        for column, xmlid in cls.matrix_groups().items():
            if column == "public":
                cls.matrix_users[column] = cls.env.ref("base.public_user")
            else:
                cls.matrix_users[column] = new_test_user(
                    cls.env, login=f"matrix_{column}", name=f"Matrix {column}", groups=xmlid
                )
        cls.b_staff = new_test_user(
            cls.env, login="matrix_b_staff", name="Office B staff", groups=GROUPS["office_staff"]
        )
        Office = cls.env["wfk.representation.office"]
        cls.office_a = Office.create(
            {
                "name": "Matrix office A (Yangzhou)",
                "code": "MX-A",
                "city": "Yangzhou",
                "state": "active",
                "user_ids": [(6, 0, [u.id for u in cls.matrix_users.values()])],
            }
        )
        cls.office_b = Office.create(
            {
                "name": "Matrix office B (Foshan)",
                "code": "MX-B",
                "city": "Foshan",
                "state": "active",
                "user_ids": [(6, 0, cls.b_staff.ids)],
            }
        )

    @classmethod
    def matrix_groups(cls):
        """The columns whose group exists in this database."""
        return {
            column: xmlid
            for column, xmlid in GROUPS.items()
            if all(cls.env.ref(one, raise_if_not_found=False) for one in xmlid.split(","))
        }

    # ------------------------------------------------------------------ checks

    def _allowed(self, operation, user, model, spec, office):
        """Try one operation as `user`; True if done, False if refused with an AccessError."""
        try:
            with self.env.cr.savepoint():
                if operation == "create":
                    self.env[model].with_user(user).create(spec.create_vals(office))
                else:
                    record = (spec.record(office, user) if spec.per_user else spec.record(office)).with_user(user)
                    if operation == "read":
                        record.check_access("read")
                        record.read(spec.read_fields)
                    elif operation == "write":
                        record.write(spec.write_vals(office))
                    else:
                        record.unlink()
                self.env.flush_all()
                raise _RolledBack
        except _RolledBack:
            return True
        except AccessError:
            return False

    def check_matrix(self, module, specs):
        """Check every cell of `module`'s rows; fail with the full list of mismatches."""
        rows = MATRIX[module]
        self.assertEqual(set(specs), set(rows), f"{module}: every model of the matrix needs a ModelSpec, no more")
        columns = self.matrix_groups()
        missing_columns = set(GROUPS) - set(columns)
        if missing_columns:
            _logger.warning("access matrix: groups not installed yet, columns not checked: %s", missing_columns)
        mismatches, cells, attempts = [], 0, 0
        for model, groups in rows.items():
            spec = specs[model]
            self.assertEqual(set(groups), set(GROUPS), f"{model}: one row per group")
            for column, operations in groups.items():
                if column not in columns:
                    continue
                user = self.matrix_users[column]
                for operation, scope in operations.items():
                    if scope == OWN and not spec.per_office:
                        raise AssertionError(f"{model} has no office: 'own' makes no sense for {column}")
                    expected = {"A": scope != NONE, "B": scope == ALL}
                    for label, office in (("A", self.office_a), ("B", self.office_b)):
                        try:
                            got = self._allowed(operation, user, model, spec, office)
                        except Exception as exc:
                            raise AssertionError(
                                f"{model} / {column} / {operation} on office {label}: "
                                f"{type(exc).__name__} instead of success or AccessError: {exc}"
                            ) from exc
                        attempts += 1
                        if got != expected[label]:
                            mismatches.append(
                                f"{model:<28} {column:<13} {operation:<7} office {label}: "
                                f"table says {scope!r}, the ORM {'allowed' if got else 'refused'} it"
                            )
                    cells += 1
        _logger.info("access matrix %s: %d cells checked (%d ORM attempts)", module, cells, attempts)
        print(f"access matrix {module}: {cells} cells checked ({attempts} ORM attempts)")  # pylint: disable=print-used
        self.assertFalse(mismatches, "access matrix mismatches:\n" + "\n".join(mismatches))
        self.assertEqual(cells, len(rows) * len(columns) * len(OPERATIONS))
        return cells

    def check_matrix_complete(self, module, extended=()):
        """Every model the module defines (wfk.*, wizards included) or names in `extended` has rows, no stale row."""
        defined = set(
            self.env["ir.model.data"]
            .search([("module", "=", module), ("model", "=", "ir.model")])
            .mapped(lambda d: self.env["ir.model"].browse(d.res_id).model)
        )
        expected = {m for m in defined if m.startswith("wfk.") and not self.env[m]._abstract} | set(extended)
        self.assertEqual(
            set(MATRIX[module]),
            expected,
            f"{module}: add the missing models to tests/data/access_matrix.txt of wfk_china_crm (or drop stale ones)",
        )
