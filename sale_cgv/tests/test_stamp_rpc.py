# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The version of the terms stamped on invoices is the flow's: an invoicing user
or a salesperson creating an invoice over XML-RPC cannot give it, a copy never
carries it, and sale's own invoicing still stamps it (issue: one evidence
core)."""

from odoo.tests import HttpCase, tagged

from odoo.addons.consumer_law.tests.common import EvidenceRpcMixin

from .common import SaleCgvCommon


@tagged("post_install", "-at_install")
class TestStampRpc(EvidenceRpcMixin, SaleCgvCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.invoicing = cls._rpc_user(
            "cgr_invoicing",
            "account.group_account_invoice,sales_team.group_sale_salesman",
        )
        cls.salesman = cls._rpc_user(
            "cgr_sales", "sales_team.group_sale_salesman_all_leads"
        )
        cls.order = cls._create_order()
        cls.order.action_confirm()
        cls.version = cls.order.cgv_version_id

    def test_invoice_created_with_a_version_over_rpc_refused(self):
        self.assertTrue(self.version)
        moves = self.env["account.move"]
        count = moves.search_count([])
        vals = {
            "move_type": "out_invoice",
            "partner_id": self.order.partner_id.id,
            "cgv_version_id": self.version.id,
        }
        for user in (self.invoicing, self.salesman):
            with self.subTest(user=user.login):
                self._assert_rpc_refused(user, "account.move", "create", vals)
                self._assert_rpc_refused(
                    user,
                    "account.move",
                    "create",
                    dict(vals, cgv_version_id=False),
                    context={"default_cgv_version_id": self.version.id},
                )
        message = self._assert_rpc_refused(
            self.invoicing, "account.move", "create", vals
        )
        self.assertIn("cannot be given when creating", message)
        self.assertEqual(moves.search_count([]), count)

    def test_invoicing_still_stamps_and_copies_carry_nothing(self):
        invoice = self.order._create_invoices()
        self.assertEqual(invoice.cgv_version_id, self.version)
        copied_id = self._rpc(
            self.invoicing, "account.move", "copy", invoice.ids,
            {"cgv_version_id": self.version.id},
        )
        copied = self.env["account.move"].browse(copied_id)
        self.assertEqual(copied.partner_id, invoice.partner_id)
        self.assertFalse(copied.cgv_version_id)
        self._assert_rpc_refused(
            self.invoicing, "account.move", "write", invoice.ids,
            {"cgv_version_id": False},
        )
        self.assertEqual(invoice.cgv_version_id, self.version)
