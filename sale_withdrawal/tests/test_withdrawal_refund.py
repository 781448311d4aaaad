# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime, timedelta

from freezegun import freeze_time

from odoo.tests import tagged
from odoo.tools import html2plaintext

from odoo.addons.consumer_law.evidence import without_acknowledgment

from .common import SaleWithdrawalCommon


@tagged("post_install", "-at_install")
class TestWithdrawalRefund(SaleWithdrawalCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # 2 bikes at 60.00 and a helmet at 36.00 incl. tax, delivery 12.00 incl. tax
        cls.order = cls._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        cls.bike_line, cls.helmet_line = cls.order._get_withdrawal_goods_lines()

    def _pay(self, move, on):
        wizard = (
            self.env["account.payment.register"]
            .with_context(active_model="account.move", active_ids=move.ids)
            .create({"payment_date": on})
        )
        return wizard._create_payments()

    def test_refund_due_without_deferral(self):
        """Merchant collecting the goods: due 14 days after receipt, not rolled
        (Sat 2 May + 14 = Sat 16 May)."""
        self.policy.is_collecting_returns = True
        withdrawal = self._create_request(
            self.order,
            {self.bike_line: 1},
            sent_at=datetime(2026, 5, 2, 10, 0),
            goods_back_date=date(2026, 5, 28),
        )
        self.assertEqual(withdrawal.refund_due_date, date(2026, 5, 16))

    def test_refund_due_with_deferral(self):
        """Deferred until the first of goods back and proof of shipment (L221-24)."""
        withdrawal = self._create_request(
            self.order, {self.bike_line: 1}, sent_at=datetime(2026, 5, 6, 10, 0)
        )
        self.assertEqual(withdrawal.refund_due_date, date(2026, 5, 20))
        withdrawal.goods_back_date = date(2026, 5, 27)
        self.assertEqual(withdrawal.refund_due_date, date(2026, 5, 27))
        withdrawal.shipment_proof_date = date(2026, 5, 22)
        self.assertEqual(withdrawal.refund_due_date, date(2026, 5, 22))
        withdrawal.write(
            {"goods_back_date": date(2026, 5, 12), "shipment_proof_date": False}
        )
        self.assertEqual(withdrawal.refund_due_date, date(2026, 5, 20))
        self.assertEqual(withdrawal.state, "goods_back")

    def test_refund_amounts_full_withdrawal(self):
        """A full withdrawal refunds all goods and the whole delivery cost."""
        withdrawal = self._create_request(self.order)
        self.assertRecordValues(
            withdrawal,
            [
                {
                    "goods_amount": 156.0,
                    "delivery_refund_amount": 12.0,
                    "refund_amount": 168.0,
                }
            ],
        )

    def test_refund_excludes_non_standard_delivery_extra(self):
        """The extra cost of a non-standard delivery is not refunded."""
        self.order.write(
            {"is_premium_delivery": True, "withdrawal_standard_delivery_amount": 6.0}
        )
        withdrawal = self._create_request(self.order)
        self.assertEqual(withdrawal.delivery_refund_amount, 6.0)
        self.assertEqual(withdrawal.refund_amount, 162.0)

    def test_credit_note_partial_withdrawal_prorata(self):
        """One bike withdrawn: 60.00 + 12.00 x 60 / 156 = 4.62 of delivery."""
        withdrawal = self._create_request(self.order, {self.bike_line: 1})
        self.assertRecordValues(
            withdrawal,
            [
                {
                    "goods_amount": 60.0,
                    "delivery_refund_amount": 4.62,
                    "refund_amount": 64.62,
                }
            ],
        )
        withdrawal.action_create_credit_note()
        credit_note = withdrawal.credit_note_id
        self.assertRecordValues(
            credit_note,
            [
                {
                    "move_type": "out_refund",
                    "partner_id": self.customer.id,
                    "state": "draft",
                    "amount_total": 64.62,
                }
            ],
        )
        self.assertRecordValues(
            credit_note.invoice_line_ids.sorted("id"),
            [
                {
                    "product_id": self.product_bike.id,
                    "quantity": 1.0,
                    "price_unit": 50.0,
                    "price_total": 60.0,
                },
                {
                    "product_id": self.product_shipping.id,
                    "quantity": 1.0,
                    "price_unit": 3.85,
                    "price_total": 4.62,
                },
            ],
        )
        self.assertEqual(withdrawal.state, "credited")

    def test_credit_note_policy_none_and_full(self):
        """Partial withdrawal with the policy "full" and "none" delivery refund."""
        self.policy.partial_delivery_refund = "full"
        withdrawal = self._create_request(self.order, {self.bike_line: 1})
        self.assertEqual(withdrawal.delivery_refund_amount, 12.0)
        self.policy.partial_delivery_refund = "none"
        self.assertEqual(withdrawal.delivery_refund_amount, 0.0)
        self.assertEqual(withdrawal.refund_amount, 60.0)

    def test_refund_in_time_closes_obligation(self):
        """Registering the refund in time: refunded, no surcharge."""
        withdrawal = self._create_request(
            self.order, {self.bike_line: 1}, sent_at=datetime(2026, 5, 6, 10, 0)
        )
        withdrawal.action_create_credit_note()
        action = withdrawal.action_register_refund()
        self.assertEqual(action["res_model"], "account.payment.register")
        payment = self._pay(withdrawal.credit_note_id, date(2026, 5, 20))
        self.assertEqual(withdrawal.refund_payment_ids, payment)
        self.assertRecordValues(
            withdrawal,
            [
                {
                    "state": "refunded",
                    "refund_date": date(2026, 5, 20),
                    "days_late": 0,
                    "surcharge_amount": 0.0,
                    "can_be_surcharged": False,
                }
            ],
        )

    def test_refund_late_shows_and_adds_surcharge(self):
        """Paid 11 days late: 5 % of the sums due (L242-4), added on request as a
        second credit note."""
        withdrawal = self._create_request(
            self.order, {self.bike_line: 1}, sent_at=datetime(2026, 5, 6, 10, 0)
        )
        withdrawal.action_create_credit_note()
        withdrawal.action_register_refund()
        self._pay(withdrawal.credit_note_id, date(2026, 5, 31))
        self.assertRecordValues(
            withdrawal,
            [
                {
                    "state": "refunded",
                    "days_late": 11,
                    "surcharge_amount": 3.23,
                    "can_be_surcharged": True,
                }
            ],
        )
        withdrawal.action_add_surcharge()
        self.assertRecordValues(
            withdrawal.surcharge_move_id,
            [{"move_type": "out_refund", "amount_total": 3.23}],
        )
        self.assertEqual(withdrawal.surcharge_added_amount, 3.23)
        self.assertFalse(withdrawal.can_be_surcharged)

    def test_surcharge_added_to_draft_credit_note(self):
        """Late before paying: the surcharge owed today goes on the credit note."""
        withdrawal = self._create_request(
            self.order, {self.bike_line: 1}, sent_at=datetime(2026, 5, 6, 10, 0)
        )
        withdrawal.action_create_credit_note()
        with freeze_time("2026-06-10 10:00"):
            withdrawal.invalidate_recordset(["surcharge_amount", "days_late"])
            self.assertEqual(withdrawal.days_late, 21)
            self.assertEqual(withdrawal.surcharge_amount, 6.46)
            withdrawal.action_add_surcharge()
        self.assertEqual(withdrawal.credit_note_id.amount_total, 71.08)

    def test_surcharge_boundaries(self):
        """L242-4 bands through the request: d = 0, 10, 11, 20, 21, 30, 31, 60,
        61, 90, 91 and the cap at the price of the goods."""
        withdrawal = self._create_request(
            self.order, sent_at=datetime(2026, 5, 6, 10, 0)
        )
        # sums due 168.00, goods 156.00, due 20 May 2026, rate 6.67 %
        self.assertEqual(withdrawal.refund_due_date, date(2026, 5, 20))
        expected = {
            0: 0.0,
            10: 0.31,
            11: 8.40,
            20: 8.40,
            21: 16.80,
            30: 16.80,
            31: 33.60,
            60: 33.60,
            61: 84.0,
            90: 84.0,
            91: 92.40,
            400: 156.0,
        }
        for days, surcharge in expected.items():
            with freeze_time(datetime(2026, 5, 20, 10, 0) + timedelta(days=days)):
                withdrawal.invalidate_recordset(["surcharge_amount", "days_late"])
                self.assertEqual(withdrawal.days_late, days, days)
                self.assertEqual(withdrawal.surcharge_amount, surcharge, days)

    def test_refund_obligation_reminded_by_engine(self):
        """The request's refund obligation is reminded by the refund engine's
        daily action: overdue with the L242-4 surcharge owed today, or due soon;
        never twice (batching and query counts: sale_consumer_refund's tests)."""
        requests_model = without_acknowledgment(self.env["sale.withdrawal.request"])
        # due 20 May (overdue on 25 May) and 26 May (due within 3 days)
        small = requests_model.create(
            [
                self._request_vals(
                    self.order, {self.helmet_line: 1}, sent_at=datetime(2026, 5, 6, 10)
                ),
                self._request_vals(
                    self.order, {self.bike_line: 1}, sent_at=datetime(2026, 5, 12, 10)
                ),
            ]
        )
        refund_model = self.env["sale.consumer.refund"]
        with freeze_time("2026-05-25 10:00"):
            activities = refund_model._cron_schedule_activities()
        overdue_type = self.env.ref(
            "sale_consumer_refund.mail_activity_type_refund_overdue"
        )
        due_type = self.env.ref("sale_consumer_refund.mail_activity_type_refund_due")
        self.assertRecordValues(
            activities.sorted("res_id"),
            [
                {
                    "res_model": "sale.consumer.refund",
                    "res_id": small[0].refund_id.id,
                    "activity_type_id": overdue_type.id,
                    "date_deadline": date(2026, 5, 20),
                },
                {
                    "res_model": "sale.consumer.refund",
                    "res_id": small[1].refund_id.id,
                    "activity_type_id": due_type.id,
                    "date_deadline": date(2026, 5, 26),
                },
            ],
        )
        # 36.00 + 12.00 x 36 / 156 = 38.77 due on 20 May, 5 days late:
        # 38.77 x 6.67 % x 5 / 365 = 0.04
        self.assertEqual(
            " ".join(html2plaintext(activities.sorted("res_id")[0].note).split()),
            "Refund overdue since 05/20/2026: 38.77 € plus a surcharge of 0.04 € "
            "owed today (C. consom. L242-4).",
        )
        with freeze_time("2026-05-25 10:00"):
            self.assertFalse(refund_model._cron_schedule_activities())
