from itertools import count

from odoo.tests import tagged

from .access_matrix import AccessMatrixCase
from .access_matrix import ModelSpec

_serial = count(1)


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase):
    """Every cell of the wfk_china_crm rows of the access matrix, against the real ORM."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        cls.org = {
            cls.office_a: Partner.create({"name": "Yangzhou Automation Ltd.", "is_company": True}),
            cls.office_b: Partner.create({"name": "Foshan Robotics Ltd.", "is_company": True}),
        }
        cls.team = cls.env.ref("wfk_china_crm.crm_team_china_cooperation")
        cls.logs, cls.leads, cls.wizards = {}, {}, {}
        for office in (cls.office_a, cls.office_b):
            cls.logs[office] = cls.env["wfk.contact.log"].create(cls._log_vals(office))
            cls.leads[office] = cls.env["crm.lead"].create(cls._lead_vals(office))
            cls.wizards[office] = cls.env["wfk.pipeline.review.wizard"].create(cls._wizard_vals(office))
        cls.candidate = Partner.create({"name": "Kaiserslautern Robotics GmbH", "is_company": True})
        cls.matches = {
            office: cls.env["wfk.match"].create({"lead_id": lead.id, "partner_id": cls.org[office].id, "score": 40})
            for office, lead in cls.leads.items()
        }
        cls.tags = {
            office: cls.env["wfk.looking.for"].create({"name": f"Matrix tag {office.code}"})
            for office in (cls.office_a, cls.office_b)
        }
        cls.person = Partner.create({"name": "Li Na", "parent_id": cls.candidate.id})
        cls.organisations = {
            office: Partner.create(
                {
                    "name": f"扬州 matrix company {office.code}",
                    "is_company": True,
                    "representation_office_id": office.id,
                }
            )
            for office in (cls.office_a, cls.office_b)
        }
        cls.delegations = {}
        for office in (cls.office_a, cls.office_b):
            delegation = cls.env["wfk.delegation"].create(
                {"name": f"Trip of {office.city}", "office_id": office.id, "date_start": "2026-09-10"}
            )
            cls.env["wfk.delegation.participant"].create(
                {"delegation_id": delegation.id, "partner_id": Partner.create({"name": f"Guest {office.code}"}).id}
            )
            cls.env["wfk.delegation.stop"].create({"delegation_id": delegation.id, "city": office.city})
            cls.env["wfk.delegation.outcome"].create(
                {"delegation_id": delegation.id, "kind": "mou", "description": "Memorandum of understanding"}
            )
            cls.delegations[office] = delegation
        cls.appointments = {
            office: cls.env["calendar.event"].create(cls._appointment_vals(office)) for office in cls.delegations
        }
        cls.env.flush_all()
        cls.report_rows = {
            office: cls.env["wfk.cooperation.report"].search([("lead_id", "=", lead.id)])
            for office, lead in cls.leads.items()
        }
        cls.funnel_rows = {
            office: cls.env["wfk.funnel.report"].search([("lead_id", "=", lead.id)])
            for office, lead in cls.leads.items()
        }

    @classmethod
    def _log_vals(cls, office):
        return {"subject": f"Meeting {next(_serial)}", "partner_id": cls.org[office].id, "office_id": office.id}

    @classmethod
    def _lead_vals(cls, office):
        return {
            "name": f"Request {next(_serial)}",
            "type": "opportunity",
            "team_id": cls.team.id,
            "partner_id": cls.org[office].id,
            "representation_office_id": office.id,
        }

    @classmethod
    def _appointment_vals(cls, office):
        return {
            "name": f"Appointment {next(_serial)}",
            "start": "2026-09-11 08:00:00",
            "stop": "2026-09-11 09:00:00",
            "wfk_delegation_id": cls.delegations[office].id,
        }

    @classmethod
    def _wizard_vals(cls, office):
        return {"date_from": "2026-01-01", "date_to": "2026-12-31", "office_ids": [(6, 0, office.ids)]}

    @classmethod
    def matrix_specs(cls):
        return {
            "wfk.representation.office": ModelSpec(
                record=lambda office: office,
                create_vals=lambda office: {
                    "name": f"New office {next(_serial)}",
                    "code": f"MX-N{next(_serial)}",
                    "user_ids": [(6, 0, office.user_ids.ids)],
                },
                write_vals=lambda office: {"desk_count": 6},
            ),
            "wfk.contact.log": ModelSpec(
                record=lambda office: cls.logs[office],
                create_vals=cls._log_vals,
                write_vals=lambda office: {"subject": "Follow-up call"},
                read_fields=["subject", "summary", "office_id"],
            ),
            "crm.lead": ModelSpec(
                record=lambda office: cls.leads[office],
                create_vals=cls._lead_vals,
                write_vals=lambda office: {"wfk_jobs_planned": 12},
                read_fields=["name", "representation_office_id", "wfk_investment_amount"],
            ),
            "wfk.match": ModelSpec(
                record=lambda office: cls.matches[office],
                create_vals=lambda office: {"lead_id": cls.leads[office].id, "partner_id": cls.candidate.id},
                write_vals=lambda office: {"note": "Called them, interested", "score": 70},
                read_fields=["lead_id", "partner_id", "score", "reason", "state"],
            ),
            "wfk.looking.for": ModelSpec(
                record=lambda office: cls.tags[office],
                create_vals=lambda office: {"name": f"New tag {next(_serial)}"},
                write_vals=lambda office: {"name": "Renamed tag"},
                per_office=False,
                read_fields=["name", "code"],
            ),
            "wfk.delegation": ModelSpec(
                record=lambda office: cls.delegations[office],
                create_vals=lambda office: {"name": f"Visit {next(_serial)}", "office_id": office.id},
                write_vals=lambda office: {"name": "Autumn trip"},
                read_fields=["name", "state", "office_id", "participant_count"],
            ),
            "wfk.delegation.participant": ModelSpec(
                record=lambda office: cls.delegations[office].participant_ids,
                create_vals=lambda office: {"delegation_id": cls.delegations[office].id, "partner_id": cls.person.id},
                write_vals=lambda office: {"role": "Mayor"},
                read_fields=["partner_id", "role", "cost_bearer"],
            ),
            "wfk.delegation.stop": ModelSpec(
                record=lambda office: cls.delegations[office].stop_ids,
                create_vals=lambda office: {"delegation_id": cls.delegations[office].id, "city": "Chuzhou"},
                write_vals=lambda office: {"city": "Shanghai"},
                read_fields=["city", "date_start", "notes"],
            ),
            "wfk.delegation.outcome": ModelSpec(
                record=lambda office: cls.delegations[office].outcome_ids,
                create_vals=lambda office: {
                    "delegation_id": cls.delegations[office].id,
                    "kind": "office_opened",
                    "description": "Office opened in the technology centre",
                },
                write_vals=lambda office: {"description": "MoU signed"},
                read_fields=["kind", "description"],
            ),
            "res.partner": ModelSpec(
                record=lambda office: cls.organisations[office],
                create_vals=lambda office: {
                    "name": f"新公司 {next(_serial)}",
                    "is_company": True,
                    "representation_office_id": office.id,
                },
                write_vals=lambda office: {"phone": "+86 514 8000 0000", "wfk_chinese_name": "扬州新公司"},
                read_fields=["name", "wfk_chinese_name", "wfk_pinyin", "wfk_duplicate_partner_count"],
            ),
            "calendar.event": ModelSpec(
                record=lambda office: cls.appointments[office],
                create_vals=lambda office: cls._appointment_vals(office),
                write_vals=lambda office: {"name": "Moved appointment"},
                read_fields=["name", "start", "wfk_delegation_id"],
            ),
            "wfk.cooperation.report": ModelSpec(
                record=lambda office: cls.report_rows[office],
                create_vals=lambda office: {"name": "Forged row", "representation_office_id": office.id},
                write_vals=lambda office: {"name": "Forged"},
                read_fields=["name", "stage_id", "won_status", "wfk_jobs_planned"],
            ),
            "wfk.funnel.report": ModelSpec(
                record=lambda office: cls.funnel_rows[office],
                create_vals=lambda office: {"name": "Forged stay", "representation_office_id": office.id},
                write_vals=lambda office: {"name": "Forged"},
                read_fields=["name", "stage_id", "days_in_stage", "lost_reason_id"],
            ),
            "wfk.pipeline.review.wizard": ModelSpec(
                record=lambda office: cls.wizards[office],
                create_vals=cls._wizard_vals,
                write_vals=lambda office: {"date_to": "2026-06-30"},
                per_office=False,
                read_fields=["date_from", "date_to", "office_ids"],
            ),
        }

    def test_matrix_covers_every_model(self):
        self.check_matrix_complete("wfk_china_crm", extended={"crm.lead", "calendar.event", "res.partner"})

    def test_access_matrix(self):
        self.check_matrix("wfk_china_crm", self.matrix_specs())

    def test_users_move_requests_through_the_whole_pipeline(self):
        """Moving a request to Agreement (won) and back reads lead-scoring data: every WFK group may."""
        stages = [
            self.env.ref(f"wfk_china_crm.stage_wfk_{name}")
            for name in ("new", "qualified", "matching", "introduced", "negotiation", "agreement", "qualified")
        ]
        for column in ("office_staff", "officer", "manager"):
            lead = self.leads[self.office_a].with_user(self.matrix_users[column])
            for stage in stages:
                lead.write({"stage_id": stage.id})
                self.assertEqual(lead.stage_id, stage, column)
                self.assertEqual(lead.won_status, "won" if stage.is_won else "pending", column)
