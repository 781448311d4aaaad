# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.consumer_law.models.consumer_law_flow_fields_mixin import (
    FLOW_FIELDS_MIXIN,
)

TITLE_STATES = [
    ("none", "No retention of title"),
    ("retained", "Title retained"),
    ("transferred", "Title transferred"),
]


class SaleOrder(models.Model):
    _name = "sale.order"
    _inherit = ["sale.order", FLOW_FIELDS_MIXIN]
    _consumer_law_flow_fields = ("title_state",)

    # === FIELDS === #
    retention_of_title = fields.Boolean(
        compute="_compute_retention_of_title",
        store=True,
        readonly=False,
        precompute=True,
        tracking=True,
        help="The goods remain the merchant's property until the order is fully "
        "paid (C. civ. 2367). From the customer's setting or the company policy; "
        "fixed once the order is confirmed (C. civ. 2368: agreed in writing at "
        "the latest at delivery).",
    )
    title_state = fields.Selection(
        selection=TITLE_STATES,
        string="Title",
        compute="_compute_title_state",
        store=True,
        help="Retained until every invoice of the fully invoiced order is paid.",
    )
    is_delivered_under_retention = fields.Boolean(
        string="Delivered under retention of title",
        compute="_compute_is_delivered_under_retention",
        help="Goods were delivered and the merchant still owns them.",
    )
    retention_unpaid_amount = fields.Monetary(
        string="Unpaid under retention",
        compute="_compute_retention_unpaid_amount",
        help="Order total minus what its invoices received (payments and credit "
        "notes).",
    )
    retention_clause_text = fields.Text(
        compute="_compute_retention_clause_text",
        help="The clause printed on the order, in the order's language: the "
        "written agreement required at the latest at delivery (C. civ. 2368).",
    )
    retention_recovery_ids = fields.One2many(
        comodel_name="account.retention.recovery",
        inverse_name="order_id",
        string="Recovered goods",
    )

    # === COMPUTE METHODS === #
    @api.depends("partner_id", "company_id")
    def _compute_retention_of_title(self):
        for order in self:
            if order.state not in ("draft", "sent") or not order.partner_id:
                order.retention_of_title = order.retention_of_title
                continue
            order.retention_of_title = order.partner_id._get_retention_of_title(
                order.company_id
            )

    @api.depends(
        "retention_of_title",
        "invoice_status",
        "order_line.invoice_lines.move_id.state",
        "order_line.invoice_lines.move_id.title_transferred_date",
    )
    def _compute_title_state(self):
        for order in self:
            if not order.retention_of_title:
                order.title_state = "none"
                continue
            invoices = order.order_line.invoice_lines.move_id.filtered(
                lambda move: move.state == "posted" and move.move_type == "out_invoice"
            )
            paid = (
                order.invoice_status == "invoiced"
                and invoices
                and all(invoices.mapped("title_transferred_date"))
            )
            order.title_state = "transferred" if paid else "retained"

    @api.depends("title_state", "picking_ids.state", "state")
    def _compute_is_delivered_under_retention(self):
        for order in self:
            order.is_delivered_under_retention = (
                order.title_state == "retained"
                and not order._is_sale_cancelled()
                and any(
                    picking.state == "done" and picking.picking_type_code == "outgoing"
                    for picking in order.picking_ids
                )
            )

    @api.depends("company_id.consumer_policy_id.retention_clause")
    @api.depends_context("lang")
    def _compute_retention_clause_text(self):
        for order in self:
            order.retention_clause_text = (
                order.company_id._get_consumer_policy()._get_retention_clause_text()
            )

    @api.depends(
        "amount_total", "invoice_ids.amount_residual", "invoice_ids.state", "state"
    )
    def _compute_retention_unpaid_amount(self):
        for order in self:
            order.retention_unpaid_amount = order._get_retention_unpaid_amount()

    # === CRUD METHODS === #
    def write(self, vals):
        if "retention_of_title" in vals:
            for order in self:
                if order.state not in ("draft", "sent") and (
                    order.retention_of_title != bool(vals["retention_of_title"])
                ):
                    raise UserError(
                        self.env._(
                            "Retention of title: %(order)s is confirmed; the clause "
                            "is part of the confirmed contract and cannot change "
                            "(C. civ. 2368).",
                            order=order.name,
                        )
                    )
        return super().write(vals)

    # === ACTION METHODS === #
    def action_open_retention_recovery(self):
        """Record goods taken back from the customer (C. civ. 2371)."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Recovered goods"),
            "res_model": "account.retention.recovery",
            "view_mode": "form",
            "context": {"default_order_id": self.id},
        }

    # === BUSINESS METHODS === #
    def _is_sale_cancelled(self):
        """The sale is undone: the order is cancelled, or the customer cancelled
        it after shipping (``sale_cancellation_fee``'s cancellations, whose goods
        come back and whose money goes through the refund engine). Nothing is
        owed under the contract any more."""
        self.ensure_one()
        return self.state == "cancel" or bool(
            "consumer_cancellation_ids" in self._fields
            and self.consumer_cancellation_ids
        )

    def _get_retention_unpaid_amount(self):
        """Order total minus payments received and credit notes, in the order's
        currency (never below 0); nothing once the sale is cancelled."""
        self.ensure_one()
        if self._is_sale_cancelled():
            return 0.0
        invoices = self.invoice_ids.filtered(lambda move: move.state == "posted")
        received = sum(
            move.amount_total - move.amount_residual
            for move in invoices
            if move.move_type == "out_invoice"
        ) + sum(
            move.amount_total for move in invoices if move.move_type == "out_refund"
        )
        return max(self.currency_id.round(self.amount_total - received), 0.0)
