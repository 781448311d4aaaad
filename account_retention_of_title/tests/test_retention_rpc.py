# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The retention-of-title stamps of invoices are the flows': an invoicing user
creating an invoice over XML-RPC cannot give a penalty's origin, a notice or a
title-transfer date, and a copy carries none (issue: one evidence core)."""

from odoo.tests import HttpCase, tagged

from odoo.addons.consumer_law.tests.common import EvidenceRpcMixin

from .common import RetentionCommon


@tagged("post_install", "-at_install")
class TestRetentionRpc(EvidenceRpcMixin, RetentionCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.invoicing = cls._rpc_user(
            "rtt_invoicing",
            "account.group_account_invoice,sales_team.group_sale_salesman_all_leads",
        )
        cls.invoice = cls._invoice(cls._create_order())

    def test_invoice_with_flow_stamps_over_rpc_refused(self):
        moves = self.env["account.move"]
        count = moves.search_count([])
        base = {"move_type": "out_invoice", "partner_id": self.invoice.partner_id.id}
        for stamp in (
            {"penalty_origin_id": self.invoice.id},
            {"penalty_invoice_id": self.invoice.id},
            {"formal_notice_date": "2026-11-20"},
            {"title_transferred_date": "2026-01-01"},
        ):
            with self.subTest(stamp=stamp):
                self._assert_rpc_refused(
                    self.invoicing,
                    "account.move",
                    "create",
                    dict(base, **stamp),
                    pattern="cannot be given when creating",
                )
        self.assertEqual(moves.search_count([]), count)
        # the invoice's own stamps stay the flow's: never written by the user
        self._assert_rpc_refused(
            self.invoicing,
            "account.move",
            "write",
            self.invoice.ids,
            {"penalty_origin_id": self.invoice.id},
            pattern="evidence",
        )
        self.assertFalse(self.invoice.penalty_origin_id)
