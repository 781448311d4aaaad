# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The cancellation wizard in the web client (Chromium), at each stage of the
delivery; the tours are in static/tests/tours/sale_cancellation_fee_backend_tour.js.
The terms' fee is 50.00 excl. tax (60.00 incl. tax); the order 156.00 of goods and
12.00 of delivery incl. tax."""

from odoo import Command
from odoo.tests import tagged

from odoo.addons.consumer_law.tests.tour_common import ConsumerTourCase
from odoo.addons.consumer_law.tools import paris_today
from odoo.addons.sale_consumer_refund.tests.common import setup_consumer_sale_fixtures


@tagged("post_install", "-at_install")
class TestCancellationBackendTours(ConsumerTourCase):
    extra_groups = "stock.group_stock_user,account.group_account_invoice"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        setup_consumer_sale_fixtures(cls)
        cls.company.account_sale_tax_id = cls.tax_20
        # shipped is not received: the receipt is recorded apart
        cls.policy.write(
            {"cancellation_flat_fee": 50.0, "is_receipt_on_validation": False}
        )
        # the refusals are read by a French clerk, in French
        cls._load_french(["sale_cancellation_fee"])
        cls.french_clerk = cls._create_staff(
            "tour_clerk_fr", "Claire Commis", cls.clerk_groups, lang="fr_FR"
        )

    def _order(self):
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "company_id": self.company.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": product.id,
                            "product_uom_qty": qty,
                            "price_unit": price,
                        }
                    )
                    for product, qty, price in (
                        (self.product_bike, 2, 50.0),
                        (self.product_helmet, 1, 30.0),
                    )
                ]
                + [
                    Command.create(
                        {
                            "product_id": self.product_shipping.id,
                            "product_uom_qty": 1,
                            "price_unit": 10.0,
                            "is_delivery": True,
                        }
                    )
                ],
            }
        )
        order.action_confirm()
        return order

    def _delivery(self, order):
        return order.picking_ids.filtered(
            lambda picking: picking.picking_type_code == "outgoing"
        )

    def _prepare(self, order):
        picking = self._delivery(order)
        picking.action_assign()
        for move in picking.move_ids:
            move.quantity = move.product_uom_qty
        picking.move_ids.picked = True
        return picking

    def _ship(self, order):
        picking = self._prepare(order)
        picking.button_validate()
        return picking

    def _cancel_in_browser(self, tour, order):
        self.run_tour(tour, f"/odoo/action-sale.action_orders/{order.id}", self.clerk)
        cancellation = order.consumer_cancellation_ids
        self.assertEqual(len(cancellation), 1, "one cancellation recorded")
        self.assertEqual(cancellation.cancelled_on, paris_today())
        return cancellation

    def test_confirmed_order_no_fee(self):
        order = self._order()
        cancellation = self._cancel_in_browser("sale_cancellation_fee_confirmed", order)
        self.assertRecordValues(
            cancellation,
            [{"stage": "confirmed", "fee_amount": 0.0, "refund_amount": 168.0}],
        )
        self.assertRecordValues(
            cancellation.refund_id, [{"ground": "cancellation", "amount": 168.0}]
        )
        self.assertEqual(order.state, "cancel")
        self.assertEqual(set(self._delivery(order).mapped("state")), {"cancel"})

    def test_prepared_order_flat_fee(self):
        order = self._order()
        self._prepare(order)
        cancellation = self._cancel_in_browser("sale_cancellation_fee_prepared", order)
        self.assertRecordValues(
            cancellation,
            [{"stage": "prepared", "fee_amount": 60.0, "refund_amount": 108.0}],
        )
        self.assertRecordValues(
            cancellation.refund_id, [{"fee_amount": 60.0, "amount": 108.0}]
        )

    def test_shipped_order_return_cost(self):
        order = self._order()
        self._ship(order)
        cancellation = self._cancel_in_browser("sale_cancellation_fee_shipped", order)
        self.assertRecordValues(
            cancellation,
            [
                {
                    "stage": "shipped",
                    "return_cost": 35.5,
                    "fee_amount": 95.5,
                    "refund_amount": 72.5,
                }
            ],
        )
        self.assertEqual(cancellation.return_picking_id.picking_type_code, "incoming")

    def test_refused_at_delivery(self):
        order = self._order()
        self._ship(order)
        cancellation = self._cancel_in_browser(
            "sale_cancellation_fee_refused_at_delivery", order
        )
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

    def test_delivered_order_refused_then_withdrawn(self):
        """A plain cancellation after delivery is refused in the French clerk's
        language and nothing is written; the withdrawal is then recorded, once,
        without a fee."""
        order = self._order()
        picking = self._ship(order)
        picking.customer_receipt_date = paris_today()
        pickings = order.picking_ids
        self.run_tour(
            "sale_cancellation_fee_delivered_refused",
            f"/odoo/action-sale.action_orders/{order.id}",
            self.french_clerk,
        )
        self.assertFalse(order.consumer_cancellation_ids, "no cancellation recorded")
        self.assertFalse(
            self.env["sale.consumer.refund"].search([("order_id", "=", order.id)]),
            "no refund obligation",
        )
        self.assertEqual(order.state, "sale")
        self.assertEqual(order.picking_ids, pickings, "no return picking")
        self.assertEqual(picking.state, "done")
        cancellation = self._cancel_in_browser("sale_cancellation_fee_delivered", order)
        self.assertRecordValues(
            cancellation,
            [
                {
                    "stage": "delivered",
                    "reason": "withdrawal",
                    "fee_amount": 0.0,
                    "refund_amount": 168.0,
                }
            ],
        )
        self.assertEqual(cancellation.refund_id.ground, "withdrawal")
