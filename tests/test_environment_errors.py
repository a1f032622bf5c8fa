"""Bad environments stop the scripts with one sentence, never a traceback."""

import os
import socket
import stat
import subprocess

import pytest

from conftest import PROJECT_DIR


def _run(script, tmp_path, **env_changes):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(env_changes)
    proc = subprocess.run(
        [str(PROJECT_DIR / "scripts" / script)], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    errors = [line for line in proc.stderr.splitlines() if line.startswith("[wfk] ERROR:")]
    assert proc.returncode != 0, proc.stderr
    assert len(errors) == 1, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    return errors[0]


def test_missing_odoo_source(tmp_path):
    error = _run("setup.sh", tmp_path, ODOO_SRC=str(tmp_path / "no-odoo"), ODOO_GIT_URL=str(tmp_path / "no-repo"))
    assert "Odoo 19.0 source is missing" in error
    assert "ODOO_SOURCE.md" in error


def test_wrong_python(tmp_path):
    fake = tmp_path / "python3.9"
    fake.write_text("#!/bin/sh\necho 'Python 3.9.2'\nexit 1\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    error = _run("setup.sh", tmp_path, PYTHON=str(fake))
    assert "Python 3.11 is required" in error
    assert "Python 3.9.2" in error


def test_postgres_unreachable(tmp_path):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = _run("setup.sh", tmp_path, PGHOST="127.0.0.1", PGPORT=str(port), PGUSER="wfk")
    assert f"PostgreSQL at 127.0.0.1:{port} does not answer" in error


def test_postgres_role_refused(tmp_path):
    error = _run("setup.sh", tmp_path, PGHOST="localhost", PGUSER="postgres")
    assert "Odoo refuses the postgres role" in error


def test_port_busy(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        error = _run("run.sh", tmp_path, WFK_HTTP_PORT=str(port), WFK_DB="wfk_never_created")
    assert f"Port {port} is already in use" in error


@pytest.mark.parametrize("target", ["run", "test"])
def test_readme_names_the_two_commands(target):
    readme = (PROJECT_DIR / "README.md").read_text()
    assert f"make {target}" in readme
    makefile = (PROJECT_DIR / "Makefile").read_text()
    assert f"\n{target}:" in makefile
    assert "make test" in (PROJECT_DIR / ".ci" / "run").read_text()
