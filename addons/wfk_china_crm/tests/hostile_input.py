"""Hostile input for the WFK models, sent as an API client would: JSON-2 over HTTP.

`HostileInputCase.fuzz_create` / `fuzz_write` throw random values at chosen fields of a model:
text in every script (Chinese, Arabic and Hebrew with bidi controls, emoji, combining marks,
NUL, lone surrogates, 10 kB strings, markup), numbers out of every range (NaN and infinities
included: Python's json writes and reads them as the tokens NaN/Infinity), impossible or
inverted dates, unknown selection keys, ids of another model or of nothing, malformed x2many
commands. Each example is one ``POST /json/2/<model>/create`` (``{"vals_list": [vals]}``) or
``POST /json/2/<model>/write`` (``{"ids": [id], "vals": vals}``), authenticated with an API key
of the user who does the work, and runs inside a savepoint of the test transaction that is
rolled back afterwards, so examples do not see each other's records. An example passes when
the server either

- refuses it with HTTP 4xx and one of Odoo's readable exceptions (ValidationError, UserError,
  AccessError, MissingError) whose message is readable (no SQL error, no traceback), and
  nothing is half-written: a refused create adds no row to the model's table, a refused write
  leaves the record with its old values; or
- accepts it (HTTP 200), and what the database now holds is what was sent (no silent
  truncation or corruption), with HTML sanitised.

Anything else (HTTP 500, any other exception name, a readable refusal that left rows behind)
fails the test.
"""

import contextlib
import json
import logging
import math
from collections import Counter
from datetime import date, datetime

from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from odoo import fields
from odoo.tests import HttpCase
from odoo.tools import SQL

_logger = logging.getLogger(__name__)

SETTINGS = settings(
    max_examples=50,
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

READABLE_ERRORS = {
    "odoo.exceptions.ValidationError": 422,
    "odoo.exceptions.UserError": 422,
    "odoo.exceptions.AccessError": 403,
    "odoo.exceptions.MissingError": 404,
}
UNREADABLE = ("psycopg2", "Traceback", "IntegrityError", "DETAIL:", "violates", "ERROR:")
# Readable but wrong for a create or write: Odoo's generic text for a foreign-key violation, which a
# dangling id in the values would produce ("Another model is using the record you are trying to delete").
MISLEADING = ("trying to delete",)


def to_json(value):
    """The value as an API client sends it: dates as ISO strings, tuples as lists."""
    if isinstance(value, datetime):
        return fields.Datetime.to_string(value)
    if isinstance(value, date):
        return fields.Date.to_string(value)
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    return value


def json_body(params):
    """JSON text with NaN/Infinity tokens and lone surrogates escaped as \\udxxx (ensure_ascii)."""
    return json.dumps(to_json(params), ensure_ascii=True, allow_nan=True)


class _RolledBack(Exception):
    pass


class HostileInputCase(HttpCase):
    """Strategies per field type, the JSON-2 client and the create/write checkers."""

    inputs_tried = Counter()
    # What an API client sends as context: nothing special (tracking and chatter stay on).
    rpc_context = {}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True, mail_create_nolog=True))

    def setUp(self):
        super().setUp()
        self._api_keys = {}

    # ------------------------------------------------------------- JSON-2 client

    def api_key(self, user):
        if user.id not in self._api_keys:
            self._api_keys[user.id] = (
                self.env["res.users.apikeys"].with_user(user).sudo()._generate("rpc", "hostile input", None)
            )
        return self._api_keys[user.id]

    def json2(self, user, model, method, **params):
        """POST /json/2/<model>/<method> as `user`; return (status, decoded body)."""
        self.env.flush_all()
        response = self.url_open(
            f"/json/2/{model}/{method}",
            data=json_body(dict(params, context=dict(self.rpc_context))),
            headers={
                "Content-Type": "application/json",
                "Authorization": f"bearer {self.api_key(user)}",
                "X-Odoo-Database": self.env.cr.dbname,
            },
            timeout=120,
        )
        try:
            body = response.json()
        except ValueError:
            body = response.text
        return response.status_code, body

    def table_count(self, model):
        self.env.flush_all()
        self.env.cr.execute(SQL("SELECT count(*) FROM %s", SQL.identifier(self.env[model]._table)))
        return self.env.cr.fetchone()[0]

    def snapshot(self, record):
        names = [name for name, f in record._fields.items() if f.store and f.type not in ("one2many", "binary")]
        self.env.invalidate_all()
        values = record.sudo().read(names)[0]
        return {k: v for k, v in values.items() if k not in ("write_date", "write_uid", "__last_update")}

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

    def assert_readable(self, message, name, model, vals):
        self.assertTrue(str(message or "").strip(), f"{model}: empty {name} for {vals!r:.300}")
        for marker in UNREADABLE:
            self.assertNotIn(marker, message, f"{model}: unreadable {name} for {vals!r:.300}: {message:.500}")
        for marker in MISLEADING:
            self.assertNotIn(marker, message, f"{model}: misleading {name} for {vals!r:.300}: {message:.500}")

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

    def _attempt(self, user, model, method, params, sent, accepted, refused):
        """One JSON-2 call in a savepoint of the test transaction; classify it; always roll back.

        `accepted(result)` checks what was stored, `refused()` that nothing was half-written.
        """
        label = None
        self.api_key(user)  # outside the savepoint, or the key is rolled back with the first example
        with contextlib.suppress(_RolledBack), self.env.cr.savepoint():
            status, body = self.json2(user, model, method, **params)
            self.env.invalidate_all()
            if status == 200:
                label = "accepted"
                accepted(body)
            else:
                name = body.get("name") if isinstance(body, dict) else None
                message = body.get("message", "") if isinstance(body, dict) else str(body)
                if READABLE_ERRORS.get(name) != status:
                    debug = body.get("debug", "") if isinstance(body, dict) else ""
                    raise AssertionError(
                        f"{model}.{method}: HTTP {status} {name} instead of a readable refusal for "
                        f"{sent!r:.500}: {message!s:.500}\n{debug[-1500:]}"
                    )
                self.assert_readable(message, name, model, sent)
                label = f"refused ({name.rsplit('.', 1)[-1]})"
                refused()
            raise _RolledBack
        self.env.invalidate_all()
        return label

    def _check_invariant(self, invariant, record, sent):
        if not invariant:
            return
        try:
            invariant(record)
        except AssertionError as exc:
            raise AssertionError(f"{record._name}: accepted {sent!r:.300}, but then {exc}") from exc

    def check_create(self, model, vals, user, invariant=None, converted=(), count_before=None):
        """Send one create through JSON-2 and check its outcome; return "accepted" or "refused (...)"."""
        sent = json.loads(json_body(vals))  # what the server decodes
        if count_before is None:
            count_before = self.table_count(model)

        def accepted(ids):
            self.assertIsInstance(ids, list, f"{model}.create answered {ids!r:.200}")
            self.assertEqual(self.table_count(model), count_before + 1, f"{model}: one row per create")
            record = self.env[model].browse(ids).sudo()
            self.assertEqual(len(record), 1)
            self.assert_stored(record, sent, converted)
            self._check_invariant(invariant, record, sent)

        def refused():
            after = self.table_count(model)
            self.assertEqual(after, count_before, f"{model}: a refused create of {sent!r:.300} left rows")

        return self._attempt(user, model, "create", {"vals_list": [vals]}, sent, accepted, refused)

    def check_write(self, record, vals, user, invariant=None, converted=(), before=None):
        """Send one write through JSON-2 and check its outcome; return "accepted" or "refused (...)"."""
        model = record._name
        sent = json.loads(json_body(vals))
        if before is None:
            before = self.snapshot(record)

        def accepted(result):
            self.assertIs(result, True, f"{model}.write answered {result!r:.200}")
            self.assert_stored(record.sudo(), sent, converted)
            self._check_invariant(invariant, record.sudo(), sent)

        def refused():
            after = self.snapshot(record)
            changed = {k for k in before if after[k] != before[k]}
            self.assertFalse(changed, f"{model}: a refused write of {sent!r:.300} left changes in {changed}")

        return self._attempt(user, model, "write", {"ids": record.ids, "vals": vals}, sent, accepted, refused)

    def fuzz_create(self, model, strategy, user, invariant=None, max_examples=None, converted=()):
        """Create records from `strategy` through JSON-2; return the outcome counts."""
        outcomes = Counter()
        count_before = self.table_count(model)

        @(settings(SETTINGS, max_examples=max_examples) if max_examples else SETTINGS)
        @given(strategy)
        def run(vals):
            outcomes[self.check_create(model, vals, user, invariant, converted, count_before)] += 1

        run()
        self.assertEqual(self.table_count(model), count_before, f"{model}: rolled-back examples left rows behind")
        self._report(f"create {model}", outcomes)
        return outcomes

    def fuzz_write(self, record, strategy, user, invariant=None, max_examples=None, converted=()):
        """Write values from `strategy` on `record` through JSON-2; a refused write leaves it unchanged."""
        outcomes = Counter()
        before = self.snapshot(record)

        @(settings(SETTINGS, max_examples=max_examples) if max_examples else SETTINGS)
        @given(strategy)
        def run(vals):
            outcomes[self.check_write(record, vals, user, invariant, converted, before)] += 1

        run()
        self.assertEqual(self.snapshot(record), before, f"{record._name}: rolled-back examples left changes behind")
        self._report(f"write {record._name}", outcomes)
        return outcomes

    def _report(self, label, outcomes):
        total = sum(outcomes.values())
        HostileInputCase.inputs_tried[label] += total
        _logger.info("hostile input, %s: %d inputs (%s)", label, total, dict(outcomes))
        print(f"hostile input, {label}: {total} inputs, {dict(outcomes)}")  # pylint: disable=print-used
