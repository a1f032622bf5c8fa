#!/usr/bin/env bash
# Regenerate each module's .pot from a scratch database and merge it into
# de.po and zh_CN.po (translations are kept; new terms come in untranslated).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_setup gettext
DB="wfk_i18n_$$"
trap 'drop_db "$DB"' EXIT
say "Exporting the .pot files through a scratch database $DB"
odoo_bin -d "$DB" -i "$WFK_MODULES" --stop-after-init --log-level=warn
"$VENV/bin/python" "$ODOO_SRC/odoo-bin" i18n export -c "$ODOO_CONF" -d "$DB" ${WFK_MODULES//,/ } >/dev/null
for pot in "$PROJECT_DIR"/addons/*/i18n/*.pot; do
    for lang in de zh_CN; do
        po="$(dirname "$pot")/$lang.po"
        [ -f "$po" ] || msginit --no-translator --no-wrap --locale="$lang" --input="$pot" --output-file="$po"
        # gettext's msgmerge: translations kept, new terms empty, no fuzzy guesses, obsolete terms dropped
        msgmerge --quiet --no-fuzzy-matching --backup=none --update "$po" "$pot"
        msgattrib --no-obsolete --output-file="$po" "$po"
    done
done
"$VENV/bin/python" "$PROJECT_DIR/scripts/i18n.py" reuse >/dev/null
"$VENV/bin/python" "$PROJECT_DIR/scripts/i18n.py" check || true
