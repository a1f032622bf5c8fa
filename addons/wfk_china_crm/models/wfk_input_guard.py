import math
import re
from collections import defaultdict

from odoo import api, models
from odoo.exceptions import ValidationError
from odoo.orm.identifiers import NewId
from odoo.tools import SQL

INT_MIN, INT_MAX = -(2**31), 2**31 - 1  # PostgreSQL "integer"
FLOAT_LIMIT = 1e15  # beyond that, float amounts lose their cents and rounding overflows
UNIQUE_DEFINITION = re.compile(r"^\s*UNIQUE\s*\(([\w\s,\"]+)\)\s*$", re.IGNORECASE)
CHECK_DEFINITION = re.compile(r"^\s*CHECK\s*\((.*)\)\s*$", re.IGNORECASE | re.DOTALL)
IDENTIFIER = re.compile(r"\b[a-z_][a-z0-9_]*\b")
SHOWN_VALUE_LENGTH = 40
UNSTORABLE_CHARACTERS = re.compile(r"[\x00\ud800-\udfff]")  # PostgreSQL and UTF-8 refuse them


def _shown(value):
    text = repr(value)
    return text if len(text) <= SHOWN_VALUE_LENGTH else text[: SHOWN_VALUE_LENGTH - 1] + "…"


class WfkInputGuard(models.AbstractModel):
    """Refuse malformed values with a ValidationError before PostgreSQL sees them.

    Without this, values the database cannot store end as psycopg2 errors or Python
    ValueErrors: a server error for API clients, an IntegrityError for code calling the ORM.
    Checked here, per field type: integers beyond 32 bits, infinite or absurdly large floats,
    NUL characters and lone surrogates in text, unknown selection keys, unreadable dates, required values left
    empty, record ids that do not exist, duplicates of UNIQUE constraints and rows that CHECK
    constraints would refuse (both with the constraint's own message; a CHECK expression is
    evaluated by PostgreSQL on the would-be rows). The database constraints stay as the last line of defence.

    Models inherit it next to their other mixins: ``_inherit = ["mail.thread", "wfk.input.guard"]``.
    The checks then run just before the values reach BaseModel. A model whose own create() or
    write() works with the values first sets ``_wfk_guard_explicit = True`` and calls
    ``self._wfk_check_input(vals_list, creating=True)`` / ``self._wfk_check_input([vals])`` at
    their top instead.
    """

    _name = "wfk.input.guard"
    _description = "Input checks of the WFK models"

    # None: every field of the model is checked. A module extending a model of another module
    # names its own fields here and leaves the others' values to their owners.
    _wfk_guard_fields = None
    # True: the model's own create() and write() call _wfk_check_input() first thing themselves.
    _wfk_guard_explicit = False

    @api.model_create_multi
    def create(self, vals_list):
        if not self._wfk_guard_explicit:
            self._wfk_check_input(vals_list, creating=True)
        return super().create(vals_list)

    def write(self, vals):
        if not self._wfk_guard_explicit:
            self._wfk_check_input([vals])
        return super().write(vals)

    # ------------------------------------------------------------------ checks

    def _wfk_check_input(self, vals_list, creating=False):
        guarded = self._wfk_guard_fields
        if guarded is not None and not any(name in guarded for vals in vals_list for name in vals):
            return
        references = defaultdict(dict)  # comodel -> {id: field}
        for vals in vals_list:
            for name, value in vals.items():
                if guarded is not None and name not in guarded:
                    continue
                field = self._fields.get(name)
                if field is None:
                    raise ValidationError(
                        self.env._("%(model)s has no field %(field)s.", model=self._wfk_model_label(), field=name)
                    )
                error = self._wfk_value_error(field, value, references)
                if error:
                    raise ValidationError(error)
            if creating:
                self._wfk_check_required_present(vals)
        self._wfk_check_references(references)
        self._wfk_check_unique(vals_list, creating)
        self._wfk_check_sql_checks(vals_list, creating)

    def _wfk_model_label(self):
        return self.env["ir.model"]._get(self._name).name or self._description

    def _wfk_value_error(self, field, value, references):
        """The readable reason why ``value`` cannot be stored in ``field``, or None."""
        env = self.env

        def label():
            return {"field": field._description_string(env), "model": self._wfk_model_label(), "value": _shown(value)}

        kind = field.type
        if kind in ("boolean", "integer", "float", "monetary") and value in (None, False, ""):
            return None  # stored as False / 0, as Odoo does
        if value is None or value is False or (isinstance(value, str) and not value.strip()):
            if field.required:
                return env._("%(field)s of %(model)s is required.", **label())
            if value is None or value is False:
                return None
        if kind in ("char", "text", "html"):
            texts = value.values() if field.translate is not False and isinstance(value, dict) else [value]
            for text in texts:
                if isinstance(text, bool) or not isinstance(text, (str, int, float)):
                    return env._("%(field)s of %(model)s expects text, not %(value)s.", **label())
                if isinstance(text, str) and UNSTORABLE_CHARACTERS.search(text):
                    return env._(
                        "%(field)s of %(model)s contains characters that cannot be stored "
                        "(NUL or unpaired surrogates).",
                        **label(),
                    )
        elif kind == "integer":
            try:
                number = int(value)
            except (TypeError, ValueError, OverflowError):
                number = None
            if number is None or (isinstance(value, float) and not value.is_integer()):
                return env._("%(field)s of %(model)s expects a whole number, not %(value)s.", **label())
            if not INT_MIN <= number <= INT_MAX:
                return env._(
                    "%(field)s of %(model)s must lie between %(min)s and %(max)s, not %(value)s.",
                    min=INT_MIN,
                    max=INT_MAX,
                    **label(),
                )
        elif kind in ("float", "monetary"):
            try:
                number = float(value)
            except (TypeError, ValueError, OverflowError):
                return env._("%(field)s of %(model)s expects a number, not %(value)s.", **label())
            if not math.isfinite(number) or abs(number) >= FLOAT_LIMIT:
                return env._(
                    "%(field)s of %(model)s must be a finite number smaller than %(limit)s, not %(value)s.",
                    limit=f"{FLOAT_LIMIT:,.0f}",
                    **label(),
                )
        elif kind in ("selection", "date", "datetime"):
            try:
                field.convert_to_cache(value, self.browse(), validate=True)
            except (TypeError, ValueError, OverflowError):
                if kind == "selection":
                    return env._(
                        "%(value)s is not a valid choice for %(field)s of %(model)s.",
                        **label(),
                    )
                if kind == "date":
                    return env._("%(field)s of %(model)s expects a date (YYYY-MM-DD), not %(value)s.", **label())
                return env._(
                    "%(field)s of %(model)s expects a date and time (YYYY-MM-DD HH:MM:SS), not %(value)s.",
                    **label(),
                )
        elif kind == "many2one":
            if isinstance(value, models.BaseModel):
                return None
            if isinstance(value, NewId):
                return None
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                return env._("%(field)s of %(model)s expects a record id, not %(value)s.", **label())
            references[field.comodel_name].setdefault(value, field)
        elif kind in ("many2many", "one2many"):
            return self._wfk_commands_error(field, value, references, label)
        return None

    def _wfk_commands_error(self, field, value, references, label):
        """Check the structure of x2many commands; collect the ids linked to a Many2many."""
        if isinstance(value, models.BaseModel):
            return None
        linked = self._wfk_linked_ids(value)
        if linked is None:
            return self.env._("%(field)s of %(model)s expects a list of commands, not %(value)s.", **label())
        for record_id in linked:
            if isinstance(record_id, bool) or not isinstance(record_id, int) or record_id <= 0:
                return self.env._("%(field)s of %(model)s expects record ids, not %(value)s.", **label())
            if field.type == "many2many":
                references[field.comodel_name].setdefault(record_id, field)
        return None

    @api.model
    def _wfk_linked_ids(self, commands):
        """The ids that x2many ``commands`` link (bare ids, LINK, SET); None if malformed."""
        if not isinstance(commands, (list, tuple)):
            return None
        linked = []
        for command in commands:
            if isinstance(command, int) and not isinstance(command, bool):
                linked.append(command)  # a bare id: Odoo links it
                continue
            if not isinstance(command, (list, tuple)) or not command or command[0] not in range(7):
                return None
            code, args = command[0], command[1:]
            if code == 0 and (len(args) < 2 or not isinstance(args[1], dict)):
                return None
            if code == 6 and (len(args) < 2 or not isinstance(args[1], (list, tuple))):
                return None
            if code in (1, 2, 3, 4) and not args:
                return None
            if code == 4:
                linked.append(args[0])
            elif code == 6:
                linked.extend(args[1])
            elif code in (1, 2, 3) and (isinstance(args[0], bool) or not isinstance(args[0], int)):
                return None
        return linked

    def _wfk_check_required_present(self, vals):
        """On create, required fields without a value and without a default."""
        missing = [
            name
            for name, field in self._fields.items()
            if field.required
            and (self._wfk_guard_fields is None or name in self._wfk_guard_fields)
            and field.store
            and not field.compute
            and field.default is None
            and name not in vals
            and field.type not in ("boolean", "integer", "float", "monetary")
        ]
        if missing:
            defaults = self.default_get(missing)
            for name in missing:
                if not defaults.get(name):
                    raise ValidationError(
                        self.env._(
                            "%(field)s of %(model)s is required.",
                            field=self._fields[name]._description_string(self.env),
                            model=self._wfk_model_label(),
                        )
                    )

    def _wfk_check_references(self, references):
        """Every referenced id exists: one query for all the comodels of this call."""
        tables = {
            comodel: self.env[comodel]._table
            for comodel in references
            if not self.env[comodel]._abstract and self.env[comodel]._auto
        }
        if not tables:
            return
        query = SQL(" UNION ALL ").join(
            SQL("SELECT %s, id FROM %s WHERE id = ANY(%s)", comodel, SQL.identifier(table), list(references[comodel]))
            for comodel, table in tables.items()
        )
        found = {(comodel, record_id) for comodel, record_id in self.env.execute_query(query)}
        for comodel in tables:
            for record_id, field in references[comodel].items():
                if (comodel, record_id) not in found:
                    raise ValidationError(
                        self.env._(
                            "%(field)s of %(model)s refers to a record that does not exist (%(comodel)s, id %(id)s).",
                            field=field._description_string(self.env),
                            model=self._wfk_model_label(),
                            comodel=self.env["ir.model"]._get(comodel).name or comodel,
                            id=record_id,
                        )
                    )

    def _wfk_check_unique(self, vals_list, creating):
        """UNIQUE(...) table constraints, checked before the database refuses the row."""
        for constraint in self._table_objects.values():
            match = isinstance(constraint, models.Constraint) and UNIQUE_DEFINITION.match(
                constraint.get_definition(self.pool)
            )
            if not match:
                continue
            columns = [column.strip().strip('"') for column in match.group(1).split(",")]
            if any(column not in self._fields or self._fields[column].translate for column in columns):
                continue
            if self._wfk_guard_fields is not None and not set(columns) & self._wfk_guard_fields:
                continue
            if not any(column in vals for vals in vals_list for column in columns):
                continue
            keys = self._wfk_unique_keys(vals_list, columns, creating)
            if len(set(keys)) < len(keys):
                raise ValidationError(self._wfk_constraint_message(constraint))
            if not keys:
                continue
            self.flush_model(columns)
            where = SQL(" OR ").join(
                SQL(" AND ").join(SQL("%s = %s", SQL.identifier(c), v) for c, v in zip(columns, key, strict=True))
                for key in keys
            )
            clash = self.env.execute_query(
                SQL(
                    "SELECT 1 FROM %s WHERE (%s) AND id != ALL(%s) LIMIT 1",
                    SQL.identifier(self._table),
                    where,
                    list(self.ids),
                )
            )
            if clash:
                raise ValidationError(self._wfk_constraint_message(constraint))

    def _wfk_unique_keys(self, vals_list, columns, creating):
        """The key tuples the call would store; keys with an empty column never clash (NULL)."""

        def plain(value):
            return value.id if isinstance(value, models.BaseModel) else value

        keys = []
        if creating:
            for vals in vals_list:
                if all(vals.get(column) not in (None, False) for column in columns):
                    keys.append(tuple(plain(vals[column]) for column in columns))
        else:
            vals = vals_list[0]
            for record in self:
                key = tuple(plain(vals[column]) if column in vals else plain(record[column]) for column in columns)
                if all(value not in (None, False) for value in key):
                    keys.append(key)
        return keys

    def _wfk_check_sql_checks(self, vals_list, creating):
        """CHECK(...) table constraints, evaluated by PostgreSQL on the rows the call would store."""
        for constraint in self._table_objects.values():
            match = isinstance(constraint, models.Constraint) and CHECK_DEFINITION.match(
                constraint.get_definition(self.pool)
            )
            if not match:
                continue
            expression = match.group(1)
            columns = sorted(
                name
                for name in set(IDENTIFIER.findall(expression))
                if name in self._fields and self._fields[name].store and self._fields[name].column_type
            )
            if not columns or not any(column in vals for vals in vals_list for column in columns):
                continue
            if self._wfk_guard_fields is not None and not set(columns) & self._wfk_guard_fields:
                continue
            if creating:
                rows = self._wfk_new_rows(vals_list, columns)
            else:
                rows = self._wfk_updated_rows(vals_list[0], columns)
            if rows is None:
                continue
            query = SQL("SELECT bool_and((%s) IS NOT FALSE) FROM %s", SQL(expression), rows)
            if self.env.execute_query(query) != [(True,)]:
                raise ValidationError(self._wfk_constraint_message(constraint))

    def _wfk_typed(self, column, value, record):
        field = self._fields[column]
        # parenthesised: -2147483648::int4 would cast 2147483648 first, then negate it
        return SQL("(%s)::%s", field.convert_to_column(value, record, validate=False), SQL(field.column_type[1]))

    def _wfk_new_rows(self, vals_list, columns):
        """(VALUES ...) AS t(columns): the rows `create` would insert, defaults included."""
        missing = [column for column in columns if any(column not in vals for vals in vals_list)]
        defaults = self.default_get(missing) if missing else {}
        empty = self.browse()
        values = SQL(", ").join(
            SQL(
                "(%s)",
                SQL(", ").join(
                    self._wfk_typed(column, vals[column] if column in vals else defaults.get(column), empty)
                    for column in columns
                ),
            )
            for vals in vals_list
        )
        return SQL("(VALUES %s) AS t(%s)", values, SQL(", ").join(SQL.identifier(column) for column in columns))

    def _wfk_updated_rows(self, vals, columns):
        """The rows of `self` as `write` would leave them, as a subquery t(columns)."""
        if not self.ids:
            return None
        self.flush_recordset(columns)
        selected = SQL(", ").join(
            SQL("%s AS %s", self._wfk_typed(column, vals[column], self[:1]), SQL.identifier(column))
            if column in vals
            else SQL("%s AS %s", SQL.identifier(self._table, column), SQL.identifier(column))
            for column in columns
        )
        return SQL(
            "(SELECT %s FROM %s WHERE %s = ANY(%s)) AS t",
            selected,
            SQL.identifier(self._table),
            SQL.identifier(self._table, "id"),
            list(self.ids),
        )

    def _wfk_constraint_message(self, constraint):
        message = (
            self.env["ir.model.constraint"]
            .sudo()
            .search_fetch([("name", "=", constraint.full_name(self)), ("model.model", "=", self._name)], ["message"])
            .message
        )
        return message or constraint.get_error_message(self) or self.env._("This value is already used.")
