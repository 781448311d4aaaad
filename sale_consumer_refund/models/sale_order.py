# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.consumer_law.evidence import evidence_writer


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # === FIELDS === #
    consumer_refund_ids = fields.One2many(
        comodel_name="sale.consumer.refund",
        inverse_name="order_id",
        string="Refund obligations",
    )
    consumer_refund_count = fields.Integer(compute="_compute_consumer_refund_count")

    # === COMPUTE METHODS === #
    @api.depends("consumer_refund_ids")
    def _compute_consumer_refund_count(self):
        counts = dict(
            self.env["sale.consumer.refund"]._read_group(
                [("order_id", "in", self.ids)], ["order_id"], ["__count"]
            )
        )
        for order in self:
            order.consumer_refund_count = counts.get(order, 0)

    # === ACTION METHODS === #
    def action_view_consumer_refunds(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_consumer_refund.sale_consumer_refund_action"
        )
        action["domain"] = [("order_id", "=", self.id)]
        action["context"] = {"create": False}
        return action

    # === BUSINESS METHODS === #
    def _get_confirmation_children_fields(self):
        # their contract date follows the order's date, written by confirmation
        return super()._get_confirmation_children_fields() + ["consumer_refund_ids"]

    def _get_consumer_goods_lines(self):
        """Return the order lines of goods (no sections, services, delivery)."""
        # the line's own fields first: a delivery line's product (a service)
        # is not read for nothing when a delivery's validation recomputes the
        # withdrawal window
        return self.order_line.filtered(
            lambda line: (
                not line.display_type
                and not line.is_downpayment
                and not line._is_delivery()
                and line.product_id.type == "consu"
            )
        )

    def _get_consumer_delivery_lines(self):
        """Return the order's delivery cost lines."""
        return self.order_line.filtered(
            lambda line: not line.display_type and line._is_delivery()
        )

    def _check_consumer_invoiced(self):
        """Refuse a refund that needs a credit note on an order without a posted
        customer invoice: a credit note corrects an invoice (flows that decide a
        money outcome call this before creating anything).

        :raise UserError: naming the order
        """
        # a fact about the order, whoever may read its invoices
        for order in self.sudo():
            invoices = order.invoice_ids.filtered(
                lambda move: move.move_type == "out_invoice" and move.state == "posted"
            )
            if not invoices:
                raise UserError(
                    self.env._(
                        "Credit note: order %(order)s has no posted invoice to "
                        "credit; post its invoice before deciding a refund.",
                        order=order.name,
                    )
                )

    @api.model
    def _prepare_consumer_refund_line_vals(self, quantities):
        """Goods lines of a refund obligation from {order line: quantity}."""
        return [
            Command.create({"sale_line_id": line.id, "quantity": quantity})
            for line, quantity in quantities.items()
        ]

    def _create_consumer_refund(self, ground, started_on, quantities, **values):
        """Create this order's refund obligation on ``ground``.

        :param started_on: the day the obligation started (a date)
        :param quantities: {order line: quantity} of the goods refunded
        :param values: other fields of ``sale.consumer.refund``; its ``line_ids``
            (fees) are added to the goods lines
        :return: the obligation
        """
        self.ensure_one()
        line_ids = self._prepare_consumer_refund_line_vals(quantities)
        line_ids += values.pop("line_ids", [])
        refund = evidence_writer(self.env["sale.consumer.refund"]).create(
            {
                "order_id": self.id,
                "ground": ground,
                "started_on": started_on,
                "line_ids": line_ids,
                **values,
            }
        )
        return refund.with_env(self.env)
