# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo import fields, models


class StockPickingAddressChange(models.TransientModel):
    _name = "stock.picking.address.change"
    _description = "Paid Delivery Address Change"

    # === FIELDS === #
    picking_id = fields.Many2one(
        comodel_name="stock.picking",
        string="Delivery",
        required=True,
        readonly=True,
        ondelete="cascade",
    )
    order_id = fields.Many2one(related="picking_id.sale_id")
    company_currency_id = fields.Many2one(related="picking_id.company_id.currency_id")
    amount = fields.Monetary(
        string="Fee of the carrier's notice",
        currency_field="company_currency_id",
        required=True,
        help="What the carrier charges for the change (excluding VAT); the "
        "customer is billed this amount, VAT added when the carrier's fees bear it.",
    )
    notice = fields.Binary(
        string="Carrier's notice",
        required=True,
        attachment=False,
        help="The carrier's notice stating the fee; it is attached to the order.",
    )
    notice_filename = fields.Char()
    note = fields.Char(help="Optional detail printed under the fee line.")

    # === ACTION METHODS === #
    def action_confirm(self):
        """Add the fee line to the order with the notice attached."""
        self.ensure_one()
        self.picking_id._add_address_change_fee(
            self.amount,
            self.notice_filename,
            base64.b64decode(self.notice or b""),
            note=self.note or "",
        )
        return self.picking_id.sale_id.get_formview_action()
