# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo import Command
from odoo.tests import tagged

from .common import CancellationFeeCommon


@tagged("post_install", "-at_install")
class TestChequeCancellation(CancellationFeeCommon):
    """Rallye: orders paid by cheque are held 7 days and cancelled on day 8."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.policy.cheque_hold_days = 7

    def _cheque_orders(self, count, on="2026-12-01 10:00:00"):
        with freeze_time(on):
            orders = self.env["sale.order"].create(
                [
                    {
                        "partner_id": self.customer.id,
                        "is_paid_by_cheque": True,
                        "order_line": [
                            Command.create(
                                {
                                    "product_id": self.product_bike.id,
                                    "product_uom_qty": 1,
                                    "price_unit": 50.0,
                                }
                            )
                        ],
                    }
                    for _index in range(count)
                ]
            )
            orders.action_quotation_sent()
        return orders

    def test_cancelled_on_day_eight(self):
        """Ordered 1 December: waiting until 8 December, cancelled on the 9th with a
        note and a mail; a received cheque keeps its order."""
        orders = self._cheque_orders(2)
        paid = orders[1]
        self.assertEqual(orders[0].cheque_cancellation_date, date(2026, 12, 9))
        with freeze_time("2026-12-05 10:00:00"):
            paid.cheque_received_date = date(2026, 12, 5)
        self.assertEqual(paid.consumer_paid_date, date(2026, 12, 5))
        # other orders of the database (demo data) may be cancelled too
        with freeze_time("2026-12-08 22:00:00"):  # 23:00 in Paris on 8 December
            cancelled = self.env["sale.order"]._cron_cancel_unpaid_cheque_orders()
            self.assertFalse(cancelled & orders)
        with freeze_time("2026-12-09 07:00:00"):
            cancelled = self.env["sale.order"]._cron_cancel_unpaid_cheque_orders()
        self.assertEqual(cancelled & orders, orders[0])
        self.assertEqual(orders.mapped("state"), ["cancel", "sent"])
        note = orders[0].message_ids.filtered(
            lambda message: "no cheque received" in (message.body or "")
        )
        self.assertTrue(note)
        mail = self.env["mail.mail"].search(
            [("model", "=", "sale.order"), ("res_id", "=", orders[0].id)]
        )
        self.assertIn(self.customer, mail.recipient_ids)
        self.assertIn("cancelled", mail.subject)

    def test_no_hold_no_cancellation(self):
        self.policy.cheque_hold_days = 0
        orders = self._cheque_orders(1)
        self.assertFalse(orders.cheque_cancellation_date)
        with freeze_time("2027-01-31 10:00:00"):
            cancelled = self.env["sale.order"]._cron_cancel_unpaid_cheque_orders()
        self.assertFalse(cancelled & orders)
        self.assertEqual(orders.state, "sent")

    def test_query_count_independent_of_orders(self):
        """The daily action makes as many queries for 1 order as for 20 (after a
        first run that warms the caches)."""
        counts = []
        # a first run cancels whatever else is due (demo data) and warms caches
        with freeze_time("2026-10-20 07:00:00"):
            self.env["sale.order"]._cron_cancel_unpaid_cheque_orders()
        for index, count in enumerate((2, 1, 20)):
            orders = self._cheque_orders(count, on=f"2026-10-0{index + 1} 10:00:00")
            with freeze_time(f"2026-10-1{index + 1} 07:00:00"):
                self.env.flush_all()
                self.env.invalidate_all()
                start = self.cr.sql_log_count
                cancelled = self.env["sale.order"]._cron_cancel_unpaid_cheque_orders()
                self.env.flush_all()
                counts.append(self.cr.sql_log_count - start)
            self.assertEqual(cancelled, orders)
        self.assertEqual(counts[1], counts[2], counts)
