# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from freezegun import freeze_time

from odoo.exceptions import ValidationError
from odoo.tools import html2plaintext

from .common import SaleWithdrawalCommon


class TestWithdrawalWindow(SaleWithdrawalCommon):
    def test_receipt_date_defaults_to_validation_when_same_day(self):
        """With same-day receipt, the receipt date is the Paris validation date."""
        order = self._create_order()
        picking = order.picking_ids
        # 22:30 UTC on 6 May is 00:30 on 7 May in Paris (summer time)
        self._deliver(picking, datetime(2026, 5, 6, 22, 30))
        self.assertEqual(picking.customer_receipt_date, date(2026, 5, 7))

    def test_receipt_date_left_to_staff_without_same_day_policy(self):
        """Without same-day receipt the order waits for the recorded receipt."""
        self.policy.is_receipt_on_validation = False
        order = self._create_order()
        picking = order.picking_ids
        self._deliver(picking, datetime(2026, 5, 4, 9, 0))
        self.assertFalse(picking.customer_receipt_date)
        self.assertRecordValues(
            order,
            [
                {
                    "withdrawal_state": "awaiting_delivery",
                    "withdrawal_start_date": False,
                    "withdrawal_deadline": False,
                }
            ],
        )
        picking.customer_receipt_date = date(2026, 5, 6)
        self.assertEqual(order.withdrawal_start_date, date(2026, 5, 7))
        self.assertEqual(order.withdrawal_deadline, date(2026, 5, 20))

    def test_receipt_date_before_shipping_refused(self):
        """A receipt recorded before the validation date is refused."""
        order = self._create_order()
        picking = order.picking_ids
        self._deliver(picking, datetime(2026, 5, 4, 9, 0))
        with self.assertRaises(ValidationError):
            picking.customer_receipt_date = date(2026, 5, 3)

    def test_deadline_thursday_before_friday_holiday(self):
        """Received Thu 30 Apr 2026 (1 May is a Friday holiday): the window starts
        on 1 May and its 14th day, Ascension Thursday 14 May, rolls to Fri 15 May."""
        order = self._delivered_order(at=datetime(2026, 4, 30, 8, 0))
        self.assertRecordValues(
            order,
            [
                {
                    "withdrawal_start_date": date(2026, 5, 1),
                    "withdrawal_deadline": date(2026, 5, 15),
                }
            ],
        )

    def test_deadline_saturday_validation(self):
        """Validated and received Sat 2 May 2026: Sat 16 May rolls to Mon 18 May."""
        order = self._delivered_order(at=datetime(2026, 5, 2, 9, 0))
        self.assertEqual(order.withdrawal_start_date, date(2026, 5, 3))
        self.assertEqual(order.withdrawal_deadline, date(2026, 5, 18))

    def test_deadline_runs_from_last_partial_delivery(self):
        """Two partial deliveries a week apart: the window runs from the last one
        (11 May + 14 = Whit Monday 25 May, rolled to 26 May)."""
        order = self._create_order()
        first = order.picking_ids
        backorder = self._deliver(
            first, datetime(2026, 5, 4, 9, 0), quantities={self.product_helmet: 0}
        )
        self.assertEqual(len(backorder), 1)
        self.assertEqual(order.withdrawal_state, "awaiting_delivery")
        self.assertFalse(order.withdrawal_deadline)
        self._deliver(backorder, datetime(2026, 5, 11, 9, 0))
        self.assertEqual(order.withdrawal_start_date, date(2026, 5, 12))
        self.assertEqual(order.withdrawal_deadline, date(2026, 5, 26))

    def test_deadline_thirty_day_policy(self):
        """A 30-day policy (Raynaud): received 24 Apr 2026, 24 May is a Sunday and
        25 May Whit Monday: the window ends on 26 May."""
        self.policy.write({"is_withdrawal_extended": True, "withdrawal_days": 30})
        order = self._delivered_order(at=datetime(2026, 4, 24, 9, 0))
        self.assertEqual(order.withdrawal_deadline, date(2026, 5, 26))

    def test_deadline_fourteen_day_policy(self):
        """The legal 14 days: received Mon 4 May 2026, window ends Mon 18 May."""
        order = self._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        self.assertEqual(order.withdrawal_deadline, date(2026, 5, 18))

    def test_deadline_without_withdrawal_information(self):
        """Information not given: 12 more months (L221-20), then 14 days after it
        is finally given."""
        order = self._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        order.is_withdrawal_information_missing = True
        self.assertEqual(order.withdrawal_deadline, date(2027, 5, 18))
        order.withdrawal_information_date = date(2026, 9, 1)
        self.assertEqual(order.withdrawal_deadline, date(2026, 9, 15))

    def test_state_moves_with_days(self):
        """Open, closes within 3 days, closed: judged against today, in the
        form and in the filters, with no daily update to wait for."""
        order = self._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        orders = self.env["sale.order"]
        for day, state in (
            ("05-10", "open"),
            ("05-15", "closing"),
            ("05-19", "closed"),
        ):
            with freeze_time(f"2026-{day} 10:00"):
                order.invalidate_recordset(["withdrawal_state"])
                self.assertEqual(order.withdrawal_state, state, day)
                self.assertIn(order, orders.search([("withdrawal_state", "=", state)]))
                self.assertNotIn(
                    order, orders.search([("withdrawal_state", "!=", state)])
                )
        self._create_request(
            order,
            {order._get_withdrawal_goods_lines()[0]: 1},
            sent_at=datetime(2026, 5, 10, 9, 0),
        )
        self.assertEqual(order.withdrawal_state, "exercised")
        self.assertIn(
            order, orders.search([("withdrawal_state", "in", ("exercised", "open"))])
        )

    def test_state_not_applicable_professional(self):
        """A professional customer's order: not applicable, reason professional."""
        order = self._delivered_order(partner=self.professional)
        self.assertRecordValues(
            order,
            [
                {
                    "withdrawal_state": "not_applicable",
                    "withdrawal_na_reason": "professional",
                    "withdrawal_deadline": False,
                }
            ],
        )

    def test_state_not_applicable_all_excluded(self):
        """Only personalised goods (L221-28 3°): not applicable, all excluded."""
        order = self._delivered_order(lines=[(self.product_engraved, 1, 20.0)])
        self.assertRecordValues(
            order,
            [
                {
                    "withdrawal_state": "not_applicable",
                    "withdrawal_na_reason": "all_excluded",
                }
            ],
        )

    def test_state_not_applicable_no_delivery(self):
        """A services-only order: not applicable, no delivery."""
        order = self._create_order(
            lines=[(self.product_service, 1, 40.0)], shipping=False
        )
        self.assertRecordValues(
            order,
            [
                {
                    "withdrawal_state": "not_applicable",
                    "withdrawal_na_reason": "no_delivery",
                }
            ],
        )

    def test_excluded_line_shown(self):
        """Excluded products are flagged per line; the others keep the right."""
        order = self._delivered_order(
            lines=[(self.product_bike, 1, 50.0), (self.product_engraved, 1, 20.0)]
        )
        lines = order._get_withdrawal_goods_lines()
        self.assertEqual(lines.mapped("withdrawal_exclusion"), [False, "personalised"])
        self.assertTrue(order.has_excluded_goods)
        self.assertEqual(order.withdrawal_deadline, date(2026, 5, 18))
        self.assertEqual(
            list(order._get_withdrawable_quantities().items()), [(lines[0], 1.0)]
        )

    def test_deadline_printed_on_delivery_slip_and_invoice(self):
        """The deadline appears on the delivery slip and the invoice."""
        order = self._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        html = self.env["ir.actions.report"]._render_qweb_html(
            "stock.report_deliveryslip", order.picking_ids.ids
        )[0]
        self.assertIn("Withdrawal deadline:", html2plaintext(html))
        self.assertIn("05/18/2026", html2plaintext(html))
        invoice = order._create_invoices()
        self.assertEqual(invoice.withdrawal_deadline, date(2026, 5, 18))
        html = self.env["ir.actions.report"]._render_qweb_html(
            "account.report_invoice", invoice.ids
        )[0]
        self.assertIn(
            "You may withdraw from this purchase until 05/18/2026 included",
            " ".join(html2plaintext(html).split()),
        )
