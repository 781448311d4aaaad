# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The attacks of the review on refund obligations, each refused with a clear
message and changing nothing (issue: one evidence core)."""

from datetime import date

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from .common import ConsumerRefundCommon


@tagged("post_install", "-at_install")
class TestRefundEvidenceCases(ConsumerRefundCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman_own = new_test_user(
            cls.env, login="rfe_own", groups="sales_team.group_sale_salesman"
        )
        cls.salesman_all = new_test_user(
            cls.env, login="rfe_all", groups="sales_team.group_sale_salesman_all_leads"
        )
        cls.sales_manager = new_test_user(
            cls.env, login="rfe_manager", groups="sales_team.group_sale_manager"
        )
        cls.order = cls._create_order(invoice=True)
        cls.order.user_id = cls.salesman_own
        cls.refund = cls._refund(cls.order)

    def _assert_unchanged(self, refund, vals, user):
        before = refund.sudo().read(list(vals))[0]
        with self.assertRaisesRegex(UserError, "evidence"):
            refund.with_user(user).write(vals)
        refund.invalidate_recordset()
        self.assertEqual(refund.sudo().read(list(vals))[0], before)

    def test_own_salesperson_cannot_rewrite_open_obligation(self):
        """Amount, due date, refund date and legal basis of an open obligation."""
        for vals in (
            {"amount": 1.0},
            {"due_date": date(2030, 1, 1)},
            {"refund_date": date(2026, 5, 7)},
            {"legal_basis": "none"},
        ):
            with self.subTest(vals=vals):
                self._assert_unchanged(self.refund, vals, self.salesman_own)

    def test_all_documents_salesperson_cannot_rewrite_refunded_obligation(self):
        """Delivery share, depreciation reason, refund date of a paid refund."""
        credit_note = self.refund._create_credit_note()
        credit_note.action_post()
        self._pay(credit_note, date(2026, 5, 8))
        self.assertEqual(self.refund.refund_date, date(2026, 5, 8))
        for vals in (
            {"delivery_amount": 0.0},
            {"delivery_mode": "none"},
            {"depreciation_reason": "rewritten"},
            {"refund_date": False},
        ):
            with self.subTest(vals=vals):
                self._assert_unchanged(self.refund, vals, self.salesman_all)

    def test_salesperson_cannot_create_backdated_obligation_with_cost(self):
        count = self.env["sale.consumer.refund"].search_count([])
        for user in (self.salesman_own, self.sales_manager):
            with self.assertRaises(UserError):
                self.env["sale.consumer.refund"].with_user(user).create(
                    {
                        "order_id": self.order.id,
                        "ground": "commercial_gesture",
                        "started_on": date(2020, 1, 1),
                        "line_ids": [
                            Command.create(
                                {"line_type": "cost", "name": "x", "amount": 50000.0}
                            )
                        ],
                    }
                )
        # sudo() alone does not open the flow's door either
        with self.assertRaisesRegex(UserError, "set only by the flow"):
            self.env["sale.consumer.refund"].sudo().create(
                {"order_id": self.order.id, "ground": "withdrawal"}
            )
        self.assertEqual(self.env["sale.consumer.refund"].search_count([]), count)

    def test_obligation_cannot_be_copied(self):
        for user in (self.salesman_own, self.sales_manager):
            with self.assertRaisesRegex(UserError, "cannot be duplicated"):
                self.refund.with_user(user).copy()
        with self.assertRaisesRegex(UserError, "cannot be duplicated"):
            self.refund.sudo().copy()

    def test_manager_cannot_delete_open_obligation(self):
        for user in (self.sales_manager,):
            with self.assertRaises(UserError):
                self.refund.with_user(user).unlink()
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            self.refund.sudo().unlink()
        self.assertTrue(self.refund.exists())

    def test_lines_cannot_be_added_or_changed(self):
        line = self.refund.line_ids[:1]
        with self.assertRaisesRegex(UserError, "evidence"):
            line.sudo().write({"quantity": 1.0})
        with self.assertRaisesRegex(UserError, "evidence"):
            self.refund.sudo().write(
                {
                    "line_ids": [
                        Command.create(
                            {"line_type": "cost", "name": "x", "amount": 50000.0}
                        )
                    ]
                }
            )
        self.assertFalse(self.refund.line_ids.filtered(lambda l: l.amount == 50000.0))
