#!/usr/bin/env bash
# Run every test: the module tests (pytest-odoo) and the whole-system tests
# under tests/, in one pytest session against a fresh database that is
# created for this run (unique name) and dropped afterwards.
# Extra arguments go to pytest, e.g. scripts/test.sh -k matchmaking
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_setup chromium docker-compose

DB="wfk_test_$(date +%Y%m%d_%H%M%S)_$$"
export WFK_TEST_DB="$DB" WFK_ODOO_CONF="$ODOO_CONF" WFK_ODOO_SRC="$ODOO_SRC" WFK_PYTHON="$VENV/bin/python"
cleanup() { drop_db "$DB"; }
trap cleanup EXIT

LOG="$RUN_DIR/install-$DB.log"
say "Installing $WFK_MODULES with demo data into $DB"
if ! odoo_bin -d "$DB" -i "$WFK_MODULES" --with-demo --load-language="$WFK_LANGUAGES" --stop-after-init --log-level=warn --logfile="$LOG"; then
    die "Installing the modules into $DB failed; see $LOG."
fi
if grep -E '^[0-9-]+ [0-9:,]+ [0-9]+ (ERROR|CRITICAL) ' "$LOG" >&2; then
    die "Installing the modules into $DB logged errors (above); see $LOG."
fi

cd "$PROJECT_DIR"
"$VENV/bin/pytest" --odoo-database="$DB" --odoo-config="$ODOO_CONF" --odoo-http "$@"
