# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, new_test_user, tagged

from .common import ConsumerRefundCommon


@tagged("post_install", "-at_install")
class TestRefundSecurity(ConsumerRefundCommon):
    """Who may change a refund obligation, and how it is cancelled."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman = new_test_user(
            cls.env, login="rf_salesman", groups="sales_team.group_sale_salesman"
        )
        cls.other_salesman = new_test_user(
            cls.env, login="rf_other_salesman", groups="sales_team.group_sale_salesman"
        )
        cls.sales_manager = new_test_user(
            cls.env, login="rf_sales_manager", groups="sales_team.group_sale_manager"
        )
        cls.law_manager = new_test_user(
            cls.env,
            login="rf_law_manager",
            groups="sales_team.group_sale_manager,consumer_law.consumer_law_group_manager",
        )
        cls.other_company_user = new_test_user(
            cls.env,
            login="rf_other_company",
            groups="sales_team.group_sale_salesman_all_leads",
            company_id=cls.other_company.id,
            company_ids=[cls.other_company.id],
        )
        cls.order = cls._create_order()
        cls.order.user_id = cls.salesman
        cls.refund = cls._refund(cls.order)

    def test_salesman_sees_own_orders_refunds_only(self):
        """Refunds follow sale's "own documents" rule and multi-company."""
        self.assertEqual(self.refund.with_user(self.salesman).amount, 168.0)
        for user in (self.other_salesman, self.other_company_user):
            with self.assertRaises(AccessError):
                self.refund.with_user(user).read(["amount"])
        self.assertEqual(self.refund.with_user(self.sales_manager).amount, 168.0)

    def test_evidence_fields_refused_over_rpc(self):
        """The ground, start, lines, cancellation and reminder stage are written by
        the flows only, even for a sales manager calling write()."""
        for user in (self.salesman, self.sales_manager):
            refund = self.refund.with_user(user)
            for vals in (
                {"ground": "commercial_gesture"},
                {"started_on": date(2026, 1, 1)},
                {"is_cancelled": True},
                {"reminder_stage": "overdue"},
                {"delivery_cap_amount": 1.0},
                {"line_ids": [Command.clear()]},
            ):
                with self.assertRaises(UserError, msg=str(vals)):
                    refund.write(vals)
        self.assertRecordValues(
            self.refund, [{"ground": "withdrawal", "is_cancelled": False}]
        )
        self.assertEqual(len(self.refund.line_ids), 2)

    def test_lines_and_surcharge_not_writable_by_users(self):
        """No user adds a surcharge or a fee line behind the flow's back."""
        line_model = self.env["sale.consumer.refund.line"].with_user(self.sales_manager)
        with self.assertRaises(AccessError):
            line_model.create(
                {"refund_id": self.refund.id, "line_type": "surcharge", "amount": 1.0}
            )
        with self.assertRaises(AccessError):
            self.refund.line_ids[0].with_user(self.sales_manager).quantity = 0.5
        with self.assertRaises(UserError):
            self.order._create_consumer_refund(
                "withdrawal",
                date(2026, 5, 6),
                {},
                line_ids=[Command.create({"line_type": "surcharge", "amount": 100.0})],
            )

    def test_salesman_records_goods_back_until_refunded(self):
        """Staff record the goods' return; not once the refund is paid."""
        refund = self.refund.with_user(self.salesman)
        refund.goods_back_date = date(2026, 5, 12)
        self.assertEqual(refund.due_date, date(2026, 5, 20))
        self.refund.action_create_credit_note()
        self.refund._register_refund_payment(date(2026, 5, 15))
        self.assertEqual(self.refund.refund_date, date(2026, 5, 15))
        with self.assertRaises(UserError):
            refund.shipment_proof_date = date(2026, 5, 14)

    def test_cancel_by_manager_with_reason(self):
        """Only consumer-law managers (sales managers are) cancel, with a reason
        kept in the chatter."""
        with self.assertRaises(UserError):
            self.refund.with_user(self.salesman).action_cancel()
        refund = self.refund.with_user(self.law_manager)
        with self.assertRaises(UserError):
            refund._action_cancel("  ")
        action = refund.action_cancel()
        wizard = Form(
            self.env[action["res_model"]]
            .with_user(self.law_manager)
            .with_context(**action["context"])
        )
        wizard.reason = "Customer kept the goods after all (phone call 12 May)."
        wizard.save().action_confirm()
        self.assertRecordValues(
            self.refund, [{"is_cancelled": True, "state": "cancelled"}]
        )
        self.assertIn("phone call 12 May", self.refund.message_ids[0].body)
        with self.assertRaises(UserError):
            self.refund.action_create_credit_note()

    def test_paid_refund_cannot_be_cancelled_or_deleted(self):
        """A refund with a credit note is kept; a paid one cannot be cancelled."""
        self.refund.action_create_credit_note()
        with self.assertRaises(UserError):
            self.refund.with_user(self.law_manager).unlink()
        self.refund._register_refund_payment(date(2026, 5, 15))
        with self.assertRaises(UserError):
            self.refund.with_user(self.law_manager)._action_cancel("too late")
