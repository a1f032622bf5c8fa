#!/usr/bin/env bash
# Regenerate each module's .pot from a scratch database and merge it into
# de.po and zh_CN.po (translations are kept; new terms come in untranslated).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_setup
DB="wfk_i18n_$$"
trap 'drop_db "$DB"' EXIT
say "Exporting the .pot files through a scratch database $DB"
odoo_bin -d "$DB" -i "$WFK_MODULES" --stop-after-init --log-level=warn
"$VENV/bin/python" "$ODOO_SRC/odoo-bin" i18n export -c "$ODOO_CONF" -d "$DB" ${WFK_MODULES//,/ } >/dev/null
"$VENV/bin/python" "$PROJECT_DIR/scripts/i18n.py" merge
"$VENV/bin/python" "$PROJECT_DIR/scripts/i18n.py" reuse >/dev/null
"$VENV/bin/python" "$PROJECT_DIR/scripts/i18n.py" check || true
