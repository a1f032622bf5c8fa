"""Project-wide pytest hooks.

A skipped test is never counted as a pass: any skip (a missing browser, a
missing module, --odoo-http forgotten) fails the run with its reason.
"""

import pytest


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped tests count as failures here: {reason}"
