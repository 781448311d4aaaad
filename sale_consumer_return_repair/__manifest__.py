# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Sale Consumer Return Repair",
    "summary": "Glue between consumer returns and the Repairs app: a repair decided "
    "under a guarantee creates a repair order",
    "version": "18.0.1.0.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": ["sale_consumer_return", "repair"],
    "data": [
        "views/sale_consumer_return_views.xml",
    ],
    "installable": True,
    "auto_install": True,
}
