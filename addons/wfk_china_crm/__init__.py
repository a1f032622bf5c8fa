from odoo.tools import SQL

from . import models
from . import report
from . import wizard
from .hooks import post_init_hook


def uninstall_hook(env):
    """Drop what the module created on Odoo's own tables and Odoo does not drop with the module's fields.

    Odoo drops the columns the module added (and the indexes on them only); the covering indexes of the
    cooperation analysis on ``crm_lead`` and the matchmaking index on ``res_partner`` include core columns,
    and the month statistics of the analysis are created in SQL (report/wfk_cooperation_report.py), as is the
    table of the funnel's stays (report/wfk_funnel_report.py).
    """
    cr = env.cr
    cr.execute(
        "SELECT indexname FROM pg_indexes WHERE tablename IN ('crm_lead', 'res_partner') AND indexname LIKE %s",
        ["%wfk%"],
    )
    for (name,) in cr.fetchall():
        cr.execute(SQL("DROP INDEX IF EXISTS %s", SQL.identifier(name)))
    # the funnel's stays (report/wfk_funnel_report.py), with the analysis's view that reads them
    cr.execute("DROP VIEW IF EXISTS wfk_funnel_report CASCADE")
    cr.execute("DROP TABLE IF EXISTS wfk_funnel_stay CASCADE")
    cr.execute("SELECT stxname FROM pg_statistic_ext WHERE stxname LIKE %s", ["wfk%"])
    for (name,) in cr.fetchall():
        cr.execute(SQL("DROP STATISTICS IF EXISTS %s", SQL.identifier(name)))
