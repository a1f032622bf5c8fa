#!/usr/bin/env python3
"""Capture the main screens of WFK China CRM from a running Odoo into PNG files.

    python scripts/screenshots.py --url http://127.0.0.1:8069 --db wfk --out docs/screenshots

Logs in (/web/session/authenticate, admin / admin of a demo database by default), then drives
Debian's headless Chromium over the DevTools protocol (no browser download, no Node): it sets the
session cookie, opens each screen, waits until the page is drawn and the network is idle, and
saves a screenshot. scripts/screenshots.sh (make screenshots) wraps it with a fresh demo
database and a server on a free loopback port.
"""

import argparse
import base64
import http.cookiejar
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import websocket

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-port=0",
    "--remote-allow-origins=*",
]
WIDTH, HEIGHT = 1440, 900
TIMEOUT = 60.0


class Odoo:
    """JSON-RPC over the web client's session: authenticate, then call model methods."""

    def __init__(self, url, db, login, password):
        self.url = url.rstrip("/")
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        result = self._post("/web/session/authenticate", {"db": db, "login": login, "password": password})
        if not result.get("uid"):
            raise SystemExit(f"login {login!r} refused by {db} at {url}")
        self.session_id = next(c.value for c in self.jar if c.name == "session_id")

    def _post(self, path, params):
        body = json.dumps({"jsonrpc": "2.0", "method": "call", "id": 1, "params": params}).encode()
        request = urllib.request.Request(self.url + path, body, {"Content-Type": "application/json"})
        with self.opener.open(request, timeout=TIMEOUT) as response:
            answer = json.loads(response.read())
        if answer.get("error"):
            raise SystemExit(f"{path}: {answer['error'].get('data', {}).get('message') or answer['error']}")
        return answer["result"]

    def call(self, model, method, *args, **kwargs):
        return self._post(
            "/web/dataset/call_kw", {"model": model, "method": method, "args": list(args), "kwargs": kwargs}
        )

    def first_id(self, model, domain, order="id"):
        ids = self.call(model, "search", domain, limit=1, order=order)
        if not ids:
            raise SystemExit(f"no {model} record matches {domain}: is this a demo database?")
        return ids[0]


class Chromium:
    """One headless Chromium page driven over the DevTools protocol."""

    def __init__(self, binary):
        self.profile = tempfile.mkdtemp(prefix="wfk_screens_chrome_")
        self.process = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", f"--window-size={WIDTH},{HEIGHT}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = Path(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + TIMEOUT
        while not (port_file.is_file() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise SystemExit(f"{binary} did not start its DevTools server")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=TIMEOUT) as response:
            page = next(t for t in json.loads(response.read()) if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=TIMEOUT, suppress_origin=True)
        self.next_id = 0
        self.inflight = set()
        self.send("Page.enable")
        self.send("Network.enable")
        self.send("Runtime.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=WIDTH,
            height=HEIGHT,
            deviceScaleFactor=1,
            mobile=False,
        )

    def send(self, method, **params):
        """Send one command and return its result, tracking network requests meanwhile."""
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._event(message)

    def _event(self, message):
        event, params = message.get("method"), message.get("params", {})
        if event == "Network.requestWillBeSent" and "/websocket" not in params["request"]["url"]:
            self.inflight.add(params["requestId"])
        elif event in ("Network.loadingFinished", "Network.loadingFailed"):
            self.inflight.discard(params["requestId"])

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def wait_for(self, selector, what):
        """Wait until ``selector`` matches and the network has been idle for a second."""
        deadline = time.monotonic() + TIMEOUT
        idle_since = None
        while time.monotonic() < deadline:
            found = self.evaluate(f"!!document.querySelector({json.dumps(selector)})")
            busy = self.inflight or self.evaluate("!!document.querySelector('.o_loading_indicator, .o_blockUI')")
            if found and not busy:
                idle_since = idle_since or time.monotonic()
                if time.monotonic() - idle_since >= 1.0:
                    return
            else:
                idle_since = None
            self.ws.settimeout(0.2)
            try:
                self._event(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                pass
            finally:
                self.ws.settimeout(TIMEOUT)
        raise SystemExit(f"{what}: {selector!r} did not appear within {TIMEOUT:.0f} s")

    def open(self, url, selector, what):
        self.inflight.clear()
        self.send("Page.navigate", url=url)
        self.wait_for(selector, what)

    def click(self, selector, then, what):
        """Click ``selector``, wait for ``then``, and scroll the clicked element to the top of the view."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).click()")
        self.wait_for(then, what)
        self.evaluate(f"document.querySelector({json.dumps(selector)}).scrollIntoView({{block: 'start'}})")

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=False)["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self):
        if getattr(self, "ws", None):
            self.ws.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def screens(odoo):
    """(file name, URL path, selector to wait for, optional (click selector, then selector))."""
    request_with_matches = odoo.first_id("crm.lead", [("wfk_match_ids", "!=", False)])
    office = odoo.first_id("wfk.representation.office", [("code", "!=", False), ("state", "=", "active")])
    delegation = odoo.first_id("wfk.delegation", [("state", "in", ("confirmed", "done")), ("stop_ids", "!=", False)])
    return [
        (
            "pipeline_kanban.png",
            "/odoo/action-wfk_china_crm.action_wfk_china_cooperation",
            ".o_kanban_view .o_kanban_record",
            None,
        ),
        (
            "request_matches.png",
            f"/odoo/action-wfk_china_crm.action_wfk_china_cooperation/{request_with_matches}",
            ".o_form_view .o_notebook a.nav-link[name=wfk_matches]",
            (
                ".o_form_view .o_notebook a.nav-link[name=wfk_matches]",
                ".o_field_widget[name=wfk_match_ids] .o_data_row",
            ),
        ),
        (
            "office_kpis.png",
            f"/odoo/action-wfk_china_crm.action_wfk_representation_office/{office}",
            ".o_form_view .o_form_sheet",
            None,
        ),
        (
            "delegation_form.png",
            f"/odoo/action-wfk_china_crm.action_wfk_delegation/{delegation}",
            ".o_form_view .o_field_widget[name=participant_ids] .o_data_row",
            None,
        ),
        (
            "membership_kanban.png",
            "/odoo/action-wfk_isa_membership.action_wfk_isa_membership",
            ".o_kanban_view .o_kanban_record",
            None,
        ),
        (
            "dashboard.png",
            "/odoo/action-wfk_isa_membership.action_wfk_dashboard",
            ".o_spreadsheet_dashboard_action .o_renderer .o-grid canvas",
            None,
        ),
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8069")
    parser.add_argument("--db", required=True)
    parser.add_argument("--login", default="admin")
    parser.add_argument("--password", default="admin")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs" / "screenshots"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    odoo = Odoo(args.url, args.db, args.login, args.password)
    browser = Chromium(args.chromium)
    try:
        host = args.url.split("://", 1)[1].split("/", 1)[0].split(":")[0]
        browser.send("Network.setCookie", name="session_id", value=odoo.session_id, domain=host, path="/")
        for name, path, selector, click in screens(odoo):
            browser.open(args.url.rstrip("/") + path, selector, name)
            if click:
                browser.click(*click, name)
            browser.screenshot(out / name)
            print(f"{out / name}", file=sys.stderr)
    finally:
        browser.close()


if __name__ == "__main__":
    main()
