from collections import defaultdict

from odoo import api, fields, models

from .wfk_isa_membership import CLOSED_STATUS
from .wfk_isa_membership import STATUSES

WFK_GROUPS = "wfk_china_crm.group_wfk_office_staff"


class ResPartner(models.Model):
    _inherit = "res.partner"

    # ISA facts are the China CRM's business: plain internal, portal and API users do not read them.
    wfk_isa_membership_ids = fields.One2many(
        "wfk.isa.membership", "partner_id", string="ISA memberships", groups=WFK_GROUPS
    )
    wfk_isa_membership_count = fields.Integer(
        compute="_compute_wfk_isa_membership_count",
        compute_sudo=True,
        groups=WFK_GROUPS,
        string="Number of ISA memberships",
        help="Memberships of this organisation, including those of the city networks it belongs to.",
    )
    wfk_isa_status = fields.Selection(
        STATUSES,
        string="ISA status",
        compute="_compute_wfk_isa_membership_count",
        compute_sudo=True,
        groups=WFK_GROUPS,
        help="Status of the organisation's open ISA membership, or of the city network it belongs to.",
    )
    wfk_isa_event_count = fields.Integer(
        compute="_compute_wfk_isa_event_count",
        compute_sudo=True,
        groups=WFK_GROUPS + ",event.group_event_user",
        string="Number of ISA events",
        help="Alliance events the organisation or its contacts registered for or exhibited at, and the event "
        "at which it was admitted.",
    )

    def _wfk_isa_membership_domain(self):
        return ["|", ("partner_id", "in", self.ids), ("network_member_ids", "in", self.ids)]

    @api.depends("wfk_isa_membership_ids.status")
    def _compute_wfk_isa_membership_count(self):
        counts = defaultdict(int)
        status = {}
        partners = self.filtered("id")
        if partners:
            memberships = self.env["wfk.isa.membership"].search(partners._wfk_isa_membership_domain())
            for membership in memberships:
                for partner in (membership.partner_id | membership.network_member_ids) & partners:
                    counts[partner.id] += 1
                    if membership.status != CLOSED_STATUS and (
                        partner.id not in status or membership.partner_id == partner
                    ):
                        status[partner.id] = membership.status
        for partner in self:
            partner.wfk_isa_membership_count = counts[partner.id]
            partner.wfk_isa_status = status.get(partner.id, False)

    def _wfk_isa_event_ids_by_partner(self):
        """{commercial partner id: set of ISA event ids}: registrations, joint-booth exhibitions, admissions."""
        commercial_ids = self.filtered("id").commercial_partner_id.ids
        events = defaultdict(set)
        if not commercial_ids:
            return events
        registrations = self.env["event.registration"]._read_group(
            [("event_id.wfk_isa_kind", "!=", False), ("partner_id.commercial_partner_id", "in", commercial_ids)],
            ["partner_id.commercial_partner_id", "event_id"],
        )
        for partner, event in registrations:
            events[partner.id].add(event.id)
        booths = self.env["event.booth"]._read_group(
            [("event_id.wfk_isa_kind", "!=", False), ("wfk_exhibitor_ids", "in", commercial_ids)],
            ["wfk_exhibitor_ids", "event_id"],
        )
        for partner, event in booths:
            events[partner.id].add(event.id)
        admissions = self.env["wfk.isa.membership"]._read_group(
            [("partner_id", "in", commercial_ids), ("admission_event_id", "!=", False)],
            ["partner_id", "admission_event_id"],
        )
        for partner, event in admissions:
            events[partner.id].add(event.id)
        return events

    def _compute_wfk_isa_event_count(self):
        events = self._wfk_isa_event_ids_by_partner()
        for partner in self:
            partner.wfk_isa_event_count = len(events[partner.commercial_partner_id.id])

    def action_view_wfk_isa_memberships(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_isa_membership.action_wfk_isa_membership")
        action["domain"] = self._wfk_isa_membership_domain()
        action["context"] = {"default_partner_id": self.id}
        return action

    def action_view_wfk_isa_events(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_isa_membership.action_wfk_isa_event")
        event_ids = self.sudo()._wfk_isa_event_ids_by_partner()[self.commercial_partner_id.id]
        action["domain"] = [("id", "in", list(event_ids))]
        action["context"] = {}
        return action
