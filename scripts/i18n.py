"""Translations of each module's de.po and zh_CN.po (gettext's msgmerge keeps them in step with the .pot).

python scripts/i18n.py check            list terms without translation (exit 1 if any)
python scripts/i18n.py fill FILE.json   set translations: {"de": {msgid: msgstr}, "zh_CN": {...}}
"""

import json
import os
import sys
from pathlib import Path

import polib

ADDONS = Path(__file__).resolve().parent.parent / "addons"
LANGS = {"de": "German", "zh_CN": "Chinese (Simplified)"}


def modules():
    return sorted(p.parent.parent for p in ADDONS.glob("*/i18n/*.pot"))


def po_path(module, lang):
    return module / "i18n" / f"{lang}.po"


def untranslated():
    missing = []
    for module in modules():
        for lang in LANGS:
            path = po_path(module, lang)
            if not path.is_file():
                missing.append((module.name, lang, "<no file>"))
                continue
            missing += [(module.name, lang, e.msgid) for e in polib.pofile(str(path)) if not e.msgstr]
    return missing


def fill(json_file):
    data = json.loads(Path(json_file).read_text())
    for module in modules():
        for lang, table in data.items():
            path = po_path(module, lang)
            po = polib.pofile(str(path), wrapwidth=78)
            for entry in po:
                if entry.msgid in table:
                    entry.msgstr = table[entry.msgid]
            po.save(str(path))


ODOO_MODULES = ["mail", "crm", "sales_team", "calendar", "contacts", "event", "event_crm", "event_booth", "web", "base"]


def odoo_translations(lang):
    """{msgid: msgstr} from the .po files of the Odoo modules we build on."""
    src = Path(os.environ.get("ODOO_SRC", "/opt/odoo"))
    table = {}
    for module in reversed(ODOO_MODULES):  # earlier modules win
        for base in (src / "addons" / module, src / "odoo" / "addons" / module):
            path = base / "i18n" / f"{lang}.po"
            if path.is_file():
                table.update({e.msgid: e.msgstr for e in polib.pofile(str(path)) if e.msgstr and not e.obsolete})
    return table


def reuse():
    for lang in LANGS:
        table = odoo_translations(lang)
        for module in modules():
            path = po_path(module, lang)
            po = polib.pofile(str(path), wrapwidth=78)
            for entry in po:
                if not entry.msgstr and entry.msgid in table:
                    entry.msgstr = table[entry.msgid]
            po.save(str(path))


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "fill":
        fill(sys.argv[2])
    elif command == "reuse":
        reuse()
    missing = untranslated()
    for module, lang, msgid in missing:
        print(f"{module} {lang}: {msgid[:90]!r}")
    if command == "check" and missing:
        sys.exit(1)


if __name__ == "__main__":
    main()
