"""Safe by default to deploy: no default master password, no database manager,
loopback-only port, proxy mode and demo data only on request.

Checks the committed configurations, the native configuration rendered by scripts/lib.sh, the
Docker entrypoint (docker/wfk-entrypoint.sh, run with a stand-in for the image's entrypoint) and
the compose file as docker-compose resolves it.
"""

import configparser
import os
import re
import shlex
import stat
import subprocess
from pathlib import Path

import pytest
import yaml
from test_packaging import _compose_command

from conftest import PROJECT_DIR

COMMITTED_CONFIGS = [PROJECT_DIR / "config" / "odoo.conf", PROJECT_DIR / "config" / "odoo.docker.conf"]
ENTRYPOINT = PROJECT_DIR / "docker" / "wfk-entrypoint.sh"


def _options(path):
    parser = configparser.RawConfigParser()
    parser.read(path)
    return parser["options"]


def _clean_env(**extra):
    """This process's environment without any WFK_* deployment setting, plus extra."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WFK_") or k in ("WFK_PYTHON", "WFK_ODOO_SRC")}
    env.update(extra)
    return env


# --- committed files ---------------------------------------------------------------------------


def test_no_default_master_password_committed():
    files = [*COMMITTED_CONFIGS, PROJECT_DIR / "docker-compose.yml", *sorted((PROJECT_DIR / "docker").iterdir())]
    pattern = re.compile(r"^\s*admin_passwd\s*=\s*admin\s*$|ADMIN_PASSWORD\W+admin\b", re.MULTILINE | re.IGNORECASE)
    offenders = [str(f.relative_to(PROJECT_DIR)) for f in files if pattern.search(f.read_text())]
    assert not offenders
    assert _options(COMMITTED_CONFIGS[0])["admin_passwd"] == "@ADMIN_PASSWD@"  # filled in by scripts/lib.sh
    assert "admin_passwd" not in _options(COMMITTED_CONFIGS[1])  # written by docker/wfk-entrypoint.sh


@pytest.mark.parametrize("path", COMMITTED_CONFIGS, ids=lambda p: p.name)
def test_no_database_manager_and_no_proxy_by_default(path):
    options = _options(path)
    assert options["list_db"] == "False"
    assert options.get("proxy_mode", "False") == "False"


# --- native configuration ----------------------------------------------------------------------


def _render_native(run_dir, **env):
    venv = Path(os.environ.get("WFK_PYTHON", "python3")).parent.parent
    script = f"source {shlex.quote(str(PROJECT_DIR / 'scripts' / 'lib.sh'))}; RUN_DIR=$1; ODOO_CONF=$1/odoo.conf; "
    script += "PGHOST=localhost; PGPORT=5432; render_config"
    proc = subprocess.run(
        ["bash", "-c", script, "render", str(run_dir)],
        env=_clean_env(WFK_VENV=str(venv), PYTHON=str(venv / "bin" / "python"), **env),
        capture_output=True,
        text=True,
        check=False,
    )
    return proc


def test_native_config_generates_and_keeps_a_master_password(tmp_path):
    assert _render_native(tmp_path).returncode == 0
    conf = tmp_path / "odoo.conf"
    first = _options(conf)["admin_passwd"]
    assert len(first) >= 32 and first != "admin"
    assert first == (tmp_path / "admin_passwd").read_text().strip()
    assert stat.S_IMODE((tmp_path / "admin_passwd").stat().st_mode) == 0o600
    assert stat.S_IMODE(conf.stat().st_mode) == 0o600
    assert _options(conf)["list_db"] == "False"
    assert _options(conf)["http_interface"] == "127.0.0.1"

    assert _render_native(tmp_path).returncode == 0
    assert _options(conf)["admin_passwd"] == first  # kept, not regenerated

    assert _render_native(tmp_path, WFK_ADMIN_PASSWD="s3cret#&x").returncode == 0
    assert _options(conf)["admin_passwd"] == "s3cret#&x"

    refused = _render_native(tmp_path, WFK_ADMIN_PASSWD="admin")
    assert refused.returncode != 0 and "WFK_ADMIN_PASSWD" in refused.stderr


# --- Docker entrypoint -------------------------------------------------------------------------


@pytest.fixture
def entrypoint(tmp_path):
    """Runs docker/wfk-entrypoint.sh with a stand-in for the image's /entrypoint.sh.

    Returns run(*args, **env) -> (process, rendered options or None, calls): calls lists the
    argument lists the stand-in was called with; a `shell` call also records its standard input
    and WFK_ADMIN_LOGIN_FILE."""
    data = tmp_path / "data"
    data.mkdir()
    handed = tmp_path / "handed-over"
    fake = tmp_path / "entrypoint.sh"
    fake.write_text(
        "#!/bin/bash\n"
        f"out={shlex.quote(str(handed))}\n"
        'printf "%s\\n" "---" "$ODOO_RC" "$@" >> "$out"\n'
        'if [ "${2:-}" = shell ]; then printf "%s\\n" "stdin=$(cat)" "login_file=$WFK_ADMIN_LOGIN_FILE" >> "$out"; fi\n'
    )
    fake.chmod(0o755)
    rendered = tmp_path / "odoo.conf"

    def run(*args, **env):
        handed.unlink(missing_ok=True)
        base = {
            "WFK_CONF_TEMPLATE": str(PROJECT_DIR / "config" / "odoo.docker.conf"),
            "WFK_DATA_DIR": str(data),
            "WFK_RENDERED_CONF": str(rendered),
            "WFK_NEXT_ENTRYPOINT": str(fake),
            "WFK_ADMIN_LOGIN_SCRIPT": str(PROJECT_DIR / "docker" / "wfk_admin_login.py"),
            "WFK_DB_PASSWORD": "db-secret",
        }
        base.update(env)
        proc = subprocess.run(
            ["bash", str(ENTRYPOINT), *args], env=_clean_env(**base), capture_output=True, text=True, check=False
        )
        if proc.returncode:
            return proc, None, None
        calls = [call.strip("\n").splitlines() for call in handed.read_text().split("---\n") if call.strip()]
        assert all(call[0] == str(rendered) for call in calls)  # ODOO_RC points at the rendered file
        return proc, _options(rendered), [call[1:] for call in calls]

    run.data = data
    run.rendered = rendered
    return run


def test_entrypoint_generates_the_master_password_once(entrypoint):
    proc, options, calls = entrypoint("odoo", "-d", "wfk")
    assert proc.returncode == 0, proc.stderr
    generated = entrypoint.data / ".wfk-admin-passwd"
    password = generated.read_text().strip()
    assert len(password) >= 32 and options["admin_passwd"] == password
    assert stat.S_IMODE(generated.stat().st_mode) == 0o600
    assert stat.S_IMODE(entrypoint.rendered.stat().st_mode) == 0o600
    assert options["list_db"] == "False"
    assert options["proxy_mode"] == "False"
    assert options["db_password"] == "db-secret"
    assert calls == [["odoo", "-d", "wfk"]]

    _proc, options, _calls = entrypoint("odoo", "-d", "wfk")
    assert options["admin_passwd"] == password  # the second start keeps it


def test_entrypoint_takes_secrets_from_environment_or_files(entrypoint, tmp_path):
    _proc, options, _calls = entrypoint("odoo", WFK_ADMIN_PASSWD="from-env")
    assert options["admin_passwd"] == "from-env"
    (tmp_path / "admin.secret").write_text("from-file\n")
    (tmp_path / "db.secret").write_text("db-from-file\n")
    _proc, options, _calls = entrypoint(
        "odoo",
        WFK_ADMIN_PASSWD_FILE=str(tmp_path / "admin.secret"),
        WFK_DB_PASSWORD="",
        WFK_DB_PASSWORD_FILE=str(tmp_path / "db.secret"),
    )
    assert (options["admin_passwd"], options["db_password"]) == ("from-file", "db-from-file")
    assert not (entrypoint.data / ".wfk-admin-passwd").exists()

    proc, options, _calls = entrypoint("odoo", WFK_ADMIN_PASSWD="admin")
    assert proc.returncode != 0 and options is None
    proc, options, _calls = entrypoint("odoo", WFK_DB_PASSWORD="")
    assert proc.returncode != 0 and "WFK_DB_PASSWORD" in proc.stderr


def test_entrypoint_proxy_mode_and_demo_only_on_request(entrypoint):
    init = ("odoo", "-d", "wfk", "-i", "wfk_china_crm", "--stop-after-init")
    _proc, options, calls = entrypoint(*init)
    assert options["proxy_mode"] == "False"
    # without demo data: the install, then the admin user's factory password is replaced
    assert calls[0] == list(init)
    assert calls[1][:4] == ["odoo", "shell", "-d", "wfk"]
    assert "stdin=" + (PROJECT_DIR / "docker" / "wfk_admin_login.py").read_text().splitlines()[0] in calls[1]
    assert f"login_file={entrypoint.data / '.wfk-admin-login'}" in calls[1]
    assert len(calls) == 2

    _proc, options, calls = entrypoint(*init, WFK_DEMO="1", WFK_PROXY_MODE="1")
    assert calls == [[*init, "--with-demo"]] and options["proxy_mode"] == "True"
    _proc, _unused, calls = entrypoint("odoo", "-d", "wfk", WFK_DEMO="1")
    assert calls == [["odoo", "-d", "wfk"]]  # the serving container installs nothing
    proc, _unused, _calls = entrypoint("odoo", WFK_PROXY_MODE="maybe")
    assert proc.returncode != 0


# --- docker-compose.yml as resolved by docker-compose ------------------------------------------


def _compose_config(**env):
    proc = subprocess.run(
        [*_compose_command(), "config"], cwd=PROJECT_DIR, env=_clean_env(**env), capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    return yaml.safe_load(proc.stdout)["services"]


def _published(service):
    """[(host_ip, published port)] of a resolved service, short or long port syntax."""
    result = []
    for port in service.get("ports", []):
        if isinstance(port, dict):
            result.append((port.get("host_ip", "0.0.0.0"), str(port["published"])))
        else:
            parts = str(port).split(":")
            result.append((parts[0] if len(parts) == 3 else "0.0.0.0", parts[-2]))
    return result


def test_compose_defaults_are_safe():
    services = _compose_config()
    assert _published(services["odoo"]) == [("127.0.0.1", "8069")]
    assert not any(_published(services[name]) for name in ("db", "odoo-init"))
    init = services["odoo-init"]
    assert "-i" in init["command"] and "--with-demo" not in init["command"]
    assert init["environment"]["WFK_DEMO"] == "0"
    for name in ("odoo", "odoo-init"):
        assert services[name]["environment"]["WFK_PROXY_MODE"] == "0"
        assert not services[name]["environment"]["WFK_ADMIN_PASSWD"]


def test_compose_opt_ins():
    services = _compose_config(WFK_BIND="0.0.0.0", WFK_DEMO="1", WFK_PROXY_MODE="1", WFK_ADMIN_PASSWD="x" * 40)
    assert _published(services["odoo"]) == [("0.0.0.0", "8069")]
    assert services["odoo-init"]["environment"]["WFK_DEMO"] == "1"
    assert services["odoo"]["environment"]["WFK_PROXY_MODE"] == "1"
    assert services["odoo"]["environment"]["WFK_ADMIN_PASSWD"] == "x" * 40
