# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo.exceptions import UserError, ValidationError
from odoo.tools import html2plaintext

from odoo.addons.consumer_law.tests.common import send_queued_documents

from .common import SaleWithdrawalCommon


class TestWithdrawalRequest(SaleWithdrawalCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # received Mon 4 May 2026: window 5 May - 18 May
        cls.order = cls._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        cls.bike_line, cls.helmet_line = cls.order._get_withdrawal_goods_lines()

    def test_request_in_time_paris_evening(self):
        """Sent at 23:30 Paris time on the last day (21:30 UTC): accepted."""
        withdrawal = self._create_request(
            self.order, {self.bike_line: 1}, sent_at=datetime(2026, 5, 18, 21, 30)
        )
        self.assertRecordValues(
            withdrawal,
            [
                {
                    "state": "received",
                    "channel": "email",
                    "email": "camille.martin@example.com",
                    "refund_due_date": date(2026, 6, 1),
                }
            ],
        )
        self.assertEqual(self.order.withdrawal_state, "exercised")

    def test_request_late_refused(self):
        """Sent at 00:30 Paris time the day after the deadline: refused, no record."""
        count = self.env["sale.withdrawal.request"].search_count([])
        with self.assertRaisesRegex(
            UserError, "after the end of the withdrawal window"
        ):
            self._create_request(
                self.order, {self.bike_line: 1}, sent_at=datetime(2026, 5, 18, 22, 30)
            )
        self.assertEqual(self.env["sale.withdrawal.request"].search_count([]), count)

    def test_request_late_accepted_as_commercial_gesture(self):
        """Staff may accept a late withdrawal only as a labelled commercial gesture."""
        withdrawal = self._create_request(
            self.order,
            {self.bike_line: 1},
            sent_at=datetime(2026, 5, 25, 9, 0),
            is_commercial_gesture=True,
        )
        self.assertTrue(withdrawal.is_commercial_gesture)
        self.assertEqual(withdrawal.state, "received")

    def test_request_sent_before_received_in_time(self):
        """A letter posted on the last day and received later is in time; the
        refund delay runs from its receipt."""
        vals = self._request_vals(self.order, {self.bike_line: 1}, channel="letter")
        vals.update(
            {
                "sent_at": datetime(2026, 5, 18, 16, 0),
                "received_at": datetime(2026, 5, 21, 8, 0),
            }
        )
        withdrawal = self.env["sale.withdrawal.request"].create(vals)
        self.assertEqual(withdrawal.refund_due_date, date(2026, 6, 4))
        with self.assertRaises(UserError):
            withdrawal.sent_at = datetime(2026, 5, 22, 8, 0)

    def test_request_letter_posted_late_refused(self):
        """Received in time is not enough: the sending date counts (L221-21)."""
        with self.assertRaisesRegex(UserError, "Sent by the customer on"):
            self._create_request(
                self.order,
                {self.bike_line: 1},
                sent_at=datetime(2026, 5, 19, 8, 0),
                channel="letter",
            )

    def test_request_excluded_goods_refused(self):
        """Withdrawing a personalised product (L221-28 3°) is refused."""
        order = self._delivered_order(
            lines=[(self.product_bike, 1, 50.0), (self.product_engraved, 1, 20.0)]
        )
        engraved = order.order_line.filtered(
            lambda line: line.product_id == self.product_engraved
        )
        with self.assertRaisesRegex(UserError, "Engraved plate is excluded"):
            self._create_request(order, {engraved: 1})
        withdrawal = self._create_request(
            order, {engraved: 1}, is_commercial_gesture=True
        )
        self.assertEqual(withdrawal.goods_amount, 24.0)

    def test_request_more_than_delivered_refused(self):
        """More than delivered is refused, even as a commercial gesture."""
        with self.assertRaisesRegex(UserError, "only 2.0 were delivered"):
            self._create_request(self.order, {self.bike_line: 3})
        with self.assertRaisesRegex(UserError, "only 2.0 were delivered"):
            self._create_request(
                self.order, {self.bike_line: 3}, is_commercial_gesture=True
            )

    def test_request_more_than_left_after_partial_withdrawal_refused(self):
        """A second withdrawal cannot take back what the first one did."""
        self._create_request(self.order, {self.bike_line: 2})
        with self.assertRaisesRegex(UserError, "only 0.0 were delivered"):
            self._create_request(self.order, {self.bike_line: 1})

    def test_request_zero_quantity_refused(self):
        """A zero quantity is refused."""
        with self.assertRaisesRegex(UserError, "must be positive"):
            self._create_request(self.order, {self.bike_line: 0})

    def test_request_professional_refused(self):
        """A professional customer has no right of withdrawal."""
        order = self._delivered_order(partner=self.professional)
        line = order._get_withdrawal_goods_lines()[0]
        with self.assertRaisesRegex(UserError, "buys as a professional"):
            self._create_request(order, {line: 1})

    def test_request_before_delivery(self):
        """Before delivery: accepted per policy on the ordered quantities."""
        order = self._create_order()
        line = order._get_withdrawal_goods_lines()[0]
        withdrawal = self._create_request(order, {line: 2})
        self.assertEqual(withdrawal.goods_amount, 120.0)
        self.policy.allow_pre_delivery_withdrawal = False
        order2 = self._create_order()
        with self.assertRaisesRegex(UserError, "not received yet"):
            self._create_request(order2, {order2._get_withdrawal_goods_lines()[0]: 1})

    def test_acknowledgment_email(self):
        """The acknowledgment is e-mailed by the queued job with content, date
        and time."""
        withdrawal = self._create_request(
            self.order,
            {self.bike_line: 1},
            sent_at=datetime(2026, 5, 18, 21, 30),
            statement="I withdraw from the contract.",
        )
        send_queued_documents(self.env)
        message = withdrawal.acknowledgment_message_id
        self.assertTrue(message)
        self.assertTrue(withdrawal.acknowledged_at)
        self.assertEqual(message.partner_ids, self.customer)
        # sent by the merchant, not by whoever recorded it
        self.assertEqual(message.author_id, self.order.company_id.partner_id)
        body = " ".join(html2plaintext(message.body).replace("*", "").split())
        self.assertIn(f"withdrawal from order {self.order.name}", body)
        self.assertIn(f"Withdrawal reference: {withdrawal.name}", body)
        self.assertIn("Submitted on: 18/05/2026 23:30:00 (Paris time)", body)
        self.assertIn("1 x Mini bike", body)
        self.assertIn("Your statement: /I withdraw from the contract./", body)
        self.assertIn("We will refund 64.62 € at the latest on 06/01/2026", body)
        self.assertIn(self.order.name, message.subject)
        # e-mailed by the job itself: the notification is sent
        self.assertRecordValues(
            message.notification_ids,
            [
                {
                    "res_partner_id": self.customer.id,
                    "notification_type": "email",
                    "notification_status": "sent",
                }
            ],
        )

    def test_depreciation_needs_reason(self):
        """A depreciation deduction (L221-23) needs a recorded reason."""
        withdrawal = self._create_request(self.order, {self.bike_line: 1})
        with self.assertRaisesRegex(ValidationError, "record the reason"):
            withdrawal.depreciation_amount = 15.0
        withdrawal.write(
            {
                "goods_condition": "Crate opened, bike ridden on mud",
                "depreciation_reason": "Ridden: cleaning and tyre replacement",
                "depreciation_amount": 15.0,
            }
        )
        # 60.00 goods + 12 x 60 / 156 delivery = 4.62, minus 15.00
        self.assertEqual(withdrawal.refund_amount, 49.62)
        with self.assertRaisesRegex(ValidationError, "exceeds the price"):
            withdrawal.depreciation_amount = 61.0

    def test_cancelled_request_frees_quantities(self):
        """A cancelled request no longer counts as exercised nor withdrawn."""
        withdrawal = self._create_request(self.order, {self.bike_line: 2})
        withdrawal._cancel("Recorded twice by mistake")
        self.assertEqual(withdrawal.state, "cancel")
        self.assertNotEqual(self.order.withdrawal_state, "exercised")
        self.assertEqual(self.order._get_withdrawable_quantities()[self.bike_line], 2.0)

    def test_acknowledgment_not_suppressed_by_context_keys(self):
        """An RPC caller's context keys never spare the acknowledgment owed to
        the customer (only the code's own mark does, for tests and imports)."""
        order = self._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        line = order._get_withdrawal_goods_lines()[0]
        withdrawal = (
            self.env["sale.withdrawal.request"]
            .with_context(
                sale_withdrawal_no_acknowledgment=True,
                consumer_law_no_acknowledgment=True,
            )
            .create(self._request_vals(order, {line: 1}))
        )
        send_queued_documents(self.env)
        self.assertTrue(withdrawal.acknowledged_at)
        self.assertTrue(withdrawal.acknowledgment_message_id)
