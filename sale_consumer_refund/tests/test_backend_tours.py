# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A refund obligation settled in the web client (Chromium): its credit note and
its payment; the tour is in static/tests/tours/sale_consumer_refund_backend_tour.js."""

from odoo import Command
from odoo.tests import tagged

from odoo.addons.consumer_law.tests.tour_common import ConsumerTourCase
from odoo.addons.consumer_law.tools import paris_today

from .common import setup_consumer_sale_fixtures


@tagged("post_install", "-at_install")
class TestRefundBackendTours(ConsumerTourCase):
    extra_groups = "account.group_account_invoice"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        setup_consumer_sale_fixtures(cls)
        cls.order = cls.env["sale.order"].create(
            {
                "partner_id": cls.customer.id,
                "company_id": cls.company.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": cls.product_bike.id,
                            "product_uom_qty": 2,
                            "price_unit": 50.0,
                        }
                    )
                ],
            }
        )
        cls.order.action_confirm()
        cls.invoice = cls.order._create_invoices()
        cls.invoice.action_post()
        cls.refund = cls.order._create_consumer_refund(
            "withdrawal",
            paris_today(),
            {
                line: line.product_uom_qty
                for line in cls.order._get_consumer_goods_lines()
            },
        )

    def test_credit_note_and_payment(self):
        refund = self.refund
        self.assertEqual(refund.amount, 120.0)
        self.run_tour(
            "sale_consumer_refund_credit_note_and_payment", "/odoo", self.clerk
        )
        credit_note = refund.credit_note_id
        self.assertRecordValues(
            credit_note,
            [
                {
                    "move_type": "out_refund",
                    "state": "posted",
                    "amount_total": 120.0,
                    "partner_id": self.customer.id,
                }
            ],
        )
        self.assertEqual(len(refund.payment_ids), 1)
        self.assertEqual(refund.payment_ids.amount, 120.0)
        self.assertEqual(refund.state, "refunded")
        self.assertEqual(refund.refund_date, paris_today())
