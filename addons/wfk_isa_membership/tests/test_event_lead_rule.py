from odoo.tests import tagged

from .common import WfkIsaCase


@tagged("post_install", "-at_install")
class TestMatchmakingLeadRule(WfkIsaCase):
    """Registrations for an ISA business matchmaking become cooperation requests (shipped rule)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._membership(cls.guiyang, date_joined="2016-04-25")
        cls._membership(cls.goettingen)
        cls.team = cls.env.ref("wfk_china_crm.crm_team_china_cooperation")
        cls.rule = cls.env.ref("wfk_isa_membership.event_lead_rule_isa_matchmaking")
        Event = cls.env["event.event"].with_user(cls.officer_user)
        cls.matchmaking = Event.create(
            {
                "name": "Test matchmaking Guiyang",
                "wfk_isa_kind": "matchmaking",
                "date_begin": "2019-10-18 01:00:00",
                "date_end": "2019-10-18 09:00:00",
            }
        )
        cls.plenary = Event.create(
            {
                "name": "Test plenary",
                "wfk_isa_kind": "plenary",
                "wfk_plenary_number": 999,
                "date_begin": "2019-10-16 01:00:00",
                "date_end": "2019-10-16 09:00:00",
            }
        )
        Partner = cls.env["res.partner"]
        cls.software_company = Partner.create(
            {
                "name": "Göttingen Test Software GmbH",
                "is_company": True,
                "city": "Göttingen-Test",
                "country_id": cls.germany.id,
            }
        )
        cls.chinese_company = Partner.create(
            {"name": "Guiyang Test Data Co.", "is_company": True, "city": "Guiyang-Test", "country_id": cls.china.id}
        )
        cls.engineer = Partner.create({"name": "Test Engineer", "parent_id": cls.software_company.id})

    def _register(self, event, partner, **values):
        vals = {"event_id": event.id, "partner_id": partner.id}
        vals.update(values)
        return self.env["event.registration"].with_user(self.officer_user).create(vals)

    def test_rule_is_shipped_as_data(self):
        data = self.env["ir.model.data"].search(
            [("module", "=", "wfk_isa_membership"), ("name", "=", "event_lead_rule_isa_matchmaking")]
        )
        self.assertTrue(data.noupdate, "users may tune the rule: it is not overwritten on update")
        self.assertEqual(self.rule.lead_sales_team_id, self.team)
        self.assertEqual(self.rule.lead_type, "opportunity")

    def test_registration_becomes_a_cooperation_request(self):
        registration = self._register(self.matchmaking, self.software_company, wfk_request_type="market_access")
        self.assertEqual(registration.wfk_origin_city_id, self.goettingen, "the member in the company's city")
        lead = registration.sudo().lead_ids
        self.assertEqual(len(lead), 1)
        self.assertEqual(lead.event_lead_rule_id, self.rule)
        self.assertEqual(lead.team_id, self.team)
        self.assertEqual(lead.type, "opportunity")
        self.assertEqual(lead.stage_id, self.env.ref("wfk_china_crm.stage_wfk_new"), "China Cooperation pipeline")
        self.assertEqual(lead.wfk_request_type, "market_access", "the registration's own request type")
        self.assertEqual(lead.wfk_origin_city_id, self.goettingen)
        self.assertEqual(lead.wfk_direction, "de_to_cn")
        self.assertEqual(lead.partner_id, self.software_company)
        self.assertEqual(lead.event_id, self.matchmaking)

    def test_rule_default_type_and_chinese_origin(self):
        registration = self._register(self.matchmaking, self.chinese_company)
        lead = registration.sudo().lead_ids
        self.assertEqual(lead.wfk_request_type, self.rule.lead_wfk_request_type)
        self.assertEqual(lead.wfk_origin_city_id, self.guiyang)
        self.assertEqual(lead.wfk_direction, "cn_to_de")

    def test_contact_person_comes_from_the_company_city(self):
        registration = self._register(self.matchmaking, self.engineer)
        self.assertEqual(registration.wfk_origin_city_id, self.goettingen)
        self.assertEqual(registration.sudo().lead_ids.wfk_origin_city_id, self.goettingen)

    def test_member_city_is_its_own_origin(self):
        registration = self._register(self.matchmaking, self.guiyang)
        self.assertEqual(registration.sudo().lead_ids.wfk_origin_city_id, self.guiyang)

    def test_origin_can_be_set_by_hand(self):
        stranger = self.env["res.partner"].create({"name": "Walk-in visitor"})
        registration = self._register(self.matchmaking, stranger, wfk_origin_city_id=self.kaiserslautern.id)
        self.assertEqual(registration.sudo().lead_ids.wfk_origin_city_id, self.kaiserslautern)

    def test_other_alliance_events_create_no_request(self):
        registration = self._register(self.plenary, self.software_company)
        self.assertFalse(registration.sudo().lead_ids)

    def test_unconfirmed_registration_waits_for_confirmation(self):
        registration = self._register(self.matchmaking, self.software_company, state="draft")
        self.assertFalse(registration.sudo().lead_ids)
        registration.action_confirm()
        self.assertEqual(registration.sudo().lead_ids.team_id, self.team)

    def test_request_visible_to_the_officer(self):
        registration = self._register(self.matchmaking, self.software_company)
        leads = self.env["crm.lead"].with_user(self.officer_user).search([("event_id", "=", self.matchmaking.id)])
        self.assertEqual(leads, registration.sudo().lead_ids)
