from odoo.addons.wfk_china_crm.tests.common import WfkTourCase
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestMembershipTour(WfkTourCase):
    """The demo officer looks up the members of a past day and suspends a membership, in German, in the browser."""

    def test_membership_tour(self):
        # Anna Becker, the demo's officer: German interface (scripts/test.sh installs the demo)
        officer = self.env.ref("wfk_china_crm.user_wfk_officer_demo")
        self.assertEqual(officer.lang, "de_DE")
        Partner = self.env["res.partner"]
        germany, china = self.env.ref("base.de"), self.env.ref("base.cn")
        kaiserslautern = Partner.create({"name": "Test Kaiserslautern", "is_company": True, "country_id": germany.id})
        taicang = Partner.create({"name": "Test Taicang", "is_company": True, "country_id": china.id})
        Membership = self.env["wfk.isa.membership"]
        Membership.create({"partner_id": kaiserslautern.id, "status": "member", "date_joined": "2019-04-23"})
        membership = Membership.create({"partner_id": taicang.id, "status": "observer", "date_status": "2016-04-25"})
        membership.write({"status": "member", "date_status": "2019-10-16"})

        self.start_tour("/odoo", "wfk_isa_membership_tour", login=officer.login)

        self.assertEqual(membership.status, "suspended")
        self.assertEqual(membership.status_line_ids.mapped("status"), ["suspended", "member", "observer"])
