# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Website Sale Terms of Sale Acceptance",
    "summary": "The webshop checkout names the terms of sale in force, enforces "
    "their acceptance on the server and records it as proof",
    "version": "18.0.1.0.0",
    "development_status": "Alpha",
    "category": "Website/Website",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": ["website_sale", "sale_cgv", "payment_custom"],
    "data": [
        "views/website_sale_templates.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "website_sale_cgv/static/tests/tours/*.js",
        ],
    },
    "installable": True,
    "auto_install": ["website_sale", "sale_cgv"],
}
