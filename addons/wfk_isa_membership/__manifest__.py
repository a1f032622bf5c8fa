# Copyright 2026 Wirtschaftsförderung Kaiserslautern
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "WFK ISA Membership",
    "summary": "Chinese-German Industrial Cities Alliance (ISA): member cities, "
    "status history, plenaries, joint booths and matchmaking",
    "version": "19.0.1.0.0",
    "category": "Sales/CRM",
    "website": "https://github.com/wfk-kaiserslautern/wfk-china-crm",
    "author": "Wirtschaftsförderung Kaiserslautern",
    "maintainers": ["wfk-kaiserslautern"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "installable": True,
    "post_init_hook": "post_init_hook",
    "depends": ["wfk_china_crm", "event", "event_crm", "event_booth", "spreadsheet_dashboard"],
    "data": [
        # security: officers become event users; access rights (no group or record rule of its own)
        "security/wfk_isa_membership_security.xml",
        "security/ir.model.access.csv",
        # data: booth categories, the event lead rule, the dashboard and its action
        "data/event_booth_category_data.xml",
        "data/event_lead_rule_data.xml",
        "data/spreadsheet_dashboard_data.xml",
        # views, one file per model
        "views/wfk_isa_membership_views.xml",
        "views/event_event_views.xml",
        "views/res_partner_views.xml",
        # menus last: they open the actions defined above
        "views/wfk_isa_membership_menus.xml",
    ],
    "demo": [
        "demo/wfk_isa_membership_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "wfk_isa_membership/static/tests/tours/*.js",
        ],
    },
}
