from datetime import datetime

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from .delegation_common import WfkDelegationCase


@tagged("post_install", "-at_install")
class TestDelegationConversion(WfkDelegationCase):
    """Request → delegation ("Plan delegation") and appointment/outcome → follow-up request."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.team = cls.env.ref("wfk_china_crm.crm_team_china_cooperation")
        cls.shunyi = cls.env["res.partner"].create(
            {
                "name": "Test Shunyi District",
                "is_company": True,
                "city": "Beijing",
                "country_id": cls.env.ref("base.cn").id,
            }
        )
        cls.visit_request = cls.env["crm.lead"].create(
            {
                "name": "Delegation visit to Shunyi",
                "type": "opportunity",
                "team_id": cls.team.id,
                "partner_id": cls.shunyi.id,
                "user_id": cls.officer_user.id,
                "representation_office_id": cls.office.id,
                "wfk_request_type": "delegation_visit",
                "wfk_direction": "de_to_cn",
                "wfk_origin_city_id": cls.shunyi.id,
                "description": "<p>Shunyi invites a delegation.</p>",
            }
        )

    # --- request → delegation ----------------------------------------------

    def test_plan_delegation_from_a_visit_request(self):
        request = self.visit_request.with_user(self.officer_user)
        action = request.action_wfk_plan_delegation()
        self.assertEqual(action["res_model"], "wfk.delegation")
        delegation = self.env["wfk.delegation"].browse(action["res_id"])
        self.assertEqual(delegation.state, "draft")
        self.assertEqual(delegation.name, "Delegation visit to Shunyi")
        self.assertEqual(delegation.direction, "outbound")
        self.assertEqual(delegation.office_id, self.office)
        self.assertEqual(delegation.organizer_id, self.officer_user)
        self.assertIn("Shunyi invites a delegation.", delegation.objective)
        # the trip goes to the city that invited us, hosted by it
        self.assertEqual(delegation.stop_ids.city, "Beijing")
        self.assertEqual(delegation.stop_ids.host_partner_id, self.shunyi)
        self.assertEqual(delegation.stop_ids.country_id, self.env.ref("base.cn"))
        # linked both ways
        self.assertEqual(delegation.request_lead_id, self.visit_request)
        self.assertEqual(self.visit_request.wfk_planned_delegation_ids, delegation)
        self.assertEqual(self.visit_request.wfk_planned_delegation_count, 1)
        self.assertIn(delegation.name, self.visit_request.message_ids[0].body)

    def test_planning_twice_opens_the_same_delegation(self):
        request = self.visit_request.with_user(self.officer_user)
        first = request.action_wfk_plan_delegation()["res_id"]
        self.assertEqual(request.action_wfk_plan_delegation()["res_id"], first)
        self.assertEqual(self.visit_request.wfk_planned_delegation_count, 1)
        # once cancelled, a new one can be planned
        self.env["wfk.delegation"].browse(first).with_user(self.officer_user).action_cancel()
        self.assertNotEqual(request.action_wfk_plan_delegation()["res_id"], first)
        self.assertEqual(self.visit_request.wfk_planned_delegation_count, 2)

    def test_inbound_visit_request(self):
        visitor = self.env["res.partner"].create({"name": "Li Ming", "parent_id": self.shunyi.id})
        request = self.env["crm.lead"].create(
            {
                "name": "Shunyi visits Kaiserslautern",
                "partner_id": visitor.id,
                "wfk_request_type": "delegation_visit",
                "wfk_direction": "cn_to_de",
            }
        )
        action = request.with_user(self.officer_user).action_wfk_plan_delegation()
        delegation = self.env["wfk.delegation"].browse(action["res_id"])
        self.assertEqual(delegation.direction, "inbound")
        self.assertFalse(delegation.stop_ids)
        self.assertEqual(delegation.participant_ids.partner_id, visitor)
        self.assertEqual(delegation.participant_ids.cost_bearer, "host")

    def test_only_visit_requests_can_be_planned(self):
        request = self.env["crm.lead"].create({"name": "Office space", "wfk_request_type": "office_space"})
        with self.assertRaisesRegex(UserError, "Only delegation-visit requests"):
            request.with_user(self.officer_user).action_wfk_plan_delegation()

    def test_office_staff_cannot_plan(self):
        with self.assertRaises(AccessError):
            self.visit_request.with_user(self.office_user).action_wfk_plan_delegation()
        self.assertFalse(self.visit_request.wfk_planned_delegation_ids)

    # --- outcome / appointment → follow-up request ---------------------------

    def _save_followup(self, action, user):
        self.assertEqual(action["res_model"], "crm.lead")
        self.assertEqual(action["views"], [(False, "form")])
        form = Form(self.env["crm.lead"].with_user(user).with_context(**action["context"]))
        return form.save()

    def test_followup_from_an_outcome(self):
        partner = self.env["res.partner"].create({"name": "Test Qingpu Industrial Park", "is_company": True})
        outcome = self.env["wfk.delegation.outcome"].create(
            {
                "delegation_id": self.delegation.id,
                "kind": "agreement",
                "description": "Office and production space for Kaiserslautern companies\nSecond line",
                "partner_id": partner.id,
                "office_id": self.other_office.id,
            }
        )
        action = outcome.with_user(self.officer_user).action_create_followup_request()
        lead = self._save_followup(action, self.officer_user)
        self.assertEqual(lead.name, "Follow-up: Office and production space for Kaiserslautern companies")
        self.assertEqual(lead.partner_id, partner)
        self.assertEqual(lead.representation_office_id, self.other_office, "the outcome's office comes first")
        self.assertEqual(lead.wfk_delegation_id, self.delegation)
        self.assertEqual(lead.team_id, self.team)
        self.assertEqual(lead.type, "opportunity")
        self.assertIn(lead, self.delegation.lead_ids)
        self.assertEqual(outcome.lead_id, lead, "the outcome points to its follow-up request")

    def test_followup_from_an_outcome_without_office_takes_the_delegation_office(self):
        outcome = self.env["wfk.delegation.outcome"].create(
            {"delegation_id": self.delegation.id, "kind": "mou", "description": "MoU signed"}
        )
        lead = self._save_followup(
            outcome.with_user(self.officer_user).action_create_followup_request(), self.officer_user
        )
        self.assertEqual(lead.representation_office_id, self.office)
        self.assertEqual(self.delegation.lead_ids, lead)

    def test_followup_from_an_appointment(self):
        robotics = self.env["res.partner"].create({"name": "Test Robotics Co.", "is_company": True})
        event = self.env["calendar.event"].create(
            {
                "name": "Visit to the robotics company",
                "start": datetime(2018, 9, 17, 1, 0),
                "stop": datetime(2018, 9, 17, 3, 0),
                "partner_ids": [(6, 0, (self.officer_user.partner_id | robotics).ids)],
                "wfk_delegation_id": self.delegation.id,
            }
        )
        action = event.with_user(self.officer_user).action_wfk_create_followup_request()
        lead = self._save_followup(action, self.officer_user)
        self.assertEqual(lead.name, "Follow-up: Visit to the robotics company")
        self.assertEqual(lead.partner_id, robotics, "our own colleague is not the counterpart")
        self.assertEqual(lead.representation_office_id, self.office)
        self.assertEqual(lead.wfk_delegation_id, self.delegation)
        self.assertEqual(self.delegation.lead_ids, lead)
        self.assertEqual(self.delegation.lead_count, 1)

    def test_followup_needs_a_delegation_appointment(self):
        event = self.env["calendar.event"].create(
            {"name": "Lunch", "start": datetime(2018, 9, 17, 4, 0), "stop": datetime(2018, 9, 17, 5, 0)}
        )
        with self.assertRaisesRegex(UserError, "belongs to no delegation"):
            event.with_user(self.officer_user).action_wfk_create_followup_request()

    def test_followups_smart_button(self):
        lead = self.env["crm.lead"].create({"name": "Follow-up", "wfk_delegation_id": self.delegation.id})
        action = self.delegation.with_user(self.officer_user).action_view_leads()
        self.assertEqual(self.env["crm.lead"].search(action["domain"]), lead)
        self.assertEqual(action["context"]["default_wfk_delegation_id"], self.delegation.id)
