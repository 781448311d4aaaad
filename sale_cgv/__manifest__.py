# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Sale Terms of Sale Acceptance",
    "summary": "Stamp the terms of sale (CGV) in force on every order, keep the "
    "proof of acceptance and give the customer the accepted version",
    "version": "18.0.2.0.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": ["sale_management", "consumer_law"],
    "data": [
        "security/ir.model.access.csv",
        "security/sale_cgv_security.xml",
        "data/mail_template_data.xml",
        "reports/sale_cgv_reports.xml",
        "reports/sale_cgv_templates.xml",
        "reports/sale_withdrawal_form_reports.xml",
        "reports/sale_withdrawal_form_templates.xml",
        "wizards/cgv_acceptance_record_views.xml",
        "wizards/cgv_version_notify_views.xml",
        "views/cgv_acceptance_views.xml",
        "views/sale_order_views.xml",
        "views/account_move_views.xml",
        "views/res_partner_views.xml",
        "views/cgv_version_views.xml",
        "views/res_config_settings_views.xml",
        "views/sale_cgv_portal_templates.xml",
        "views/sale_cgv_menus.xml",
        "data/evidence_verify_action.xml",
    ],
    "assets": {
        "web.assets_frontend": [
            "sale_cgv/static/src/js/sale_cgv_checkbox.js",
        ],
        "web.assets_tests": [
            "sale_cgv/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
