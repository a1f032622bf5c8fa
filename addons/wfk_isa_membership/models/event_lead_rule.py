from odoo import fields, models
from odoo.addons.wfk_china_crm.models.crm_lead import REQUEST_TYPES


class EventLeadRule(models.Model):
    _inherit = "event.lead.rule"

    lead_wfk_request_type = fields.Selection(
        REQUEST_TYPES,
        string="Request type",
        help="Makes the rule create cooperation requests: the leads get this request type (unless the "
        "registration names its own), the attendee's origin city and the direction, and start in the first "
        "stage of the sales team's own pipeline.",
    )

    def _get_wfk_first_stage(self):
        """First unfolded stage dedicated to the rule's sales team (the China Cooperation stages), if any."""
        self.ensure_one()
        if not self.lead_sales_team_id:
            return self.env["crm.stage"]
        return self.env["crm.stage"].search(
            [("team_ids", "in", self.lead_sales_team_id.ids), ("fold", "=", False)], order="sequence, id", limit=1
        )
