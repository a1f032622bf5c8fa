from odoo import models


class CrmStage(models.Model):
    _inherit = "crm.stage"

    def write(self, vals):
        res = super().write(vals)
        if {"sequence", "is_won"} & vals.keys() and self._wfk_in_agency_pipeline():
            # the funnel's stays hold "moved on", "moved back" and "won" as the stages are ordered now
            self.env["wfk.funnel.report"]._wfk_rebuild_later()
        return res

    def _wfk_in_agency_pipeline(self):
        """Whether an agency's requests may be in one of these stages (their teams' or the shared ones)."""
        return any(not stage.team_ids or stage.team_ids.filtered("wfk_agency_requests") for stage in self)
