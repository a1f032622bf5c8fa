from odoo.addons.wfk_china_crm.tests.access_matrix import AccessMatrixCase
from odoo.addons.wfk_china_crm.tests.access_matrix import ModelSpec
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestIsaAccessMatrix(AccessMatrixCase):
    """The wfk_isa_membership rows of the access matrix (kept in wfk_china_crm/tests/data/access_matrix.txt)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        Membership = cls.env["wfk.isa.membership"]
        cls.memberships = {
            office: Membership.create(
                {
                    "partner_id": Partner.create({"name": f"Matrix city {office.city}", "is_company": True}).id,
                    "member_kind": "city",
                    "status": "member",
                    "date_joined": "2019-04-23",
                }
            )
            for office in (cls.office_a, cls.office_b)
        }
        cls.new_city = Partner.create({"name": "Matrix city Chuzhou", "is_company": True})

    @classmethod
    def matrix_specs(cls):
        return {
            "wfk.isa.membership": ModelSpec(
                record=lambda office: cls.memberships[office],
                create_vals=lambda office: {"partner_id": cls.new_city.id, "member_kind": "city"},
                write_vals=lambda office: {"notes": "<p>Met at Hannover Messe</p>"},
                per_office=False,
                read_fields=["partner_id", "status", "date_joined"],
            ),
            "wfk.isa.membership.status": ModelSpec(
                record=lambda office: cls.memberships[office].status_line_ids[:1],
                create_vals=lambda office: {
                    "membership_id": cls.memberships[office].id,
                    "status": "observer",
                    "date_from": "2018-01-01",
                    "date_to": "2018-12-31",
                },
                write_vals=lambda office: {"date_from": "2019-04-22"},
                per_office=False,
                read_fields=["status", "date_from", "date_to"],
            ),
        }

    def test_matrix_covers_every_model(self):
        self.check_matrix_complete("wfk_isa_membership")

    def test_access_matrix(self):
        self.check_matrix("wfk_isa_membership", self.matrix_specs())
