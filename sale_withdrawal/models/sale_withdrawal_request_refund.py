# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A withdrawal request's refund obligation (refund engine, L221-24)."""

from odoo import api, models

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.tools import paris_date

# Request fields that belong to its refund obligation, given at creation.
REFUND_FIELDS = {
    "goods_back_date": "goods_back_date",
    "shipment_proof_date": "shipment_proof_date",
    "depreciation_amount": "depreciation_amount",
    "depreciation_reason": "depreciation_reason",
}


class SaleWithdrawalRequest(models.Model):
    _inherit = "sale.withdrawal.request"

    # === CRUD METHODS === #
    def write(self, vals):
        result = super().write(vals)
        if vals.get("is_cancelled"):
            self._cancel_refund_obligations()
        return result

    # === BUSINESS METHODS === #
    @api.model
    def _pop_refund_vals(self, vals):
        """Take the refund obligation's values out of the request's ``vals``."""
        return {
            refund_field: vals.pop(field)
            for field, refund_field in REFUND_FIELDS.items()
            if field in vals
        }

    def _prepare_refund_vals(self):
        """Values of the refund obligation of a withdrawal: the goods withdrawn,
        informed on the (Paris) day the request was received (L221-24); a
        non-standard delivery refunded up to the standard cost."""
        self.ensure_one()
        order = self.order_id
        return {
            "order_id": order.id,
            "ground": (
                "commercial_gesture" if self.is_commercial_gesture else "withdrawal"
            ),
            "started_on": paris_date(self.received_at),
            "delivery_cap_amount": (
                order.withdrawal_standard_delivery_amount
                if order.is_premium_delivery
                else 0.0
            ),
            "line_ids": order._prepare_consumer_refund_line_vals(
                {line.sale_line_id: line.quantity for line in self.line_ids}
            ),
        }

    def _create_refund_obligations(self, refund_vals_list=None):
        """Create and link the refund obligation of each request (one batch).

        :param refund_vals_list: extra values per request (dates, depreciation)
        """
        refund_vals_list = refund_vals_list or [{}] * len(self)
        refunds = evidence_writer(self.env["sale.consumer.refund"]).create(
            [
                {**withdrawal._prepare_refund_vals(), **extra}
                for withdrawal, extra in zip(self, refund_vals_list, strict=True)
            ]
        )
        for withdrawal, refund in zip(self, refunds, strict=True):
            evidence_writer(withdrawal).refund_id = refund
        return refunds.with_env(self.env)

    def _cancel_refund_obligations(self):
        """A cancelled request owes nothing: cancel its open obligation."""
        refunds = self.refund_id.filtered(
            lambda refund: not refund.is_cancelled and not refund.refund_date
        )
        for withdrawal in self.filtered("refund_id"):
            if withdrawal.refund_id in refunds:
                withdrawal.refund_id.sudo()._cancel_as_flow(
                    self.env._(
                        "Withdrawal request %(request)s cancelled.",
                        request=withdrawal.name,
                    )
                )

    def _register_refund_payment(self, payment_date=None):
        """Post the credit note and register its payment (imports from a payment
        provider, demo data): the refund engine's method, for this request."""
        self.ensure_one()
        return self.refund_id._register_refund_payment(payment_date=payment_date)
