"""Install, upgrade and uninstall both WFK modules in a scratch database."""

import pytest

from conftest import MODULES

pytestmark = pytest.mark.system


@pytest.mark.parametrize("with_demo", [False, True], ids=["without-demo", "with-demo"])
def test_install_upgrade_uninstall(scratch_db, with_demo):
    demo = ["--with-demo"] if with_demo else []
    scratch_db.run("-i", ",".join(MODULES), *demo, "--stop-after-init")
    assert scratch_db.module_states() == dict.fromkeys(MODULES, "installed")
    demo_users = scratch_db.query("SELECT count(*) FROM res_users WHERE login IN ('li.wei', 'anna.becker')")[0][0]
    assert demo_users == (2 if with_demo else 0)

    log = scratch_db.run("-u", ",".join(MODULES), "--stop-after-init")
    assert "wfk_china_crm" in log
    assert scratch_db.module_states() == dict.fromkeys(MODULES, "installed")

    scratch_db.run("module", "uninstall", *reversed(MODULES))
    assert scratch_db.module_states() == dict.fromkeys(MODULES, "uninstalled")
    # Odoo stays usable: CRM is still installed and no WFK menu, group or view is left behind.
    assert scratch_db.module_states(["crm"]) == {"crm": "installed"}
    leftovers = scratch_db.query(
        "SELECT count(*) FROM ir_model_data WHERE module IN ('wfk_china_crm', 'wfk_isa_membership')"
    )[0][0]
    assert leftovers == 0

    # Nothing of WFK stays on Odoo's own tables: columns, indexes, constraints, statistics.
    core = ["crm_lead", "res_partner", "calendar_event", "event_event", "event_registration", "event_booth"]
    columns = scratch_db.query(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_name = ANY(%s) "
        "AND (column_name LIKE 'wfk%%' OR column_name = 'representation_office_id')",
        [core],
    )
    assert columns == []
    indexes = scratch_db.query(
        "SELECT tablename, indexname FROM pg_indexes WHERE tablename = ANY(%s) AND indexname LIKE '%%wfk%%'", [core]
    )
    assert indexes == []
    constraints = scratch_db.query(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE conrelid::regclass::text = ANY(%s) "
        "AND conname LIKE '%%wfk%%'",
        [core],
    )
    assert constraints == []
    statistics = scratch_db.query("SELECT stxname FROM pg_statistic_ext WHERE stxname LIKE 'wfk%%'")
    assert statistics == []
