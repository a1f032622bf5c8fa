from datetime import date

from odoo.addons.wfk_china_crm.tests.common import WfkChinaCrmCase


class WfkIsaCase(WfkChinaCrmCase):
    """Member cities on both sides, none of them a member yet (independent of demo data)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.germany = cls.env.ref("base.de")
        cls.china = cls.env.ref("base.cn")
        Partner = cls.env["res.partner"]

        def city(name, country, town=None):
            return Partner.create({"name": name, "is_company": True, "city": town or name, "country_id": country.id})

        cls.kaiserslautern = city("Test Kaiserslautern", cls.germany, "Kaiserslautern-Test")
        cls.goettingen = city("Test Göttingen", cls.germany, "Göttingen-Test")
        cls.taicang = city("Test Taicang", cls.china, "Taicang-Test")
        cls.guiyang = city("Test Guiyang", cls.china, "Guiyang-Test")
        cls.network = city('Test network "Drei gewinnt"', cls.germany, "Rüsselsheim-Test")
        cls.ruesselsheim = city("Test Rüsselsheim am Main", cls.germany, "Rüsselsheim-Test")
        cls.raunheim = city("Test Raunheim", cls.germany, "Raunheim-Test")
        cls.kelsterbach = city("Test Kelsterbach", cls.germany, "Kelsterbach-Test")
        cls.mayor = Partner.create({"name": "Test Mayor", "parent_id": cls.kaiserslautern.id})
        cls.Membership = cls.env["wfk.isa.membership"]

    @classmethod
    def _membership(cls, partner, user=None, **values):
        vals = {"partner_id": partner.id, "member_kind": "city", "status": "member", "date_joined": date(2019, 4, 23)}
        vals.update(values)
        return cls.Membership.with_user(user or cls.officer_user).create(vals)
