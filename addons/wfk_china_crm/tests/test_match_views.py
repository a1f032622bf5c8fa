from lxml import etree

from odoo.tools.safe_eval import safe_eval

from .cooperation_common import WfkCooperationCase


class TestMatchViews(WfkCooperationCase):
    """The Matches menu as office staff use it daily: one group per request, names and status not squeezed."""

    def test_matches_menu_groups_by_request(self):
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_china_crm.action_wfk_match")
        context = safe_eval(action["context"])
        self.assertEqual(context.get("search_default_group_lead"), 1)
        self.assertEqual(context.get("search_default_filter_open"), 1)
        # from a request or an organisation, the list is that record's alone: not grouped
        lead = self._create_lead(office=self.office_a)
        self.assertNotIn("search_default_group_lead", lead.action_wfk_view_matches()["context"])
        self.assertNotIn("search_default_group_lead", self.requester.action_wfk_view_matches()["context"])

    def test_long_reasons_do_not_squeeze_organisation_and_status(self):
        Match = self.env["wfk.match"].with_user(self.office_user)
        view = self.env.ref("wfk_china_crm.wfk_match_view_list")
        arch = etree.fromstring(Match.get_views([(view.id, "list")])["views"]["list"]["arch"])
        for name in ("partner_id", "state"):
            self.assertTrue(arch.xpath(f"//field[@name='{name}']")[0].get("width"), name)
