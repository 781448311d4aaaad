# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.tools import format_date

from odoo.addons.consumer_law.tools import paris_today, reader_env


class AccountMoveFormalNotice(models.TransientModel):
    _name = "account.move.formal.notice"
    _description = "Formal Notice to Pay"

    # === FIELDS === #
    move_id = fields.Many2one(
        comodel_name="account.move",
        string="Invoice",
        required=True,
        readonly=True,
        ondelete="cascade",
    )
    currency_id = fields.Many2one(related="move_id.currency_id")
    amount_residual = fields.Monetary(related="move_id.amount_residual")
    invoice_date_due = fields.Date(related="move_id.invoice_date_due")
    notice_date = fields.Date(
        string="Registered letter sent on",
        required=True,
        default=lambda self: paris_today(),
    )
    note = fields.Char(
        string="Letter reference",
        help="E.g. the registered letter's number, kept in the invoice's chatter.",
    )

    # === ACTION METHODS === #
    def action_confirm(self):
        """Record the formal notice on the invoice."""
        self.ensure_one()
        move = self.move_id
        move._record_formal_notice(self.notice_date)
        env = reader_env(self.env, move.company_id.partner_id)
        body = env._(
            "Formal notice to pay sent by registered letter on %(date)s.",
            date=format_date(env, self.notice_date),
        )
        if self.note:
            body = f"{body} {self.note}"
        move.message_post(body=body)
        return True
