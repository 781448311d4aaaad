# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ConsumerComplaintCancel(models.TransientModel):
    _name = "consumer.complaint.cancel"
    _description = "Cancel Complaints"

    # === FIELDS === #
    complaint_ids = fields.Many2many(
        comodel_name="consumer.complaint", string="Complaints", required=True
    )
    reason = fields.Text(required=True)

    # === ACTION METHODS === #
    def action_cancel(self):
        """Cancel the complaints; the reason is kept in their chatter."""
        self.ensure_one()
        self.complaint_ids._cancel(self.reason)
        return {"type": "ir.actions.act_window_close"}
