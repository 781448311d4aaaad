# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.consumer_law.evidence import is_evidence_write

STAGES = [
    ("confirmed", "Confirmed, not prepared"),
    ("prepared", "Prepared"),
    ("shipped", "Shipped"),
    ("refused_at_delivery", "Refused at delivery"),
    ("delivered", "Delivered"),
]
REASONS = [
    ("withdrawal", "Withdrawal"),
    ("termination_for_late_delivery", "Termination for late delivery"),
    ("non_conformity", "Lack of conformity"),
]
TERMINATION_MODES = [
    ("after_notice", "After a formal notice and an extra period"),
    ("essential_date", "At once: the delivery date was essential"),
    ("refused", "At once: the merchant refused to deliver"),
]
# The refund engine's ground for each reason; a plain cancellation otherwise.
REFUND_GROUNDS = {
    "withdrawal": "withdrawal",
    "termination_for_late_delivery": "late_delivery",
    "non_conformity": "conformity",
}
# Everything is written once by the cancellation flow (evidence); only the
# internal note may be completed afterwards.
EDITABLE_FIELDS = frozenset({"note", "message_main_attachment_id"})


class SaleOrderCancellation(models.Model):
    """An order cancelled at the customer's request or terminated for late
    delivery: the stage it had reached, the legal ground, the fee deducted and
    the refund obligation created in the refund engine.

    Written once by the cancellation wizard's flow; corrections are made by
    cancelling the refund obligation and recording a new cancellation.
    """

    _name = "sale.order.cancellation"
    _description = "Order Cancellation"
    _inherit = ["consumer.law.evidence.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "cancelled_on desc, id desc"
    _check_company_auto = True

    # === FIELDS === #
    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    order_id = fields.Many2one(
        comodel_name="sale.order",
        required=True,
        readonly=True,
        index=True,
        check_company=True,
        ondelete="restrict",
    )
    company_id = fields.Many2one(
        related="order_id.company_id", store=True, index=True, precompute=True
    )
    currency_id = fields.Many2one(related="order_id.currency_id", store=True)
    partner_id = fields.Many2one(related="order_id.partner_id", store=True, index=True)
    user_id = fields.Many2one(
        related="order_id.user_id", string="Salesperson", store=True
    )
    stage = fields.Selection(selection=STAGES, required=True, readonly=True)
    reason = fields.Selection(
        selection=REASONS,
        string="Legal ground",
        readonly=True,
        help="Empty: a cancellation under the terms of sale, with their fee.",
    )
    cancelled_on = fields.Date(
        required=True,
        readonly=True,
        index=True,
        help="Day the merchant received the cancellation or the termination.",
    )
    paid_amount = fields.Monetary(
        string="Paid (goods and delivery)",
        readonly=True,
        help="Goods and delivery, tax included.",
    )
    flat_fee_amount = fields.Monetary(string="Flat fee (incl. tax)", readonly=True)
    return_cost = fields.Monetary(
        string="Carrier return cost",
        readonly=True,
        help="The carrier's actual return cost, from its notice, deducted as "
        "entered.",
    )
    customer_return_cost = fields.Monetary(
        string="Customer's own return cost",
        readonly=True,
        help="What the customer paid to send the goods back; owed to him when a "
        "legal ground applies.",
    )
    fee_amount = fields.Monetary(
        string="Fee deducted (incl. tax)",
        readonly=True,
        help="Flat fee and carrier return cost deducted from the refund.",
    )
    refund_amount = fields.Monetary(string="Refund", readonly=True)
    legal_risk = fields.Boolean(
        string="Fee at legal risk",
        readonly=True,
        help="A fee was charged to a consumer: the clause may be held unfair "
        "(cancellation_fee_legal_risk).",
    )
    article = fields.Char(string="Legal basis", readonly=True)
    explanation = fields.Text(readonly=True)
    refund_id = fields.Many2one(
        comodel_name="sale.consumer.refund",
        string="Refund obligation",
        readonly=True,
        index="btree_not_null",
        check_company=True,
    )
    return_picking_id = fields.Many2one(
        comodel_name="stock.picking",
        string="Expected return",
        readonly=True,
        check_company=True,
    )
    delivery_due_date = fields.Date(
        string="Delivery was due by",
        readonly=True,
        help="The order's delivery due date when it was cancelled (L216-1).",
    )
    termination_mode = fields.Selection(
        selection=TERMINATION_MODES,
        readonly=True,
        help="How the customer terminated for late delivery (C. consom. L216-6).",
    )
    notice_date = fields.Date(
        string="Formal notice received on",
        readonly=True,
        help="Day the customer's injunction to deliver reached the merchant.",
    )
    extra_period_end = fields.Date(
        string="Extra period ended on",
        readonly=True,
        help="Last day of the additional time granted by the notice (L216-6).",
    )
    refund_due_date = fields.Date(related="refund_id.due_date", store=True)
    note = fields.Text(string="Internal note")
    state = fields.Selection(
        selection=[
            ("to_refund", "To refund"),
            ("refunded", "Refunded"),
            ("no_refund", "Nothing to refund"),
            ("cancelled", "Refund cancelled"),
        ],
        compute="_compute_state",
        store=True,
        index=True,
    )

    # === COMPUTE METHODS === #
    @api.depends("refund_id", "refund_id.refund_date", "refund_id.is_cancelled")
    def _compute_state(self):
        for cancellation in self:
            refund = cancellation.refund_id
            if not refund:
                cancellation.state = "no_refund"
            elif refund.is_cancelled:
                cancellation.state = "cancelled"
            elif refund.refund_date:
                cancellation.state = "refunded"
            else:
                cancellation.state = "to_refund"

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        if not is_evidence_write(self.env):
            raise UserError(
                self.env._(
                    "Cancellations are recorded by the 'Cancel order' button of the "
                    "order."
                )
            )
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("sale.order.cancellation")
                    or "/"
                )
        return super().create(vals_list)

    # === EVIDENCE === #
    @api.model
    def _get_evidence_allowed_fields(self):
        """Only the staff's internal note changes; the rest is the cancellation's
        (corrected by cancelling its refund obligation and recording a new one)."""
        return {name: (None, None) for name in EDITABLE_FIELDS}

    @api.ondelete(at_uninstall=False)
    def _unlink_except_recorded(self):
        raise UserError(
            self.env._(
                "Cancellations are evidence and cannot be deleted; cancel the "
                "refund obligation instead."
            )
        )

    # === ACTION METHODS === #
    def action_view_refund(self):
        self.ensure_one()
        return self.refund_id.get_formview_action()
