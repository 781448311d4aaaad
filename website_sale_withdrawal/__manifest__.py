# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Website Sale Withdrawal",
    "summary": 'Link the public "Withdraw from a contract" page from the website '
    "footer",
    "version": "18.0.1.0.0",
    "development_status": "Alpha",
    "category": "Website/Website",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": ["website", "sale_withdrawal"],
    "data": [
        "views/website_templates.xml",
    ],
    "installable": True,
    "auto_install": True,
}
