# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

from odoo.addons.consumer_law.models.consumer_law_flow_fields_mixin import (
    FLOW_FIELDS_MIXIN,
)
from odoo.addons.consumer_law.tools import paris_date


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # === FIELDS === #
    consumer_return_ids = fields.One2many(
        comodel_name="sale.consumer.return",
        inverse_name="order_id",
        string="Returns",
    )
    consumer_return_count = fields.Integer(compute="_compute_consumer_return_count")
    # the inverse of the guarantees' order: their contract date follows the
    # order's, found through it (from the cache) rather than by a search at every
    # change of the order
    consumer_guarantee_ids = fields.One2many(
        comodel_name="sale.consumer.guarantee",
        inverse_name="order_id",
        string="Guarantees",
        readonly=True,
    )
    consumer_guarantee_count = fields.Integer(
        compute="_compute_consumer_guarantee_count"
    )

    # === COMPUTE METHODS === #
    @api.depends("consumer_return_ids")
    def _compute_consumer_return_count(self):
        counts = dict(
            self.env["sale.consumer.return"]._read_group(
                [("order_id", "in", self.ids)], ["order_id"], ["__count"]
            )
        )
        for order in self:
            order.consumer_return_count = counts.get(order, 0)

    def _compute_consumer_guarantee_count(self):
        counts = dict(
            self.env["sale.consumer.guarantee"]._read_group(
                [("order_id", "in", self.ids)], ["order_id"], ["__count"]
            )
        )
        for order in self:
            order.consumer_guarantee_count = counts.get(order, 0)

    # === ACTION METHODS === #
    def action_view_consumer_returns(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_consumer_return.sale_consumer_return_action"
        )
        action["domain"] = [("order_id", "=", self.id)]
        action["context"] = {"create": False}
        return action

    def action_view_consumer_guarantees(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_consumer_return.sale_consumer_guarantee_action"
        )
        action["domain"] = [("order_id", "=", self.id)]
        return action

    def action_open_consumer_return(self):
        """Open the decision wizard to record a return of this order."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_consumer_return.sale_consumer_return_decide_action"
        )
        action["context"] = {"default_order_id": self.id}
        return action

    # === BUSINESS METHODS === #
    def _get_confirmation_children_fields(self):
        # their contract date follows the order's date and state
        return super()._get_confirmation_children_fields() + ["consumer_guarantee_ids"]

    def _get_contract_date_and_source(self):
        """Return (contract date, source) of the order: the day the contract was
        concluded, in Paris time. Odoo writes the confirmation time into
        ``date_order`` when the order is confirmed ("confirmation"); an order that
        was never confirmed has only its order date, used instead and recorded as
        such ("order_date")."""
        self.ensure_one()
        if not self.date_order:
            return False, False
        source = "confirmation" if self.state in ("sale", "done") else "order_date"
        return paris_date(self.date_order), source

    def _can_report_problem(self):
        """Return whether the portal offers "Report a problem": a confirmed order
        with goods delivered."""
        self.ensure_one()
        return self.state == "sale" and any(
            quantity > 0
            for quantity in self.env["sale.consumer.return"]
            ._get_returnable_quantities(self)
            .values()
        )


class SaleOrderLine(models.Model):
    _name = "sale.order.line"
    _inherit = ["sale.order.line", FLOW_FIELDS_MIXIN]
    _consumer_law_flow_fields = ("consumer_return_line_id",)

    # === FIELDS === #
    consumer_return_line_id = fields.Many2one(
        comodel_name="sale.consumer.return.line",
        string="Replacement for",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The returned goods this zero-price line replaces.",
    )

    # === BUSINESS METHODS === #
    def _get_replacement_guarantee_vals(self):
        """Guarantee values of a unit delivered by this line: a replacement keeps
        the guarantee of the unit it replaces when the customer chose it, and
        gets a new one when the customer chose a repair (C. consom. L217-13)."""
        self.ensure_one()
        return_line = self.consumer_return_line_id
        if not return_line:
            return {}
        claim = return_line.return_id
        origin = return_line.guarantee_ids[:1]
        return {
            "origin_guarantee_id": origin.id,
            "is_renewed": claim.ground == "conformity"
            and claim.customer_choice == "repair",
        }
