#!/bin/bash
# Entrypoint of the WFK China CRM image: renders the Odoo server configuration with its secrets,
# then hands over to the official image's /entrypoint.sh (waits for PostgreSQL, starts odoo).
#
#   WFK_ADMIN_PASSWD, or WFK_ADMIN_PASSWD_FILE (a Docker secret)
#       the master password; when neither is set, one is generated on the first start and kept in
#       the data volume ($WFK_DATA_DIR/.wfk-admin-passwd, readable by the odoo user only)
#   WFK_DB_PASSWORD, or WFK_DB_PASSWORD_FILE   PostgreSQL password of the odoo role
#   WFK_PROXY_MODE=1    Odoo runs behind a reverse proxy: trust its X-Forwarded-* headers
#   WFK_DEMO=1          a run that installs modules (-i) also loads their demo data; without it,
#                       such a run then replaces the admin user's factory password "admin" by a
#                       random one in $WFK_DATA_DIR/.wfk-admin-login (docker/wfk_admin_login.py)
#
# The template (config/odoo.docker.conf) must not set admin_passwd, db_password or proxy_mode:
# they are written here. Paths can be changed for tests: WFK_CONF_TEMPLATE, WFK_DATA_DIR,
# WFK_RENDERED_CONF, WFK_NEXT_ENTRYPOINT, WFK_ADMIN_LOGIN_SCRIPT.
set -euo pipefail

template="${WFK_CONF_TEMPLATE:-/etc/odoo/odoo.conf.template}"
data_dir="${WFK_DATA_DIR:-/var/lib/odoo}"
rendered="${WFK_RENDERED_CONF:-/tmp/wfk-odoo.conf}"
next="${WFK_NEXT_ENTRYPOINT:-/entrypoint.sh}"

die() { printf '[wfk] ERROR: %s\n' "$*" >&2; exit 1; }

# secret NAME: the value of $NAME, else the content of the file named by $NAME_FILE, else empty.
secret() {
    local name="$1" file_var="${1}_FILE" value
    value="${!name:-}"
    if [ -z "$value" ] && [ -n "${!file_var:-}" ]; then
        [ -r "${!file_var}" ] || die "$file_var=${!file_var} is not a readable file."
        value="$(cat "${!file_var}")"
    fi
    case "$value" in *$'\n'* | *[[:space:]]*) die "$name must not contain spaces or line breaks." ;; esac
    printf '%s' "$value"
}

[ -r "$template" ] || die "The configuration template $template is missing (mount config/odoo.docker.conf there)."
if grep -Eq '^\s*(admin_passwd|db_password|proxy_mode)\s*=' "$template"; then
    die "$template sets admin_passwd, db_password or proxy_mode; remove them, $0 writes them."
fi

admin_passwd="$(secret WFK_ADMIN_PASSWD)"
if [ -z "$admin_passwd" ]; then
    generated="$data_dir/.wfk-admin-passwd"
    if [ ! -s "$generated" ]; then
        (umask 077 && python3 -c 'import secrets; print(secrets.token_urlsafe(32))' >"$generated")
        printf '[wfk] Generated the master password into %s (data volume); read it with: cat %s\n' \
            "$generated" "$generated" >&2
    fi
    admin_passwd="$(cat "$generated")"
fi
[ "$admin_passwd" != "admin" ] || die "The master password must not be 'admin'."

db_password="$(secret WFK_DB_PASSWORD)"
[ -n "$db_password" ] || die "No PostgreSQL password: set WFK_DB_PASSWORD or WFK_DB_PASSWORD_FILE."

case "${WFK_PROXY_MODE:-0}" in
    1 | true | True | yes) proxy_mode=True ;;
    0 | false | False | no | "") proxy_mode=False ;;
    *) die "WFK_PROXY_MODE must be 1 or 0, not '${WFK_PROXY_MODE}'." ;;
esac

(
    umask 077
    {
        cat "$template"
        printf '\n; written by wfk-entrypoint.sh\n'
        printf 'admin_passwd = %s\n' "$admin_passwd"
        printf 'db_password = %s\n' "$db_password"
        printf 'proxy_mode = %s\n' "$proxy_mode"
    } >"$rendered"
)
export ODOO_RC="$rendered"

# An install run (-i): demo data only with WFK_DEMO=1; without demo data, the admin user's
# factory password "admin" is replaced afterwards (docker/wfk_admin_login.py).
args=("$@") init=0 db=""
previous=""
for arg in "$@"; do
    case "$arg" in
        -i | --init | --init=*) init=1 ;;
        -d=* | --database=*) db="${arg#*=}" ;;
    esac
    case "$previous" in -d | --database) db="$arg" ;; esac
    previous="$arg"
done
if [ "$init" = 0 ]; then
    exec "$next" "${args[@]}"
fi
if [ "${WFK_DEMO:-0}" = "1" ]; then
    exec "$next" "${args[@]}" --with-demo
fi
"$next" "${args[@]}"
[ -n "$db" ] || die "An install run needs the database name (-d)."
WFK_ADMIN_LOGIN_FILE="$data_dir/.wfk-admin-login" \
    "$next" odoo shell -d "$db" --no-http --log-level=warn \
    <"${WFK_ADMIN_LOGIN_SCRIPT:-/usr/local/share/wfk/wfk_admin_login.py}"
