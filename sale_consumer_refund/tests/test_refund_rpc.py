# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The review's attacks on refund obligations, replayed by real users over
XML-RPC (issue: one evidence core): each refused, nothing changed."""

from odoo.tests import HttpCase, tagged

from odoo.addons.consumer_law.tests.common import EvidenceRpcMixin

from .common import ConsumerRefundCommon


@tagged("post_install", "-at_install")
class TestRefundRpc(EvidenceRpcMixin, ConsumerRefundCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman_own = cls._rpc_user(
            "rfr_own", "sales_team.group_sale_salesman"
        )
        cls.salesman_all = cls._rpc_user(
            "rfr_all", "sales_team.group_sale_salesman_all_leads"
        )
        cls.sales_manager = cls._rpc_user(
            "rfr_manager", "sales_team.group_sale_manager"
        )
        cls.order = cls._create_order(invoice=True)
        cls.order.user_id = cls.salesman_own
        cls.refund = cls._refund(cls.order)

    def test_salespeople_cannot_rewrite_the_obligation_over_rpc(self):
        """Amount, due date, refund date and legal basis: the salesperson of the
        order and an all-documents salesperson are refused, nothing changes."""
        fields = ["amount", "due_date", "refund_date", "legal_basis"]
        before = self.refund.read(fields)[0]
        # the salesperson reads her obligation over RPC: the attack is not
        # stopped by the access rights but by the evidence core
        self.assertEqual(
            self._rpc(self.salesman_own, "sale.consumer.refund", "read",
                      self.refund.ids, ["amount"])[0]["amount"],
            self.refund.amount,
        )
        for user in (self.salesman_own, self.salesman_all, self.sales_manager):
            for vals in (
                {"amount": 1.0},
                {"due_date": "2030-01-01"},
                {"refund_date": "2026-05-07"},
                {"legal_basis": "none"},
            ):
                with self.subTest(user=user.login, vals=vals):
                    self._assert_rpc_refused(
                        user,
                        "sale.consumer.refund",
                        "write",
                        self.refund.ids,
                        vals,
                        pattern="evidence",
                    )
        self.refund.invalidate_recordset()
        self.assertEqual(self.refund.read(fields)[0], before)

    def test_obligation_not_created_copied_or_deleted_over_rpc(self):
        model = self.env["sale.consumer.refund"]
        count = model.search_count([])
        self._assert_rpc_refused(
            self.salesman_own,
            "sale.consumer.refund",
            "create",
            {
                "order_id": self.order.id,
                "ground": "commercial_gesture",
                "started_on": "2020-01-01",
                "line_ids": [(0, 0, {"line_type": "cost", "name": "x",
                                     "amount": 50000.0})],
            },
        )
        for user in (self.salesman_own, self.sales_manager):
            self._assert_rpc_refused(
                user, "sale.consumer.refund", "copy", self.refund.ids,
                pattern="cannot be duplicated",
            )
        self._assert_rpc_refused(
            self.sales_manager, "sale.consumer.refund", "unlink", self.refund.ids
        )
        self.assertEqual(model.search_count([]), count)
        self.assertTrue(self.refund.exists())
