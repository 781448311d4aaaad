# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Cancelling a refund obligation: by a consumer-law manager with a written
reason, or by the flow whose record was cancelled."""

from odoo import models
from odoo.exceptions import UserError

from odoo.addons.consumer_law.evidence import evidence_writer


class SaleConsumerRefund(models.Model):
    _inherit = "sale.consumer.refund"

    # === ACTION METHODS === #
    def action_cancel(self):
        """Open the cancellation wizard (consumer-law managers, with a reason)."""
        self._check_manager()
        return {
            "type": "ir.actions.act_window",
            "res_model": "sale.consumer.refund.cancel",
            "view_mode": "form",
            "target": "new",
            "context": {"active_model": self._name, "active_ids": self.ids},
        }

    # === BUSINESS METHODS === #
    def _check_manager(self):
        if not self.env.user.has_group("consumer_law.consumer_law_group_manager"):
            raise UserError(
                self.env._("Only consumer-law managers may cancel a refund obligation.")
            )

    def _action_cancel(self, reason):
        """Cancel the obligations with a written reason kept in the chatter
        (consumer-law managers).

        :raise UserError: not a manager, no reason, or already refunded.
        """
        self._check_manager()
        if not (reason or "").strip():
            raise UserError(
                self.env._("Reason: write why the refund obligation is cancelled.")
            )
        return self._cancel_as_flow(reason)

    def _cancel_as_flow(self, reason):
        """Cancel the obligations because the flow that created them was cancelled
        (or a manager decided so), keeping ``reason`` in the chatter.

        :raise UserError: already refunded or cancelled.
        """
        reason = reason.strip()
        self._check_open(self.env._("cancellation"))
        evidence_writer(self.sudo()).write(
            {"is_cancelled": True, "cancel_reason": reason}
        )
        for refund in self:
            refund.message_post(
                body=refund._get_company_env()._(
                    "Refund obligation cancelled: %(reason)s", reason=reason
                )
            )
        return True
