"""The access matrix of both WFK modules, in one place, and the machinery that checks it.

Every model of wfk_china_crm and wfk_isa_membership (plus crm.lead, which carries the
per-office rule, calendar.event, whose delegation appointments follow the delegation's
offices, and res.partner, which office staff edit for their offices) has one row per group. Each operation column says:

    all   allowed on the records of every office
    own   allowed on the records of the user's own offices, refused on another office's
    -     refused

The table states the policy; it is written by hand and never derived from the ACL files.
The tests (test_access_matrix.py in each module) try every cell with the real ORM:
check_access + read, and real create / write / unlink inside savepoints, once on a record
of office A (which every test user belongs to) and once on a record of office B (whose
staff is somebody else). A new model in either module makes the completeness test fail
until it has its rows here.
"""

import logging
from dataclasses import dataclass
from dataclasses import field
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

# fmt: off
TABLE = """
[wfk_china_crm]
# model                          group          read   create  write  unlink
wfk.representation.office        office_staff   own    -       -      -
wfk.representation.office        staff_sales    own    -       -      -
wfk.representation.office        officer        all    -       -      -
wfk.representation.office        manager        all    all     all    all
wfk.representation.office        profile_api    -      -       -      -
wfk.representation.office        internal       -      -       -      -
wfk.representation.office        portal         -      -       -      -
wfk.representation.office        public         -      -       -      -

calendar.event                   office_staff   own    own     own    own
calendar.event                   staff_sales    own    own     own    own
calendar.event                   officer        all    all     all    all
calendar.event                   manager        all    all     all    all
calendar.event                   profile_api    -      -       -      -
calendar.event                   internal       -      -       -      -
calendar.event                   portal         -      -       -      -
calendar.event                   public         -      -       -      -

wfk.contact.log                  office_staff   own    own     own    -
wfk.contact.log                  staff_sales    own    own     own    -
wfk.contact.log                  officer        all    all     all    -
wfk.contact.log                  manager        all    all     all    all
wfk.contact.log                  profile_api    -      -       -      -
wfk.contact.log                  internal       -      -       -      -
wfk.contact.log                  portal         -      -       -      -
wfk.contact.log                  public         -      -       -      -

# Requests are never deleted by WFK users (they are lost or archived): nobody unlinks.
crm.lead                         office_staff   own    own     own    -
crm.lead                         staff_sales    own    own     own    -
crm.lead                         officer        all    all     all    -
crm.lead                         manager        all    all     all    -
crm.lead                         profile_api    -      -       -      -
crm.lead                         internal       -      -       -      -
crm.lead                         portal         -      -       -      -
crm.lead                         public         -      -       -      -

# Organisations and people: every internal user reads them; office staff create and edit those of their
# own offices (and of no office), officers and managers all; deleting (and merging) is for officers.
res.partner                      office_staff   all    own     own    -
res.partner                      staff_sales    all    own     own    -
res.partner                      officer        all    all     all    all
res.partner                      manager        all    all     all    all
res.partner                      profile_api    -      -       -      -
res.partner                      internal       all    -       -      -
res.partner                      portal         -      -       -      -
res.partner                      public         -      -       -      -

# Matches follow their request's office.
wfk.match                        office_staff   own    own     own    own
wfk.match                        staff_sales    own    own     own    own
wfk.match                        officer        all    all     all    all
wfk.match                        manager        all    all     all    all
wfk.match                        profile_api    -      -       -      -
wfk.match                        internal       -      -       -      -
wfk.match                        portal         -      -       -      -
wfk.match                        public         -      -       -      -

# "Looking for" tags: every internal user reads them (and the profile API, which publishes them).
wfk.looking.for                  office_staff   all    -       -      -
wfk.looking.for                  staff_sales    all    -       -      -
wfk.looking.for                  officer        all    -       -      -
wfk.looking.for                  manager        all    all     all    all
wfk.looking.for                  profile_api    all    -       -      -
wfk.looking.for                  internal       all    -       -      -
wfk.looking.for                  portal         -      -       -      -
wfk.looking.for                  public         -      -       -      -

# Delegations: office staff read those of their offices (in charge, or at a stop); officers organise them.
wfk.delegation                   office_staff   own    -       -      -
wfk.delegation                   staff_sales    own    -       -      -
wfk.delegation                   officer        all    all     all    -
wfk.delegation                   manager        all    all     all    all
wfk.delegation                   profile_api    -      -       -      -
wfk.delegation                   internal       -      -       -      -
wfk.delegation                   portal         -      -       -      -
wfk.delegation                   public         -      -       -      -

wfk.delegation.participant       office_staff   own    -       -      -
wfk.delegation.participant       staff_sales    own    -       -      -
wfk.delegation.participant       officer        all    all     all    all
wfk.delegation.participant       manager        all    all     all    all
wfk.delegation.participant       profile_api    -      -       -      -
wfk.delegation.participant       internal       -      -       -      -
wfk.delegation.participant       portal         -      -       -      -
wfk.delegation.participant       public         -      -       -      -

wfk.delegation.stop              office_staff   own    -       -      -
wfk.delegation.stop              staff_sales    own    -       -      -
wfk.delegation.stop              officer        all    all     all    all
wfk.delegation.stop              manager        all    all     all    all
wfk.delegation.stop              profile_api    -      -       -      -
wfk.delegation.stop              internal       -      -       -      -
wfk.delegation.stop              portal         -      -       -      -
wfk.delegation.stop              public         -      -       -      -

wfk.delegation.outcome           office_staff   own    -       -      -
wfk.delegation.outcome           staff_sales    own    -       -      -
wfk.delegation.outcome           officer        all    all     all    all
wfk.delegation.outcome           manager        all    all     all    all
wfk.delegation.outcome           profile_api    -      -       -      -
wfk.delegation.outcome           internal       -      -       -      -
wfk.delegation.outcome           portal         -      -       -      -
wfk.delegation.outcome           public         -      -       -      -

# The analyses are SQL views: read-only for everybody, per office for office staff.
wfk.cooperation.report           office_staff   own    -       -      -
wfk.cooperation.report           staff_sales    own    -       -      -
wfk.cooperation.report           officer        all    -       -      -
wfk.cooperation.report           manager        all    -       -      -
wfk.cooperation.report           profile_api    -      -       -      -
wfk.cooperation.report           internal       -      -       -      -
wfk.cooperation.report           portal         -      -       -      -
wfk.cooperation.report           public         -      -       -      -
wfk.funnel.report                office_staff   own    -       -      -
wfk.funnel.report                staff_sales    own    -       -      -
wfk.funnel.report                officer        all    -       -      -
wfk.funnel.report                manager        all    -       -      -
wfk.funnel.report                profile_api    -      -       -      -
wfk.funnel.report                internal       -      -       -      -
wfk.funnel.report                portal         -      -       -      -
wfk.funnel.report                public         -      -       -      -

# Transient: the "Pipeline review" print wizard, for officers and managers.
wfk.pipeline.review.wizard       office_staff   -      -       -      -
wfk.pipeline.review.wizard       staff_sales    -      -       -      -
wfk.pipeline.review.wizard       officer        all    all     all    all
wfk.pipeline.review.wizard       manager        all    all     all    all
wfk.pipeline.review.wizard       profile_api    -      -       -      -
wfk.pipeline.review.wizard       internal       -      -       -      -
wfk.pipeline.review.wizard       portal         -      -       -      -
wfk.pipeline.review.wizard       public         -      -       -      -

[wfk_isa_membership]
# The alliance is public knowledge inside WFK: every WFK user reads all of it, officers keep it.
wfk.isa.membership               office_staff   all    -       -      -
wfk.isa.membership               staff_sales    all    -       -      -
wfk.isa.membership               officer        all    all     all    -
wfk.isa.membership               manager        all    all     all    all
wfk.isa.membership               profile_api    -      -       -      -
wfk.isa.membership               internal       -      -       -      -
wfk.isa.membership               portal         -      -       -      -
wfk.isa.membership               public         -      -       -      -

wfk.isa.membership.status        office_staff   all    -       -      -
wfk.isa.membership.status        staff_sales    all    -       -      -
wfk.isa.membership.status        officer        all    all     all    -
wfk.isa.membership.status        manager        all    all     all    all
wfk.isa.membership.status        profile_api    -      -       -      -
wfk.isa.membership.status        internal       -      -       -      -
wfk.isa.membership.status        portal         -      -       -      -
wfk.isa.membership.status        public         -      -       -      -
"""
# fmt: on


def parse_table(text):
    """{module: {model: {group: {operation: scope}}}} from the text table above."""
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
    two different records, and the table may only say `all` or `-` for them.
    """

    record: Any
    create_vals: Any
    write_vals: Any
    per_office: bool = True
    read_fields: list = field(default_factory=lambda: ["display_name"])


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
                    record = spec.record(office).with_user(user)
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
            f"{module}: add the missing models to tests/access_matrix.py of wfk_china_crm (or drop stale ones)",
        )
