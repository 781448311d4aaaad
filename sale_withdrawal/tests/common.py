# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from freezegun import freeze_time

from odoo import Command

from odoo.addons.sale_consumer_refund.tests.common import (
    ConsumerRefundCommon,
)


class SaleWithdrawalCommon(ConsumerRefundCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.policy.write({"is_receipt_on_validation": True})

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
