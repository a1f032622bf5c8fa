"""Values PostgreSQL cannot store, refused with a readable message: the few Odoo does not catch itself.

Everything else is Odoo's: ``models.Constraint`` / ``models.UniqueIndex`` (a violation reaches an RPC
or import caller as a ValidationError carrying the constraint's message, see ``retrying`` in
``odoo/service/model.py``), ``@api.constrains`` (after the write, in the same transaction), record
rules and access rights. This mixin looks nothing up: it checks the shape of the values in Python,
and only when one is bad does it check the caller's access (so that a caller without rights learns
nothing, not even that a value was wrong) before refusing. A call with good values costs no query.
"""

import math
import re

from odoo import api, models
from odoo.exceptions import ValidationError
from odoo.orm.identifiers import NewId

INT_MIN, INT_MAX = -(2**31), 2**31 - 1  # PostgreSQL "integer"
FLOAT_LIMIT = 1e15  # beyond that, amounts lose their cents and rounding overflows
SHOWN_VALUE_LENGTH = 40
UNSTORABLE_CHARACTERS = re.compile(r"[\x00\ud800-\udfff]")  # PostgreSQL and UTF-8 refuse them
X2MANY_COMMANDS = range(7)


def _shown(value):
    text = repr(value)
    return text if len(text) <= SHOWN_VALUE_LENGTH else text[: SHOWN_VALUE_LENGTH - 1] + "…"


class WfkValueSanitiser(models.AbstractModel):
    """Refuse, readably, values that would end as a server error instead of a message.

    Checked per field type, in Python only: NUL characters and lone surrogates in text, integers
    beyond 32 bits, non-finite or absurd floats, unknown selection keys, unreadable dates, record
    ids that are not positive integers, malformed x2many commands. Whether a record exists, is
    readable, or a value is unique is left to Odoo (access rules, foreign keys, constraints).

    Models inherit it next to their other mixins: ``_inherit = ["mail.thread", "wfk.value.sanitiser"]``.
    A model whose own ``create()`` / ``write()`` works with the values before calling ``super()``
    calls ``self._wfk_sanitise(vals_list, "create")`` at its top instead and sets
    ``_wfk_sanitise_explicit = True``. A model of another module (``crm.lead``, ``res.partner``)
    names its own fields in ``_wfk_sanitised_fields`` and leaves the others' values to their owners.
    """

    _name = "wfk.value.sanitiser"
    _description = "Values the database cannot store"

    # None: every field of the model; a frozenset: only those fields.
    _wfk_sanitised_fields = None
    # True: the model's own create() and write() call _wfk_sanitise() first thing themselves.
    _wfk_sanitise_explicit = False

    @api.model_create_multi
    def create(self, vals_list):
        if not self._wfk_sanitise_explicit:
            self._wfk_sanitise(vals_list, "create")
        return super().create(vals_list)

    def write(self, vals):
        if not self._wfk_sanitise_explicit:
            self._wfk_sanitise([vals], "write")
        return super().write(vals)

    def _wfk_sanitise(self, vals_list, operation):
        """Raise a ValidationError for the first value that cannot be stored, access checked first."""
        error = self._wfk_first_error(vals_list)
        if error:
            # a caller without the right to create or write here gets Odoo's AccessError, not our message
            (self.browse() if operation == "create" else self).check_access(operation)
            raise ValidationError(error)

    def _wfk_first_error(self, vals_list):
        only = self._wfk_sanitised_fields
        for vals in vals_list:
            if not isinstance(vals, dict):
                return self.env._("%(model)s expects a dictionary of values.", model=self._wfk_model_label())
            for name, value in vals.items():
                if only is not None and name not in only:
                    continue
                field = self._fields.get(name)
                if field is None:
                    return self.env._("%(model)s has no field %(field)s.", model=self._wfk_model_label(), field=name)
                error = self._wfk_value_error(field, value)
                if error:
                    return error
        return None

    def _wfk_model_label(self):
        return self.env["ir.model"]._get(self._name).name or self._description

    def _wfk_value_error(self, field, value):
        """The readable reason why ``value`` cannot be stored in ``field``, or None."""
        env = self.env

        def label():
            return {"field": field._description_string(env), "model": self._wfk_model_label(), "value": _shown(value)}

        kind = field.type
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
            return self._wfk_integer_error(value, label)
        elif kind in ("float", "monetary"):
            return self._wfk_float_error(value, label)
        elif kind in ("selection", "date", "datetime"):
            return self._wfk_converted_error(field, value, label)
        elif kind == "many2one":
            if isinstance(value, (models.BaseModel, NewId)):
                return None
            if not self._wfk_is_id(value):
                return env._("%(field)s of %(model)s expects a record id, not %(value)s.", **label())
        elif kind in ("many2many", "one2many"):
            if not isinstance(value, models.BaseModel) and not self._wfk_commands_ok(value):
                return env._("%(field)s of %(model)s expects a list of commands, not %(value)s.", **label())
        return None

    def _wfk_integer_error(self, value, label):
        if value == "":
            return None
        try:
            number = int(value)
        except (TypeError, ValueError, OverflowError):
            number = None
        if number is None or (isinstance(value, float) and not value.is_integer()):
            return self.env._("%(field)s of %(model)s expects a whole number, not %(value)s.", **label())
        if not INT_MIN <= number <= INT_MAX:
            return self.env._(
                "%(field)s of %(model)s must lie between %(min)s and %(max)s, not %(value)s.",
                min=INT_MIN,
                max=INT_MAX,
                **label(),
            )
        return None

    def _wfk_float_error(self, value, label):
        if value == "":
            return None
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError):
            return self.env._("%(field)s of %(model)s expects a number, not %(value)s.", **label())
        if not math.isfinite(number) or abs(number) >= FLOAT_LIMIT:
            return self.env._(
                "%(field)s of %(model)s must be a finite number smaller than %(limit)s, not %(value)s.",
                limit=f"{FLOAT_LIMIT:,.0f}",
                **label(),
            )
        return None

    def _wfk_converted_error(self, field, value, label):
        """Selections, dates and datetimes: Odoo's own conversion decides, its ValueError becomes readable."""
        try:
            field.convert_to_cache(value, self.browse(), validate=True)
        except (TypeError, ValueError, OverflowError):
            if field.type == "selection":
                return self.env._("%(value)s is not a valid choice for %(field)s of %(model)s.", **label())
            if field.type == "date":
                return self.env._("%(field)s of %(model)s expects a date (YYYY-MM-DD), not %(value)s.", **label())
            return self.env._(
                "%(field)s of %(model)s expects a date and time (YYYY-MM-DD HH:MM:SS), not %(value)s.",
                **label(),
            )
        return None

    @staticmethod
    def _wfk_is_id(value):
        return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= INT_MAX

    @api.model
    def _wfk_commands_ok(self, commands):
        """Whether x2many ``commands`` are well formed (bare ids, or Odoo's seven commands)."""
        if not isinstance(commands, (list, tuple)):
            return False
        for command in commands:
            if isinstance(command, int) and not isinstance(command, bool):
                if not self._wfk_is_id(command):
                    return False
                continue
            if not isinstance(command, (list, tuple)) or not command or command[0] not in X2MANY_COMMANDS:
                return False
            code, args = command[0], command[1:]
            if code == 0 and (len(args) < 2 or not isinstance(args[1], dict)):
                return False
            if code in (1, 2, 3, 4) and (not args or not self._wfk_is_id(args[0])):
                return False
            if code == 1 and (len(args) < 2 or not isinstance(args[1], dict)):
                return False
            if code == 6 and (
                len(args) < 2 or not isinstance(args[1], (list, tuple)) or not all(map(self._wfk_is_id, args[1]))
            ):
                return False
        return True
