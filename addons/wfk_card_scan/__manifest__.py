# Copyright 2026 Wirtschaftsförderung Kaiserslautern
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "WFK Card Scan",
    "summary": "Business cards and their QR codes read on the server, offline: a contact and a contact log "
    "from a photo",
    "version": "19.0.1.0.0",
    "category": "Sales/CRM",
    "website": "https://github.com/wfk-kaiserslautern/wfk-china-crm",
    "author": "Wirtschaftsförderung Kaiserslautern",
    "maintainers": ["wfk-kaiserslautern"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "installable": True,
    "depends": ["wfk_china_crm"],
    # OCR with its models inside the wheel (PP-OCR on onnxruntime), QR codes, vCards; all offline
    "external_dependencies": {"python": ["rapidocr-onnxruntime", "zxing-cpp", "vobject", "phonenumbers", "pypinyin"]},
    "data": [
        # security: access rights and the record rule of the scan wizard
        "security/ir.model.access.csv",
        "security/wfk_card_scan_rules.xml",
        # the wizard before the views whose "Scan card" buttons open its action
        "wizard/wfk_card_scan_views.xml",
        # views, one file per parent model; menus last
        "views/crm_lead_views.xml",
        "views/res_partner_views.xml",
        "views/wfk_contact_log_views.xml",
        "views/wfk_card_scan_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "wfk_card_scan/static/tests/tours/**/*",
        ],
    },
}
