# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from freezegun import freeze_time

from odoo.tests import Form

from odoo.addons.sale_consumer_refund.tests.common import ConsumerRefundCommon


class CancellationFeeCommon(ConsumerRefundCommon):
    """SmallMX's terms: 50.00 excl. tax cancellation fee, the company's 20 % sales
    tax (60.00 incl. tax). Default order (20 April 2026): 156.00 of goods and 12.00
    of delivery incl. tax, 168.00 paid."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.account_sale_tax_id = cls.tax_20
        cls.policy = cls.company._get_consumer_policy()
        cls.policy.write({"cancellation_flat_fee": 50.0})
        cls.order = cls._create_order()

    # --- deliveries ------------------------------------------------------------ #
    @classmethod
    def _delivery(cls, order):
        return order.picking_ids.filtered(
            lambda picking: picking.picking_type_code == "outgoing"
        )

    @classmethod
    def _prepare(cls, order):
        """Reserve and pick every move of the delivery (not validated)."""
        picking = cls._delivery(order)
        picking.action_assign()
        for move in picking.move_ids:
            move.quantity = move.product_uom_qty
        picking.move_ids.picked = True
        return picking

    @classmethod
    def _ship(cls, order, on=datetime(2026, 4, 21, 9, 0)):
        picking = cls._prepare(order)
        with freeze_time(on):
            picking.button_validate()
        return picking

    @classmethod
    def _deliver(
        cls, order, received=date(2026, 4, 23), shipped=datetime(2026, 4, 21, 9, 0)
    ):
        picking = cls._ship(order, on=shipped)
        picking.customer_receipt_date = received
        return picking

    # --- the wizard ------------------------------------------------------------ #
    def _wizard(self, order=None, **values):
        order = order or self.order
        action = order.action_open_consumer_cancel()
        form = Form(self.env[action["res_model"]].with_context(**action["context"]))
        for name, value in values.items():
            setattr(form, name, value)
        return form

    def _cancel(self, order=None, **values):
        wizard = self._wizard(order, **values).save()
        action = wizard.action_confirm()
        return self.env[action["res_model"]].browse(action["res_id"])
