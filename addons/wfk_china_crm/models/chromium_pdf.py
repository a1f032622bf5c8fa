"""Printing an HTML document to PDF with headless Chromium (Debian's ``chromium``), offline.

Debian's wkhtmltopdf is built without its patched Qt: it prints no header, no footer and no page numbers,
and it cannot keep a heading with the text that follows. Chromium prints CSS paged media: ``@page`` with
margin boxes (a letterhead at the top, the page number at the bottom of every page), ``break-after: avoid``,
and searchable text in any script with the fonts installed (Noto CJK for Chinese).

Nothing leaves the machine: the document is self-contained (styles inlined, images as data URIs) and forbids
itself scripts and any fetch but of data and local files (``CONTENT_POLICY``), and Chromium runs with its
network cut off (every host name unresolvable, every request sent to a proxy that does not exist) in a
throw-away profile.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

BINARIES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT = 120  # seconds for one document
NO_NETWORK = (
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",  # the discard port: a request to an IP literal fails as well
    "--proxy-bypass-list=<-loopback>",  # ... loopback addresses included
)


# for the document's <meta http-equiv="Content-Security-Policy">: no script, nothing fetched from a server
CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline' file:; img-src data: file:; font-src data: file:"


class ChromiumError(Exception):
    """Chromium failed to print; the message is Chromium's own (for the server log)."""


def binary():
    """The path of the Chromium executable, or None when none is installed."""
    return next((path for name in BINARIES if (path := shutil.which(name))), None)


def css_string(text):
    """``text`` as a CSS string literal (for ``content:``), line breaks as ``\\A``; ``<`` escaped so that no text
    closes the <style> element it stands in."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ").replace("<", "\\3C ")
    return f'"{escaped}"'


def print_to_pdf(html, executable=None):
    """Print the self-contained HTML document ``html`` (str) to PDF and return the PDF's bytes."""
    executable = executable or binary()
    if not executable:
        raise ChromiumError("Chromium is not installed")
    with tempfile.TemporaryDirectory(prefix="wfk-chromium-") as folder:
        source, target = Path(folder, "document.html"), Path(folder, "document.pdf")
        source.write_text(html, encoding="utf-8")
        command = [
            # Odoo limits its own address space (limit_memory_hard, inherited by children); Chromium reserves more
            # virtual memory than it uses and does not start under that limit: lift it for Chromium alone
            "/bin/sh",
            "-c",
            'ulimit -v unlimited 2>/dev/null || ulimit -S -v "$(ulimit -H -v)"; exec "$0" "$@"',
            executable,
            "--headless",
            "--no-sandbox",  # the server's user may not create the namespaces of Chromium's sandbox
            "--disable-gpu",
            "--disable-extensions",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--mute-audio",
            "--allow-file-access-from-files",  # fonts of Odoo's stylesheets, read from the addons' folders
            *NO_NETWORK,
            f"--user-data-dir={folder}/profile",
            "--no-pdf-header-footer",  # Chromium's own date and URL lines: the document has its letterhead
            f"--print-to-pdf={target}",
            source.as_uri(),
        ]
        environment = {**os.environ, "HOME": folder}
        try:
            process = subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False, env=environment)
        except subprocess.TimeoutExpired as error:
            raise ChromiumError(f"Chromium did not finish within {TIMEOUT} s") from error
        if process.returncode or not target.is_file():
            raise ChromiumError(process.stderr.decode(errors="replace")[-1000:])
        return target.read_bytes()
