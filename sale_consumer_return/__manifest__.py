# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Sale Consumer Return",
    "summary": "Returns by legal ground: the customer's portal claim, the staff "
    "decision with its article, return pickings, refunds, replacements, repairs and "
    "guarantee end dates per delivered unit",
    "version": "18.0.1.1.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": [
        "sale_stock",
        "stock_account",
        "portal",
        "consumer_law",
        "sale_consumer_refund",
        "sale_withdrawal",
    ],
    "external_dependencies": {"python": ["consumer-law-rules"]},
    "data": [
        "security/ir.model.access.csv",
        "security/sale_consumer_return_security.xml",
        "data/ir_sequence_data.xml",
        "data/mail_template_data.xml",
        "wizards/sale_consumer_return_decide_views.xml",
        "views/sale_consumer_return_views.xml",
        "views/sale_consumer_guarantee_views.xml",
        "views/product_template_views.xml",
        "views/sale_order_views.xml",
        "views/stock_picking_views.xml",
        "views/res_partner_views.xml",
        "views/stock_lot_views.xml",
        "views/sale_consumer_return_portal_templates.xml",
        "views/sale_consumer_return_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "sale_consumer_return/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
