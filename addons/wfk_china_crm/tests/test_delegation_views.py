from odoo.tests import tagged

from .delegation_common import WfkDelegationCase


@tagged("post_install", "-at_install")
class TestDelegationViews(WfkDelegationCase):
    """Every delegation view loads for the people who use it, with the buttons they may press."""

    def test_delegation_views_load(self):
        view_types = ["list", "kanban", "form", "calendar", "pivot", "graph", "activity", "search"]
        for user in (self.office_user, self.officer_user, self.manager_user):
            views = self.env["wfk.delegation"].with_user(user).get_views([(False, vt) for vt in view_types])
            self.assertEqual(set(views["views"]), set(view_types), user.login)
        form_for_staff = self.env["wfk.delegation"].with_user(self.office_user).get_views([(False, "form")])
        form_for_officer = self.env["wfk.delegation"].with_user(self.officer_user).get_views([(False, "form")])
        self.assertNotIn("action_confirm", form_for_staff["views"]["form"]["arch"])
        self.assertIn("action_confirm", form_for_officer["views"]["form"]["arch"])
        report = self.env.ref("wfk_china_crm.action_report_wfk_delegation")
        self.assertIn(f'name="{report.id}"', form_for_staff["views"]["form"]["arch"], "everybody may print")

    def test_analysis_views_load(self):
        for model, view_types in (
            ("wfk.delegation.participant", ["pivot", "graph", "list", "search"]),
            ("wfk.delegation.outcome", ["list", "graph", "search"]),
        ):
            views = self.env[model].with_user(self.manager_user).get_views([(False, vt) for vt in view_types])
            self.assertEqual(set(views["views"]), set(view_types), model)

    def test_request_and_appointment_forms_offer_the_conversions(self):
        lead_form = self.env["crm.lead"].with_user(self.officer_user).get_views([(False, "form")])
        self.assertIn("action_wfk_plan_delegation", lead_form["views"]["form"]["arch"])
        event_form = self.env["calendar.event"].with_user(self.officer_user).get_views([(False, "form")])
        self.assertIn("action_wfk_create_followup_request", event_form["views"]["form"]["arch"])
        self.assertIn("wfk_delegation_id", event_form["views"]["form"]["arch"])
