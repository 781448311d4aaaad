# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Sale Cancellation Fee",
    "summary": "Cancellations by stage with fees through the refund engine, "
    "delivery due dates and termination for late delivery, unpaid-cheque "
    "cancellation and instalment fees disclosed as a separate line",
    "version": "18.0.1.0.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": [
        "sale_stock",
        "payment",
        "consumer_law",
        "sale_consumer_refund",
        "sale_withdrawal",
    ],
    "external_dependencies": {"python": ["consumer-law-rules"]},
    "data": [
        "security/ir.model.access.csv",
        "security/sale_cancellation_fee_security.xml",
        "data/ir_sequence_data.xml",
        "data/product_data.xml",
        "data/mail_activity_type_data.xml",
        "data/mail_template_data.xml",
        "data/ir_cron_data.xml",
        "reports/sale_order_report_templates.xml",
        "wizards/sale_order_consumer_cancel_views.xml",
        "views/consumer_law_policy_views.xml",
        "views/sale_installment_offer_views.xml",
        "views/sale_order_cancellation_views.xml",
        "views/sale_order_views.xml",
        "views/sale_portal_templates.xml",
        "views/sale_cancellation_fee_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "sale_cancellation_fee/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
