# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from freezegun import freeze_time

from odoo import Command

from odoo.addons.consumer_law.tests.common import ConsumerLawCommon
from odoo.addons.sale_consumer_refund.tests.common import (
    setup_consumer_sale_fixtures as setup_withdrawal_fixtures,
)


class SaleWithdrawalCommon(ConsumerLawCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.company.chart_template:
            cls.env["account.chart.template"].try_loading(
                "generic_coa", company=cls.company, install_demo=False
            )
        setup_withdrawal_fixtures(cls)
        cls.policy.write({"is_receipt_on_validation": True})
        # terms of sale in force since 1 January 2026 (sale_cgv, when installed,
        # refuses consumer orders without them)
        cls._publish_history(cls._create_version())

    @classmethod
    def _create_order(cls, lines=None, partner=None, shipping=10.0, confirm_at=None):
        """Create and confirm an order; ``lines`` is [(product, qty, price)]."""
        lines = lines or [(cls.product_bike, 2, 50.0), (cls.product_helmet, 1, 30.0)]
        line_cmds = [
            Command.create(
                {"product_id": product.id, "product_uom_qty": qty, "price_unit": price}
            )
            for product, qty, price in lines
        ]
        if shipping:
            line_cmds.append(
                Command.create(
                    {
                        "product_id": cls.product_shipping.id,
                        "product_uom_qty": 1,
                        "price_unit": shipping,
                        "is_delivery": True,
                    }
                )
            )
        with freeze_time(confirm_at or datetime(2026, 4, 20, 10, 0)):
            order = cls.env["sale.order"].create(
                {
                    "partner_id": (partner or cls.customer).id,
                    "order_line": line_cmds,
                }
            )
            order.action_confirm()
        return order

    @classmethod
    def _deliver(cls, picking, at, quantities=None, received=None):
        """Validate ``picking`` at the instant ``at`` (UTC); ``quantities`` maps a
        product to the quantity shipped (a backorder takes the rest)."""
        with freeze_time(at):
            for move in picking.move_ids:
                quantity = (quantities or {}).get(move.product_id, move.product_uom_qty)
                move.quantity = quantity
                move.picked = True
            picking._action_done()
        if received:
            picking.customer_receipt_date = received
        return picking.backorder_ids

    @classmethod
    def _delivered_order(cls, at=datetime(2026, 5, 4, 9, 0), received=None, **kw):
        order = cls._create_order(**kw)
        cls._deliver(order.picking_ids, at, received=received)
        return order

    @classmethod
    def _request_vals(cls, order, quantities=None, sent_at=None, **kw):
        quantities = quantities or {
            line: line.qty_delivered for line in order._get_withdrawal_goods_lines()
        }
        vals = {
            "order_id": order.id,
            "channel": "email",
            "received_at": sent_at or datetime(2026, 5, 10, 9, 0),
            "line_ids": [
                Command.create({"sale_line_id": line.id, "quantity": quantity})
                for line, quantity in quantities.items()
            ],
        }
        vals.update(kw)
        return vals

    @classmethod
    def _create_request(cls, order, quantities=None, sent_at=None, **kw):
        return cls.env["sale.withdrawal.request"].create(
            cls._request_vals(order, quantities, sent_at, **kw)
        )
