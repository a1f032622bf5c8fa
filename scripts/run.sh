#!/usr/bin/env bash
# Bring up a local DEMO of Odoo 19 with both WFK modules and demo data on
# http://localhost:8069 (loopback only; login admin / admin, demo users' passwords
# are their logins). Not a production server: see README, "Running in production". The database (WFK_DB, default "wfk") is created and the
# modules installed on the first run; later runs update the WFK modules and start.
# Extra arguments go to odoo-bin.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_setup

DB="${WFK_DB:-wfk}"
PORT="${WFK_HTTP_PORT:-8069}"
if "$VENV/bin/python" -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1', $PORT)) != 0)"; then
    die "Port $PORT is already in use (another Odoo?); stop that process or run with WFK_HTTP_PORT=<free port>."
fi

if db_exists "$DB"; then
    say "Updating $WFK_MODULES in database $DB"
    odoo_bin -d "$DB" -u "$WFK_MODULES" --stop-after-init --log-level=warn \
        || die "Updating the modules in database $DB failed; see the log above."
else
    say "Creating database $DB with $WFK_MODULES and demo data (about a minute)"
    odoo_bin -d "$DB" -i "$WFK_MODULES" --with-demo --load-language="$WFK_LANGUAGES" --stop-after-init --log-level=warn \
        || { drop_db "$DB"; die "Installing the modules into a new database $DB failed; see the log above."; }
fi

say "Odoo (local demo, loopback only) is starting on http://localhost:$PORT (login admin / admin); stop it with Ctrl+C"
exec "$VENV/bin/python" "$ODOO_SRC/odoo-bin" -c "$ODOO_CONF" -d "$DB" --db-filter="^$DB\$" --http-port="$PORT" "$@"
