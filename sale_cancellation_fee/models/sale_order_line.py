# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

# Line values that change the order total the instalment fee is computed on.
TOTAL_FIELDS = frozenset(
    {"price_unit", "product_uom_qty", "discount", "tax_id", "product_id"}
)


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    # === FIELDS === #
    is_installment_fee = fields.Boolean(
        string="Instalment fee line",
        readonly=True,
        copy=False,
        help="The fee of the order's instalment offer, kept in step with the "
        "order total.",
    )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines._sync_order_installment_fee()
        return lines

    def write(self, vals):
        result = super().write(vals)
        if TOTAL_FIELDS & set(vals):
            self._sync_order_installment_fee()
        return result

    def unlink(self):
        orders = self.filtered(lambda line: not line.is_installment_fee).order_id
        result = super().unlink()
        if not self.env.context.get("sale_cancellation_fee_no_sync"):
            orders.exists().filtered(
                "installment_offer_id"
            )._sync_installment_fee_line()
        return result

    # === BUSINESS METHODS === #
    def _sync_order_installment_fee(self):
        if self.env.context.get("sale_cancellation_fee_no_sync"):
            return
        # a hand-edited fee line is put back to the offer's fee as well
        self.order_id.filtered("installment_offer_id")._sync_installment_fee_line()
