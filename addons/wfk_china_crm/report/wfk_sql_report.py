from odoo import models, tools
from odoo.tools import SQL


class WfkSqlReport(models.AbstractModel):
    """An analysis read from a PostgreSQL view, assembled from three parts like Odoo's crm.activity.report:
    a module extending it adds columns to ``_select()`` (and fields of the same name), joins to ``_from()``
    or conditions to ``_where()``; ``init()`` (re)creates the view on install and upgrade."""

    _name = "wfk.sql.report"
    _description = "Analysis read from a SQL view"

    def _select(self):
        raise NotImplementedError

    def _from(self):
        raise NotImplementedError

    def _where(self):
        return SQL("TRUE")

    def init(self):
        if self._abstract:  # Odoo calls init() on this model too: it has no view of its own
            return
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                "CREATE OR REPLACE VIEW %s AS (SELECT %s FROM %s WHERE %s)",
                SQL.identifier(self._table),
                self._select(),
                self._from(),
                self._where(),
            )
        )
