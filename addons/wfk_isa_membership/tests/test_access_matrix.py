from odoo.addons.wfk_china_crm.tests.access_matrix import AccessMatrixCase
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestIsaAccessMatrix(AccessMatrixCase):
    """The wfk_isa_membership rows of the access matrix (kept in wfk_china_crm/tests/access_matrix.py)."""

    @classmethod
    def matrix_specs(cls):
        return {}

    def test_matrix_covers_every_model(self):
        self.check_matrix_complete("wfk_isa_membership")

    def test_access_matrix(self):
        self.check_matrix("wfk_isa_membership", self.matrix_specs())
