# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import ConsumerRefundCommon


@tagged("post_install", "-at_install")
class TestRefundObligation(ConsumerRefundCommon):
    """Amounts, due dates, credit notes, payments and surcharges by ground."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # 2 bikes at 60.00 incl. (20 %), a book at 42.20 incl. (5.5 %), delivery 12.00
        cls.order = cls._create_order(
            lines=[(cls.product_bike, 2, 50.0), (cls.product_book, 1, 40.0)]
        )
        cls.bike_line, cls.book_line = cls.order._get_consumer_goods_lines()

    def test_due_date_by_ground(self):
        """L221-24 deferred until goods back or proof of shipment; L216-7 14 days
        after the termination; L217-17 14 days after the goods came back."""
        withdrawal = self._refund(self.order, "withdrawal")
        late = self._refund(self.order, "late_delivery")
        conformity = self._refund(self.order, "conformity")
        self.assertEqual(
            (withdrawal | late | conformity).mapped("due_date"),
            [date(2026, 5, 20)] * 3,
        )
        withdrawal.goods_back_date = date(2026, 5, 27)
        late.goods_back_date = date(2026, 5, 27)
        conformity.shipment_proof_date = date(2026, 5, 12)
        self.assertRecordValues(
            withdrawal | late | conformity,
            [
                {"due_date": date(2026, 5, 27), "legal_basis": "C. consom. L221-24"},
                {"due_date": date(2026, 5, 20), "legal_basis": "C. consom. L216-7"},
                {"due_date": date(2026, 5, 26), "legal_basis": "C. consom. L217-17"},
            ],
        )

    def test_credit_note_multi_tax_partial(self):
        """One bike and the book: taxes as invoiced, delivery 12.00 x 102.20 /
        162.20 = 7.56 on the delivery line at its own tax."""
        refund = self._refund(
            self.order, quantities={self.bike_line: 1, self.book_line: 1}
        )
        self.assertRecordValues(
            refund,
            [{"goods_amount": 102.2, "delivery_amount": 7.56, "amount": 109.76}],
        )
        refund.action_create_credit_note()
        credit_note = refund.credit_note_id
        self.assertRecordValues(
            credit_note,
            [
                {
                    "move_type": "out_refund",
                    "partner_id": self.customer.id,
                    "consumer_refund_id": refund.id,
                    "amount_total": 109.76,
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
                    "tax_ids": self.tax_20.ids,
                },
                {
                    "product_id": self.product_book.id,
                    "quantity": 1.0,
                    "price_unit": 40.0,
                    "price_total": 42.2,
                    "tax_ids": self.tax_5.ids,
                },
                {
                    "product_id": self.product_shipping.id,
                    "quantity": 1.0,
                    "price_unit": 6.3,
                    "price_total": 7.56,
                    "tax_ids": self.tax_20.ids,
                },
            ],
        )
        self.assertEqual(refund.line_ids.move_id, credit_note)
        self.assertFalse(refund.can_be_credited)

    def test_fee_deducted_with_its_tax(self):
        """A cancellation of everything with a 50.00 + 20 % fee: 162.20 + 12.00 -
        60.00 = 114.20, the fee a negative line at its tax."""
        refund = self._refund(
            self.order,
            "cancellation",
            line_ids=[
                Command.create(
                    {
                        "line_type": "fee",
                        "product_id": self.product_fee.id,
                        "price_unit": 50.0,
                        "tax_ids": [Command.set(self.tax_20.ids)],
                    }
                )
            ],
        )
        self.assertRecordValues(
            refund,
            [
                {
                    "goods_amount": 162.2,
                    "delivery_amount": 12.0,
                    "fee_amount": 60.0,
                    "amount": 114.2,
                }
            ],
        )
        refund.action_create_credit_note()
        self.assertEqual(refund.credit_note_id.amount_total, 114.2)
        fee_line = refund.credit_note_id.invoice_line_ids.filtered(
            lambda line: line.product_id == self.product_fee
        )
        self.assertRecordValues(fee_line, [{"price_unit": -50.0, "price_total": -60.0}])

    def test_depreciation_needs_reason_and_is_deducted(self):
        """A depreciation needs its reason (L221-23) and is deducted untaxed."""
        refund = self._refund(self.order)
        with self.assertRaises(ValidationError):
            refund.depreciation_amount = 20.0
        with self.assertRaises(ValidationError):
            refund.write({"depreciation_amount": -5.0, "depreciation_reason": "x"})
        with self.assertRaises(ValidationError):
            refund.write({"depreciation_amount": 500.0, "depreciation_reason": "x"})
        refund.write(
            {"depreciation_amount": 20.0, "depreciation_reason": "Crate opened, ridden"}
        )
        self.assertEqual(refund.amount, 154.2)
        refund.action_create_credit_note()
        self.assertEqual(refund.credit_note_id.amount_total, 154.2)

    def test_goods_back_in_future_refused(self):
        """A goods-back date after today is refused, naming the field."""
        refund = self._refund(self.order)
        with self.assertRaisesRegex(ValidationError, "Goods received back on"):
            refund.goods_back_date = date(2099, 1, 1)

    def test_payment_refunds_then_late_delivery_surcharge(self):
        """Terminated for late delivery (L216-7): paid 15 days late, 20 % of the
        sums (L241-4, contract from 2022) added on a second credit note, whose
        payment is tracked too."""
        refund = self._refund(self.order, "late_delivery")
        self.assertEqual(refund.due_date, date(2026, 5, 20))
        refund.action_create_credit_note()
        action = refund.action_register_refund()
        self.assertEqual(action["res_model"], "account.payment.register")
        first = self._pay(refund.credit_note_id, date(2026, 6, 4))
        self.assertRecordValues(
            refund,
            [
                {
                    "state": "refunded",
                    "refund_date": date(2026, 6, 4),
                    "days_late": 15,
                    "surcharge_amount": 34.84,
                    "can_be_surcharged": True,
                }
            ],
        )
        second_note = refund._add_surcharge()
        self.assertNotEqual(second_note, refund.credit_note_id)
        self.assertRecordValues(
            second_note, [{"amount_total": 34.84, "consumer_refund_id": refund.id}]
        )
        self.assertEqual(refund.surcharge_added_amount, 34.84)
        self.assertFalse(refund.can_be_surcharged)
        second = refund._register_refund_payment(date(2026, 6, 5), moves=second_note)
        self.assertEqual(refund.payment_ids, first | second)

    def test_payments_follow_reconciliation_in_transaction(self):
        """The refund's payments follow the reconciliation of its credit note
        within one transaction: read before the payment, after it and after an
        unreconciliation, the value is never the one cached before."""
        refund = self._refund(self.order, "late_delivery")
        refund.action_create_credit_note()
        self.assertFalse(refund.payment_ids)
        payment = refund._register_refund_payment(date(2026, 6, 4))
        self.assertEqual(refund.payment_ids, payment)
        refund.credit_note_id.line_ids.remove_move_reconcile()
        self.assertFalse(refund.payment_ids)

    def test_refund_paid_on_the_day_in_paris(self):
        """Registered at 00:30 in Paris on 4 June (22:30 UTC on the 3rd) by a
        user or a job whose zone is UTC, the refund is paid on 4 June."""
        refund = self._refund(self.order, "late_delivery")
        refund.action_create_credit_note()
        with freeze_time("2026-06-03 22:30:00"):
            payment = refund.with_context(tz="UTC")._register_refund_payment()
        self.assertEqual(payment.date, date(2026, 6, 4))
        self.assertEqual(refund.refund_date, date(2026, 6, 4))

    def test_reconfirmation_moves_contract_date(self):
        """An order cancelled and confirmed again: its refund obligation's
        contract date follows the new confirmation date, with a cold cache (the
        confirmation's prefetch of the order's children must not hide it)."""
        refund = self._refund(self.order, "late_delivery")
        self.assertEqual(refund.contract_date, date(2026, 4, 20))
        self.order._action_cancel()
        self.order.action_draft()
        self.env.flush_all()
        self.env.invalidate_all()
        with freeze_time("2026-05-02 09:00:00"):
            self.order.action_confirm()
        self.assertEqual(self.order.consumer_refund_ids, refund)
        self.assertEqual(refund.contract_date, date(2026, 5, 2))

    def test_conformity_owes_no_statutory_surcharge(self):
        """A late conformity refund shows no statutory surcharge (only legal
        interest, claimed in court)."""
        refund = self._refund(self.order, "conformity")
        with freeze_time("2026-09-01"):
            refund.invalidate_recordset(["days_late", "surcharge_amount"])
            self.assertEqual(refund.days_late, 104)
            self.assertEqual(refund.surcharge_amount, 0.0)

    def test_withdrawal_surcharge_added_to_draft_credit_note(self):
        """Late before paying: the L242-4 surcharge owed today goes on the draft
        credit note (21 days late: 10 % of 174.20)."""
        refund = self._refund(self.order)
        refund.action_create_credit_note()
        with freeze_time("2026-06-10 10:00"):
            refund.action_add_surcharge()
        self.assertEqual(refund.surcharge_added_amount, 17.42)
        self.assertEqual(refund.credit_note_id.amount_total, 191.62)
        self.assertEqual(len(refund.credit_note_ids), 1)

    def test_state_is_judged_today(self):
        """Due soon, late and their filters follow today's Paris date, with no
        stored state a day behind."""
        refund = self._refund(self.order)
        model = self.env["sale.consumer.refund"]
        domain = [("id", "=", refund.id)]
        with freeze_time("2026-05-18 10:00"):
            refund.invalidate_recordset(["state", "is_due_soon"])
            self.assertRecordValues(
                refund, [{"state": "to_refund", "is_due_soon": True}]
            )
            self.assertEqual(
                model.search(domain + [("is_due_soon", "=", True)]), refund
            )
            self.assertFalse(model.search(domain + [("state", "=", "late")]))
        with freeze_time("2026-05-21 10:00"):
            refund.invalidate_recordset(["state", "is_due_soon"])
            self.assertRecordValues(refund, [{"state": "late", "is_due_soon": False}])
            self.assertEqual(model.search(domain + [("state", "=", "late")]), refund)
            self.assertFalse(model.search(domain + [("state", "!=", "late")]))
            self.assertEqual(
                model.search(domain + [("state", "in", ("late", "refunded"))]), refund
            )


@tagged("post_install", "-at_install")
class TestRefundInvoiceAndReduction(ConsumerRefundCommon):
    """Credit notes need a posted invoice; price reductions on an order line."""

    def test_check_invoiced(self):
        """A money outcome needs a posted invoice to credit."""
        with self.assertRaisesRegex(UserError, "no posted invoice"):
            self._create_order()._check_consumer_invoiced()
        self._create_order(invoice=True)._check_consumer_invoiced()

    def test_price_reduction_line(self):
        """A 30.00 reduction on the bikes (20 %): 25.00 excl. tax on one unit of the
        bike line, no delivery share, due 14 days after the decision."""
        order = self._create_order(invoice=True)
        bike_line = order._get_consumer_goods_lines()[0]
        refund = order._create_consumer_refund(
            "conformity",
            date(2026, 6, 1),
            {},
            goods_come_back=False,
            line_ids=[
                Command.create(
                    {
                        "line_type": "reduction",
                        "sale_line_id": bike_line.id,
                        "quantity": 1.0,
                        "amount": 30.0,
                    }
                )
            ],
        )
        self.assertRecordValues(
            refund,
            [
                {
                    "goods_amount": 30.0,
                    "delivery_amount": 0.0,
                    "amount": 30.0,
                    "due_date": date(2026, 6, 15),
                }
            ],
        )
        refund.action_create_credit_note()
        self.assertRecordValues(
            refund.credit_note_id.invoice_line_ids,
            [{"quantity": 1.0, "price_unit": 25.0, "price_total": 30.0}],
        )

    def test_price_reduction_above_price_refused(self):
        """A reduction above the line's price (120.00) is refused."""
        order = self._create_order()
        bike_line = order._get_consumer_goods_lines()[0]
        with self.assertRaisesRegex(ValidationError, "exceeds"):
            order._create_consumer_refund(
                "hidden_defect",
                date(2026, 6, 1),
                {},
                goods_come_back=False,
                line_ids=[
                    Command.create(
                        {
                            "line_type": "reduction",
                            "sale_line_id": bike_line.id,
                            "amount": 130.0,
                        }
                    )
                ],
            )
