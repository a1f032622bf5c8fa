"""Hostile input for the WFK models: hypothesis strategies and the checker, shared by both modules.

`HostileInputCase.fuzz_create` / `fuzz_write` throw random values at chosen fields of a model:
text in every script (Chinese, Arabic and Hebrew with bidi controls, emoji, combining marks,
NUL, lone surrogates, 10 kB strings, markup), numbers out of every range, impossible or
inverted dates, unknown selection keys, ids of another model or of nothing. Each example runs
in a savepoint that is rolled back. An example passes when the ORM either

- refuses it with a ValidationError, UserError or AccessError whose message is readable (no
  SQL error, no traceback), and the record it was written on still holds its old values; or
- accepts it, and what the database now holds is what was sent (no silent truncation or
  corruption), with HTML sanitised.

Anything else (IntegrityError, psycopg2 errors, ValueError, TypeError...) fails the test.
"""

import logging
import math
from collections import Counter
from datetime import date, datetime

from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase

_logger = logging.getLogger(__name__)

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

NASTY = [
    "扬州市科技创新中心",
    "统一社会信用代码 91320000MA1MXXXX",
    "مركز التكنولوجيا في يانغتشو",
    "\u202egnp.exe\u202c",
    "שלום \u200f עולם",
    "🚀🇨🇳🇩🇪👨‍👩‍👧‍👦",
    "Z\u0351\u0364\u0311a\u0308\u0347l\u036eg\u0300o",
    "'; DROP TABLE wfk_contact_log; --",
    "%s %(name)s {0} {name!r}",
    "<script>alert('x')</script>",
    "\x00",
    "nul\x00inside",
    "lone \ud800 surrogate",
    "\t\n\r",
    "   ",
    "",
]
TEXTS = st.one_of(
    st.text(max_size=60),
    st.sampled_from(NASTY),
    st.builds(lambda piece, n: (piece * n)[:10240], st.sampled_from(["字", "🚀", "a", "مر", "<b>"]), st.just(10240)),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20),
)
HTML = st.one_of(
    TEXTS,
    st.sampled_from(
        [
            "<p>ok</p><script>alert(1)</script>",
            '<img src="x" onerror="alert(1)">',
            '<a href="javascript:alert(1)">click</a>',
            "<iframe src='https://evil.example'></iframe>",
            '<div style="background:url(javascript:alert(1))">x</div>',
            "<svg onload=alert(1)><p>ok</p></svg>",
            "<p>unclosed <b>bold",
            '<form action="https://evil.example"><input name="x"></form>',
        ]
    ),
)
INTEGERS = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63),
    st.sampled_from([0, -1, 2**31 - 1, 2**31, -(2**31), -(2**31) - 1, 10**20]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["12", "abc", "", None, True, [], {}]),
)
FLOATS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0.0, -0.0, -0.05, 1e15, -1e15, 1e308, 5e-324, "1.5", "NaN", "abc", None]),
)
DATES = st.one_of(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from(["2020-13-45", "31.12.2020", "2020-02-30", "yesterday", "", "0000-00-00", 20200101]),
)
DATETIMES = st.one_of(
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    st.sampled_from(["2020-13-45 10:00:00", "2020-01-01T25:61:00", "now", "", 1700000000]),
)

ACCEPTED_ERRORS = (ValidationError, UserError, AccessError)
UNREADABLE = ("psycopg2", "Traceback", "IntegrityError", "DETAIL:", "violates", "ERROR:")


class _RolledBack(Exception):
    pass


class HostileInputCase(TransactionCase):
    """Strategies per field type and the create/write checkers."""

    inputs_tried = Counter()

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True, mail_create_nolog=True))

    # ---------------------------------------------------------------- strategies

    def ids_for(self, comodel, valid_ids):
        """Relation values: real ids, ids of an unrelated table, ids of nothing, junk."""
        foreign = self.env["res.country"].search([], limit=3, order="id desc").ids
        return st.one_of(
            st.sampled_from(valid_ids),
            st.sampled_from(foreign),
            st.integers(min_value=10**7, max_value=2**31 - 1),
            st.integers(min_value=-5, max_value=0),
            st.sampled_from(["abc", "1", 1.5, [1], None, False]),
        )

    def value_strategy(self, model, name, relations):
        field = self.env[model]._fields[name]
        kind = field.type
        if kind in ("char", "text"):
            return TEXTS
        if kind == "html":
            return HTML
        if kind == "integer":
            return INTEGERS
        if kind in ("float", "monetary"):
            return FLOATS
        if kind == "boolean":
            return st.one_of(st.booleans(), st.sampled_from([0, 1, "yes", None]))
        if kind == "selection":
            keys = [key for key, _label in field._description_selection(self.env)]
            return st.one_of(st.sampled_from(keys), TEXTS, st.sampled_from([1, None]))
        if kind == "date":
            return DATES
        if kind == "datetime":
            return st.one_of(DATETIMES, DATES)
        if kind == "many2one":
            return self.ids_for(field.comodel_name, relations[name])
        if kind == "many2many":
            ids = self.ids_for(field.comodel_name, relations[name])
            return st.one_of(
                st.lists(ids, max_size=3).map(lambda xs: [(6, 0, xs)]),
                st.lists(ids, max_size=3).map(lambda xs: [(4, x) for x in xs]),
                st.sampled_from([[(5,)], [(9, 1)], "abc", [("x",)], [(6, 0, "abc")]]),
            )
        raise AssertionError(f"no strategy for {model}.{name} ({kind})")

    def vals_strategy(self, model, names, relations, required=None):
        """Dicts with a random subset of `names`; `required` values (a strategy) are merged in."""
        optional = st.fixed_dictionaries({}, optional={n: self.value_strategy(model, n, relations) for n in names})
        if required is None:
            return optional
        return st.builds(lambda base, extra: {**base, **extra}, required, optional)

    # ------------------------------------------------------------------ checks

    def assert_readable(self, exc, model, vals):
        message = str(exc)
        self.assertTrue(message.strip(), f"{model}: empty {type(exc).__name__} for {vals!r:.300}")
        for marker in UNREADABLE:
            self.assertNotIn(marker, message, f"{model}: unreadable {type(exc).__name__}: {message[:500]}")

    def assert_stored(self, record, vals, converted=()):
        """What the database holds is what was sent (after Odoo's documented conversions).

        `converted` names fields the model normalises on purpose; the invariant checks those.
        """
        record.env.invalidate_all()
        for name, sent in vals.items():
            if name in converted:
                continue
            field = record._fields[name]
            stored = record[name]
            if field.type == "html":
                self.assert_sanitised(stored or "")
            elif field.type in ("char", "text") and isinstance(sent, str):
                self.assertEqual(stored, sent, f"{record._name}.{name} changed on the way to the database")
            elif field.type == "integer" and not isinstance(sent, (bool, type(None))):
                self.assertEqual(stored, int(sent or 0), f"{record._name}.{name}")
            elif field.type in ("float", "monetary") and sent not in (None, False):
                self.assertTrue(
                    math.isclose(stored, float(sent or 0), rel_tol=1e-9, abs_tol=0.051), f"{record._name}.{name}"
                )
            elif field.type == "selection" and sent:
                self.assertEqual(stored, sent, f"{record._name}.{name}")
            elif field.type == "date" and sent:
                self.assertEqual(stored, fields.Date.to_date(sent), f"{record._name}.{name}")
            elif field.type == "many2one" and sent:
                self.assertEqual(stored.id, sent, f"{record._name}.{name}")

    def assert_sanitised(self, html):
        lowered = str(html).lower()
        for marker in ("<script", "onerror=", "onload=", "javascript:", "<iframe", "<form"):
            self.assertNotIn(marker, lowered, f"unsanitised HTML stored: {html[:300]}")

    def _attempt(self, model, vals, action, check):
        """Run `action` in a savepoint; classify the result; always roll back."""
        try:
            with self.env.cr.savepoint():
                record = action()
                self.env.flush_all()
                check(record)
                raise _RolledBack
        except _RolledBack:
            return "accepted"
        except ACCEPTED_ERRORS as exc:
            self.assert_readable(exc, model, vals)
            return f"refused ({type(exc).__name__})"
        except AssertionError:
            raise
        except Exception as exc:
            raise AssertionError(
                f"{model}: {type(exc).__module__}.{type(exc).__name__} instead of a readable refusal for "
                f"{vals!r:.500}: {exc!s:.500}"
            ) from exc

    def fuzz_create(self, model, strategy, user=None, invariant=None, max_examples=None, converted=()):
        """Create records from `strategy`; return the outcome counts."""
        outcomes = Counter()
        Model = self.env[model].with_user(user) if user else self.env[model]
        count_before = self.env[model].sudo().with_context(active_test=False).search_count([])

        def check(record):
            self.assert_stored(record.sudo(), vals_holder[0], converted)
            if invariant:
                invariant(record.sudo())

        vals_holder = [None]

        @(settings(SETTINGS, max_examples=max_examples) if max_examples else SETTINGS)
        @given(strategy)
        def run(vals):
            vals_holder[0] = dict(vals)
            outcomes[self._attempt(model, vals, lambda: Model.create(dict(vals)), check)] += 1

        run()
        self.env.invalidate_all()
        after = self.env[model].sudo().with_context(active_test=False).search_count([])
        self.assertEqual(after, count_before, f"{model}: rolled-back examples left records behind")
        self._report(f"create {model}", outcomes)
        return outcomes

    def fuzz_write(self, record, strategy, user=None, invariant=None, max_examples=None, converted=()):
        """Write values from `strategy` on `record`; a refused write leaves it unchanged."""
        outcomes = Counter()
        model = record._name
        target = record.with_user(user) if user else record
        snapshot_fields = [
            name for name, f in record._fields.items() if f.store and f.type not in ("one2many", "binary")
        ]
        self.env.invalidate_all()
        before = record.sudo().read(snapshot_fields)[0]

        def check(rec):
            self.assert_stored(record.sudo(), vals_holder[0], converted)
            if invariant:
                invariant(record.sudo())

        vals_holder = [None]

        @(settings(SETTINGS, max_examples=max_examples) if max_examples else SETTINGS)
        @given(strategy)
        def run(vals):
            vals_holder[0] = dict(vals)
            result = self._attempt(model, vals, lambda: target.write(dict(vals)), check)
            outcomes[result] += 1
            self.env.invalidate_all()
            after = record.sudo().read(snapshot_fields)[0]
            changed = {k for k in snapshot_fields if after[k] != before[k] and k not in ("write_date", "write_uid")}
            self.assertFalse(changed, f"{model}: a {result} write left changes behind in {changed}")

        run()
        self._report(f"write {model}", outcomes)
        return outcomes

    def _report(self, label, outcomes):
        total = sum(outcomes.values())
        HostileInputCase.inputs_tried[label] += total
        _logger.info("hostile input, %s: %d inputs (%s)", label, total, dict(outcomes))
        print(f"hostile input, {label}: {total} inputs, {dict(outcomes)}")  # pylint: disable=print-used
