# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Sale Consumer Refund Report",
    "summary": "Glue between sale_consumer_refund and the compliance pack: the refund "
    "obligations by legal ground, with the surcharge owed today",
    "version": "18.0.1.0.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "AGPL-3",
    "depends": ["sale_consumer_refund", "consumer_law_report"],
    "installable": True,
    "auto_install": True,
}
