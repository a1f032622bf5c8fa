"""The company-profile API against a live server, the way the web platform will use it.

A scratch database gets both modules with German and Chinese, a published and an unpublished
company profile and an API account (group "WFK profile API") with an API key. odoo-bin then
serves it on a free 127.0.0.1 port, and

- the documented example client (scripts/profile_api_example.py) reads the published profiles
  over JSON-2 and over XML-RPC, in Chinese and in German;
- every other read (contact data, unpublished profiles, people, other models) and every write is
  refused over both protocols.
"""

import json
import socket
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
import xmlrpc.client

import pytest

from conftest import LOG_PROBLEM, MODULES, PROJECT_DIR

pytestmark = pytest.mark.system

EXAMPLE = PROJECT_DIR / "scripts" / "profile_api_example.py"
STARTUP_TIMEOUT = 180

SETUP = textwrap.dedent(
    """
    import json
    Partner = env['res.partner']
    industry = env['res.partner.industry'].create({'name': 'Live mechanical engineering'})
    markets = env.ref('wfk_china_crm.looking_for_markets')
    published = Partner.create({
        'name': 'Live Pfalz Maschinenbau GmbH', 'is_company': True, 'wfk_chinese_name': '普法尔茨机械',
        'email': 'info@pfalz.example', 'phone': '+49 631 1', 'industry_id': industry.id,
        'wfk_offer': 'Special-purpose machines', 'wfk_need': 'Sales partners in Jiangsu',
        'wfk_looking_for_ids': [(6, 0, markets.ids)], 'wfk_profile_published': True,
        'wfk_profile_summary': 'Machine builder from Kaiserslautern.',
    })
    published.update_field_translations('wfk_profile_summary', {
        'de_DE': 'Maschinenbauer aus Kaiserslautern.', 'zh_CN': '来自凯泽斯劳滕的机械制造商。'})
    unpublished = Partner.create({'name': 'Live Yangzhou Valves', 'is_company': True, 'wfk_offer': 'Valves'})
    person = Partner.create({'name': 'Live Anna Becker', 'parent_id': published.id, 'email': 'anna@pfalz.example'})
    user = env['res.users'].create({
        'name': 'Web platform', 'login': 'web-platform',
        'group_ids': [(6, 0, env.ref('wfk_china_crm.group_wfk_profile_api').ids)],
    })
    key = env['res.users.apikeys'].with_user(user).sudo()._generate('rpc', 'web platform', None)
    env.cr.commit()
    print('WFK-API-SETUP ' + json.dumps({'key': key, 'uid': user.id, 'published': published.id,
                                          'unpublished': unpublished.id, 'person': person.id}))
    """
)


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def live_server(scratch_db, tmp_path):
    """(url, setup data): the scratch database with profiles and an API account, served on loopback."""
    scratch_db.run("-i", ",".join(MODULES), "--load-language=de_DE,zh_CN", "--stop-after-init")
    shell = subprocess.run(
        [*scratch_db.odoo_bin, "shell", "-c", scratch_db.conf, "-d", scratch_db.db_name, "--log-level=warn"],
        input=SETUP,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert shell.returncode == 0, shell.stderr[-3000:]
    data = json.loads(next(line for line in shell.stdout.splitlines() if line.startswith("WFK-API-SETUP "))[14:])
    port, log_path = _free_port(), tmp_path / "odoo.log"
    server = subprocess.Popen(
        [
            *scratch_db.odoo_bin,
            "-c",
            scratch_db.conf,
            "-d",
            scratch_db.db_name,
            f"--db-filter=^{scratch_db.db_name}$",
            "--max-cron-threads=0",
            "--http-interface=127.0.0.1",
            f"--http-port={port}",
            "--log-level=info",
            f"--logfile={log_path}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        started = time.monotonic()
        while time.monotonic() - started < STARTUP_TIMEOUT:
            try:
                with urllib.request.urlopen(f"{url}/web/health", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            try:
                server.wait(timeout=0.5)  # also the pause between two health checks
                pytest.fail(f"odoo-bin exited with {server.returncode}: {log_path.read_text()[-3000:]}")
            except subprocess.TimeoutExpired:
                continue
        else:
            pytest.fail(f"odoo-bin did not answer on {url}: {log_path.read_text()[-3000:]}")
        yield url, scratch_db.db_name, data
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    log = log_path.read_text()
    problems = [m.group(0) + log[m.end() :].split("\n", 1)[0] for m in LOG_PROBLEM.finditer(log)]
    assert not problems, "the server logged errors:\n" + "\n".join(problems)


def _example(url, db, key, protocol, lang):
    proc = subprocess.run(
        [
            sys.executable,
            str(EXAMPLE),
            f"--url={url}",
            f"--db={db}",
            "--login=web-platform",
            f"--key={key}",
            f"--lang={lang}",
            f"--protocol={protocol}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _json2(url, db, key, model, method, **params):
    """(status, body) of one JSON-2 call."""
    request = urllib.request.Request(
        f"{url}/json/2/{model}/{method}",
        data=json.dumps(params).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"bearer {key}", "X-Odoo-Database": db},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_example_client_reads_published_profiles_and_everything_else_is_refused(live_server):
    url, db, data = live_server
    key = data["key"]

    for protocol in ("json2", "xmlrpc"):
        chinese = _example(url, db, key, protocol, "zh_CN")
        assert chinese == [
            {
                "id": data["published"],
                "name": "Live Pfalz Maschinenbau GmbH",
                "chinese_name": "普法尔茨机械",
                "industry": "Live mechanical engineering",
                "secondary_industries": [],
                "offer": "Special-purpose machines",
                "need": "Sales partners in Jiangsu",
                "looking_for": ["市场"],
                "summary": "来自凯泽斯劳滕的机械制造商。",
            }
        ], protocol
        german = _example(url, db, key, protocol, "de_DE")
        assert german[0]["summary"] == "Maschinenbauer aus Kaiserslautern.", protocol
        assert german[0]["looking_for"] == ["Märkte"], protocol

    refused = [
        ("res.partner", "read", {"ids": [data["published"]], "fields": ["email"]}),
        ("res.partner", "search_read", {"domain": [["phone", "!=", False]], "fields": ["name"]}),
        ("res.partner", "read", {"ids": [data["unpublished"]], "fields": ["name"]}),
        ("res.partner", "read", {"ids": [data["person"]], "fields": ["name"]}),
        ("res.partner", "write", {"ids": [data["published"]], "vals": {"name": "Hacked"}}),
        ("res.partner", "unlink", {"ids": [data["published"]]}),
        ("crm.lead", "search_read", {"domain": [], "fields": ["name"]}),
        ("wfk.contact.log", "search_read", {"domain": [], "fields": ["subject"]}),
        ("res.users", "search_read", {"domain": [], "fields": ["login"]}),
    ]
    for model, method, params in refused:
        status, body = _json2(url, db, key, model, method, **params)
        assert (status, body.get("name")) == (403, "odoo.exceptions.AccessError"), (model, method, params, body)

    objects = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object", allow_none=True)
    for model, method, params in refused:
        ids = params.get("ids")
        args = [ids] if ids is not None else [params["domain"]]
        if method == "write":
            args.append(params["vals"])
        kwargs = {"fields": params["fields"]} if "fields" in params else {}
        with pytest.raises(xmlrpc.client.Fault) as caught:
            objects.execute_kw(db, data["uid"], key, model, method, args, kwargs)
        assert caught.value.faultCode == 4, (model, method, caught.value.faultString)  # AccessError

    status, body = _json2(url, db, key, "res.partner", "search_read", domain=[], fields=["name"])
    assert status == 200
    assert [row["name"] for row in body] == ["Live Pfalz Maschinenbau GmbH"]
