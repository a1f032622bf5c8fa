from odoo.tests import tagged

from .common import KPI_FIELDS
from .common import WfkOfficeCase


@tagged("post_install", "-at_install")
class TestOfficePerformance(WfkOfficeCase):
    """Query-count locks: office KPIs cost the same for 1 office and for 20."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        offices = cls.env["wfk.representation.office"].create(
            [{"name": f"Office {i}", "code": f"P-{i:02d}", "state": "active", "desk_count": 2} for i in range(19)]
        )
        cls.twenty = cls.office | offices
        cls.env["crm.lead"].create(
            [{"name": f"Request {i}", "representation_office_id": office.id} for i, office in enumerate(offices)]
        )
        cls.env["wfk.contact.log"].create(
            [
                {"subject": f"Log {i}", "partner_id": cls.organisation.id, "office_id": office.id}
                for i, office in enumerate(offices)
            ]
        )

    def _kpi_queries(self, offices):
        return self.count_queries(lambda: offices.with_user(self.officer_user).read(KPI_FIELDS))

    def test_kpi_queries_do_not_grow_with_offices(self):
        self._kpi_queries(self.twenty)  # warm the registry caches (access rules, field metadata)
        one, twenty = self._kpi_queries(self.office), self._kpi_queries(self.twenty)
        self.assertEqual(one, twenty)

    def test_kpi_query_count_locked(self):
        self._kpi_queries(self.twenty)
        self.env.invalidate_all()
        offices = self.twenty.with_user(self.officer_user)
        with self.assertQueryCount(__system__=6):
            offices.read(KPI_FIELDS)
