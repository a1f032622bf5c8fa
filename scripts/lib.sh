# shellcheck shell=bash
# Shared setup for the WFK China CRM scripts: idempotent, safe to source twice.
#
#   ensure_setup   checks Python, the Odoo source, Debian packages, the virtual
#                  environment, PostgreSQL, and renders the server configuration.
#
# Every failure stops with one sentence saying what is wrong and what to do.

set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ODOO_SRC="${ODOO_SRC:-/opt/odoo}"
ODOO_BRANCH="19.0"
ODOO_GIT_URL="${ODOO_GIT_URL:-https://github.com/odoo/odoo.git}"
PYTHON="${PYTHON:-python3.11}"
VENV="${WFK_VENV:-$PROJECT_DIR/.venv}"
RUN_DIR="$PROJECT_DIR/.run"
ODOO_CONF="$RUN_DIR/odoo.conf"
WFK_DB_USER="${WFK_DB_USER:-wfk}"
WFK_DB_PASSWORD="${WFK_DB_PASSWORD:-wfk}"
WFK_MODULES="wfk_china_crm,wfk_isa_membership,wfk_card_scan"
# the languages loaded with their translations into a demo or test database: English stays its default
# language (Odoo makes the first one the default of new contacts), German and Chinese for WFK's users
WFK_LANGUAGES="en_US,de_DE,zh_CN"
WFK_PG_CLUSTER="${WFK_PG_CLUSTER:-15/main}"
DEBIAN_PACKAGES=(libpq-dev libldap2-dev libsasl2-dev postgresql-client wkhtmltopdf chromium fonts-noto-cjk poppler-utils)

say() { printf '[wfk] %s\n' "$*" >&2; }
die() { printf '[wfk] ERROR: %s\n' "$*" >&2; exit 1; }

ensure_python() {
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        if command -v python3 >/dev/null 2>&1 \
            && python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
            PYTHON=python3
        else
            die "Python 3.11 is required but '$PYTHON' was not found (python3 is $(python3 --version 2>&1 || echo missing)); install Python 3.11 or set PYTHON=/path/to/python3.11."
        fi
    fi
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
        || die "Python 3.11 is required but $PYTHON is $("$PYTHON" --version 2>&1 | head -n 1); install Python 3.11 or set PYTHON=/path/to/python3.11."
}

odoo_src_ok() {
    [ -f "$ODOO_SRC/odoo-bin" ] && [ -f "$ODOO_SRC/odoo/release.py" ] \
        && grep -q "version_info = (19, 0" "$ODOO_SRC/odoo/release.py"
}

ensure_odoo_src() {
    odoo_src_ok && return 0
    if [ -e "$ODOO_SRC" ] && [ -n "$(ls -A "$ODOO_SRC" 2>/dev/null)" ]; then
        die "ODOO_SRC=$ODOO_SRC exists but is not an Odoo 19.0 source tree (no odoo-bin or not version 19.0); point ODOO_SRC at an Odoo 19.0 Community checkout."
    fi
    say "No Odoo source at $ODOO_SRC: trying a shallow clone of the official $ODOO_BRANCH branch"
    if GIT_TERMINAL_PROMPT=0 timeout 900 git clone --quiet --depth 1 --branch "$ODOO_BRANCH" \
        "$ODOO_GIT_URL" "$ODOO_SRC" 2>/dev/null && odoo_src_ok; then
        return 0
    fi
    rm -rf "$ODOO_SRC" 2>/dev/null || true
    die "Odoo 19.0 source is missing at $ODOO_SRC and cloning $ODOO_GIT_URL failed; check out Odoo 19.0 Community there (see ../shared/ODOO_SOURCE.md) or set ODOO_SRC to an existing checkout."
}

ensure_debian_packages() {
    local missing=() pkg
    for pkg in "${DEBIAN_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        die "Debian packages missing: ${missing[*]}; install them with 'sudo apt-get install ${missing[*]}'."
    fi
    say "Installing Debian packages: ${missing[*]}"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >"$RUN_DIR/apt.log" 2>&1 \
        || die "Installing Debian packages (${missing[*]}) failed; see $RUN_DIR/apt.log."
}

venv_stamp() {
    cat "$PROJECT_DIR/requirements.txt" "$ODOO_SRC/requirements.txt" "$PROJECT_DIR/config/pip-constraints.txt"
    echo "$ODOO_SRC"
}

ensure_venv() {
    local stamp="$VENV/.wfk-stamp" want
    want="$(venv_stamp | sha256sum | cut -d' ' -f1)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$VENV/bin/odoo" ]; then
        return 0
    fi
    say "Preparing the virtual environment in $VENV (first run takes a few minutes)"
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV" || die "Could not create a virtual environment with $PYTHON; install the python3.11-venv package."
    local log="$RUN_DIR/pip.log"
    export PIP_CONSTRAINT="$PROJECT_DIR/config/pip-constraints.txt" PIP_DISABLE_PIP_VERSION_CHECK=1
    {
        "$VENV/bin/pip" install -q "setuptools<81" wheel \
        && "$VENV/bin/pip" install -q -r "$ODOO_SRC/requirements.txt" \
        && "$VENV/bin/pip" install -q --no-deps -e "$ODOO_SRC" \
        && "$VENV/bin/pip" install -q -r "$PROJECT_DIR/requirements.txt"
    } >"$log" 2>&1 || die "Installing Python requirements failed (last lines of $log: $(tail -n 3 "$log" | tr '\n' ' '))."
    echo "$want" >"$stamp"
}

oca_addons_dir() {
    "$VENV/bin/python" - <<'EOF'
import sysconfig, os
print(os.path.join(sysconfig.get_paths()["purelib"], "odoo", "addons"))
EOF
}

# --- PostgreSQL ------------------------------------------------------------

pg_answers() { PGCONNECT_TIMEOUT=3 psql -X -q -d postgres -c 'SELECT 1' >/dev/null 2>&1; }

ensure_postgres() {
    if [ -n "${PGHOST:-}${PGPORT:-}${PGUSER:-}" ]; then
        export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-$WFK_DB_USER}"
        [ "$PGUSER" = "postgres" ] && die "PGUSER=postgres cannot be used: Odoo refuses the postgres role; create another role with CREATEDB and set PGUSER/PGPASSWORD to it."
        pg_answers || die "PostgreSQL at $PGHOST:$PGPORT does not answer for role $PGUSER; start it, fix PGHOST/PGPORT/PGUSER/PGPASSWORD, or unset them to use the local cluster."
        WFK_DB_USER="$PGUSER"; WFK_DB_PASSWORD="${PGPASSWORD:-}"
        return 0
    fi
    export PGHOST=localhost PGPORT="${WFK_PG_PORT:-5432}" PGUSER="$WFK_DB_USER" PGPASSWORD="$WFK_DB_PASSWORD"
    pg_answers && return 0
    command -v pg_ctlcluster >/dev/null 2>&1 \
        || die "PostgreSQL does not answer on localhost:$PGPORT and no local cluster is installed; install postgresql-15 or set PGHOST/PGPORT/PGUSER/PGPASSWORD to a running server."
    [ "$(id -u)" -eq 0 ] || die "PostgreSQL does not answer on localhost:$PGPORT for role $WFK_DB_USER; start the cluster ('sudo pg_ctlcluster ${WFK_PG_CLUSTER/\// } start') and create the role, or set PGHOST/PGPORT/PGUSER/PGPASSWORD."
    local version="${WFK_PG_CLUSTER%/*}" name="${WFK_PG_CLUSTER#*/}"
    if ! pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2" "$4}' | grep -q "^$WFK_PG_CLUSTER online"; then
        say "Starting the local PostgreSQL cluster $WFK_PG_CLUSTER"
        pg_ctlcluster "$version" "$name" start >/dev/null 2>&1 \
            || die "Could not start PostgreSQL cluster $WFK_PG_CLUSTER; see /var/log/postgresql/postgresql-$version-$name.log."
    fi
    PGPORT="$(pg_lsclusters -h | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $3}')"
    export PGPORT
    env -u PGHOST -u PGUSER -u PGPASSWORD -u PGDATABASE runuser -u postgres -- psql -X -q -p "$PGPORT" -d postgres -v ON_ERROR_STOP=1 >/dev/null <<EOF || die "Could not create the PostgreSQL role $WFK_DB_USER in cluster $WFK_PG_CLUSTER."
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$WFK_DB_USER') THEN
    CREATE ROLE "$WFK_DB_USER" LOGIN CREATEDB PASSWORD '$WFK_DB_PASSWORD';
  ELSE
    ALTER ROLE "$WFK_DB_USER" LOGIN CREATEDB PASSWORD '$WFK_DB_PASSWORD';
  END IF;
END \$\$;
EOF
    pg_answers || die "PostgreSQL cluster $WFK_PG_CLUSTER runs but role $WFK_DB_USER cannot log in over TCP on localhost:$PGPORT; check pg_hba.conf."
}

# --- Odoo configuration ----------------------------------------------------

# The master password of the native server: WFK_ADMIN_PASSWD, else one generated
# once into .run/admin_passwd (mode 600, never committed).
admin_passwd() {
    if [ -n "${WFK_ADMIN_PASSWD:-}" ]; then
        printf '%s' "$WFK_ADMIN_PASSWD"
        return 0
    fi
    local file="$RUN_DIR/admin_passwd"
    if [ ! -s "$file" ]; then
        (umask 077 && "$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(32))' >"$file")
    fi
    cat "$file"
}

sed_escape() { printf '%s' "$1" | sed -e 's/[#&\\]/\\&/g'; }

render_config() {
    local oca passwd
    oca="$(oca_addons_dir)"
    passwd="$(admin_passwd)"
    case "$passwd" in *[[:space:]]* | admin) die "WFK_ADMIN_PASSWD must not be 'admin' nor contain spaces; choose another master password." ;; esac
    sed -e "s#@ODOO_SRC@#$ODOO_SRC#g" -e "s#@PROJECT_DIR@#$PROJECT_DIR#g" \
        -e "s#@OCA_ADDONS@#$oca#g" -e "s#@DB_HOST@#$PGHOST#g" -e "s#@DB_PORT@#$PGPORT#g" \
        -e "s#@DB_USER@#$WFK_DB_USER#g" -e "s#@DB_PASSWORD@#${WFK_DB_PASSWORD:-False}#g" \
        -e "s#@HTTP_PORT@#${WFK_HTTP_PORT:-8069}#g" -e "s#@ADMIN_PASSWD@#$(sed_escape "$passwd")#g" \
        "$PROJECT_DIR/config/odoo.conf" >"$ODOO_CONF"
    chmod 600 "$ODOO_CONF"
}

ensure_setup() {
    mkdir -p "$RUN_DIR"
    ensure_python
    ensure_odoo_src
    ensure_debian_packages "$@"
    ensure_venv
    ensure_postgres
    render_config
}

odoo_bin() { "$VENV/bin/python" "$ODOO_SRC/odoo-bin" -c "$ODOO_CONF" "$@"; }

db_exists() { psql -X -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1; }

drop_db() { dropdb --if-exists --force "$1" >/dev/null 2>&1 || true; rm -rf "$RUN_DIR/data/filestore/$1"; }
