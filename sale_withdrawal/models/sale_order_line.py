# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    # === FIELDS === #
    withdrawal_exclusion = fields.Selection(
        related="product_id.product_tmpl_id.withdrawal_exclusion",
        string="Withdrawal exclusion",
    )
