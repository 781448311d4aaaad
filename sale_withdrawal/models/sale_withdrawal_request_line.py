# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class SaleWithdrawalRequestLine(models.Model):
    _name = "sale.withdrawal.request.line"
    _description = "Withdrawal Request Line"
    _order = "request_id, id"
    _check_company_auto = True

    # === FIELDS === #
    request_id = fields.Many2one(
        comodel_name="sale.withdrawal.request",
        required=True,
        index=True,
        ondelete="cascade",
    )
    # the stored values are computed before the row is inserted (precompute):
    # no UPDATE after the INSERT
    company_id = fields.Many2one(
        related="request_id.company_id", store=True, precompute=True
    )
    currency_id = fields.Many2one(related="request_id.currency_id")
    order_id = fields.Many2one(related="request_id.order_id")
    sale_line_id = fields.Many2one(
        comodel_name="sale.order.line",
        string="Order line",
        required=True,
        index=True,
        check_company=True,
        domain="[('order_id', '=', order_id), ('display_type', '=', False)]",
    )
    product_id = fields.Many2one(related="sale_line_id.product_id")
    withdrawal_exclusion = fields.Selection(related="sale_line_id.withdrawal_exclusion")
    product_uom = fields.Many2one(related="sale_line_id.product_uom")
    quantity = fields.Float(
        digits="Product Unit of Measure", required=True, default=1.0
    )
    amount = fields.Monetary(
        string="Amount refunded",
        compute="_compute_amount",
        store=True,
        precompute=True,
        help="Price paid for the withdrawn quantity, tax included.",
    )

    # === COMPUTE METHODS === #
    @api.depends("quantity", "sale_line_id.price_total", "sale_line_id.product_uom_qty")
    def _compute_amount(self):
        for line in self:
            sale_line = line.sale_line_id
            if not sale_line.product_uom_qty:
                line.amount = 0.0
                continue
            line.amount = sale_line.currency_id.round(
                sale_line.price_total * line.quantity / sale_line.product_uom_qty
            )
