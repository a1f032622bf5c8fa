"""Packaging checks: Docker route, translations, module layout."""

import ast
import re
import shutil
import subprocess

import polib
import pytest

from conftest import MODULES, PROJECT_DIR


def _compose_command():
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    pytest.fail("Neither 'docker compose' nor 'docker-compose' is installed (scripts/test.sh installs docker-compose)")


def test_docker_compose_config_is_valid():
    proc = subprocess.run([*_compose_command(), "config", "-q"], cwd=PROJECT_DIR, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_docker_compose_services():
    proc = subprocess.run(
        [*_compose_command(), "config", "--services"], cwd=PROJECT_DIR, capture_output=True, text=True
    )
    assert set(proc.stdout.split()) == {"db", "odoo-init", "odoo"}


@pytest.mark.parametrize("module", MODULES)
def test_manifest_is_oca_style(module):
    manifest = ast.literal_eval((PROJECT_DIR / "addons" / module / "__manifest__.py").read_text())
    assert manifest["license"] in {"AGPL-3", "LGPL-3"}
    assert manifest["version"].startswith("19.0.")
    for key in ("author", "website", "maintainers", "development_status", "summary"):
        assert manifest.get(key), key
    for fragment in ("DESCRIPTION.md", "USAGE.md", "CONFIGURE.md"):
        assert (PROJECT_DIR / "addons" / module / "readme" / fragment).is_file(), fragment


@pytest.mark.parametrize("module", MODULES)
def test_readme_shown_in_apps_fetches_nothing_from_elsewhere(module):
    """Odoo renders a module's README.rst in Apps: no image or other resource from another server."""
    readme = (PROJECT_DIR / "addons" / module / "README.rst").read_text()
    assert not re.search(r"\.\. (\|[^|]+\| )?(image|figure|raw|include)::", readme), "README.rst embeds a resource"


@pytest.mark.parametrize("lang", ["de", "zh_CN"])
@pytest.mark.parametrize("module", MODULES)
def test_every_pot_term_is_translated(module, lang):
    i18n = PROJECT_DIR / "addons" / module / "i18n"
    pot = polib.pofile(str(i18n / f"{module}.pot"))
    po = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(i18n / f"{lang}.po")) if not e.obsolete}
    missing = [e.msgid for e in pot if not po.get((e.msgctxt, e.msgid))]
    assert not missing, f"{len(missing)} terms of {module} lack a {lang} translation: {missing[:10]}"


def test_dashboard_json_is_generated_from_its_script():
    proc = subprocess.run(
        ["python3", str(PROJECT_DIR / "scripts" / "build_dashboard.py"), "--check"], capture_output=True, check=False
    )
    assert proc.returncode == 0, "run `python scripts/build_dashboard.py` and commit the JSON"
