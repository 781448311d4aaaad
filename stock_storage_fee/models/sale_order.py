# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # === FIELDS === #
    storage_fee_amount = fields.Monetary(
        string="Storage fees owed",
        currency_field="company_currency_id",
        compute="_compute_storage_fee_amount",
        help="Storage owed today on the order's deliveries postponed by the "
        "customer beyond the carrier's last proposed slot.",
    )
    company_currency_id = fields.Many2one(
        related="company_id.currency_id", string="Company currency"
    )

    # === COMPUTE METHODS === #
    @api.depends("picking_ids.storage_fee_amount")
    def _compute_storage_fee_amount(self):
        for order in self:
            order.storage_fee_amount = sum(
                order.picking_ids.mapped("storage_fee_amount")
            )
