# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Account Retention of Title",
    "summary": "Retention of title until full payment, exposure report, insolvency "
    "claim deadline, recovered goods and the penalty clause after formal notice",
    "version": "18.0.1.0.0",
    "development_status": "Alpha",
    "category": "Accounting/Accounting",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": ["sale_stock", "account", "consumer_law"],
    "external_dependencies": {"python": ["consumer-law-rules"]},
    "data": [
        "security/ir.model.access.csv",
        "security/account_retention_of_title_security.xml",
        "data/mail_activity_type_data.xml",
        "data/product_data.xml",
        "reports/account_retention_of_title_templates.xml",
        "reports/account_retention_title_report_views.xml",
        "wizards/account_move_formal_notice_views.xml",
        "views/consumer_law_policy_views.xml",
        "views/res_config_settings_views.xml",
        "views/res_partner_views.xml",
        "views/sale_order_views.xml",
        "views/account_move_views.xml",
        "views/stock_picking_views.xml",
        "views/account_retention_recovery_views.xml",
        "views/account_retention_of_title_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "account_retention_of_title/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
