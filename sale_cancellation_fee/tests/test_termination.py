# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import CancellationFeeCommon


@tagged("post_install", "-at_install")
class TestTermination(CancellationFeeCommon):
    """Termination for late delivery (L216-6), refund in 14 days (L216-7) with the
    L241-4 surcharge tiers. The order of 20 April 2026 is due by 20 May (30 days)."""

    def _terminate(self, on, **values):
        with freeze_time(on):
            return self._cancel(reason="termination_for_late_delivery", **values)

    def test_termination_after_notice(self):
        """Notice on 22 May, extra period to 1 June, termination received 5 June:
        no fee, all 168.00 plus the customer's 12.00 return postage by 19 June."""
        self.policy.late_delivery_clause_days = 30
        self._prepare(self.order)
        with freeze_time("2026-06-05 09:00:00"):
            self.assertTrue(self.order.is_delivery_late)
            form = self._wizard()
            self.assertEqual(form.reason, "termination_for_late_delivery")
            form.notice_date = date(2026, 5, 22)
            form.extra_period_end = date(2026, 6, 1)
            form.customer_return_cost = 12.0
            self.assertEqual((form.fee_amount, form.refund_amount), (0.0, 180.0))
            self.assertIn("30 days", form.explanation)
            self.assertIn("L216-6", form.explanation)
            cancellation = form.save().action_confirm()
        cancellation = self.env["sale.order.cancellation"].browse(
            cancellation["res_id"]
        )
        self.assertRecordValues(
            cancellation,
            [
                {
                    "reason": "termination_for_late_delivery",
                    "termination_mode": "after_notice",
                    "notice_date": date(2026, 5, 22),
                    "extra_period_end": date(2026, 6, 1),
                    "delivery_due_date": date(2026, 5, 20),
                    "fee_amount": 0.0,
                    "refund_amount": 180.0,
                    "refund_due_date": date(2026, 6, 19),
                }
            ],
        )
        self.assertRecordValues(
            cancellation.refund_id,
            [{"ground": "late_delivery", "amount": 180.0, "fee_amount": 0.0}],
        )
        self.assertEqual(self.order.state, "cancel")

    def test_termination_without_notice_essential_date(self):
        """An essential date: terminated at once the day after the due date."""
        cancellation = self._terminate(
            "2026-05-21 09:00:00", termination_mode="essential_date"
        )
        self.assertEqual(cancellation.refund_due_date, date(2026, 6, 4))
        self.assertFalse(cancellation.notice_date)

    def test_termination_when_merchant_refuses(self):
        """The merchant refused to deliver: termination before the due date."""
        cancellation = self._terminate(
            "2026-05-02 09:00:00", termination_mode="refused"
        )
        self.assertEqual(cancellation.refund_due_date, date(2026, 5, 16))

    def test_termination_before_due_date_refused(self):
        """Before 20 May the contract cannot be terminated for lateness."""
        with freeze_time("2026-05-15 09:00:00"):
            form = self._wizard(
                reason="termination_for_late_delivery",
                termination_mode="essential_date",
            )
            self.assertIn("L216-6", form.error_message)
            with self.assertRaisesRegex(UserError, "Received on"):
                form.save().action_confirm()
            form = self._wizard(
                reason="termination_for_late_delivery",
                notice_date=date(2026, 5, 10),
                extra_period_end=date(2026, 5, 14),
            )
            with self.assertRaisesRegex(UserError, "Formal notice received on"):
                form.save().action_confirm()
        self.assertFalse(self.order.consumer_cancellation_ids)

    def test_termination_of_delivered_order_refused(self):
        self._deliver(self.order)
        with freeze_time("2026-06-05 09:00:00"), self.assertRaises(UserError):
            self.order._cancel_for_customer(
                {
                    "reason": "termination_for_late_delivery",
                    "termination_mode": "essential_date",
                }
            )

    def test_surcharge_tiers_when_refund_late(self):
        """Due 4 June: 10 % up to 14 days late, 20 % up to 30, 50 % beyond
        (contracts from 2022, L241-4)."""
        refund = self._terminate(
            "2026-05-21 09:00:00", termination_mode="essential_date"
        ).refund_id
        for day, days_late, surcharge in (
            ("2026-06-04", 0, 0.0),
            ("2026-06-18", 14, 16.8),
            ("2026-06-19", 15, 33.6),
            ("2026-07-04", 30, 33.6),
            ("2026-07-05", 31, 84.0),
        ):
            with freeze_time(f"{day} 12:00:00"):
                refund.invalidate_recordset()
                self.assertEqual(
                    (refund.days_late, refund.surcharge_amount),
                    (days_late, surcharge),
                    day,
                )
