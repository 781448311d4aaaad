# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

from odoo.addons.consumer_law.evidence import check_flow_fields
from odoo.addons.consumer_law.models.consumer_law_flow_fields_mixin import (
    FLOW_FIELDS_MIXIN,
)

# Who billed the fee and on which carrier's notice: written by the billing flow.
FEE_LINK_FIELDS = (
    "carrier_fee_type",
    "carrier_fee_picking_id",
    "carrier_notice_attachment_id",
)
# What was billed: frozen once the fee line is invoiced.
BILLED_FIELDS = (
    "name",
    "product_id",
    "product_uom_qty",
    "price_unit",
    "discount",
    "tax_id",
)


class SaleOrderLine(models.Model):
    _name = "sale.order.line"
    _inherit = ["sale.order.line", FLOW_FIELDS_MIXIN]
    _consumer_law_flow_fields = FEE_LINK_FIELDS

    # === FIELDS === #
    carrier_fee_type = fields.Selection(
        selection=[
            ("storage", "Carrier storage"),
            ("address_change", "Address change"),
        ],
        readonly=True,
        copy=False,
        help="Fee billed for a delivery: storage after the carrier's last proposed "
        "slot, or a paid change of delivery address.",
    )
    carrier_fee_picking_id = fields.Many2one(
        comodel_name="stock.picking",
        string="Fee for delivery",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )
    carrier_notice_attachment_id = fields.Many2one(
        comodel_name="ir.attachment",
        string="Carrier notice",
        readonly=True,
        copy=False,
    )

    # === CRUD METHODS === #
    def write(self, vals):
        if not set(BILLED_FIELDS).isdisjoint(vals):
            billed = self.filtered(
                lambda line: line.carrier_fee_type and line._is_carrier_fee_invoiced()
            )
            if billed:
                check_flow_fields(billed, vals, BILLED_FIELDS)
        return super().write(vals)

    # === BUSINESS METHODS === #
    def _is_carrier_fee_invoiced(self):
        """Whether the fee line is on an invoice that is not cancelled."""
        self.ensure_one()
        return bool(
            self.invoice_lines.filtered(lambda line: line.parent_state != "cancel")
        )
