# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

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

    # === BUSINESS METHODS === #
    def _is_carrier_fee_invoiced(self):
        """Whether the fee line is on an invoice that is not cancelled."""
        self.ensure_one()
        return bool(
            self.invoice_lines.filtered(lambda line: line.parent_state != "cancel")
        )
