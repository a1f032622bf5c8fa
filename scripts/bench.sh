#!/usr/bin/env bash
# Performance benchmark: WFK's operations against the matching vanilla Odoo operations, on generated
# data at scale S (2,000 companies, 5,000 requests, 20,000 contact logs) or L (50,000 / 200,000 /
# 500,000). Prints the table and writes it to docs/benchmark.md (the other scale's rows are kept).
#   scripts/bench.sh [S|L] [arguments for tests/perf/bench.py, e.g. --runs 15 --only 1a,3]
# A fresh database (WFK_BENCH_DB, default wfk_bench_s / wfk_bench_l) gets both modules without demo
# data, then the generated data; it is dropped at the end unless BENCH_KEEP=1. With BENCH_REUSE=1 an
# existing database of the same scale is updated and measured again instead of being regenerated.
# The exit code says whether the benchmark ran, not whether the targets were met.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_setup

SCALE="${1:-${SCALE:-S}}"
shift || true
case "$SCALE" in
    S | L) ;;
    *) die "Unknown scale '$SCALE'; use S (realistic) or L (ten times a large agency)." ;;
esac
DB="${WFK_BENCH_DB:-wfk_bench_$(echo "$SCALE" | tr '[:upper:]' '[:lower:]')}"
VANILLA_DB="${DB}_vanilla"
# Everything WFK depends on, without WFK: rows 8a/8b then measure WFK's own code, not its dependencies
# (calendar, event, crm_industry... add their own fields to leads and partners in any database).
VANILLA_MODULES="crm,contacts,calendar,mail,digest,crm_industry,partner_industry_secondary,rpc,event,event_crm,event_booth,spreadsheet_dashboard"
LOG="$RUN_DIR/bench-$DB.log"
BENCH=("$VENV/bin/python" "$PROJECT_DIR/tests/perf/bench.py" -c "$ODOO_CONF" -d "$DB" --vanilla-database "$VANILLA_DB"
    --scale "$SCALE")

cleanup() { [ "${BENCH_KEEP:-0}" = 1 ] || { drop_db "$DB"; drop_db "$VANILLA_DB"; }; }

if [ "${BENCH_REUSE:-0}" = 1 ] && db_exists "$DB"; then
    say "Updating $WFK_MODULES in the existing benchmark database $DB"
    odoo_bin -d "$DB" -u "$WFK_MODULES" --stop-after-init --log-level=warn --logfile="$LOG" \
        || die "Updating the modules in $DB failed; see $LOG."
else
    trap cleanup EXIT
    drop_db "$DB"
    say "Installing $WFK_MODULES without demo data into $DB"
    odoo_bin -d "$DB" -i "$WFK_MODULES" --stop-after-init --log-level=warn --logfile="$LOG" \
        || die "Installing the modules into $DB failed; see $LOG."
    BENCH+=(--generate)
    say "Generating scale $SCALE data and measuring (scale L takes several minutes)"
fi
if [ "${BENCH_REUSE:-0}" = 1 ] && db_exists "$VANILLA_DB"; then
    say "Using the existing database without WFK $VANILLA_DB"
else
    drop_db "$VANILLA_DB"
    say "Installing $VANILLA_MODULES (without WFK) without demo data into $VANILLA_DB"
    odoo_bin -d "$VANILLA_DB" -i "$VANILLA_MODULES" --stop-after-init --log-level=warn --logfile="$RUN_DIR/bench-$VANILLA_DB.log" \
        || die "Installing $VANILLA_MODULES into $VANILLA_DB failed; see $RUN_DIR/bench-$VANILLA_DB.log."
fi
cd "$PROJECT_DIR"
"${BENCH[@]}" "$@"
