# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import float_compare, float_is_zero


class SaleConsumerRefundLine(models.Model):
    """One component of a refund obligation: goods refunded (an order line and a
    quantity), a fee deducted, or a statutory surcharge added. Lines are written by
    the flows that create them (the ground's addon, the surcharge action), never
    edited afterwards."""

    _name = "sale.consumer.refund.line"
    _inherit = ["consumer.law.evidence.mixin"]
    _description = "Consumer Refund Line"
    _order = "refund_id, sequence, id"
    _check_company_auto = True

    # === FIELDS === #
    refund_id = fields.Many2one(
        comodel_name="sale.consumer.refund",
        required=True,
        index=True,
        ondelete="cascade",
    )
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(
        related="refund_id.company_id", store=True, precompute=True
    )
    currency_id = fields.Many2one(related="refund_id.currency_id")
    line_type = fields.Selection(
        selection=[
            ("goods", "Goods"),
            ("fee", "Fee deducted"),
            ("reduction", "Price reduction"),
            ("cost", "Customer's cost refunded"),
            ("surcharge", "Late surcharge added"),
        ],
        string="Type",
        required=True,
        default="goods",
    )
    name = fields.Char(string="Description")
    sale_line_id = fields.Many2one(
        comodel_name="sale.order.line",
        string="Order line",
        index="btree_not_null",
        check_company=True,
    )
    product_id = fields.Many2one(
        comodel_name="product.product",
        compute="_compute_product_id",
        store=True,
        readonly=False,
        precompute=True,
        check_company=True,
    )
    quantity = fields.Float(digits="Product Unit of Measure", default=1.0)
    price_unit = fields.Float(
        string="Unit price excl. tax",
        digits="Product Price",
        help="Fees: the fee per unit, excluding the taxes below.",
    )
    tax_ids = fields.Many2many(
        comodel_name="account.tax",
        string="Taxes",
        check_company=True,
        help="Fees: the taxes of the fee line on the credit note.",
    )
    amount = fields.Monetary(
        compute="_compute_amount",
        store=True,
        readonly=False,
        precompute=True,
        help="Tax included: the goods' price paid for the quantity, the fee with its "
        "taxes, the price reduction granted on the order line, or the surcharge.",
    )
    move_id = fields.Many2one(
        comodel_name="account.move",
        string="Credit note",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )

    # === COMPUTE METHODS === #
    @api.depends("sale_line_id")
    def _compute_product_id(self):
        for line in self:
            line.product_id = line.sale_line_id.product_id or line.product_id

    @api.depends(
        "line_type",
        "quantity",
        "price_unit",
        "tax_ids",
        "sale_line_id.price_total",
        "sale_line_id.product_uom_qty",
    )
    def _compute_amount(self):
        for line in self:
            if line.line_type == "goods":
                sale_line = line.sale_line_id
                line.amount = (
                    sale_line.currency_id.round(
                        sale_line.price_total
                        * line.quantity
                        / sale_line.product_uom_qty
                    )
                    if sale_line.product_uom_qty
                    else 0.0
                )
            elif line.line_type == "fee":
                taxes = line.tax_ids.compute_all(
                    line.price_unit,
                    currency=line.currency_id,
                    quantity=line.quantity,
                    product=line.product_id,
                )
                line.amount = taxes["total_included"]
            # a price reduction, a cost (the customer's own return cost) or a
            # surcharge keeps the amount given by its flow

    # === CONSTRAINT METHODS === #
    @api.constrains("line_type", "quantity", "amount", "sale_line_id")
    def _check_values(self):
        for line in self:
            if line.line_type == "goods":
                rounding = line.sale_line_id.product_uom.rounding or 0.01
                if not line.sale_line_id:
                    raise ValidationError(
                        self.env._("Lines: goods refunded need their order line.")
                    )
                if float_compare(line.quantity, 0.0, precision_rounding=rounding) <= 0:
                    raise ValidationError(
                        self.env._(
                            "Quantity: the quantity of %(product)s must be positive.",
                            product=line.product_id.display_name,
                        )
                    )
                if (
                    float_compare(
                        line.quantity,
                        line.sale_line_id.product_uom_qty,
                        precision_rounding=rounding,
                    )
                    > 0
                ):
                    raise ValidationError(
                        self.env._(
                            "Quantity: %(quantity)s %(product)s refunded, but only "
                            "%(ordered)s were ordered.",
                            quantity=line.quantity,
                            product=line.product_id.display_name,
                            ordered=line.sale_line_id.product_uom_qty,
                        )
                    )
            elif line.amount < 0 or float_is_zero(line.amount, precision_digits=2):
                raise ValidationError(
                    self.env._(
                        "Amount: a fee, a price reduction, a cost or a surcharge "
                        "must be a positive amount."
                    )
                )
            if line.line_type == "reduction":
                line._check_reduction()

    def _check_reduction(self):
        """A price reduction is granted on one order line, at most its price."""
        self.ensure_one()
        sale_line = self.sale_line_id
        if not sale_line:
            raise ValidationError(
                self.env._("Lines: a price reduction needs its order line.")
            )
        if float_compare(self.amount, sale_line.price_total, precision_digits=2) > 0:
            raise ValidationError(
                self.env._(
                    "Amount: the price reduction of %(amount)s on %(product)s exceeds "
                    "its price, %(price)s.",
                    amount=self.amount,
                    product=sale_line.product_id.display_name,
                    price=sale_line.price_total,
                )
            )
