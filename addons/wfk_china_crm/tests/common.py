from odoo.tests import TransactionCase, new_test_user


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


class WfkOfficeCase(WfkChinaCrmCase):
    """Two offices with their own staff, organisations and requests.

    - Yangzhou (office_user works there) and Foshan (other_office_user works there);
    - one organisation with a contact person per office; one request per office.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other_office_user = new_test_user(
            cls.env,
            login="wfk_other_office_user",
            name="Other Office User",
            groups="wfk_china_crm.group_wfk_office_staff",
        )
        Office = cls.env["wfk.representation.office"]
        cls.office = Office.create(
            {
                "name": "Test office Yangzhou",
                "code": "T-YZ",
                "city": "Yangzhou",
                "country_id": cls.env.ref("base.cn").id,
                "state": "active",
                "date_opened": "2018-09-11",
                "floor_area": 1600,
                "desk_count": 4,
                "user_ids": [(6, 0, cls.office_user.ids)],
            }
        )
        cls.other_office = Office.create(
            {
                "name": "Test office Foshan",
                "code": "T-FS",
                "city": "Foshan",
                "country_id": cls.env.ref("base.cn").id,
                "state": "active",
                "user_ids": [(6, 0, cls.other_office_user.ids)],
            }
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
