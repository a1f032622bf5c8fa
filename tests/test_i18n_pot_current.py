"""The committed .pot files are current: exported afresh from the code, they hold the same terms.

Both modules are installed (without demo data, as scripts/i18n.sh does) into a scratch database
and `odoo-bin i18n export` writes each module's template into a temporary directory. A term the
code has but the committed .pot lacks was never offered to the translators (and so has no German
or Chinese text, whatever test_packaging says); a term only the committed .pot has is dead.
Either way: run scripts/i18n.sh and translate the new terms.
"""

import subprocess

import polib
import pytest

from conftest import MODULES, PROJECT_DIR

pytestmark = pytest.mark.system


def _terms(path):
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)) if not entry.obsolete}


def test_committed_pot_files_match_the_code(scratch_db, tmp_path):
    scratch_db.run("-i", ",".join(MODULES), "--stop-after-init")
    stale = []
    for module in MODULES:
        exported = tmp_path / f"{module}.pot"
        proc = subprocess.run(
            [
                *scratch_db.odoo_bin,
                "i18n",
                "export",
                "-c",
                scratch_db.conf,
                "-d",
                scratch_db.db_name,
                "-o",
                str(exported),
                module,
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert proc.returncode == 0 and exported.is_file(), proc.stderr[-3000:]
        fresh = _terms(exported)
        committed = _terms(PROJECT_DIR / "addons" / module / "i18n" / f"{module}.pot")
        assert fresh, f"the export of {module} holds no term"
        missing = sorted(msgid for _ctx, msgid in fresh - committed)
        dead = sorted(msgid for _ctx, msgid in committed - fresh)
        if missing or dead:
            stale.append(
                f"{module}: {len(missing)} terms of the code are missing from the .pot {missing[:5]}, "
                f"{len(dead)} terms of the .pot are gone from the code {dead[:5]}"
            )
    assert not stale, "stale .pot files; run scripts/i18n.sh and translate the new terms:\n" + "\n".join(stale)
