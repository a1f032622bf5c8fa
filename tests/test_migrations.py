"""Migration-script conventions, checked without a database.

A module whose stored fields change between releases bumps its version in __manifest__.py
and ships addons/<module>/migrations/<version>/{pre,post,end}-*.py scripts, each defining
migrate(cr, version). Odoo runs a folder when the installed version is older than the folder's
and the folder's is not newer than the manifest's: a folder beyond the manifest version never
runs. tests/test_upgrade_safety.py checks the other half on a real upgrade: stored fields that
disappear since the baseline release require a version bump and a migrations folder.
"""

import ast

import pytest

from conftest import MODULES, PROJECT_DIR, full_version, manifest_version


def migration_problems(addon_dir):
    """Everything wrong with the migrations/ folder of one addon (an empty list if none)."""
    folder = addon_dir / "migrations"
    if not folder.is_dir():
        return []
    current = full_version(manifest_version(addon_dir))
    problems = []
    for version_dir in sorted(p for p in folder.iterdir() if p.is_dir() and p.name != "__pycache__"):
        name = version_dir.name
        try:
            version = full_version(name)
        except ValueError:
            problems.append(f"migrations/{name}: not a version number")
            continue
        if name != "0.0.0" and version > current:
            problems.append(f"migrations/{name}: newer than the manifest version {'.'.join(map(str, current))}")
        scripts = sorted(version_dir.glob("*.py"))
        if not scripts:
            problems.append(f"migrations/{name}: no script")
        for script in scripts:
            if not script.name.startswith(("pre-", "post-", "end-")):
                problems.append(f"migrations/{name}/{script.name}: Odoo runs only pre-*, post-* and end-* scripts")
                continue
            functions = [node.name for node in ast.parse(script.read_text()).body if isinstance(node, ast.FunctionDef)]
            if "migrate" not in functions:
                problems.append(f"migrations/{name}/{script.name}: defines no migrate(cr, version)")
    return problems


@pytest.mark.parametrize("module", MODULES)
def test_module_migrations_follow_the_conventions(module):
    addon_dir = PROJECT_DIR / "addons" / module
    assert full_version(manifest_version(addon_dir))[:2] == (19, 0)
    assert migration_problems(addon_dir) == []


def test_convention_check_catches_bad_layouts(tmp_path):
    addon = tmp_path / "wfk_example"
    addon.mkdir()
    (addon / "__manifest__.py").write_text("{'name': 'Example', 'version': '19.0.1.1.0'}")
    assert migration_problems(addon) == []
    good = addon / "migrations" / "19.0.1.1.0"
    good.mkdir(parents=True)
    (good / "pre-migrate.py").write_text("def migrate(cr, version):\n    pass\n")
    (addon / "migrations" / "1.0.5").mkdir()
    (addon / "migrations" / "1.0.5" / "post-migrate.py").write_text("def migrate(cr, version):\n    pass\n")
    assert migration_problems(addon) == []
    (addon / "migrations" / "19.0.1.2.0").mkdir()
    (addon / "migrations" / "19.0.1.2.0" / "migrate.py").write_text("x = 1\n")
    (good / "post-fix.py").write_text("def fix(cr):\n    pass\n")
    (addon / "migrations" / "next").mkdir()
    assert migration_problems(addon) == [
        "migrations/19.0.1.1.0/post-fix.py: defines no migrate(cr, version)",
        "migrations/19.0.1.2.0: newer than the manifest version 19.0.1.1.0",
        "migrations/19.0.1.2.0/migrate.py: Odoo runs only pre-*, post-* and end-* scripts",
        "migrations/next: not a version number",
    ]
