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

    @api.depends()
    def _compute_wfk_own_stages(self):
        # computed once, when a team is created or the column is added (upgrade of an existing database):
        # the China Cooperation team keeps to its own stages; managers may change it afterwards
        china = self.env.ref("wfk_china_crm.crm_team_china_cooperation", raise_if_not_found=False)
        for team in self:
            team.wfk_own_stages = team == china
