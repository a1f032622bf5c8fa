"""The main screens as PNG files for the README (docs/screenshots), taken with Odoo's own ChromeBrowser.

Not part of the test suite (no ``test_`` prefix, not imported by ``tests/__init__.py``): ``make screenshots``
runs it alone against a database with both modules and their demo data::

    pytest --odoo-database=DB --odoo-config=.run/odoo.conf --odoo-http addons/wfk_isa_membership/tests/screens.py

It lives in wfk_isa_membership because the screens span the modules (memberships, the dashboard, and the
card scan when wfk_card_scan is installed).
``WFK_SCREENS_OUT`` overrides the output folder.
"""

import base64
import json
import os
import subprocess
import tempfile
from pathlib import Path

from odoo import fields
from odoo.tests import HttpCase, tagged
from odoo.tests.common import ChromeBrowser

OUT = Path(os.environ.get("WFK_SCREENS_OUT") or Path(__file__).resolve().parents[3] / "docs" / "screenshots")


@tagged("post_install", "-at_install", "-standard", "wfk_screenshots")
class WfkScreens(HttpCase):
    browser_size = "1440x900"

    def _screens(self):
        """(file name, demo login, URL path, selector to wait for, optional (selector to click, selector to wait
        for then)[, language]). Each screen is taken as the demo user who works with it, in their language: Li
        Wei in Chinese, Anna Becker and Thomas Krämer in German, unless a language is given."""
        env = self.env
        officer, manager = "anna.becker", "thomas.kraemer"
        li_wei = env.ref("wfk_china_crm.user_wfk_office_staff_demo")

        def first(model, domain):
            record = env[model].search(domain, limit=1, order="id")
            self.assertTrue(record, f"the demo data has no {model} matching {domain}")
            return record.id

        request = first("crm.lead", [("wfk_match_ids", "!=", False)])
        office = first("wfk.representation.office", [("user_ids", "in", li_wei.id), ("state", "=", "active")])
        delegation = first("wfk.delegation", [("state", "in", ("confirmed", "done")), ("stop_ids", "!=", False)])
        matches_tab = ".o_form_view .o_notebook a.nav-link[name=wfk_matches]"
        dashboard = ".o_spreadsheet_dashboard_action:not(:has(.dashboard-loading-status)) .o_renderer .o-grid canvas"
        return [
            ("pipeline_kanban.png", officer, "/odoo/action-wfk_china_crm.action_wfk_china_cooperation",
             ".o_kanban_view .o_kanban_record", None),
            ("request_matches.png", officer, f"/odoo/action-wfk_china_crm.action_wfk_china_cooperation/{request}",
             matches_tab, (matches_tab, ".o_field_widget[name=wfk_match_ids] .o_data_row")),
            ("office_kpis.png", li_wei.login, f"/odoo/action-wfk_china_crm.action_wfk_representation_office/{office}",
             ".o_form_view .o_form_sheet", None),
            ("delegation_form.png", officer, f"/odoo/action-wfk_china_crm.action_wfk_delegation/{delegation}",
             ".o_form_view .o_field_widget[name=participant_ids] .o_data_row", None),
            ("membership_kanban.png", officer, "/odoo/action-wfk_isa_membership.action_wfk_isa_membership",
             ".o_kanban_view .o_kanban_record", None),
            ("dashboard.png", manager, "/odoo/action-wfk_isa_membership.action_wfk_dashboard", dashboard, None),
            # the same dashboard as a Chinese-speaking manager reads it (the demo has no Chinese manager)
            ("dashboard_zh.png", manager, "/odoo/action-wfk_isa_membership.action_wfk_dashboard", dashboard, None,
             "zh_CN"),
            *self._card_scan_screens(li_wei),
        ]  # fmt: skip

    def _card_scan_screens(self, user):
        """The review form of a scanned card (a generated bilingual card), when wfk_card_scan is installed."""
        if "wfk.card.scan" not in self.env:
            return []
        from odoo.addons.wfk_card_scan.tests import card_set

        card = next(card for card in card_set.CARDS if card["key"] == "zh_zhang_wei")
        # made by the user in the picture: a scan is visible to its author only
        scan = self.env["wfk.card.scan"].with_user(user).create({"image": base64.b64encode(card_set.render(card))})
        scan.action_wfk_read()
        selector = ".o_form_view .o_field_widget[name=person_name]"
        return [("card_scan.png", user.login, f"/odoo/wfk.card.scan/{scan.id}", selector, None)]

    def _pdf_screens(self):
        """The first page of the pipeline review (Thomas Krämer, German) and of a delegation report (Li Wei's
        colleague Chen Jing reads it in Chinese), as printed: letterhead, page number, both scripts."""
        manager = self.env.ref("wfk_china_crm.user_wfk_manager_demo")
        staff = self.env.ref("wfk_china_crm.user_wfk_office_staff_shanghai_demo")
        today = fields.Date.today()
        review = (
            self.env["wfk.pipeline.review.wizard"]
            .with_user(manager)
            .create({"date_from": today.replace(year=today.year - 1, month=1, day=1), "date_to": today})
        )
        delegation = self.env["wfk.delegation"].with_user(staff).search([("stop_ids", "!=", False)], limit=1)
        return [
            ("pipeline_review_pdf.png", manager, "wfk_china_crm.action_report_pipeline_review", review),
            ("delegation_report_pdf.png", staff, "wfk_china_crm.action_report_wfk_delegation", delegation),
        ]

    def _print_first_page(self, name, user, report, records):
        env = self.env(user=user, context={"lang": user.lang, "force_report_rendering": True})
        pdf, _ = env["ir.actions.report"]._render_qweb_pdf(report, records.ids)
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", "-", f"{folder}/page"],
                input=pdf,
                check=True,
            )
            (OUT / name).write_bytes(Path(folder, "page.png").read_bytes())

    def _wait_for(self, browser, selector, name):
        found = browser._wait_ready(f"!!document.querySelector({json.dumps(selector)})", timeout=90)
        self.assertTrue(found, f"{name}: {selector} never appeared")

    def test_screens(self):
        OUT.mkdir(parents=True, exist_ok=True)
        screens, printouts = self._screens(), self._pdf_screens()
        if only := os.environ.get("WFK_SCREENS_ONLY"):  # e.g. WFK_SCREENS_ONLY=dashboard.png,dashboard_zh.png
            screens = [screen for screen in screens if screen[0] in only.split(",")]
            printouts = [printout for printout in printouts if printout[0] in only.split(",")]
        for printout in printouts:
            self._print_first_page(*printout)
        browser = ChromeBrowser(self, headless=True)
        with self.allow_requests(browser=browser):
            try:
                self.cr.flush()
                self.cr.clear()
                for name, login, path, selector, click, *language in screens:
                    if language:  # in the test's transaction, rolled back afterwards
                        self.env["res.users"].search([("login", "=", login)]).lang = language[0]
                        self.env.flush_all()
                    self.authenticate(login, login, browser=browser)  # demo passwords are the logins
                    browser.navigate_to(self.base_url() + path, wait_stop=True)
                    self._wait_for(browser, selector, name)
                    if click:
                        script = f"document.querySelector({json.dumps(click[0])}).click()"
                        browser._websocket_request("Runtime.evaluate", params={"expression": script})
                        self._wait_for(browser, click[1], name)
                    # let fonts, charts and the spreadsheet canvas settle before the picture
                    browser._wait_ready("new Promise((resolve) => setTimeout(() => resolve(true), 1500))")
                    shot = browser._websocket_request("Page.captureScreenshot", params={"format": "png"})
                    (OUT / name).write_bytes(base64.b64decode(shot["data"]))
            finally:
                browser.stop()
                self._wait_remaining_requests()
