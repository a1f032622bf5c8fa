from odoo import fields, models
from odoo.exceptions import AccessError


class DigestDigest(models.Model):
    """Weekly digest KPIs of the China work: new and won cooperation requests, contacts logged."""

    _inherit = "digest.digest"

    kpi_wfk_new_requests = fields.Boolean("New cooperation requests")
    kpi_wfk_new_requests_value = fields.Integer(compute="_compute_kpi_wfk_new_requests_value")
    kpi_wfk_won_requests = fields.Boolean("Won cooperation requests")
    kpi_wfk_won_requests_value = fields.Integer(compute="_compute_kpi_wfk_won_requests_value")
    kpi_wfk_contacts_logged = fields.Boolean("Contacts logged")
    kpi_wfk_contacts_logged_value = fields.Integer(compute="_compute_kpi_wfk_contacts_logged_value")

    def _wfk_check_access(self):
        if not self.env.user.has_group("wfk_china_crm.group_wfk_office_staff"):
            raise AccessError(self.env._("Do not have access, skip this data for user's digest email"))

    def _wfk_team_domain(self):
        return [("team_id", "=", self.env.ref("wfk_china_crm.crm_team_china_cooperation").id)]

    def _compute_kpi_wfk_new_requests_value(self):
        self._wfk_check_access()
        self._calculate_company_based_kpi(
            "crm.lead", "kpi_wfk_new_requests_value", additional_domain=self._wfk_team_domain()
        )

    def _compute_kpi_wfk_won_requests_value(self):
        self._wfk_check_access()
        self._calculate_company_based_kpi(
            "crm.lead",
            "kpi_wfk_won_requests_value",
            date_field="date_closed",
            additional_domain=[*self._wfk_team_domain(), ("won_status", "=", "won")],
        )

    def _compute_kpi_wfk_contacts_logged_value(self):
        self._wfk_check_access()
        self._calculate_company_based_kpi("wfk.contact.log", "kpi_wfk_contacts_logged_value", date_field="date")

    def _compute_kpis_actions(self, company, user):
        res = super()._compute_kpis_actions(company, user)
        menu = self.env.ref("wfk_china_crm.menu_wfk_root").id
        res["kpi_wfk_new_requests"] = f"wfk_china_crm.action_wfk_cooperation_report?menu_id={menu}"
        res["kpi_wfk_won_requests"] = f"wfk_china_crm.action_wfk_cooperation_report?menu_id={menu}"
        res["kpi_wfk_contacts_logged"] = f"wfk_china_crm.action_wfk_contact_log?menu_id={menu}"
        return res
