from datetime import datetime

from lxml import etree

from odoo.fields import Command

from .delegation_common import WfkDelegationCase


class TestDelegationDefaults(WfkDelegationCase):
    """What a new participant, stop or appointment of a delegation proposes, as office staff enter them."""

    def test_own_staff_travel_at_the_agency_cost_guests_at_their_own(self):
        Participant = self.env["wfk.delegation.participant"].with_user(self.officer_user)
        colleague = Participant.create(
            {"delegation_id": self.delegation.id, "partner_id": self.office_user.partner_id.id}
        )
        guest = Participant.create({"delegation_id": self.delegation.id, "partner_id": self.person_a.id})
        wfk_contact = self.env["res.partner"].create(
            {"name": "Test WFK colleague", "parent_id": self.env.company.partner_id.id}
        )
        staff = Participant.create({"delegation_id": self.delegation.id, "partner_id": wfk_contact.id})
        self.assertEqual(colleague.cost_bearer, "agency")
        self.assertEqual(staff.cost_bearer, "agency")
        self.assertEqual(guest.cost_bearer, "self")
        # a payer chosen by hand stays when the person changes
        guest.cost_bearer = "host"
        guest.partner_id = self.person_b
        self.assertEqual(guest.cost_bearer, "host")

    def test_a_stop_takes_its_country_from_host_office_or_direction(self):
        germany, china = self.env.ref("base.de"), self.env.ref("base.cn")
        self.host.country_id = china
        self.delegation.write(
            {
                "stop_ids": [
                    Command.create({"city": "Chuzhou", "date_start": self.date_start}),
                    Command.create(
                        {"city": "Yangzhou", "date_start": self.date_start, "host_partner_id": self.host.id}
                    ),
                ]
            }
        )
        by_city = {stop.city: stop for stop in self.delegation.stop_ids[1:]}
        self.assertEqual(by_city["Chuzhou"].country_id, china)  # a trip abroad goes to China
        self.assertEqual(by_city["Yangzhou"].country_id, china)
        visit = self.delegation.copy({"name": "Test visit to Kaiserslautern", "direction": "inbound"})
        visit.write({"stop_ids": [Command.create({"city": "Kaiserslautern", "date_start": self.date_start})]})
        self.assertEqual(visit.stop_ids.filtered(lambda s: s.city == "Kaiserslautern").country_id, germany)

    def test_a_new_appointment_starts_within_the_trip(self):
        self.officer_user.tz = "Asia/Shanghai"
        Event = self.env["calendar.event"].with_user(self.officer_user)
        context = {"default_wfk_delegation_id": self.delegation.id, "default_name": self.delegation.name}
        defaults = Event.with_context(**context).default_get(["start", "stop", "name"])
        self.assertEqual(defaults["start"], datetime(2018, 9, 10, 1, 0))  # 9:00 in Yangzhou, in UTC
        self.assertEqual(defaults["stop"], datetime(2018, 9, 10, 2, 0))
        # without a delegation, Odoo's own default (now) stays
        self.assertNotEqual(Event.default_get(["start"]).get("start"), defaults["start"])

    def test_participant_list_names_the_person_not_the_company_first(self):
        view = self.env.ref("wfk_china_crm.wfk_delegation_view_form")
        arch = (
            self.env["wfk.delegation"]
            .with_user(self.officer_user)
            .get_views([(view.id, "form")])["views"]["form"]["arch"]
        )
        node = etree.fromstring(arch).xpath("//field[@name='participant_ids']//field[@name='partner_id']")[0]
        self.assertIn("partner_display_name_hide_company", node.get("context"))
        person = self.person_a.with_context(partner_display_name_hide_company=True)
        self.assertEqual(person.display_name, "Anton Administrator")
