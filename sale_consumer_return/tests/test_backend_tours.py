# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Returns decided by staff in the web client (Chromium): from the order for each
legal ground, from the customer's portal claim, and the refusals a clerk meets.
The tours are in static/tests/tours/sale_consumer_return_backend_tour.js."""

from datetime import timedelta

from odoo import Command, fields
from odoo.tests import tagged

from odoo.addons.consumer_law.tests.tour_common import ConsumerTourCase
from odoo.addons.consumer_law.tools import paris_today
from odoo.addons.sale_consumer_refund.tests.common import setup_consumer_sale_fixtures


@tagged("post_install", "-at_install")
class TestReturnBackendTours(ConsumerTourCase):
    extra_groups = "stock.group_stock_user,account.group_account_invoice"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.policy.is_receipt_on_validation = True
        setup_consumer_sale_fixtures(cls)
        cls.product_bike.commercial_warranty_months = 12
        # the refusals are read by a French clerk, in French
        cls._load_french(["sale_consumer_return"])
        cls.french_clerk = cls._create_staff(
            "tour_clerk_fr", "Claire Commis", cls.clerk_groups, lang="fr_FR"
        )

    # --- data ---
    def _delivered_order(self, received=None):
        """Two bikes and a helmet, invoiced and delivered today (or received on
        ``received``)."""
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "company_id": self.company.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.product_bike.id,
                            "product_uom_qty": 2,
                            "price_unit": 50.0,
                        }
                    ),
                    Command.create(
                        {
                            "product_id": self.product_helmet.id,
                            "product_uom_qty": 1,
                            "price_unit": 30.0,
                        }
                    ),
                ],
            }
        )
        order.action_confirm()
        order._create_invoices().action_post()
        for move in order.picking_ids.move_ids:
            move.quantity = move.product_uom_qty
            move.picked = True
        order.picking_ids._action_done()
        if received:
            order.picking_ids.date_done = fields.Datetime.now() - timedelta(
                days=(paris_today() - received).days + 1
            )
            order.picking_ids.customer_receipt_date = received
        return order

    def _order_url(self, order):
        return f"/odoo/action-sale.action_orders/{order.id}"

    def _returns(self, order):
        return self.env["sale.consumer.return"].search([("order_id", "=", order.id)])

    def _decide_from_order(self, key, user=None):
        order = self._delivered_order()
        self.run_tour(
            f"sale_consumer_return_order_{key}",
            self._order_url(order),
            user or self.manager,
        )
        claim = self._returns(order)
        self.assertEqual(len(claim), 1, "the tour decided one return")
        self.assertEqual(claim.state, "decided")
        self.assertEqual(claim.channel, "staff")
        self.assertEqual(claim.line_ids.sale_line_id, order.order_line[0])
        self.assertEqual(claim.line_ids.quantity, 1.0)
        self.assertTrue(claim.is_in_time)
        self.assertTrue(claim.legal_article)
        return claim

    def _assert_refund(self, claim, amount):
        refund = claim.refund_id
        self.assertTrue(refund, "a refund obligation in the refund engine")
        self.assertEqual(refund.order_id, claim.order_id)
        self.assertAlmostEqual(refund.amount, amount, places=2)

    # --- from the order, one legal ground and outcome each ---
    def test_order_withdrawal_refund(self):
        claim = self._decide_from_order("withdrawal_refund")
        self.assertEqual((claim.ground, claim.outcome), ("withdrawal", "refund"))
        self.assertTrue(claim.withdrawal_request_id, "the withdrawal request recorded")
        self.assertEqual(claim.goods_condition, "Unopened box")
        self.assertTrue(claim.return_picking_id, "the goods come back")
        self._assert_refund(claim, 60.0)

    def test_order_conformity_repair(self):
        claim = self._decide_from_order("conformity_repair")
        self.assertEqual((claim.ground, claim.outcome), ("conformity", "repair"))
        self.assertEqual(claim.customer_choice, "repair")
        self.assertFalse(claim.refund_id)
        self.assertTrue(claim.remedy_due_date, "repair due within 30 days (L217-10)")

    def test_order_conformity_replacement(self):
        claim = self._decide_from_order("conformity_replacement")
        self.assertEqual((claim.ground, claim.outcome), ("conformity", "replacement"))
        self.assertEqual(claim.replacement_line_ids.product_id, self.product_bike)
        self.assertEqual(claim.replacement_line_ids.price_unit, 0.0)
        self.assertEqual(claim.replacement_line_ids.product_uom_qty, 1.0)

    def test_order_conformity_price_reduction(self):
        claim = self._decide_from_order("conformity_price_reduction")
        self.assertEqual(claim.outcome, "price_reduction")
        self.assertIn("no longer made", claim.remedy_failure_reason)
        self.assertEqual(claim.line_ids.reduction_amount, 15.0)
        self._assert_refund(claim, 15.0)

    def test_order_hidden_defect_refund(self):
        claim = self._decide_from_order("hidden_defect_refund")
        self.assertEqual((claim.ground, claim.outcome), ("hidden_defect", "refund"))
        self.assertEqual(claim.discovery_date, paris_today())
        self._assert_refund(claim, 60.0)

    def test_order_transport_damage_replacement(self):
        claim = self._decide_from_order("transport_damage_replacement")
        self.assertEqual(claim.ground, "transport_damage")
        self.assertTrue(claim.carrier_claim_deadline)
        self.assertEqual(claim.replacement_line_ids.price_unit, 0.0)

    def test_order_wrong_item_refund(self):
        claim = self._decide_from_order("wrong_item_refund")
        self.assertEqual((claim.ground, claim.outcome), ("wrong_item", "refund"))
        self._assert_refund(claim, 60.0)

    def test_order_commercial_warranty_repair(self):
        claim = self._decide_from_order("commercial_warranty_repair")
        self.assertEqual(
            (claim.ground, claim.outcome), ("commercial_warranty", "repair")
        )
        self.assertFalse(claim.refund_id)

    # --- from the customer's portal claim ---
    def test_portal_claim_decided_from_the_returns_menu(self):
        order = self._delivered_order()
        bike_line = order.order_line[0]
        claim = self.env["sale.consumer.return"]._portal_submit(
            order.sudo(),
            {
                "ground": "transport_damage",
                "description": "The box arrived crushed and the frame is bent",
                f"qty_{bike_line.id}": "1",
            },
            {},
            "127.0.0.1",
        )
        self.assertEqual(claim.state, "claimed")
        self.run_tour("sale_consumer_return_claim_decide", "/odoo", self.clerk)
        self.assertEqual(claim.state, "decided")
        self.assertEqual(claim.channel, "portal")
        self.assertEqual(claim.outcome, "replacement")
        self.assertEqual(claim.line_ids.quantity, 1.0, "the claimed goods stay")
        self.assertEqual(claim.replacement_line_ids.product_id, self.product_bike)
        self.assertEqual(len(self._returns(order)), 1, "no second return")

    # --- refusals: a clear message in the clerk's language, nothing written ---
    def test_refusals_leave_nothing_behind(self):
        order = self._delivered_order(received=paris_today() - timedelta(days=40))
        pickings = order.picking_ids
        self.run_tour(
            "sale_consumer_return_refusals", self._order_url(order), self.french_clerk
        )
        self.assertFalse(self._returns(order), "no return recorded")
        self.assertEqual(order.picking_ids, pickings, "no return picking")
        self.assertFalse(
            self.env["sale.withdrawal.request"].search([("order_id", "=", order.id)]),
            "no withdrawal request",
        )
        self.assertFalse(
            self.env["sale.consumer.refund"].search([("order_id", "=", order.id)]),
            "no refund obligation",
        )
        self.assertEqual(len(order.order_line), 2, "no replacement line")
