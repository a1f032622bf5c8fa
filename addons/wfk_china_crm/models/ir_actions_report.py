import base64
import io
import logging
import re
from pathlib import Path

from PIL import Image

from odoo import fields, models
from odoo.tools import file_path
from odoo.tools.pdf import merge_pdf

from . import chromium_pdf

_logger = logging.getLogger(__name__)

STYLESHEET = re.compile(r'<link[^>]*?href="(?P<href>/web/assets/[^"]+\.css)"[^>]*>')
BASE_TAG = re.compile(r"<base\s[^>]*>")
HEAD_TAG = re.compile(r"<head[^>]*>")
ASSET_FILE = re.compile(r"(?P<name>[\w.]+?)(?P<rtl>\.rtl)?(?P<autoprefix>\.autoprefixed)?(?:\.min)?\.css$")
STATIC_URL = re.compile(
    r"""url\((?P<quote>['"]?)(?P<path>/(?P<module>\w+)/static/[^)'"?#]+)(?P<rest>[^)'"]*)(?P=quote)\)"""
)
PAGE_PLACEHOLDER = re.compile(r"%\((page|pages)\)s")
LOGO_HEIGHT_MM, LOGO_MAX_WIDTH_MM = 14.0, 60.0
FONTS = "Lato, 'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans CJK', sans-serif"


class IrActionsReport(models.Model):
    """WFK's reports printed by headless Chromium: letterhead and page numbers on every page, in any script.

    Debian's wkhtmltopdf (the one these machines have) prints neither headers, footers nor page numbers; a
    report marked "Print with Chromium" is printed by Chromium (``chromium_pdf``) when it is installed, and by
    wkhtmltopdf otherwise, exactly as Odoo would. Only the PDF engine changes: the report's QWeb templates and
    Odoo's paper format (size, orientation, margins) are used as they are.
    """

    _inherit = "ir.actions.report"

    wfk_print_with_chromium = fields.Boolean(
        string="Print with Chromium",
        help="Print this report with headless Chromium when it is installed: the company's letterhead at the top and "
        "page numbers at the bottom of every page, headings kept with their text. Otherwise wkhtmltopdf prints it.",
    )

    def _run_wkhtmltopdf(self, bodies, report_ref=False, **kwargs):
        """Odoo's PDF engine hook: Chromium for the reports marked so, wkhtmltopdf (Odoo's own) for the others
        and whenever Chromium fails; Odoo's other arguments are passed on as they came."""
        report = self._get_report(report_ref) if report_ref else self
        executable = report.wfk_print_with_chromium and chromium_pdf.binary()
        if executable:
            landscape = kwargs.get("landscape", False)
            try:
                return merge_pdf(
                    [
                        chromium_pdf.print_to_pdf(self._wfk_printable(report, body, landscape), executable)
                        for body in bodies
                    ]
                )
            except chromium_pdf.ChromiumError as error:
                _logger.warning("Chromium could not print %s, printing with wkhtmltopdf: %s", report.report_name, error)
        return super()._run_wkhtmltopdf(bodies, report_ref=report_ref, **kwargs)

    # --- the document Chromium prints --------------------------------------------------------------

    def _wfk_printable(self, report, body, landscape):
        """One of Odoo's report bodies as a self-contained document: Odoo's stylesheets inlined (no server to
        fetch them from), the page and its letterhead as CSS paged media."""
        body = BASE_TAG.sub("", str(body))
        body = STYLESHEET.sub(lambda match: self._wfk_inline_stylesheet(match["href"]), body)
        policy = f'<meta http-equiv="Content-Security-Policy" content="{chromium_pdf.CONTENT_POLICY}"/>'
        body = HEAD_TAG.sub(lambda match: match[0] + policy, body, count=1)
        return body.replace("</head>", f"<style>{self._wfk_page_css(report, landscape)}</style></head>", 1)

    def _wfk_inline_stylesheet(self, href):
        """The <style> of an asset bundle's stylesheet, its fonts and images read from the addons' folders."""
        found = ASSET_FILE.search(href.rsplit("/", 1)[-1])
        if not found:
            return ""
        # static files of installed modules, the same for every user: no record is read
        bundle = (
            self.env["ir.qweb"]
            .sudo()
            ._get_asset_bundle(
                found["name"], css=True, js=False, rtl=bool(found["rtl"]), autoprefix=bool(found["autoprefix"])
            )
        )
        css = bundle.css().raw.decode()
        return f"<style>{STATIC_URL.sub(_file_url, css)}</style>"

    def _wfk_page_css(self, report, landscape):
        """@page: Odoo's paper format, the company's letterhead in the top margin, contact and page number in
        the bottom margin; headings stay with what follows them."""
        paper = report.get_paperformat()
        width, height = paper.print_page_width or 210.0, paper.print_page_height or 297.0
        if landscape and width < height:
            width, height = height, width
        company = self.env.company
        partner = company.partner_id
        address = " · ".join(line for line in partner._display_address(without_company=True).splitlines() if line)
        contact = " · ".join(filter(None, (company.website, company.email, company.phone)))
        page_label = " ".join(
            f"counter({part})" if index % 2 else chromium_pdf.css_string(part)
            for index, part in enumerate(PAGE_PLACEHOLDER.split(self.env._("Page %(page)s of %(pages)s")))
            if part
        )
        letterhead = chromium_pdf.css_string("\n".join(filter(None, (company.name, address))))
        logo = _logo_data_uri(company.logo)
        logo_box = (
            f'@top-right {{ content: url("{logo}"); vertical-align: bottom; padding-bottom: 5mm; }}' if logo else ""
        )
        return f"""
            @page {{
                size: {width}mm {height}mm;
                margin: {max(paper.margin_top, 30)}mm {paper.margin_right or 10}mm {max(paper.margin_bottom, 20)}mm
                        {paper.margin_left or 10}mm;
                @top-left {{
                    content: {letterhead};
                    white-space: pre; vertical-align: bottom; padding-bottom: 5mm;
                    font: 8.5pt/1.35 {FONTS}; color: #434343;
                }}
                {logo_box}
                @bottom-left {{
                    content: {chromium_pdf.css_string(contact)}; vertical-align: top; padding-top: 4mm;
                    font: 7.5pt {FONTS}; color: #6c757d;
                }}
                @bottom-right {{
                    content: {page_label}; vertical-align: top; padding-top: 4mm;
                    font: 7.5pt {FONTS}; color: #6c757d;
                }}
            }}
            html, body {{ height: auto !important; overflow: visible !important; }}
            body {{ margin: 0 !important; padding: 0 !important; max-width: none !important; }}
            h1, h2, h3, h4, h5, h6, thead {{ break-after: avoid; }}
            tr, .o_wfk_keep_together {{ break-inside: avoid; }}
            thead {{ display: table-header-group; }}
        """


def _file_url(match):
    """url(/module/static/...) as the file's own URL, or unchanged when the module has no such file."""
    try:
        path = file_path(match["path"].lstrip("/"))
    except (FileNotFoundError, ValueError):
        return match[0]
    return f"url({match['quote']}{Path(path).as_uri()}{match['rest']}{match['quote']})"


def _logo_data_uri(logo):
    """The company's logo as an SVG of the letterhead's height (a margin box shows an image at its own size),
    or None if there is no logo or it is not a picture Pillow reads."""
    if not logo:
        return None
    raw = base64.b64decode(logo)
    try:
        with Image.open(io.BytesIO(raw)) as image:
            pixel_width, pixel_height = image.size
            mimetype = Image.MIME.get(image.format, "image/png")
    except OSError:
        return None
    width = min(LOGO_HEIGHT_MM * pixel_width / pixel_height, LOGO_MAX_WIDTH_MM)
    picture = f"data:{mimetype};base64,{base64.b64encode(raw).decode()}"
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.1f}mm" height="{LOGO_HEIGHT_MM}mm" '
        f'viewBox="0 0 {pixel_width} {pixel_height}" preserveAspectRatio="xMaxYMax meet">'
        f'<image width="{pixel_width}" height="{pixel_height}" href="{picture}"/>'
        "</svg>"
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
