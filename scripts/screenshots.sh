#!/usr/bin/env bash
# Capture the main screens into docs/screenshots/*.png: a fresh demo database (both modules),
# Odoo on a free 127.0.0.1 port, headless Chromium driven by scripts/screenshots.py; the
# database is dropped afterwards (Chinese text needs a CJK font: fonts-wqy-zenhei is installed).
# WFK_SCREENS_DB=<existing demo database> skips the install.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_setup chromium fonts-wqy-zenhei

DB="${WFK_SCREENS_DB:-wfk_screens_$$}"
PORT="$("$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
LOG="$RUN_DIR/screenshots-$DB.log"
SERVER=""
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    [ -z "${WFK_SCREENS_DB:-}" ] && drop_db "$DB"
    return 0
}
trap cleanup EXIT

if [ -z "${WFK_SCREENS_DB:-}" ]; then
    say "Installing $WFK_MODULES with demo data into $DB"
    odoo_bin -d "$DB" -i "$WFK_MODULES" --with-demo --stop-after-init --log-level=warn --logfile="$LOG" \
        || die "Installing the modules into $DB failed; see $LOG."
fi
say "Serving $DB on http://127.0.0.1:$PORT"
"$VENV/bin/python" "$ODOO_SRC/odoo-bin" -c "$ODOO_CONF" -d "$DB" --db-filter="^$DB\$" --http-interface=127.0.0.1 --http-port="$PORT" \
    --gevent-port="$(( PORT + 1 ))" --max-cron-threads=0 --log-level=warn --logfile="$LOG" &
SERVER=$!
for _ in $(seq 1 180); do
    curl -fsS "http://127.0.0.1:$PORT/web/health" >/dev/null 2>&1 && break
    kill -0 "$SERVER" 2>/dev/null || die "Odoo stopped before answering; see $LOG."
    sleep 1
done
"$VENV/bin/python" "$PROJECT_DIR/scripts/screenshots.py" --url "http://127.0.0.1:$PORT" --db "$DB" \
    --out "$PROJECT_DIR/docs/screenshots" "$@"
say "Screenshots written to docs/screenshots/"
