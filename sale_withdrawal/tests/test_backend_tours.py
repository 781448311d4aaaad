# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A withdrawal received by letter, recorded by staff in the web client
(Chromium); the tour is in static/tests/tours/sale_withdrawal_backend_tour.js."""

from odoo import Command
from odoo.tests import tagged

from odoo.addons.consumer_law.tests.tour_common import ConsumerTourCase
from odoo.addons.consumer_law.tools import paris_date, paris_today
from odoo.addons.sale_consumer_refund.tests.common import setup_consumer_sale_fixtures


@tagged("post_install", "-at_install")
class TestWithdrawalBackendTours(ConsumerTourCase):
    extra_groups = "stock.group_stock_user,account.group_account_invoice"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.policy.is_receipt_on_validation = True
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
        cls.order._create_invoices().action_post()
        for move in cls.order.picking_ids.move_ids:
            move.quantity = move.product_uom_qty
            move.picked = True
        cls.order.picking_ids._action_done()

    def test_request_recorded_by_staff(self):
        self.run_tour("sale_withdrawal_request_by_staff", "/odoo", self.clerk)
        request = self.env["sale.withdrawal.request"].search(
            [("order_id", "=", self.order.id)]
        )
        self.assertEqual(len(request), 1)
        self.assertEqual(request.channel, "letter")
        self.assertEqual(paris_date(request.received_at), paris_today())
        self.assertEqual(request.line_ids.sale_line_id, self.order.order_line)
        self.assertEqual(request.line_ids.quantity, 1.0)
        self.assertEqual(request.email, self.customer.email)
        refund = request.refund_id
        self.assertEqual(refund.ground, "withdrawal")
        self.assertEqual(refund.amount, 60.0)
        self.assertTrue(request.refund_due_date)
