#!/usr/bin/env bash
# Prepare everything both commands need (idempotent): Debian packages, the
# virtual environment with Odoo and the pinned requirements, PostgreSQL and
# the rendered server configuration in .run/odoo.conf.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_setup "$@"
say "Ready: Odoo $ODOO_SRC, venv $VENV, PostgreSQL $PGHOST:$PGPORT as $WFK_DB_USER, config $ODOO_CONF"
