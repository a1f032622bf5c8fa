from odoo import Command

from .common import WfkChinaCrmCase


class WfkCooperationCase(WfkChinaCrmCase):
    """Cooperation requests: two offices, industries, a Chinese requester and local organisations.

    ``office_user`` works in office A only. Industries are created here, so demo profiles never share
    them; ``_clear_other_profiles`` removes every other organisation's offer, need and looking-for
    tags when a test needs the fixture alone. Matching by meaning is switched off here, so these tests
    see the explained rules alone; ``WfkMeaningCase`` switches it on.
    """

    meaning = False

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("wfk_china_crm.match_by_meaning", str(cls.meaning))
        cls.team = cls.env.ref("wfk_china_crm.crm_team_china_cooperation")
        cls.stage_new = cls.env.ref("wfk_china_crm.stage_wfk_new")
        cls.stage_matching = cls.env.ref("wfk_china_crm.stage_wfk_matching")
        cls.stage_introduced = cls.env.ref("wfk_china_crm.stage_wfk_introduced")
        cls.looking_research = cls.env.ref("wfk_china_crm.looking_for_research_partners")
        cls.looking_markets = cls.env.ref("wfk_china_crm.looking_for_markets")
        cls.germany = cls.env.ref("base.de")
        cls.china = cls.env.ref("base.cn")

        Office = cls.env["wfk.representation.office"]
        cls.office_a = Office.create(
            {"name": "Test office A", "code": "TA", "user_ids": [Command.link(cls.office_user.id)]}
        )
        cls.office_b = Office.create({"name": "Test office B", "code": "TB"})

        Industry = cls.env["res.partner.industry"]
        cls.ind_automation = Industry.create({"name": "Test automation"})
        cls.ind_automotive = Industry.create({"name": "Test automotive"})
        cls.ind_research = Industry.create({"name": "Test research"})
        cls.ind_software = Industry.create({"name": "Test software"})

        Partner = cls.env["res.partner"]
        cls.city = Partner.create({"name": "Test City of Chuzhou", "is_company": True, "country_id": cls.china.id})
        cls.requester = Partner.create(
            {
                "name": "Test Chuzhou Industrial Park",
                "is_company": True,
                "country_id": cls.china.id,
                "email": "park@chuzhou.example.cn",
                "industry_id": cls.ind_automation.id,
            }
        )

    @classmethod
    def _create_lead(cls, office=None, **vals):
        values = {
            "name": "Test research partners for plant optimisation",
            "type": "opportunity",
            "team_id": cls.team.id,
            "partner_id": cls.requester.id,
            "wfk_request_type": "research_partner",
            "wfk_direction": "cn_to_de",
            "representation_office_id": (office or cls.office_a).id,
            "wfk_origin_city_id": cls.city.id,
            "industry_id": cls.ind_automation.id,
            "secondary_industry_ids": [Command.set(cls.ind_automotive.ids)],
            "user_id": cls.officer_user.id,
        }
        values.update(vals)
        return cls.env["crm.lead"].create(values)

    @classmethod
    def _create_local(cls, name, **vals):
        values = {"name": name, "is_company": True, "country_id": cls.germany.id, "city": "Kaiserslautern"}
        values.update(vals)
        return cls.env["res.partner"].create(values)

    @classmethod
    def _create_institute(cls, **vals):
        """The research institute most matchmaking tests propose, looking for research partners."""
        values = {
            "email": "info@institute.example.de",
            "industry_id": cls.ind_automation.id,
            "wfk_looking_for_ids": [Command.set(cls.looking_research.ids)],
        }
        values.update(vals)
        return cls._create_local("Test Institute for Production Optimisation", **values)

    @classmethod
    def _clear_other_profiles(cls, keep):
        others = (
            cls.env["res.partner"]
            .with_context(active_test=False)
            .search(
                [
                    ("id", "not in", keep.ids),
                    "|",
                    "|",
                    ("wfk_looking_for_ids", "!=", False),
                    ("wfk_offer", "!=", False),
                    ("wfk_need", "!=", False),
                ]
            )
        )
        others.write({"wfk_looking_for_ids": [Command.clear()], "wfk_offer": False, "wfk_need": False})
