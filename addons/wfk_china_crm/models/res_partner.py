from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    representation_office_id = fields.Many2one(
        "wfk.representation.office",
        string="Representation office",
        index="btree_not_null",
        help="The WFK office that looks after this organisation.",
    )
    wfk_contact_log_ids = fields.One2many("wfk.contact.log", "partner_id", string="Contact logs")
    wfk_contact_log_count = fields.Integer(compute="_compute_wfk_contact_stats", string="Contacts logged")
    wfk_last_contact_date = fields.Datetime(compute="_compute_wfk_contact_stats", string="Last contact")

    @api.depends("wfk_contact_log_ids.date")
    def _compute_wfk_contact_stats(self):
        """Logs with the partner as organisation or as contact person: two grouped queries per batch."""
        Log = self.env["wfk.contact.log"]
        stats = {}
        for group_field in ("partner_id", "contact_person_id"):
            for partner, count, last in Log._read_group(
                [(group_field, "in", self.ids)], [group_field], ["__count", "date:max"]
            ):
                old_count, old_last = stats.get(partner.id, (0, False))
                stats[partner.id] = (old_count + count, max(filter(None, (old_last, last))))
        for partner in self:
            partner.wfk_contact_log_count, partner.wfk_last_contact_date = stats.get(partner.id, (0, False))

    def action_wfk_view_contact_logs(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_china_crm.action_wfk_contact_log")
        action["domain"] = ["|", ("partner_id", "=", self.id), ("contact_person_id", "=", self.id)]
        action["context"] = self._wfk_log_defaults()
        return action

    def action_wfk_log_contact(self):
        """Open the quick contact-log form for this organisation or person."""
        self.ensure_one()
        return self.env["wfk.contact.log"].action_quick_log(self._wfk_log_defaults())

    def _wfk_log_defaults(self):
        organisation = self.commercial_partner_id
        defaults = {"default_partner_id": organisation.id}
        if self != organisation:
            defaults["default_contact_person_id"] = self.id
        office = self.representation_office_id or organisation.representation_office_id
        if office and office.state != "closed":
            defaults["default_office_id"] = office.id
        return defaults
