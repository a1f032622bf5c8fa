from datetime import date

from odoo.fields import Command

from .common import WfkChinaCrmCase


class WfkDelegationCase(WfkChinaCrmCase):
    """Fixture for delegations: two offices with their own staff, people and one trip.

    - ``office`` (Yangzhou, office_user works there) and ``other_office`` (Foshan, other_office_user);
    - ``delegation``: 10–18 September 2018, draft, in charge of ``office``, one stop in Yangzhou,
      no participants yet; ``person_a`` .. ``person_d`` are people of ``organisation``.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_two_offices("DT", "Delegation test office", "wfk_delegation_other_office_user")
        Partner = cls.env["res.partner"]
        cls.organisation = Partner.create({"name": "Test District Administration", "is_company": True})
        cls.host = Partner.create({"name": "Test City of Yangzhou", "is_company": True, "city": "Yangzhou"})
        cls.person_a = Partner.create(
            {"name": "Anton Administrator", "parent_id": cls.organisation.id, "function": "District administrator"}
        )
        cls.person_b = Partner.create({"name": "Berta Mayor", "parent_id": cls.organisation.id, "function": "Mayor"})
        cls.person_c = Partner.create({"name": "Carl Company"})
        cls.person_d = Partner.create({"name": "Dora Declined"})
        cls.date_start = date(2018, 9, 10)
        cls.date_end = date(2018, 9, 18)
        cls.delegation = cls.env["wfk.delegation"].create(
            {
                "name": "Test delegation to Yangzhou",
                "date_start": cls.date_start,
                "date_end": cls.date_end,
                "office_id": cls.office.id,
                "organizer_id": cls.officer_user.id,
                "stop_ids": [
                    Command.create(
                        {
                            "city": "Yangzhou",
                            "country_id": cls.env.ref("base.cn").id,
                            "date_start": date(2018, 9, 10),
                            "date_end": date(2018, 9, 12),
                            "host_partner_id": cls.host.id,
                        }
                    )
                ],
            }
        )

    @classmethod
    def _add_participant(cls, delegation, partner, cost_bearer="self", state="invited", **values):
        return cls.env["wfk.delegation.participant"].create(
            dict(
                delegation_id=delegation.id,
                partner_id=partner.id,
                cost_bearer=cost_bearer,
                state=state,
                **values,
            )
        )

    @classmethod
    def _load_german(cls):
        """Activate German and load this module's German terms (views, report, selections)."""
        cls.env["res.lang"]._activate_lang("de_DE")
        cls.env["ir.module.module"]._load_module_terms(["wfk_china_crm"], ["de_DE"], overwrite=True)
