# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import CancellationFeeCommon


@tagged("post_install", "-at_install")
@freeze_time("2026-04-22 10:00:00")
class TestCancellation(CancellationFeeCommon):
    """The cancellation wizard by stage: fee lines through the refund engine."""

    def test_confirmed_order_no_fee(self):
        """Before preparation: no fee, all 168.00 refunded, deliveries cancelled."""
        form = self._wizard()
        self.assertEqual(form.detected_stage, "confirmed")
        self.assertEqual((form.fee_amount, form.refund_amount), (0.0, 168.0))
        cancellation = self._cancel()
        self.assertRecordValues(
            cancellation,
            [
                {
                    "stage": "confirmed",
                    "reason": False,
                    "fee_amount": 0.0,
                    "refund_amount": 168.0,
                    "legal_risk": False,
                    "cancelled_on": date(2026, 4, 22),
                    "state": "to_refund",
                }
            ],
        )
        self.assertRecordValues(
            cancellation.refund_id,
            [{"ground": "cancellation", "amount": 168.0, "fee_amount": 0.0}],
        )
        self.assertEqual(self.order.state, "cancel")
        self.assertEqual(set(self._delivery(self.order).mapped("state")), {"cancel"})

    def test_prepared_order_flat_fee(self):
        """Picked: 50.00 excl. tax = 60.00 incl. tax deducted, a fee line with the
        company's 20 % on the credit note; the terms check shows the risk."""
        self._prepare(self.order)
        form = self._wizard()
        self.assertEqual(form.detected_stage, "prepared")
        self.assertEqual((form.fee_amount, form.refund_amount), (60.0, 108.0))
        self.assertTrue(form.legal_risk)
        self.assertIn("C. civ. 1103", form.explanation)
        cancellation = self._cancel()
        refund = cancellation.refund_id
        self.assertRecordValues(
            cancellation,
            [{"stage": "prepared", "flat_fee_amount": 60.0, "fee_amount": 60.0}],
        )
        self.assertRecordValues(refund, [{"fee_amount": 60.0, "amount": 108.0}])
        credit_note = refund._create_credit_note()
        fee_line = credit_note.invoice_line_ids.filtered(
            lambda line: line.price_unit < 0
        )
        self.assertRecordValues(fee_line, [{"price_unit": -50.0, "price_total": -60.0}])
        self.assertEqual(fee_line.tax_ids, self.tax_20)
        self.assertEqual(credit_note.amount_total, 108.0)
        codes = [finding.code for finding in self.policy._get_findings()[0]]
        self.assertIn("cancellation_fee_legal_risk", codes)

    def test_prepared_in_two_steps(self):
        """Warehouses delivering in two steps: the order is prepared once its
        picking transfer is done, and the flat fee applies."""
        warehouse = self.env["stock.warehouse"].search(
            [("company_id", "=", self.company.id)], limit=1
        )
        warehouse.delivery_steps = "pick_ship"
        order = self._create_order()
        pick = order.picking_ids.filtered(
            lambda picking: picking.picking_type_code == "internal"
        )
        self.assertEqual(len(pick), 1)
        self.assertEqual(self._wizard(order).detected_stage, "confirmed")
        for move in pick.move_ids:
            move.quantity = move.product_uom_qty
        pick.move_ids.picked = True
        pick._action_done()
        self.assertEqual(pick.state, "done")
        form = self._wizard(order)
        self.assertEqual(form.detected_stage, "prepared")
        self.assertEqual((form.fee_amount, form.refund_amount), (60.0, 108.0))

    def test_flat_fee_with_price_included_tax(self):
        """Shops selling tax included: 50.00 excl. tax is still 60.00 incl. tax."""
        self.company.account_sale_tax_id = self.env["account.tax"].create(
            {
                "name": "VAT 20% incl. (cancellation tests)",
                "amount": 20.0,
                "amount_type": "percent",
                "price_include_override": "tax_included",
                "company_id": self.company.id,
            }
        )
        self._prepare(self.order)
        cancellation = self._cancel()
        self.assertEqual(cancellation.fee_amount, 60.0)
        self.assertEqual(cancellation.refund_id.fee_amount, 60.0)

    def test_cancelled_after_shipping_leaves_no_retention_banner(self):
        """A shipped order cancelled by the customer is not "delivered under
        retention of title" with its total unpaid (demo S00041: "948,00 €
        unpaid")."""
        if "is_delivered_under_retention" not in self.order._fields:
            self.skipTest("account_retention_of_title is not installed")
        self.policy.retention_of_title = True
        order = self._create_order()
        self.assertTrue(order.retention_of_title)
        self._ship(order)
        self.assertTrue(order.is_delivered_under_retention)
        self._cancel(order, return_cost=8.0)
        self.assertRecordValues(
            order,
            [{"is_delivered_under_retention": False, "retention_unpaid_amount": 0.0}],
        )

    def test_shipped_order_fee_and_return_cost(self):
        """Shipped: 60.00 + the carrier's 35.50 return cost; a return is expected."""
        self._ship(self.order)
        cancellation = self._cancel(return_cost=35.5)
        self.assertRecordValues(
            cancellation,
            [
                {
                    "stage": "shipped",
                    "fee_amount": 95.5,
                    "return_cost": 35.5,
                    "refund_amount": 72.5,
                }
            ],
        )
        self.assertEqual(cancellation.refund_id.amount, 72.5)
        self.assertEqual(cancellation.return_picking_id.picking_type_code, "incoming")
        self.assertEqual(
            cancellation.return_picking_id.return_id,
            self._delivery(self.order).filtered(lambda picking: not picking.return_id),
        )
        self.assertEqual(self.order.state, "sale")

    def test_wizard_shows_the_refund_after_the_return_cost(self):
        """The wizard's live figures follow the carrier's cost as it is typed."""
        self._ship(self.order)
        form = self._wizard()
        self.assertEqual(form.refund_amount, 108.0)
        form.return_cost = 35.5
        self.assertEqual(form.fee_amount, 95.5)
        self.assertEqual(form.refund_amount, 72.5)
        self.assertIn("72.50", form.explanation)

    def test_refused_parcel_with_return_cost(self):
        """Refused at delivery: 60.00 + 20.00 return cost."""
        self._ship(self.order)
        cancellation = self._cancel(is_refused_at_delivery=True, return_cost=20.0)
        self.assertRecordValues(
            cancellation,
            [
                {
                    "stage": "refused_at_delivery",
                    "fee_amount": 80.0,
                    "refund_amount": 88.0,
                }
            ],
        )

    def test_withdrawal_before_delivery_no_fee(self):
        """A withdrawal before receipt (policy allows it): no fee, L221-24."""
        self._prepare(self.order)
        form = self._wizard(reason="withdrawal")
        self.assertEqual(form.fee_amount, 0.0)
        self.assertIn("L221-18", form.explanation)
        cancellation = self._cancel(reason="withdrawal")
        self.assertRecordValues(
            cancellation.refund_id,
            [{"ground": "withdrawal", "amount": 168.0, "fee_amount": 0.0}],
        )
        self.assertFalse(cancellation.legal_risk)

    def test_withdrawal_before_delivery_refused_by_policy(self):
        """allow_pre_delivery_withdrawal off: the wizard says why, nothing written."""
        self.policy.allow_pre_delivery_withdrawal = False
        form = self._wizard(reason="withdrawal")
        self.assertIn("L221-18", form.error_message)
        with self.assertRaises(UserError):
            form.save().action_confirm()
        self.assertFalse(self.order.consumer_cancellation_ids)

    def test_delivered_order_is_a_withdrawal(self):
        """Received goods: the ground defaults to withdrawal; no plain cancellation."""
        self._deliver(self.order)
        form = self._wizard()
        self.assertEqual(
            (form.detected_stage, form.reason), ("delivered", "withdrawal")
        )
        form.reason = False
        self.assertIn("withdrawal", form.error_message)
        form.reason = "non_conformity"
        form.customer_return_cost = 9.9
        self.assertEqual(form.refund_amount, 177.9)
        cancellation = self._cancel(reason="non_conformity", customer_return_cost=9.9)
        self.assertRecordValues(
            cancellation.refund_id,
            [{"ground": "conformity", "amount": 177.9, "fee_amount": 0.0}],
        )
        self.assertTrue(cancellation.return_picking_id)

    def test_return_cost_on_unshipped_order_refused(self):
        """A carrier return cost on a prepared order is refused, naming the field."""
        self._prepare(self.order)
        with self.assertRaisesRegex(UserError, "Carrier return cost"):
            self.order._cancel_for_customer({"return_cost": 10.0})
        self.assertFalse(self.order.consumer_cancellation_ids)
        self.assertFalse(self.order.consumer_refund_ids)

    def test_negative_values_refused(self):
        """A negative fee in the policy or a negative return cost is refused."""
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.policy.cancellation_flat_fee = -1.0
        self._ship(self.order)
        with self.assertRaisesRegex(UserError, "cannot be negative"):
            self._cancel(return_cost=-5.0)

    def test_refused_flag_needs_a_shipped_order(self):
        with self.assertRaisesRegex(UserError, "was not shipped"):
            self.order._cancel_for_customer({"stage": "refused_at_delivery"})

    def test_cancel_twice_refused(self):
        self._cancel()
        with self.assertRaises(UserError):
            self.order.action_open_consumer_cancel()

    def test_cancellation_is_evidence(self):
        """Nobody edits or deletes a cancellation; nor creates one by hand."""
        manager = self.env["res.users"].create(
            {
                "name": "Consumer-law manager",
                "login": "clo_manager",
                "groups_id": [
                    Command.set(
                        [
                            self.env.ref("consumer_law.consumer_law_group_manager").id,
                            self.env.ref("sales_team.group_sale_manager").id,
                        ]
                    )
                ],
            }
        )
        cancellation = self._cancel().with_user(manager)
        with self.assertRaises(UserError):
            cancellation.fee_amount = cancellation.fee_amount + 100.0
        with self.assertRaises(UserError):
            cancellation.unlink()
        with self.assertRaises(UserError):
            self.env["sale.order.cancellation"].with_user(manager).create(
                {"order_id": self.order.id, "stage": "confirmed"}
            )
        cancellation.note = "Customer called"
        self.assertEqual(cancellation.note, "Customer called")

    def test_other_company_cannot_read(self):
        cancellation = self._cancel()
        user = self.env["res.users"].create(
            {
                "name": "Other shop clerk",
                "login": "other_clerk",
                "company_id": self.other_company.id,
                "company_ids": [Command.set(self.other_company.ids)],
                "groups_id": [
                    Command.set(
                        [self.env.ref("consumer_law.consumer_law_group_user").id]
                    )
                ],
            }
        )
        with self.assertRaises(AccessError):
            cancellation.with_user(user).read(["fee_amount"])
