"""Upgrade safety: install the baseline release with data, upgrade to the working tree, lose nothing.

The baseline is the commit named in tests/upgrade_baseline.txt. Its addons/ are
exported with `git archive`, installed with demo data plus extra chatter messages
and attachments, then the database is upgraded (-u) with the working tree's
addons. Every row of every table the WFK modules own or extend must still be
there with the same values, and so must every attachment and message. A stored field
that disappears (removed or renamed) requires a version bump and a migrations/<version>/
script (see tests/test_migrations.py for the layout rules).
"""

import subprocess
import textwrap
from pathlib import Path

import pytest

from conftest import MODULES, PROJECT_DIR, OdooCli, full_version, manifest_version

pytestmark = pytest.mark.system

# Tables whose rows must survive unchanged (columns present before and after are compared).
EXTENDED_TABLES = ["crm_lead", "res_partner", "crm_team", "crm_stage", "crm_lost_reason", "res_users"]
VOLATILE_COLUMNS = {"write_date", "write_uid"}

ADD_CHATTER = textwrap.dedent(
    """
    for model in env['ir.model'].search([('model', 'like', 'wfk.%'), ('transient', '=', False)]).mapped('model'):
        Model = env[model]
        if not hasattr(Model, 'message_post') or Model._abstract:
            continue
        for record in Model.search([], limit=3):
            record.message_post(body='Upgrade check note', message_type='comment',
                                attachments=[('note.txt', b'kept across upgrades')])
    env.cr.commit()
    """
)


def _baseline_ref():
    lines = (PROJECT_DIR / "tests" / "upgrade_baseline.txt").read_text().splitlines()
    return next(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@pytest.fixture
def baseline_conf(tmp_path, odoo_conf):
    """A server configuration whose addons path uses the baseline's addons/."""
    ref = _baseline_ref()
    archive = subprocess.run(
        ["git", "-C", str(PROJECT_DIR), "archive", ref, "addons"], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tmp_path)], input=archive, check=True)
    conf = tmp_path / "baseline.conf"
    conf.write_text(open(odoo_conf).read().replace(f"{PROJECT_DIR}/addons", f"{tmp_path}/addons"))
    return str(conf)


def _wfk_tables(cli):
    rows = cli.query(
        """SELECT m.model FROM ir_model m JOIN ir_model_data d ON d.model = 'ir.model' AND d.res_id = m.id
           WHERE d.module = ANY(%s) AND NOT m.transient""",
        (MODULES,),
    )
    return sorted({model.replace(".", "_") for (model,) in rows} | set(EXTENDED_TABLES))


def _snapshot(cli, tables):
    """{table: {column: {id: value}}} for every real table, plus messages and attachments."""
    snap = {}
    for table in tables:
        columns = [
            c
            for (c,) in cli.query(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND table_schema = 'public'",
                (table,),
            )
            if c not in VOLATILE_COLUMNS
        ]
        if not columns:  # SQL views and abstract models have no table
            continue
        cols = ", ".join(f'"{c}"::text' for c in columns)
        data = {row[0]: row for row in cli.query(f'SELECT {cols} FROM "{table}" ORDER BY id')}
        snap[table] = {"columns": columns, "rows": data}
    snap["mail_message"] = {
        "rows": dict(
            cli.query(
                "SELECT id, md5(coalesce(body, '') || coalesce(model, '') || coalesce(res_id, 0)) FROM mail_message"
            )
        )
    }
    snap["ir_attachment"] = {
        "rows": dict(
            cli.query(
                "SELECT id, coalesce(checksum, '') || coalesce(res_model, '') || coalesce(res_id, 0) FROM ir_attachment"
            )
        )
    }
    return snap


def _stored_fields(cli):
    """{module: {(model, field)}} of the stored fields each WFK module declares."""
    rows = cli.query(
        """SELECT d.module, f.model, f.name FROM ir_model_fields f
           JOIN ir_model_data d ON d.model = 'ir.model.fields' AND d.res_id = f.id
           WHERE d.module = ANY(%s) AND f.store""",
        (MODULES,),
    )
    fields = {module: set() for module in MODULES}
    for module, model, name in rows:
        fields[module].add((model, name))
    return fields


def _removed_fields_problems(before, after, baseline_addons):
    """Stored fields gone since the baseline need a version bump and a migrations/<version>/ folder."""
    problems = []
    for module in MODULES:
        removed = sorted(before[module] - after[module])
        if not removed:
            continue
        old_version = manifest_version(baseline_addons / module)
        new_version = manifest_version(PROJECT_DIR / "addons" / module)
        scripts = PROJECT_DIR / "addons" / module / "migrations" / new_version
        if full_version(new_version) <= full_version(old_version):
            problems.append(f"{module}: stored fields {removed} are gone but the version stays {new_version}")
        elif not any(scripts.glob("*.py")):
            problems.append(f"{module}: stored fields {removed} are gone but migrations/{new_version}/ has no script")
    return problems


def test_upgrade_keeps_every_record(scratch_db, baseline_conf, odoo_conf, capsys):
    baseline = OdooCli(baseline_conf, scratch_db.db_name)
    baseline_addons = Path(baseline_conf).parent / "addons"
    # modules added since the baseline are installed by the upgrade run, as an operator would
    existing = [module for module in MODULES if (baseline_addons / module).is_dir()]
    added = [module for module in MODULES if module not in existing]
    baseline.run("-i", ",".join(existing), "--with-demo", "--stop-after-init")
    shell = subprocess.run(
        [*baseline.odoo_bin, "shell", "-c", baseline_conf, "-d", baseline.db_name, "--log-level=warn"],
        input=ADD_CHATTER,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert shell.returncode == 0, shell.stderr[-3000:]
    notes = baseline.query("SELECT count(*) FROM mail_message WHERE body LIKE '%%Upgrade check note%%'")[0][0]
    assert notes > 0, "the baseline has WFK records with chatter"

    tables = _wfk_tables(baseline)
    before = _snapshot(baseline, tables)
    fields_before = _stored_fields(baseline)

    scratch_db.run("-u", ",".join(existing), *(["-i", ",".join(added)] if added else []), "--stop-after-init")
    assert scratch_db.module_states() == dict.fromkeys(MODULES, "installed")
    after = _snapshot(scratch_db, tables)
    assert not _removed_fields_problems(fields_before, _stored_fields(scratch_db), baseline_addons)

    compared = 0
    for table, old in before.items():
        new = after.get(table)
        assert new is not None, f"table {table} disappeared"
        missing = set(old["rows"]) - set(new["rows"])
        assert not missing, f"{table}: {len(missing)} rows lost, e.g. ids {sorted(missing)[:5]}"
        if "columns" not in old:
            assert all(new["rows"][i] == v for i, v in old["rows"].items()), f"{table} changed"
            compared += len(old["rows"])
            continue
        kept = [c for c in old["columns"] if c in new["columns"]]
        for column in kept:
            i_old, i_new = old["columns"].index(column), new["columns"].index(column)
            changed = [rid for rid, row in old["rows"].items() if row[i_old] != new["rows"][rid][i_new]]
            assert not changed, f"{table}.{column} changed on ids {changed[:5]}"
            compared += len(old["rows"])
    assert compared > 1000
    with capsys.disabled():
        rows = sum(len(table["rows"]) for table in before.values())
        print(f"\nupgrade safety: {rows} rows in {len(before)} tables, {compared} values compared, none lost")


def test_removed_fields_need_a_version_bump_and_a_script(tmp_path):
    from test_upgrade_safety import _removed_fields_problems

    baseline = tmp_path / "baseline"
    for module in MODULES:
        (baseline / module).mkdir(parents=True)
        (baseline / module / "__manifest__.py").write_text(
            repr({"version": manifest_version(PROJECT_DIR / "addons" / module)})
        )
    kept = {module: {("wfk.contact.log", "subject")} for module in MODULES}
    assert _removed_fields_problems(kept, kept, baseline) == []
    gone = {module: set() for module in MODULES}
    problems = _removed_fields_problems(kept, gone, baseline)
    assert len(problems) == len(MODULES)
    assert "are gone but the version stays" in problems[0]
