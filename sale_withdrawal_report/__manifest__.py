# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Sale Withdrawal Report",
    "summary": "Glue between sale_withdrawal and the compliance pack: the withdrawal "
    "windows open or closing and the withdrawal requests with their refunds",
    "version": "18.0.1.0.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "AGPL-3",
    "depends": ["sale_withdrawal", "sale_consumer_refund_report"],
    "installable": True,
    "auto_install": True,
}
