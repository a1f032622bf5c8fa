import re
import subprocess
import threading
import unicodedata
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer

from odoo import fields
from odoo.tests import tagged

from ..models import chromium_pdf
from .delegation_common import WfkDelegationCase


def pdf_pages(pdf):
    """The text of each page of ``pdf`` (pdftotext separates pages with a form feed)."""
    return pdf_text(pdf).split("\f")[:-1]


def pdf_text(pdf):
    """The text a reader can search in ``pdf`` (poppler's pdftotext, installed by the setup).

    Normalised as PDF viewers' search does: NFKC (the PDF maps a few characters that share a glyph with a Kangxi
    radical in Noto CJK, 方, 日, 人, ..., to the radical, U+2F45 ⽅ for 方, which NFKC folds back), case folded (a
    label printed in capitals is found as it is written), in reading order with line breaks as spaces (a label
    wrapped in a table header is found whole); pages stay apart (form feeds).
    """
    result = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    text = unicodedata.normalize("NFKC", result.stdout.decode()).casefold()
    return re.sub(r"[ \t\r\n]+", " ", text)


def found(label, text):
    """Whether ``label`` is in ``text`` (from ``pdf_text``) as a reader's search finds it; spaces aside (the PDF
    sets Chinese and figures without the spaces between them)."""
    return unicodedata.normalize("NFKC", label).casefold().replace(" ", "") in text.replace(" ", "")


@tagged("post_install", "-at_install")
class TestReportPdfText(WfkDelegationCase):
    """The delegation report and the pipeline review printed to PDF (wkhtmltopdf) in German and Chinese: titles and
    labels are text in the PDF, Chinese characters included (they vanish without a CJK font)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for lang in ("de_DE", "zh_CN"):
            cls.env["res.lang"]._activate_lang(lang)
        cls.env["ir.module.module"]._load_module_terms(["wfk_china_crm"], ["de_DE", "zh_CN"], overwrite=True)
        cls.delegation.name = "扬州代表团 Yangzhou 2018"
        cls._add_participant(cls.delegation, cls.person_a, state="confirmed")

    def _pdf(self, report, records, lang):
        """Printed by an officer who works in ``lang``, as the reports are printed in the reader's language."""
        self.officer_user.lang = lang
        env = self.env(user=self.officer_user, context={"lang": lang, "force_report_rendering": True})
        pdf, fmt = env["ir.actions.report"]._render_qweb_pdf(report, records.ids)
        self.assertEqual(fmt, "pdf")
        return pdf

    def _text(self, report, records, lang):
        return pdf_text(self._pdf(report, records, lang))

    def _review(self):
        today = fields.Date.today()
        return (
            self.env["wfk.pipeline.review.wizard"]
            .with_user(self.officer_user)
            .create({"date_from": today.replace(month=1, day=1), "date_to": today, "office_ids": self.office.ids})
        )

    def test_delegation_report_in_chinese_and_german(self):
        chinese = self._text("wfk_china_crm.report_wfk_delegation", self.delegation, "zh_CN")
        for label in ("代表团报告", "扬州代表团", "方向", "日期", "组织者", "代表处", "参加人员"):
            self.assertTrue(found(label, chinese), label)
        german = self._text("wfk_china_crm.report_wfk_delegation", self.delegation, "de_DE")
        for label in (
            "Delegationsbericht",
            "扬州代表团",
            "Richtung",
            "Zeitraum",
            "Organisator",
            "Repräsentanz",
            "Teilnehmende",
        ):
            self.assertTrue(found(label, german), label)

    def test_pipeline_review_in_chinese_and_german(self):
        chinese = self._text("wfk_china_crm.report_pipeline_review", self._review(), "zh_CN")
        for label in ("管道回顾", "请求", "计划就业岗位"):
            self.assertTrue(found(label, chinese), label)
        german = self._text("wfk_china_crm.report_pipeline_review", self._review(), "de_DE")
        for label in ("Pipeline-Bericht", "Anfragen", "Geplante Arbeitsplätze"):
            self.assertTrue(found(label, german), label)


@tagged("post_install", "-at_install")
class TestReportLetterhead(WfkDelegationCase):
    """Printed by Chromium (Debian's wkhtmltopdf prints no header, footer or page number): the company's letterhead
    on every page, "page n of m" in the reader's language, nothing fetched from any server."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not chromium_pdf.binary():
            raise AssertionError("Chromium is not installed: the setup installs Debian's chromium")
        for lang in ("de_DE", "zh_CN"):
            cls.env["res.lang"]._activate_lang(lang)
        cls.env["ir.module.module"]._load_module_terms(["wfk_china_crm"], ["de_DE", "zh_CN"], overwrite=True)
        cls.env.company.write({"name": "WFK Letterhead Test GmbH", "website": "https://letterhead.example"})
        # a long report: every participant on the list, so that it runs over several pages
        for index in range(60):
            person = cls.env["res.partner"].create(
                {"name": f"Teilnehmer {index:02d}", "parent_id": cls.organisation.id}
            )
            cls._add_participant(cls.delegation, person, state="confirmed")

    def _pages(self, lang):
        self.officer_user.lang = lang
        env = self.env(user=self.officer_user, context={"lang": lang, "force_report_rendering": True})
        pdf, _ = env["ir.actions.report"]._render_qweb_pdf("wfk_china_crm.report_wfk_delegation", self.delegation.ids)
        return pdf_pages(pdf)

    def test_letterhead_and_page_numbers_on_every_page(self):
        for lang, page_label in (("de_DE", "Seite {} von {}"), ("zh_CN", "第 {} 页，共 {} 页")):
            with self.subTest(lang=lang):
                pages = self._pages(lang)
                self.assertGreater(len(pages), 1)
                for number, text in enumerate(pages, start=1):
                    self.assertTrue(found("WFK Letterhead Test GmbH", text), number)
                    self.assertTrue(found("https://letterhead.example", text), number)
                    self.assertTrue(found(page_label.format(number, len(pages)), text), number)

    def test_wkhtmltopdf_when_the_report_is_not_marked(self):
        """A report not marked "Print with Chromium" is printed by wkhtmltopdf as Odoo does (no page numbers)."""
        self.env.ref("wfk_china_crm.action_report_wfk_delegation").wfk_print_with_chromium = False
        pages = self._pages("de_DE")
        self.assertFalse([text for text in pages if found("Seite 1 von", text)])

    def test_nothing_is_fetched_from_a_server(self):
        """A picture or stylesheet in a report pointing at a server is not fetched (this one counts requests)."""
        requests = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                requests.append(self.path)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.addCleanup(server.shutdown)
        url = f"http://127.0.0.1:{server.server_port}"
        self.delegation.objective = f'<p>Programme <img src="{url}/leak.png"/></p>'
        body = (
            f'<html><head><link rel="stylesheet" href="{url}/leak.css"/></head>'
            f'<body><p>Visit</p><img src="{url}/leak2.png"/><iframe src="http://localhost:{server.server_port}/x"></iframe>'
            "</body></html>"
        )
        Report = self.env["ir.actions.report"]
        report = self.env.ref("wfk_china_crm.action_report_wfk_delegation")
        chromium_pdf.print_to_pdf(Report._wfk_printable(report, body, False))
        self._pages("de_DE")
        self.assertEqual(requests, [])
