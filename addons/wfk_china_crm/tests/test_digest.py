from datetime import timedelta

from odoo import fields
from odoo.tests import tagged

from .common import WfkOfficeCase


@tagged("post_install", "-at_install")
class TestDigestKpis(WfkOfficeCase):
    """The weekly digest counts new and won cooperation requests and contacts logged."""

    def _kpis(self):
        now = fields.Datetime.now()
        digest = self.env["digest.digest"].create({"name": "Weekly", "company_id": self.env.company.id})
        digest = digest.with_context(start_datetime=now - timedelta(days=1), end_datetime=now + timedelta(days=1))
        return (
            digest.kpi_wfk_new_requests_value,
            digest.kpi_wfk_won_requests_value,
            digest.kpi_wfk_contacts_logged_value,
        )

    def test_kpi_values(self):
        team = self.env.ref("wfk_china_crm.crm_team_china_cooperation")
        Lead = self.env["crm.lead"]
        new_before, won_before, logged_before = self._kpis()
        Lead.create([{"name": f"New {i}", "team_id": team.id, "type": "opportunity"} for i in range(3)])
        won = Lead.create({"name": "Won", "team_id": team.id, "type": "opportunity"})
        won.stage_id = self.env.ref("wfk_china_crm.stage_wfk_agreement")
        self._log()
        self._log()
        self.env.flush_all()
        self.assertEqual(self._kpis(), (new_before + 4, won_before + 1, logged_before + 2))

    def test_default_digest_includes_wfk_kpis(self):
        default = self.env.ref("digest.digest_digest_default")
        self.assertTrue(default.kpi_wfk_new_requests)
        self.assertTrue(default.kpi_wfk_won_requests)
        self.assertTrue(default.kpi_wfk_contacts_logged)
