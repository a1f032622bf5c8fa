# Copyright 2026 Wirtschaftsförderung Kaiserslautern
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "WFK China CRM",
    "summary": "China activities of an economic-development agency on top of Odoo CRM: "
    "representation offices, contact logs, cooperation requests, delegations",
    "version": "19.0.1.0.0",
    "category": "Sales/CRM",
    "website": "https://github.com/wfk-kaiserslautern/wfk-china-crm",
    "author": "Wirtschaftsförderung Kaiserslautern",
    "maintainers": ["wfk-kaiserslautern"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "application": True,
    "installable": True,
    "post_init_hook": "post_init_hook",
    "depends": ["crm", "contacts", "calendar", "mail", "digest", "crm_industry", "partner_industry_secondary", "rpc"],
    # Chinese names: pinyin, Traditional→Simplified, similarity of names, telephone numbers (all offline)
    "external_dependencies": {"python": ["pypinyin", "opencc", "rapidfuzz", "phonenumbers"]},
    "data": [
        # security: groups and privileges, access rights, record rules
        "security/wfk_china_crm_security.xml",
        "security/ir.model.access.csv",
        "security/wfk_china_crm_rules.xml",
        # data the module needs
        "data/crm_team_data.xml",
        "data/digest_data.xml",
        "data/ir_cron_data.xml",
        "data/mail_activity_type_data.xml",
        "data/mail_template_data.xml",
        "data/wfk_looking_for_data.xml",
        # reports (before the views whose buttons print them)
        "report/wfk_cooperation_report_views.xml",
        "report/wfk_funnel_report_views.xml",
        "report/wfk_delegation_report.xml",
        "report/wfk_pipeline_review_report.xml",
        # views, one file per model
        "views/calendar_event_views.xml",
        "views/crm_lead_views.xml",
        "views/crm_team_views.xml",
        "views/digest_digest_views.xml",
        "views/res_config_settings_views.xml",
        "views/res_partner_views.xml",
        "views/wfk_contact_log_views.xml",
        "views/wfk_delegation_views.xml",
        "views/wfk_looking_for_views.xml",
        "views/wfk_match_views.xml",
        "views/wfk_representation_office_views.xml",
        # wizards
        "wizard/wfk_pipeline_review_wizard_views.xml",
        # menus last: they open the actions defined above
        "views/wfk_china_crm_menus.xml",
    ],
    "uninstall_hook": "uninstall_hook",
    "assets": {
        "web.assets_tests": [
            "wfk_china_crm/static/tests/tours/**/*",
        ],
    },
    "demo": [
        "demo/wfk_china_crm_demo.xml",
        "demo/wfk_office_demo.xml",
        "demo/wfk_cooperation_demo.xml",
        "demo/wfk_delegation_demo.xml",
        "demo/wfk_chinese_names_demo.xml",
    ],
}
