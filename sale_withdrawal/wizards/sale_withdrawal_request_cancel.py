# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class SaleWithdrawalRequestCancel(models.TransientModel):
    """Ask the manager why a customer's withdrawal is cancelled."""

    _name = "sale.withdrawal.request.cancel"
    _description = "Cancel a Withdrawal Request"

    # === FIELDS === #
    request_ids = fields.Many2many(
        comodel_name="sale.withdrawal.request",
        string="Withdrawal requests",
        required=True,
    )
    reason = fields.Text(
        required=True,
        help="Why the withdrawal is cancelled (withdrawn by mistake, replaced by "
        "another request, customer's written renunciation...). Kept on the "
        "request and in its chatter.",
    )

    # === ACTION METHODS === #
    def action_cancel(self):
        """Cancel the requests with the reason."""
        self.ensure_one()
        self.request_ids._cancel(self.reason)
        return {"type": "ir.actions.act_window_close"}
