from datetime import date

from odoo.fields import Command
from odoo.tests import tagged

from .delegation_common import WfkDelegationCase

REPORT = "wfk_china_crm.action_report_wfk_delegation"


@tagged("post_install", "-at_install")
class TestDelegationReport(WfkDelegationCase):
    """The "Delegation report": participants, stops, outcomes, next steps and follow-ups, in the reader's language."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.delegation.write(
            {
                "leader_ids": [Command.set(cls.person_a.ids)],
                "recommendations": "<ul><li>Organise a purely economic delegation</li></ul>",
                "result": "<p>Three offices opened</p>",
                "outcome_ids": [
                    Command.create(
                        {
                            "kind": "mou",
                            "description": "MoU between Kaiserslautern and Yangzhou",
                            "partner_id": cls.host.id,
                            "date": date(2018, 9, 11),
                        }
                    ),
                    Command.create(
                        {
                            "kind": "office_opened",
                            "description": "Office opened in the technology centre",
                            "office_id": cls.office.id,
                            "date": date(2018, 9, 11),
                        }
                    ),
                ],
            }
        )
        cls.delegation.stop_ids.notes = "<p>Signed the memorandum in the town hall</p>"
        cls._add_participant(cls.delegation, cls.person_a, cost_bearer="agency", state="attended")
        cls._add_participant(cls.delegation, cls.person_c, cost_bearer="self", state="attended", role="Founder")
        cls._add_participant(cls.delegation, cls.person_d, cost_bearer="self", state="declined")
        stage = cls.env.ref("wfk_china_crm.stage_wfk_matching")
        cls.followup = cls.env["crm.lead"].create(
            {
                "name": "Skilled workers from the vocational schools",
                "type": "opportunity",
                "stage_id": stage.id,
                "wfk_delegation_id": cls.delegation.id,
            }
        )

    def _render(self, user, lang=None):
        Report = self.env["ir.actions.report"].with_user(user)
        if lang:
            Report = Report.with_context(lang=lang)
        html, report_format = Report._render_qweb_html(REPORT, self.delegation.ids)
        self.assertEqual(report_format, "html")
        return html.decode()

    def test_report_is_bound_to_delegations(self):
        report = self.env.ref(REPORT)
        self.assertEqual(report.report_type, "qweb-pdf")
        self.assertEqual(report.binding_model_id.model, "wfk.delegation")

    def test_report_contains_participants_stops_outcomes_and_next_steps(self):
        html = self._render(self.officer_user)
        self.assertIn("Test delegation to Yangzhou", html)
        # participants with organisation, role and who pays; a declined invitation is left out
        for text in (
            "Anton Administrator",
            "Test District Administration",
            "District administrator",
            "(head of delegation)",
        ):
            self.assertIn(text, html)
        self.assertIn("Carl Company", html)
        self.assertIn("Founder", html)
        self.assertIn("WFK (agency)", html)
        self.assertIn("Own costs", html)
        self.assertNotIn("Dora Declined", html)
        # stops with host and what happened
        self.assertIn("Test City of Yangzhou", html)
        self.assertIn("Signed the memorandum in the town hall", html)
        # outcomes, result, recommendations, follow-ups with their stage
        self.assertIn("MoU between Kaiserslautern and Yangzhou", html)
        self.assertIn("Memorandum of understanding", html)
        self.assertIn("Office opened in the technology centre", html)
        self.assertIn("Three offices opened", html)
        self.assertIn("Organise a purely economic delegation", html)
        self.assertIn("Skilled workers from the vocational schools", html)
        self.assertIn("Matching", html)

    def test_report_shows_lost_followups(self):
        self.followup.action_set_lost()
        html = self._render(self.officer_user)
        self.assertIn("Skilled workers from the vocational schools", html)
        self.assertIn("Lost", html)

    def test_office_staff_can_print_their_offices_delegation(self):
        html = self._render(self.office_user)
        self.assertIn("Anton Administrator", html)
        self.assertIn("MoU between Kaiserslautern and Yangzhou", html)

    def test_report_in_the_readers_language(self):
        self._load_german()
        html = self._render(self.officer_user, lang="de_DE")
        self.assertIn("Delegationsbericht", html)
        self.assertIn("Teilnehmende", html)
        self.assertIn("Empfohlene nächste Schritte", html)
        self.assertIn("Absichtserklärung", html, "outcome kinds are translated too")
        self.assertIn("Eigene Kosten", html)
        self.assertNotIn("Recommended next steps", html)
        # data stays as entered
        self.assertIn("MoU between Kaiserslautern and Yangzhou", html)

    def test_report_in_chinese(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(["wfk_china_crm"], ["zh_CN"], overwrite=True)
        html = self._render(self.officer_user, lang="zh_CN")
        self.assertIn("代表团报告", html)
        self.assertIn("Anton Administrator", html)
