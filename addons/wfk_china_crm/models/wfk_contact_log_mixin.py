from odoo import models


class WfkContactLogMixin(models.AbstractModel):
    """ "Log contact" and "Contacts" on the records contacts are logged for (organisations, people, requests).

    A model inheriting it says which logs are its own (``_wfk_contact_log_domain``) and how the quick form
    is prefilled from it (``_wfk_log_defaults``); the two buttons are the same everywhere.
    """

    _name = "wfk.contact.log.mixin"
    _description = "Records contacts are logged for"

    def _wfk_contact_log_domain(self):
        raise NotImplementedError

    def _wfk_log_defaults(self):
        raise NotImplementedError

    def action_wfk_view_contact_logs(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_china_crm.action_wfk_contact_log")
        action["domain"] = self._wfk_contact_log_domain()
        action["context"] = self._wfk_log_defaults()
        return action

    def action_wfk_log_contact(self):
        """Open the quick contact-log form, prefilled from this record."""
        self.ensure_one()
        return self.env["wfk.contact.log"].action_quick_log(self._wfk_log_defaults())
