from odoo import api, fields, models


class CrmTeam(models.Model):
    _inherit = "crm.team"

    wfk_own_stages = fields.Boolean(
        string="Own stages only",
        compute="_compute_wfk_own_stages",
        store=True,
        readonly=False,
        help="The team's pipeline shows only the stages of this team, not the stages shared by all teams.",
    )
    wfk_agency_requests = fields.Boolean(
        string="Agency requests",
        compute="_compute_wfk_agency_requests",
        store=True,
        readonly=False,
        help="The team's opportunities are an agency's requests, not sales deals: their form, cards, list and "
        "reports show request type, office and outcome instead of revenue and probability.",
    )

    @api.depends()
    def _compute_wfk_own_stages(self):
        # computed once, when a team is created or the column is added (upgrade of an existing database):
        # the China Cooperation team keeps to its own stages; managers may change it afterwards
        china = self.env.ref("wfk_china_crm.crm_team_china_cooperation", raise_if_not_found=False)
        for team in self:
            team.wfk_own_stages = team == china

    @api.depends()
    def _compute_wfk_agency_requests(self):
        # likewise once: the China Cooperation team's opportunities are requests, not deals
        china = self.env.ref("wfk_china_crm.crm_team_china_cooperation", raise_if_not_found=False)
        for team in self:
            team.wfk_agency_requests = team == china

    def write(self, vals):
        res = super().write(vals)
        if "wfk_agency_requests" in vals:
            # the funnel keeps the stays of an agency's requests only: rebuilt for all (a rare change), not for the
            # requests the writer happens to see under the record rules
            self.env["wfk.funnel.report"]._wfk_rebuild_later()
        return res
