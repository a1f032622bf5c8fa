import subprocess
import unicodedata

from odoo import fields
from odoo.tests import tagged

from .delegation_common import WfkDelegationCase


def pdf_text(pdf):
    """The text a reader can search in ``pdf`` (poppler's pdftotext, installed by the setup).

    NFKC-normalised as PDF viewers' search does: the PDF maps a few characters that share a glyph with a Kangxi
    radical in Noto CJK (方, 日, 人, ...) to the radical (U+2F45 ⽅ for 方), which NFKC folds back.
    """
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)
    return unicodedata.normalize("NFKC", result.stdout.decode())


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

    def _text(self, report, records, lang):
        """Printed by an officer who works in ``lang``, as the reports are printed in the reader's language."""
        self.officer_user.lang = lang
        env = self.env(user=self.officer_user, context={"lang": lang, "force_report_rendering": True})
        pdf, fmt = env["ir.actions.report"]._render_qweb_pdf(report, records.ids)
        self.assertEqual(fmt, "pdf")
        return pdf_text(pdf)

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
            self.assertIn(label, chinese)
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
            self.assertIn(label, german)

    def test_pipeline_review_in_chinese_and_german(self):
        chinese = self._text("wfk_china_crm.report_pipeline_review", self._review(), "zh_CN")
        for label in ("管道回顾", "请求", "计划就业岗位"):
            self.assertIn(label, chinese)
        german = self._text("wfk_china_crm.report_pipeline_review", self._review(), "de_DE")
        for label in ("Pipeline-Bericht", "Anfragen", "Geplante Arbeitsplätze"):
            self.assertIn(label, german)
