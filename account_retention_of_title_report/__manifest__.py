# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Account Retention Of Title Report",
    "summary": "Glue between account_retention_of_title and the compliance pack: the "
    "goods delivered under retention of title and still unpaid",
    "version": "18.0.1.0.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "AGPL-3",
    "depends": ["account_retention_of_title", "consumer_law_report"],
    "installable": True,
    "auto_install": True,
}
