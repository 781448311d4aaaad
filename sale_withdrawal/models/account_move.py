# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AccountMove(models.Model):
    _inherit = "account.move"

    # === FIELDS === #
    withdrawal_deadline = fields.Date(
        compute="_compute_withdrawal_deadline",
        help="Last day of the withdrawal window of the invoiced orders, printed on "
        "the invoice (C. consom. L221-18).",
    )

    # === COMPUTE METHODS === #
    # computed when printed: no trigger from every order through every invoice
    def _compute_withdrawal_deadline(self):
        for move in self:
            deadlines = [
                deadline
                for deadline in move.line_ids.sale_line_ids.order_id.mapped(
                    "withdrawal_deadline"
                )
                if deadline
            ]
            move.withdrawal_deadline = max(deadlines) if deadlines else False
