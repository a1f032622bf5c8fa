"""Fixtures for whole-system tests: they drive odoo-bin in scratch databases.

scripts/test.sh exports WFK_ODOO_CONF (the rendered server configuration),
WFK_ODOO_SRC and WFK_PYTHON; the PG* variables point at the database server.
"""

import ast
import configparser
import os
import re
import subprocess
import time
import uuid
from pathlib import Path

import psycopg2
import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
MODULES = ["wfk_china_crm", "wfk_isa_membership", "wfk_card_scan"]
LOG_PROBLEM = re.compile(r"^\S+ \S+ \d+ (ERROR|CRITICAL) ", re.MULTILINE)

SERIES = "19.0"


def full_version(version):
    """Odoo's reading of a module version: '1.0.1' means '19.0.1.0.1'."""
    parts = version.split(".")
    if len(parts) <= 3:
        parts = SERIES.split(".") + parts
    return tuple(int(part) for part in parts)


def manifest_version(addon_dir):
    return ast.literal_eval((addon_dir / "__manifest__.py").read_text())["version"]


class OdooCli:
    """Runs odoo-bin against one scratch database and reads it over SQL."""

    def __init__(self, conf, db_name):
        self.conf = conf
        self.db_name = db_name
        self.odoo_bin = [os.environ.get("WFK_PYTHON", "python3"), str(Path(os.environ["WFK_ODOO_SRC"]) / "odoo-bin")]
        parser = configparser.ConfigParser()
        parser.read(conf)
        options = parser["options"]
        self.dsn = {
            "host": options.get("db_host"),
            "port": options.get("db_port"),
            "user": options.get("db_user"),
            "password": options.get("db_password"),
        }

    def run(self, *args, timeout=900, env=None, check=True):
        """Run odoo-bin; return its log. Fails on a non-zero exit or any ERROR/CRITICAL line (unless not ``check``).

        env: the subprocess environment (default: this process's)."""
        if args and args[0] == "module":
            cmd = [*self.odoo_bin, "module", args[1], "-c", self.conf, "-d", self.db_name, *args[2:]]
        else:
            cmd = [*self.odoo_bin, "-c", self.conf, "-d", self.db_name, "--log-level=info", *args]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False, env=env)
        log = proc.stdout + proc.stderr
        if not check:
            return log
        assert proc.returncode == 0, f"odoo-bin {' '.join(args)} exited {proc.returncode}:\n{log[-4000:]}"
        problems = [m.group(0) + log[m.end() :].split("\n", 1)[0] for m in LOG_PROBLEM.finditer(log)]
        assert not problems, f"odoo-bin {' '.join(args)} logged errors:\n" + "\n".join(problems)
        return log

    def query(self, sql, params=None):
        conn = psycopg2.connect(dbname=self.db_name, **self.dsn)
        try:
            with conn.cursor() as cr:
                cr.execute(sql, params)
                return cr.fetchall()
        finally:
            conn.close()

    def module_states(self, names=MODULES):
        return dict(self.query("SELECT name, state FROM ir_module_module WHERE name = ANY(%s)", (list(names),)))

    def drop(self, attempts=10):
        """Drop the scratch database, as Odoo's own ``db.exp_drop`` does.

        Our own leftover sessions are ended first, then a plain ``DROP DATABASE`` (which itself stops
        an autovacuum worker in the database and waits for it). ``WITH (FORCE)`` is not used: on
        PostgreSQL 15 it refuses ("must be a member of the role whose process is being terminated")
        when an autovacuum worker, which has no role, is in the database at that moment."""
        conn = psycopg2.connect(dbname="postgres", **self.dsn)
        try:
            conn.autocommit = True
            with conn.cursor() as cr:
                for attempt in range(attempts):
                    cr.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        " WHERE datname = %s AND usename = current_user AND pid != pg_backend_pid()",
                        (self.db_name,),
                    )
                    try:
                        cr.execute(f'DROP DATABASE IF EXISTS "{self.db_name}"')
                        return
                    except psycopg2.errors.ObjectInUse:
                        if attempt == attempts - 1:
                            raise
                        time.sleep(1)
        finally:
            conn.close()


@pytest.fixture
def odoo_conf():
    conf = os.environ.get("WFK_ODOO_CONF")
    if not conf or not Path(conf).is_file():
        pytest.fail("WFK_ODOO_CONF is not set: run the tests through scripts/test.sh (make test)")
    return conf


@pytest.fixture
def scratch_db(odoo_conf):
    """An OdooCli bound to a fresh database name, dropped after the test.

    WFK_SCRATCH_PREFIX changes the name's prefix (default wfk_scratch_), e.g. to keep the
    databases of several people sharing one PostgreSQL server apart."""
    prefix = os.environ.get("WFK_SCRATCH_PREFIX", "wfk_scratch_")
    cli = OdooCli(odoo_conf, f"{prefix}{uuid.uuid4().hex[:10]}")
    yield cli
    cli.drop()
