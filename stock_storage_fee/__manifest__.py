# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Stock Storage Fee",
    "summary": "Carrier storage fees when the customer postpones a delivery by "
    "appointment, paid address changes and the import of carrier notices",
    "version": "18.0.1.1.0",
    "development_status": "Alpha",
    "category": "Inventory/Delivery",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": ["sale_stock", "stock_delivery", "consumer_law"],
    "external_dependencies": {"python": ["consumer-law-rules"]},
    "data": [
        "security/ir.model.access.csv",
        "data/product_data.xml",
        "wizards/stock_picking_address_change_views.xml",
        "wizards/stock_carrier_notice_import_views.xml",
        "views/consumer_law_policy_views.xml",
        "views/res_config_settings_views.xml",
        "views/delivery_carrier_views.xml",
        "views/stock_picking_views.xml",
        "views/sale_order_views.xml",
        "views/stock_storage_fee_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "stock_storage_fee/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
