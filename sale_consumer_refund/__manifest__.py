# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Sale Consumer Refund",
    "summary": "One refund engine for every legal ground: amounts, due dates, credit "
    "notes, payments, statutory late surcharges and reminders",
    "version": "18.0.1.0.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": ["sale", "account", "delivery", "consumer_law"],
    "external_dependencies": {"python": ["consumer-law-rules"]},
    "data": [
        "security/ir.model.access.csv",
        "security/sale_consumer_refund_security.xml",
        "data/ir_sequence_data.xml",
        "data/mail_activity_type_data.xml",
        "data/ir_cron_data.xml",
        "wizards/sale_consumer_refund_cancel_views.xml",
        "views/sale_consumer_refund_views.xml",
        "views/sale_order_views.xml",
        "views/account_move_views.xml",
        "views/sale_consumer_refund_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "sale_consumer_refund/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
