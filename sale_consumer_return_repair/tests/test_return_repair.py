# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import tagged

from odoo.addons.sale_consumer_return.tests.common import ConsumerReturnCommon


@tagged("post_install", "-at_install")
class TestReturnRepair(ConsumerReturnCommon):
    def test_repair_creates_repair_order(self):
        """With the Repairs app, a repair decision creates a repair order under
        warranty, linked to the return picking, instead of an activity."""
        order = self._delivered()
        bike_line = order._get_consumer_goods_lines()[0]
        claim = self._decide(
            order,
            "conformity",
            "repair",
            quantities={bike_line: 1},
            customer_choice="repair",
        )
        self.assertRecordValues(
            claim.repair_order_ids,
            [
                {
                    "product_id": self.product_bike.id,
                    "product_qty": 1.0,
                    "partner_id": self.customer.id,
                    "under_warranty": True,
                    "picking_id": claim.return_picking_id.id,
                }
            ],
        )
        self.assertFalse(claim.activity_ids)

    def test_repair_order_in_the_order_company(self):
        """A repair decided while the user works in another company is made with
        the repair operation type of the order's warehouse."""
        order = self._delivered()
        other = self.env["res.company"].create({"name": "Other company (repairs)"})
        self.env.user.company_ids |= other
        bike_line = order._get_consumer_goods_lines()[0]
        self.env.user.company_id = other
        claim = self._decide(
            order.with_context(allowed_company_ids=[other.id, order.company_id.id]),
            "conformity",
            "repair",
            quantities={bike_line: 1},
            customer_choice="repair",
        )
        self.assertRecordValues(
            claim.repair_order_ids,
            [
                {
                    "company_id": order.company_id.id,
                    "picking_type_id": order.warehouse_id.repair_type_id.id,
                }
            ],
        )
