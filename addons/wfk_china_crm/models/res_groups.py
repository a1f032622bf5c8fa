from odoo import models

PROFILE_API_GROUP = "wfk_china_crm.group_wfk_profile_api"
OFFICER_GROUP = "wfk_china_crm.group_wfk_officer"


class ResGroups(models.Model):
    _inherit = "res.groups"

    def _get_user_type_groups(self):
        """The profile API group is a user type of its own, exclusive of internal, portal and public.

        Odoo then refuses (with its own "exclusive groups" message) to give an internal user the group,
        whose record rule would otherwise narrow that user's contacts to the published companies; and an
        API account, which belongs to no other user type, holds no access rights but its group's.
        """
        groups = super()._get_user_type_groups()
        api_group_id = self.env["ir.model.data"]._xmlid_to_res_id(PROFILE_API_GROUP, raise_if_not_found=False)
        return groups | self.sudo().browse(api_group_id) if api_group_id else groups
