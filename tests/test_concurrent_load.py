"""Concurrent load: 20 API clients against a 2-worker server for 60 seconds, on loopback only.

A scratch database gets both modules, two offices (Yangzhou, Foshan), requests in the China
Cooperation pipeline and 20 users with API keys: 8 office staff per office and 4 officers.
odoo-bin then runs with --workers=2 on a free 127.0.0.1 port, and 20 client threads call the
external JSON-2 API (POST /json/2/<model>/<method>, bearer API key): they log contacts
(wfk.contact.log create), move requests between the pipeline's stages (crm.lead write) and
read the pipeline report (the cooperation report once it exists, else crm.lead grouped by
stage and office). Afterwards:

- the contact logs in the database are exactly the creates the server acknowledged;
- no request is in an impossible state (stage of another team, won status, probability or
  closing date inconsistent with the stage, office changed);
- the server log has no ERROR or CRITICAL line;

and the throughput and the error count are printed.
"""

import itertools
import json
import random
import re
import socket
import subprocess
import textwrap
import threading
import time
import urllib.error
import urllib.request
from collections import Counter

import pytest

from conftest import LOG_PROBLEM, MODULES

pytestmark = pytest.mark.system

CLIENTS = 20
WORKERS = 2
DURATION = 60.0  # seconds of load
STAFF_PER_OFFICE = 8
LEADS_PER_OFFICE = 5
REQUEST_TIMEOUT = 120
LOG_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ [A-Z]+ ", re.MULTILINE)
RETRY = re.compile(r" INFO \S+ odoo\.service\.model: SERIALIZATION_FAILURE, \d+ tries left")
SERIALIZATION_FAILURE = "ERROR: could not serialize access due to concurrent update"
STARTUP_TIMEOUT = 180

SETUP = textwrap.dedent(
    """
    import json
    env = env(context=dict(env.context, tracking_disable=False, mail_create_nolog=True))
    team = env.ref('wfk_china_crm.crm_team_china_cooperation')
    stages = [env.ref('wfk_china_crm.stage_wfk_' + s) for s in
              ('new', 'qualified', 'matching', 'introduced', 'negotiation', 'agreement')]
    data = {'team': team.id, 'stages': [s.id for s in stages], 'offices': [], 'users': [],
            'report': 'wfk.cooperation.report' in env}
    staff_group = env.ref('wfk_china_crm.group_wfk_office_staff')
    officer_group = env.ref('wfk_china_crm.group_wfk_officer')

    def user(login, group):
        u = env['res.users'].create({'name': login, 'login': login, 'group_ids': [(6, 0, group.ids)]})
        key = env['res.users.apikeys'].with_user(u).sudo()._generate('rpc', 'load test', None)
        return u, key

    for code, city in (('LD-YZ', 'Yangzhou'), ('LD-FS', 'Foshan')):
        office = env['wfk.representation.office'].create({'name': 'Load ' + city, 'code': code, 'state': 'active'})
        orgs = env['res.partner'].create([{'name': '%s company %d' % (city, i), 'is_company': True} for i in range(3)])
        leads = env['crm.lead'].create([
            {'name': '%s request %d' % (city, i), 'type': 'opportunity', 'team_id': team.id,
             'stage_id': stages[0].id, 'partner_id': orgs[i % 3].id, 'representation_office_id': office.id}
            for i in range(LEADS)
        ])
        data['offices'].append({'id': office.id, 'orgs': orgs.ids, 'leads': leads.ids})
        for i in range(STAFF):
            u, key = user('load_%s_%d' % (code.lower(), i), staff_group)
            office.user_ids = [(4, u.id)]
            data['users'].append({'login': u.login, 'key': key, 'offices': [office.id]})
    for i in range(OFFICERS):
        u, key = user('load_officer_%d' % i, officer_group)
        data['users'].append({'login': u.login, 'key': key, 'offices': [o['id'] for o in data['offices']]})
    env.cr.commit()
    print('WFK-LOAD-SETUP ' + json.dumps(data))
    """
)


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Client(threading.Thread):
    """One API user: logs contacts, moves requests, reads the report until the deadline."""

    def __init__(self, number, url, db, user, data, deadline):
        super().__init__(name=f"load-client-{number}", daemon=True)
        self.number, self.url, self.db, self.user, self.data, self.deadline = number, url, db, user, data, deadline
        self.random = random.Random(number)
        self.acknowledged_logs = []
        self.counts = Counter()
        self.errors = []

    def call(self, model, method, **kwargs):
        """One JSON-2 call. A call that Odoo gave up after its own retries on a transaction conflict
        (HTTP 500, SerializationFailure) is sent once more, as a user clicks Save again after the error;
        it is counted, and a second failure is an error."""
        try:
            return self._call(model, method, **kwargs)
        except urllib.error.HTTPError as exc:
            body = exc.read()
            if exc.code != 500 or b"SerializationFailure" not in body:
                message = body.decode(errors="replace")
                raise urllib.error.HTTPError(exc.url, exc.code, message, exc.headers, None) from exc
            self.counts["calls sent again after a conflict"] += 1
            return self._call(model, method, **kwargs)

    def _call(self, model, method, **kwargs):
        request = urllib.request.Request(
            f"{self.url}/json/2/{model}/{method}",
            data=json.dumps(kwargs).encode(),
            headers={
                "Content-Type": "application/json",
                "Authorization": f"bearer {self.user['key']}",
                "X-Odoo-Database": self.db,
            },
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
            return json.loads(response.read())

    def run(self):
        offices = [o for o in self.data["offices"] if o["id"] in self.user["offices"]]
        serial = 0
        while time.monotonic() < self.deadline:
            office = self.random.choice(offices)
            roll = self.random.random()
            try:
                if roll < 0.5:
                    serial += 1
                    ids = self.call(
                        "wfk.contact.log",
                        "create",
                        vals_list=[
                            {
                                "subject": f"load {self.number}-{serial}",
                                "partner_id": self.random.choice(office["orgs"]),
                                "lead_id": self.random.choice(office["leads"]),
                                "office_id": office["id"],
                                "channel": self.random.choice(["visit", "phone", "wechat", "meeting"]),
                            }
                        ],
                    )
                    self.acknowledged_logs.extend(ids)
                    self.counts["contact logs"] += 1
                elif roll < 0.85:
                    self.call(
                        "crm.lead",
                        "write",
                        ids=[self.random.choice(office["leads"])],
                        vals={"stage_id": self.random.choice(self.data["stages"])},
                    )
                    self.counts["stage moves"] += 1
                else:
                    model = "wfk.cooperation.report" if self.data["report"] else "crm.lead"
                    groups = self.call(
                        model,
                        "formatted_read_group",
                        domain=[["team_id", "=", self.data["team"]]],
                        groupby=["stage_id", "representation_office_id"],
                        aggregates=["__count"],
                    )
                    assert isinstance(groups, list)
                    self.counts["reports"] += 1
            except urllib.error.HTTPError as exc:
                body = (exc.msg or "")[:300]
                self.errors.append(f"{self.user['login']}: HTTP {exc.code} {body!r} {exc.read()[:300]!r}")
            except Exception as exc:
                self.errors.append(f"{self.user['login']}: {type(exc).__name__}: {exc}")


def _start_server(cli, port, log_path):
    cmd = [
        *cli.odoo_bin,
        "-c",
        cli.conf,
        "-d",
        cli.db_name,
        f"--db-filter=^{cli.db_name}$",
        f"--workers={WORKERS}",
        "--max-cron-threads=0",
        "--http-interface=127.0.0.1",
        f"--http-port={port}",
        f"--gevent-port={_free_port()}",
        "--log-level=info",
        f"--logfile={log_path}",
    ]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    while time.monotonic() - started < STARTUP_TIMEOUT:
        try:
            with urllib.request.urlopen(f"{url}/web/health", timeout=5) as response:
                if response.status == 200:
                    return server, url
        except OSError:
            pass
        try:
            server.wait(timeout=0.5)  # also the pause between two health checks
        except subprocess.TimeoutExpired:
            continue
        break
    server.kill()
    pytest.fail(f"odoo-bin did not answer on {url} (exit code {server.poll()}): {log_path.read_text()[-3000:]}")


def _stop_server(server):
    server.terminate()  # graceful: the workers finish their request
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def _log_errors(log):
    """(retried conflicts, other ERROR/CRITICAL records) of a server log.

    odoo.sql_db logs every failed statement at ERROR level, including the serialisation
    failures of two transactions writing the same row; odoo.service.model then rolls back and
    replays the request (an INFO "SERIALIZATION_FAILURE, n tries left" line). Those are the
    normal concurrency control of Odoo as long as each one was replayed and no client saw an
    error; any other ERROR or CRITICAL record, or a conflict that ran out of tries, is a problem.
    """
    records = [m.start() for m in LOG_RECORD.finditer(log)] + [len(log)]
    entries = [log[start:end] for start, end in itertools.pairwise(records)]
    conflicts, problems = 0, []
    for entry in entries:
        if not LOG_PROBLEM.match(entry):
            continue
        if " odoo.sql_db: bad query: " in entry and SERIALIZATION_FAILURE in entry:
            conflicts += 1
        else:
            problems.append(entry[:2000])
    retries = len(RETRY.findall(log))
    if conflicts != retries:
        problems.append(f"{conflicts} serialisation failures logged but {retries} replays")
    if "maximum number of tries reached" in log:
        problems.append("a request ran out of retries")
    return conflicts, problems


def test_log_classifier_tells_retried_conflicts_from_errors():
    head = "2026-01-01 10:00:00,000 42 {} wfk odoo.{}: "
    conflict = head.format("ERROR", "sql_db") + "bad query: UPDATE crm_lead\n" + SERIALIZATION_FAILURE + "\n"
    replay = head.format("INFO", "service.model") + "SERIALIZATION_FAILURE, 4 tries left, try again in 0.1 sec...\n"
    crash = head.format("ERROR", "http") + "Exception during request handling.\nTraceback ...\n"
    assert _log_errors(conflict + replay) == (1, [])
    assert _log_errors(conflict + replay + crash)[1] == [crash]
    assert _log_errors(conflict)[1] == ["1 serialisation failures logged but 0 replays"]
    assert len(_log_errors(head.format("CRITICAL", "service.server") + "boom\n")[1]) == 1


def test_concurrent_load(scratch_db, tmp_path, capsys):
    scratch_db.run("-i", ",".join(MODULES), "--stop-after-init")
    officers = CLIENTS - 2 * STAFF_PER_OFFICE
    script = f"LEADS, STAFF, OFFICERS = {LEADS_PER_OFFICE}, {STAFF_PER_OFFICE}, {officers}\n{SETUP}"
    shell = subprocess.run(
        [*scratch_db.odoo_bin, "shell", "-c", scratch_db.conf, "-d", scratch_db.db_name, "--log-level=warn"],
        input=script,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    marker = next((line for line in shell.stdout.splitlines() if line.startswith("WFK-LOAD-SETUP ")), None)
    assert shell.returncode == 0 and marker, shell.stdout[-2000:] + shell.stderr[-3000:]
    data = json.loads(marker.split(" ", 1)[1])
    assert len(data["users"]) == CLIENTS

    log_path = tmp_path / "server.log"
    port = _free_port()
    server, url = _start_server(scratch_db, port, log_path)
    try:
        started = time.monotonic()
        deadline = started + DURATION
        clients = [Client(i, url, scratch_db.db_name, user, data, deadline) for i, user in enumerate(data["users"])]
        # small stacks: the clients only wait on HTTP, and this process already holds the module tests'
        # libraries (OCR, sentence encoder); with 8 MB per thread a client once failed to start
        previous = threading.stack_size(512 * 1024)
        try:
            for client in clients:
                client.start()
        finally:
            threading.stack_size(previous)
        for client in clients:
            client.join(timeout=DURATION + REQUEST_TIMEOUT + 30)
        elapsed = time.monotonic() - started
        assert not any(client.is_alive() for client in clients), "a client hung"
    finally:
        _stop_server(server)

    counts = sum((client.counts for client in clients), Counter())
    errors = [error for client in clients for error in client.errors]
    operations = sum(counts.values()) - counts["calls sent again after a conflict"]
    with capsys.disabled():
        print(
            f"\nconcurrent load: {CLIENTS} clients, {WORKERS} workers, {elapsed:.0f} s: {operations} operations "
            f"({operations / elapsed:.1f}/s; {counts['contact logs']} contact logs, {counts['stage moves']} stage "
            f"moves, {counts['reports']} reports), {len(errors)} errors, "
            f"{counts['calls sent again after a conflict']} calls sent again after a conflict"
        )
    assert not errors, f"{len(errors)} failed calls, e.g.:\n" + "\n".join(errors[:10])
    assert counts["contact logs"] and counts["stage moves"] and counts["reports"], counts

    # every acknowledged create is in the database, and nothing else was created
    acknowledged = sorted(i for client in clients for i in client.acknowledged_logs)
    stored = [
        i for (i,) in scratch_db.query("SELECT id FROM wfk_contact_log WHERE subject LIKE %s ORDER BY id", ("load %",))
    ]
    assert len(acknowledged) == len(set(acknowledged)) == counts["contact logs"]
    assert stored == acknowledged, f"{len(stored)} contact logs stored, {len(acknowledged)} acknowledged"

    # no request in an impossible state
    lead_offices = {lead: office["id"] for office in data["offices"] for lead in office["leads"]}
    rows = scratch_db.query(
        """SELECT l.id, l.team_id, l.representation_office_id, COALESCE(l.active, false), l.probability, l.won_status,
                  l.date_closed IS NOT NULL, COALESCE(s.is_won, false),
                  EXISTS (SELECT 1 FROM crm_stage_crm_team_rel r
                          WHERE r.crm_stage_id = l.stage_id AND r.crm_team_id = l.team_id)
           FROM crm_lead l JOIN crm_stage s ON s.id = l.stage_id WHERE l.id = ANY(%s)""",
        (list(lead_offices),),
    )
    assert len(rows) == len(lead_offices)
    impossible = []
    for lead, team, office, active, probability, won_status, closed, is_won, stage_of_team in rows:
        problems = [
            team != data["team"] and "moved to another team",
            not stage_of_team and "stage of another team",
            office != lead_offices[lead] and "office changed",
            not active and "archived",
            is_won != (probability == 100) and f"probability {probability} in a {'won' if is_won else 'open'} stage",
            is_won != (won_status == "won") and f"won status {won_status!r} in a {'won' if is_won else 'open'} stage",
            is_won != closed and "closing date inconsistent with the stage",
        ]
        impossible += [f"request {lead}: {problem}" for problem in problems if problem]
    assert not impossible, "\n".join(impossible)

    conflicts, problems = _log_errors(log_path.read_text())
    assert not problems, "the server logged errors:\n" + "\n".join(problems[:20])
    with capsys.disabled():
        print(f"concurrent load: {conflicts} transaction conflicts, each retried by Odoo and then committed")
