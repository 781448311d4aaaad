# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""18.0.1.1.0: the pack's topics moved to the glue addons of their addons. A
database upgraded from an earlier version would lose them, since Odoo installs an
auto-installed addon only together with one of its dependencies: install the glue
addons whose dependencies are installed (the others follow as auto-installed)."""

from odoo import SUPERUSER_ID, api

GLUE_ADDONS = (
    "sale_consumer_refund_report",
    "sale_withdrawal_report",
    "sale_cgv_report",
    "sale_consumer_return_report",
    "sale_cancellation_fee_report",
    "stock_storage_fee_report",
    "account_retention_of_title_report",
    "sale_mediation_report",
)
READY = ("installed", "to upgrade")


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    glue = env["ir.module.module"].search(
        [("name", "in", GLUE_ADDONS), ("state", "=", "uninstalled")]
    )
    glue.filtered(
        lambda module: all(dep.state in READY for dep in module.dependencies_id)
    ).button_install()
