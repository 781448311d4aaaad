# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Sale Withdrawal",
    "summary": "Right of withdrawal end to end: windows, exclusions, requests, the "
    "portal withdrawal function, refunds and late-refund surcharges",
    "version": "18.0.2.1.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": [
        "sale_stock",
        "account",
        "portal",
        "delivery",
        "consumer_law",
        "sale_consumer_refund",
    ],
    "external_dependencies": {"python": ["consumer-law-rules"]},
    "data": [
        "security/ir.model.access.csv",
        "security/sale_withdrawal_security.xml",
        "data/ir_sequence_data.xml",
        "data/mail_template_data.xml",
        "reports/sale_withdrawal_reports.xml",
        "reports/sale_withdrawal_templates.xml",
        "wizards/sale_withdrawal_request_cancel_views.xml",
        "views/consumer_law_policy_views.xml",
        "views/stock_picking_views.xml",
        "views/sale_order_views.xml",
        "views/sale_withdrawal_request_views.xml",
        "views/sale_withdrawal_portal_templates.xml",
        "views/sale_withdrawal_menus.xml",
        "data/evidence_verify_action.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "sale_withdrawal/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
