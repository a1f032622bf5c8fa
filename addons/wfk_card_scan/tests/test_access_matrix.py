from odoo.addons.wfk_china_crm.tests.access_matrix import AccessMatrixCase
from odoo.addons.wfk_china_crm.tests.access_matrix import ModelSpec
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestCardScanAccessMatrix(AccessMatrixCase):
    """The wfk_card_scan rows of the access matrix (kept in wfk_china_crm/tests/data/access_matrix.txt)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # one scan of office A taken by each user of the matrix, one of office B taken by office B's staff; each
        # made as its author (the record rule is on the creator), without the author's rights (public, portal)
        cls.scans = {
            (office, author): cls.env["wfk.card.scan"]
            .with_user(author)
            .sudo()
            .create({"office_id": office.id, "person_name_latin": f"Matrix card {office.code}"})
            for office, authors in ((cls.office_a, cls.matrix_users.values()), (cls.office_b, [cls.b_staff]))
            for author in authors
        }

    @classmethod
    def _scan(cls, office, user):
        """The scan of ``office`` taken by ``user`` (office A) or by office B's staff (office B)."""
        return cls.scans[office, user if office == cls.office_a else cls.b_staff]

    @classmethod
    def matrix_specs(cls):
        return {
            "wfk.card.scan": ModelSpec(
                record=cls._scan,
                create_vals=lambda office: {"office_id": office.id, "person_name_latin": "Matrix new card"},
                write_vals=lambda office: {"summary": "Met at the Hannover Messe booth"},
                per_user=True,
                read_fields=["person_name_latin", "office_id", "state"],
            ),
        }

    def test_matrix_covers_every_model(self):
        self.check_matrix_complete("wfk_card_scan")

    def test_access_matrix(self):
        self.check_matrix("wfk_card_scan", self.matrix_specs())
