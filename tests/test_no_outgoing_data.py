"""No personal data leaves the server by default.

Installing both WFK modules into a fresh database makes no network connection to anything but
loopback, and leaves Odoo's IAP modules that send contact data to Odoo's servers uninstalled
(crm and contacts auto-install them). Every Python process of the run carries an audit hook
(``sys.addaudithook`` in a ``sitecustomize.py`` put on PYTHONPATH) that writes each socket connect,
name lookup and urllib/http.client request to a non-loopback address into a file.
"""

import json
import os
import stat
import subprocess
import textwrap

import pytest

from conftest import MODULES, PROJECT_DIR

pytestmark = pytest.mark.system

# Odoo's IAP modules that send the agency's data out (see addons/wfk_china_crm/hooks.py).
DATA_TRANSFER_MODULES = ["crm_iap_enrich", "crm_iap_mine", "partner_autocomplete"]

SITECUSTOMIZE = textwrap.dedent(
    '''
    """Test audit hook: record every attempt to reach a non-loopback address."""
    import ipaddress
    import json
    import os
    import sys
    import traceback
    from urllib.parse import urlsplit

    _LOG = os.environ.get("WFK_NET_AUDIT_LOG")
    _LOOPBACK_NAMES = {"", "localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


    def _is_local(host):
        if host is None:
            return True
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        host = str(host).strip("[]").lower()
        if host in _LOOPBACK_NAMES or host.startswith("/"):
            return True
        try:
            address = ipaddress.ip_address(host.split("%")[0])
        except ValueError:
            return False
        return address.is_loopback or address.is_unspecified


    def _target(event, args):
        """The remote host an event is about, or None when it cannot leave the machine."""
        if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
            address = args[1]
            if not isinstance(address, tuple):  # AF_UNIX path or abstract socket
                return None
            return address[0]
        if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                     "socket.gethostbyaddr"):
            return args[0]
        if event == "socket.getnameinfo":
            return args[0][0]
        if event == "http.client.connect":
            return args[1]
        if event == "urllib.Request":
            return urlsplit(args[0]).hostname
        return None


    _EVENTS = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
               "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr",
               "socket.getnameinfo", "http.client.connect", "urllib.Request"}


    def _hook(event, args):
        if event not in _EVENTS or not _LOG:
            return
        host = _target(event, args)
        if _is_local(host):
            return
        stack = "".join(traceback.format_stack(limit=8)[:-1])
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps({"event": event, "host": str(host), "pid": os.getpid(), "stack": stack}) + "\\n")


    sys.addaudithook(_hook)
    '''
)

# A child process that tries to reach TEST-NET addresses (RFC 5737: never routed) three ways,
# and one loopback connection that must not be recorded.
PROBE = textwrap.dedent(
    """
    import socket, urllib.request
    import requests

    server = socket.create_server(("127.0.0.1", 0))
    socket.create_connection(server.getsockname(), timeout=1).close()
    try:
        socket.create_connection(("192.0.2.1", 9), timeout=0.1)
    except OSError:
        pass
    try:
        urllib.request.urlopen("http://192.0.2.2:9/", timeout=0.1)
    except OSError:
        pass
    try:
        requests.get("http://192.0.2.3:9/", timeout=0.1)
    except requests.RequestException:
        pass
    """
)


@pytest.fixture
def audited_env(tmp_path):
    """(environment for a child process with the audit hook, file it records into)."""
    (tmp_path / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log = tmp_path / "outgoing.jsonl"
    pythonpath = os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))
    return dict(os.environ, PYTHONPATH=pythonpath, WFK_NET_AUDIT_LOG=str(log)), log


def _records(log):
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def _assert_hook_records_outgoing_calls(env, log):
    """The audit hook is live: it records attempts to reach 192.0.2.x and ignores loopback."""
    python = os.environ.get("WFK_PYTHON", "python3")
    proc = subprocess.run([python, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    records = _records(log)
    seen = {(r["event"], r["host"]) for r in records}
    assert ("socket.connect", "192.0.2.1") in seen, records
    assert ("urllib.Request", "192.0.2.2") in seen, records
    assert ("socket.connect", "192.0.2.3") in seen, records  # requests, through urllib3
    assert not [r for r in records if r["host"].startswith("127.")], records
    log.unlink()


def _odoo_shell(cli, script, env):
    """Run a script in `odoo-bin shell` on the scratch database; return its standard output."""
    proc = subprocess.run(
        [*cli.odoo_bin, "shell", "-c", cli.conf, "-d", cli.db_name, "--no-http", "--log-level=warn"],
        input=script,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    return proc.stdout


def test_audit_hook_is_live(audited_env):
    _assert_hook_records_outgoing_calls(*audited_env)


def test_install_sends_nothing_and_leaves_iap_out(scratch_db, audited_env):
    env, log = audited_env
    _assert_hook_records_outgoing_calls(env, log)

    # as docker-compose installs by default: without demo data
    install_log = scratch_db.run("-i", ",".join(MODULES), "--stop-after-init", env=env)

    assert scratch_db.module_states([*MODULES, "crm", "contacts"]) == dict.fromkeys(
        [*MODULES, "crm", "contacts"], "installed"
    )
    # crm/contacts did pull them in (the hook says so), and they were removed in the same run.
    assert "Uninstalling crm_iap_enrich, crm_iap_mine, partner_autocomplete" in install_log
    assert scratch_db.module_states(DATA_TRANSFER_MODULES) == dict.fromkeys(DATA_TRANSFER_MODULES, "uninstalled")
    leftovers = scratch_db.query(
        "SELECT module, count(*) FROM ir_model_data WHERE module = ANY(%s) GROUP BY module", (DATA_TRANSFER_MODULES,)
    )
    assert leftovers == []

    # CRM's and the general settings still open: their opt-in checkboxes are there.
    settings_check = (
        "Settings = env['res.config.settings']\n"
        "arch = Settings.get_views([(False, 'form')])['views']['form']['arch']\n"
        "assert 'module_crm_iap_enrich' in arch and 'module_partner_autocomplete' in arch, arch[:200]\n"
        "Settings.default_get(list(Settings._fields))\n"
        "print('SETTINGS-OK')\n"
    )
    assert "SETTINGS-OK" in _odoo_shell(scratch_db, settings_check, env)

    # docker/wfk_admin_login.py (run by the Docker entrypoint after such an install) replaces the
    # admin user's factory password "admin" once.
    login_file = log.parent / "admin-login"
    env_login = dict(env, WFK_ADMIN_LOGIN_FILE=str(login_file))
    snippet = (PROJECT_DIR / "docker" / "wfk_admin_login.py").read_text()
    assert "replaced" in _odoo_shell(scratch_db, snippet, env_login)
    assert stat.S_IMODE(login_file.stat().st_mode) == 0o600
    login = dict(line.split(": ", 1) for line in login_file.read_text().splitlines())
    assert login["login"] == "admin" and len(login["password"]) >= 24
    check_password = (
        "import os\n"
        "admin = env.ref('base.user_admin')\n"
        "env.cr.execute('SELECT password FROM res_users WHERE id = %s', [admin.id])\n"
        "stored = env.cr.fetchone()[0]\n"
        "context = admin._crypt_context()\n"
        "assert not context.verify('admin', stored)\n"
        "assert context.verify(os.environ['WFK_NEW_PASSWORD'], stored)\n"
        "print('ADMIN-OK')\n"
    )
    assert "ADMIN-OK" in _odoo_shell(scratch_db, check_password, dict(env, WFK_NEW_PASSWORD=login["password"]))
    assert "replaced" not in _odoo_shell(scratch_db, snippet, env_login)  # a later start changes nothing
    assert login == dict(line.split(": ", 1) for line in login_file.read_text().splitlines())

    outgoing = _records(log)
    assert outgoing == [], "outgoing network calls:\n" + "\n".join(
        f"{r['event']} {r['host']} (pid {r['pid']})\n{r['stack']}" for r in outgoing
    )
