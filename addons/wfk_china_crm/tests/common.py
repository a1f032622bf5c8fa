import re
from contextlib import contextmanager

from psycopg2 import IntegrityError

from odoo import Command
from odoo.tests import HttpCase, TransactionCase, new_test_user
from odoo.tools import mute_logger

# The key figures of a representation office, as its list and form show them.
KPI_FIELDS = [
    "lead_count",
    "open_lead_count",
    "won_lead_count",
    "contact_log_count",
    "last_contact_date",
    "desk_occupancy",
]


class WfkChinaCrmCase(TransactionCase):
    """Shared fixture: one user per WFK group plus a plain internal user.

    Built once per class; every test runs in its own savepoint.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True, mail_create_nolog=True))
        cls.group_office_staff = cls.env.ref("wfk_china_crm.group_wfk_office_staff")
        cls.group_officer = cls.env.ref("wfk_china_crm.group_wfk_officer")
        cls.group_manager = cls.env.ref("wfk_china_crm.group_wfk_manager")
        cls.office_user = new_test_user(
            cls.env, login="wfk_office_user", name="Office User", groups="wfk_china_crm.group_wfk_office_staff"
        )
        cls.officer_user = new_test_user(
            cls.env, login="wfk_officer_user", name="Officer User", groups="wfk_china_crm.group_wfk_officer"
        )
        cls.manager_user = new_test_user(
            cls.env, login="wfk_manager_user", name="Manager User", groups="wfk_china_crm.group_wfk_manager"
        )
        cls.internal_user = new_test_user(cls.env, login="wfk_internal_user", name="Internal User")

    @classmethod
    def _setup_two_offices(cls, code, name, other_login, **yangzhou):
        """``office`` in Yangzhou (``office_user`` works there), ``other_office`` in Foshan (``other_office_user``)."""
        cls.other_office_user = new_test_user(
            cls.env, login=other_login, name="Other Office User", groups="wfk_china_crm.group_wfk_office_staff"
        )
        Office = cls.env["wfk.representation.office"]
        china = cls.env.ref("base.cn").id
        cls.office = Office.create(
            {
                "name": f"{name} Yangzhou",
                "code": f"{code}-YZ",
                "city": "Yangzhou",
                "country_id": china,
                "state": "active",
                "user_ids": [(6, 0, cls.office_user.ids)],
                **yangzhou,
            }
        )
        cls.other_office = Office.create(
            {
                "name": f"{name} Foshan",
                "code": f"{code}-FS",
                "city": "Foshan",
                "country_id": china,
                "state": "active",
                "user_ids": [(6, 0, cls.other_office_user.ids)],
            }
        )

    def count_queries(self, function):
        """Queries of ``function`` with a cold ORM cache, including the flush and the pre-commit hooks.

        For relative figures ("as many queries for twenty records as for one"); absolute figures are
        locked with Odoo's ``assertQueryCount``, as in ``crm/tests/test_performances.py``.
        """
        self.env.invalidate_all()
        self.env.cr.flush()
        start = self.env.cr.sql_log_count
        function()
        self.env.flush_all()
        self.env.cr.flush()
        return self.env.cr.sql_log_count - start

    @contextmanager
    def assertRefusedByConstraint(self, pattern):
        """The block violates a database constraint; the message Odoo gives RPC and import callers matches.

        At the ORM level PostgreSQL refuses the row (IntegrityError); Odoo's RPC layer and the importer turn
        that into a ValidationError carrying the constraint's message (``_sql_error_to_message``), which is
        what a user sees. The block's changes are rolled back.
        """
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError) as caught:
            with self.env.cr.savepoint():
                yield
                self.env.flush_all()
        exc = caught.exception
        model = next(
            (self.env[name] for name, cls in self.env.registry.items() if cls._table == exc.diag.table_name),
            self.env["base"],
        )
        self.assertRegex(model._sql_error_to_message(exc), pattern)


class WfkOfficeCase(WfkChinaCrmCase):
    """Two offices with their own staff, organisations and requests.

    - Yangzhou (office_user works there) and Foshan (other_office_user works there);
    - one organisation with a contact person per office; one request per office.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_two_offices(
            "T", "Test office", "wfk_other_office_user", date_opened="2018-09-11", floor_area=1600, desk_count=4
        )
        Partner = cls.env["res.partner"]
        cls.organisation = Partner.create({"name": "Yangzhou Automation Ltd.", "is_company": True})
        cls.contact_person = Partner.create({"name": "Zhao Lei", "parent_id": cls.organisation.id})
        cls.other_organisation = Partner.create({"name": "Foshan Robotics Ltd.", "is_company": True})
        cls.stranger = Partner.create({"name": "Somebody Else"})
        Lead = cls.env["crm.lead"]
        cls.lead = Lead.create(
            {
                "name": "Office space in Kaiserslautern",
                "partner_id": cls.organisation.id,
                "representation_office_id": cls.office.id,
            }
        )
        cls.other_lead = Lead.create(
            {
                "name": "Joint automation project",
                "partner_id": cls.other_organisation.id,
                "representation_office_id": cls.other_office.id,
            }
        )

    @classmethod
    def _log(cls, **values):
        vals = {
            "subject": "Meeting",
            "partner_id": cls.organisation.id,
            "office_id": cls.office.id,
            "channel": "meeting",
        }
        vals.update(values)
        return cls.env["wfk.contact.log"].create(vals)


class WfkTourCase(HttpCase):
    """Browser tours of the WFK modules.

    A request of the tour waits for the test cursor while another one holds it (the first page of a test
    builds the asset bundles); on a busy two-core machine that can take longer than Odoo's 20 s default.
    """

    test_cursor_lock_timeout = 60

    @classmethod
    def _create_tour_office(cls, city, users=None):
        """An active office of its own for a tour ("Tour office <city>"), staffed by ``users`` if given."""
        values = {"name": f"Tour office {city}", "code": f"TOUR-{city[:2].upper()}", "state": "active"}
        if users:
            values["user_ids"] = [Command.set(users.ids)]
        return cls.env["wfk.representation.office"].create(values)


def pipeline_review_cells(wizard, user, table_class):
    """The texts of the cells of one table of the pipeline review, as ``user`` prints it."""
    html = (
        wizard.env["ir.actions.report"]
        .with_user(user)
        ._render_qweb_html("wfk_china_crm.action_report_pipeline_review", wizard.ids)[0]
        .decode()
    )
    table = html.split(f'class="table table-sm {table_class}"', 1)[1].split("</table>", 1)[0]
    return re.findall(r"<td[^>]*><span>([^<]*)</span></td>", table)
