# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Website Sale Instalment Fees",
    "summary": "The webshop checkout discloses each instalment offer the cart is "
    "eligible for with its fee, and adds the chosen fee as a separate line",
    "version": "18.0.1.0.0",
    "development_status": "Alpha",
    "category": "Website/Website",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": ["website_sale", "sale_cancellation_fee"],
    "data": [
        "views/website_sale_templates.xml",
    ],
    "installable": True,
    "auto_install": ["website_sale", "sale_cancellation_fee"],
}
