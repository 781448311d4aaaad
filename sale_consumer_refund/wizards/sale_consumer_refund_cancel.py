# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class SaleConsumerRefundCancel(models.TransientModel):
    _name = "sale.consumer.refund.cancel"
    _description = "Cancel a Refund Obligation"

    # === FIELDS === #
    refund_ids = fields.Many2many(
        comodel_name="sale.consumer.refund",
        string="Refund obligations",
        default=lambda self: self._default_refund_ids(),
        readonly=True,
    )
    reason = fields.Text(
        required=True,
        help="Why no refund is owed (kept in the chatter of each obligation).",
    )

    @api.model
    def _default_refund_ids(self):
        if self.env.context.get("active_model") != "sale.consumer.refund":
            return self.env["sale.consumer.refund"]
        return self.env["sale.consumer.refund"].browse(
            self.env.context.get("active_ids", [])
        )

    # === ACTION METHODS === #
    def action_confirm(self):
        """Cancel the obligations with the reason (managers only)."""
        self.ensure_one()
        self.refund_ids._action_cancel(self.reason)
        return {"type": "ir.actions.act_window_close"}
