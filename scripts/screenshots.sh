#!/usr/bin/env bash
# Capture the main screens into docs/screenshots/*.png with Odoo's own ChromeBrowser, each as the demo
# user who works with it, in their language: a fresh demo database (the modules, German and Chinese),
# then the HttpCase addons/wfk_isa_membership/tests/screens.py, run alone by pytest-odoo; the database
# is dropped afterwards (Chinese text needs a CJK font: fonts-noto-cjk).
# WFK_SCREENS_DB=<existing demo database> skips the install.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_setup chromium fonts-noto-cjk

DB="${WFK_SCREENS_DB:-wfk_screens_$$}"
LOG="$RUN_DIR/screenshots-$DB.log"
cleanup() { [ -z "${WFK_SCREENS_DB:-}" ] && drop_db "$DB"; return 0; }
trap cleanup EXIT

if [ -z "${WFK_SCREENS_DB:-}" ]; then
    say "Installing $WFK_MODULES with demo data into $DB"
    odoo_bin -d "$DB" -i "$WFK_MODULES" --with-demo --load-language="$WFK_LANGUAGES" --stop-after-init --log-level=warn --logfile="$LOG" \
        || die "Installing the modules into $DB failed; see $LOG."
fi
cd "$PROJECT_DIR"
"$VENV/bin/pytest" --odoo-database="$DB" --odoo-config="$ODOO_CONF" --odoo-http -q \
    addons/wfk_isa_membership/tests/screens.py "$@"
say "Screenshots written to docs/screenshots/"
