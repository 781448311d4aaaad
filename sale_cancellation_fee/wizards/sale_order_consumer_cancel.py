# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_amount, format_date

from odoo.addons.consumer_law.tools import paris_today

from ..models.sale_order_cancellation import REASONS, STAGES, TERMINATION_MODES

INPUT_FIELDS = (
    "reason",
    "cancelled_on",
    "return_cost",
    "customer_return_cost",
    "termination_mode",
    "notice_date",
    "extra_period_end",
)


class SaleOrderConsumerCancel(models.TransientModel):
    """Cancel a consumer order: the stage read from its deliveries, the legal
    ground, the fee and the refund shown before confirming."""

    _name = "sale.order.consumer.cancel"
    _description = "Cancel a Consumer Order"

    # === FIELDS === #
    order_id = fields.Many2one(
        comodel_name="sale.order", required=True, readonly=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="order_id.company_id")
    currency_id = fields.Many2one(related="order_id.currency_id")
    detected_stage = fields.Selection(
        selection=STAGES,
        string="Stage",
        compute="_compute_detected_stage",
        help="Read from the order's deliveries: nothing prepared, reserved and "
        "picked or packed, shipped, received by the customer.",
    )
    is_refused_at_delivery = fields.Boolean(
        string="Parcel refused at delivery",
        help="The carrier's notice says the customer refused the parcel.",
    )
    reason = fields.Selection(
        selection=REASONS,
        string="Legal ground",
        compute="_compute_reason",
        store=True,
        readonly=False,
        precompute=True,
        help="Empty: a cancellation under the terms of sale, with their fee. A "
        "withdrawal, a termination for late delivery or a lack of conformity "
        "costs the customer nothing.",
    )
    cancelled_on = fields.Date(
        string="Received on",
        required=True,
        default=lambda self: paris_today(),
        help="Day the merchant received the customer's cancellation or "
        "termination (L216-6: the termination takes effect on receipt).",
    )
    return_cost = fields.Monetary(
        string="Carrier return cost",
        help="The carrier's actual return cost of a shipped or refused parcel, "
        "from its notice (storage at the depot and return).",
    )
    customer_return_cost = fields.Monetary(
        string="Customer's own return cost",
        help="Postage the customer paid to send the goods back; refunded after a "
        "termination for late delivery or for lack of conformity.",
    )
    delivery_due_date = fields.Date(related="order_id.delivery_due_date")
    is_delivery_late = fields.Boolean(related="order_id.is_delivery_late")
    late_delivery_clause_days = fields.Integer(
        compute="_compute_late_delivery_clause_days"
    )
    termination_mode = fields.Selection(
        selection=TERMINATION_MODES, default="after_notice"
    )
    notice_date = fields.Date(
        string="Formal notice received on",
        help="Day the customer's injunction to deliver within an extra period "
        "reached the merchant (C. consom. L216-6).",
    )
    extra_period_end = fields.Date(
        string="Extra period ends on",
        help="Last day of the additional time the notice granted.",
    )
    paid_amount = fields.Monetary(
        string="Paid (goods and delivery)", compute="_compute_outcome"
    )
    fee_amount = fields.Monetary(
        string="Fee deducted (incl. tax)", compute="_compute_outcome"
    )
    refund_amount = fields.Monetary(string="Refund", compute="_compute_outcome")
    legal_risk = fields.Boolean(compute="_compute_outcome")
    explanation = fields.Text(compute="_compute_outcome")
    error_message = fields.Text(compute="_compute_outcome")

    # === COMPUTE METHODS === #
    @api.depends("order_id")
    def _compute_detected_stage(self):
        for wizard in self:
            wizard.detected_stage = (
                wizard.order_id._get_cancellation_stage() if wizard.order_id else False
            )

    @api.depends("order_id")
    def _compute_reason(self):
        for wizard in self:
            if not wizard.order_id:
                wizard.reason = wizard.reason
            elif wizard.order_id._get_cancellation_stage() == "delivered":
                wizard.reason = "withdrawal"
            elif not wizard.reason and wizard.order_id.is_delivery_late:
                wizard.reason = "termination_for_late_delivery"

    @api.depends("company_id")
    def _compute_late_delivery_clause_days(self):
        for wizard in self:
            policy = wizard.company_id._get_consumer_policy()
            wizard.late_delivery_clause_days = policy.late_delivery_clause_days

    @api.depends(
        "order_id",
        "is_refused_at_delivery",
        *INPUT_FIELDS,
    )
    def _compute_outcome(self):
        for wizard in self:
            values = {
                "paid_amount": 0.0,
                "fee_amount": 0.0,
                "refund_amount": 0.0,
                "legal_risk": False,
                "explanation": False,
                "error_message": False,
            }
            if wizard.order_id:
                try:
                    outcome = wizard.order_id._get_cancellation_outcome(
                        wizard._get_values()
                    )
                except (UserError, ValidationError) as error:
                    values["error_message"] = str(error.args[0])
                else:
                    values.update(
                        {
                            "paid_amount": outcome["paid_amount"],
                            "fee_amount": outcome["fee_amount"],
                            "refund_amount": outcome["refund_amount"],
                            "legal_risk": outcome["legal_risk"],
                            "explanation": wizard._get_explanation(outcome),
                        }
                    )
            wizard.update(values)

    # === ACTION METHODS === #
    def action_confirm(self):
        """Record the cancellation and open it.

        :raise UserError: the cancellation breaks a rule (field and article named)
        """
        self.ensure_one()
        values = self._get_values()
        outcome = self.order_id._get_cancellation_outcome(values)
        values["explanation"] = self._get_explanation(outcome)
        cancellation = self.order_id._cancel_for_customer(values)
        return cancellation.get_formview_action()

    # === BUSINESS METHODS === #
    def _get_values(self):
        self.ensure_one()
        values = {name: self[name] for name in INPUT_FIELDS}
        if self.is_refused_at_delivery:
            values["stage"] = "refused_at_delivery"
        return values

    def _get_explanation(self, outcome):
        """Explain the outcome: the ground, the article and the computation."""
        self.ensure_one()
        env = self.env
        currency = self.currency_id
        amount = lambda value: format_amount(env, value, currency)  # noqa: E731
        reason = outcome["reason"]
        lines = []
        if reason == "withdrawal":
            lines.append(
                env._(
                    "No fee: the customer withdraws from the contract; only the "
                    "direct cost of returning the goods may be left to him "
                    "(%(article)s).",
                    article=outcome["article"],
                )
            )
        elif reason == "termination_for_late_delivery":
            lines.append(
                env._(
                    "No fee: the contract is terminated for late delivery (due by "
                    "%(due)s); every sum paid is refunded within 14 days of "
                    "%(date)s, with the statutory surcharge if late (%(article)s, "
                    "L241-4).",
                    due=format_date(env, outcome["delivery_due_date"]),
                    date=format_date(env, outcome["cancelled_on"]),
                    article=outcome["article"],
                )
            )
            if self.late_delivery_clause_days:
                lines.append(
                    env._(
                        "Your terms of sale allow a cancellation only %(days)s days "
                        "after the delivery date; that route stays open, but it "
                        "never blocks the legal one: after a formal notice and an "
                        "extra period left unmet, or at once when the date was "
                        "essential or delivery was refused (C. consom. L216-6).",
                        days=self.late_delivery_clause_days,
                    )
                )
        elif reason == "non_conformity":
            lines.append(
                env._(
                    "No fee: the goods are not in conformity; everything is "
                    "refunded, the customer's return cost included (%(article)s).",
                    article=outcome["article"],
                )
            )
        else:
            stage = outcome["stage"]
            if stage == "confirmed":
                lines.append(
                    env._("No fee: the order was not prepared yet (terms of sale).")
                )
            else:
                lines.append(
                    env._(
                        "Fee of the terms of sale: flat fee %(flat)s incl. tax "
                        "after preparation, plus the carrier's return cost "
                        "%(cost)s once shipped or refused (%(article)s).",
                        flat=amount(outcome["flat_fee_amount"]),
                        cost=amount(outcome["return_cost"]),
                        article=outcome["article"],
                    )
                )
            if outcome["legal_risk"]:
                lines.append(
                    env._(
                        "Legal risk: such a fee is never due on a withdrawal, a "
                        "termination for late delivery or a lack of conformity "
                        "(C. consom. L221-23, L216-7); check the customer's "
                        "ground before charging it."
                    )
                )
        lines.append(
            env._(
                "Paid %(paid)s - fee %(fee)s%(own)s = refund %(refund)s.",
                paid=amount(outcome["paid_amount"]),
                fee=amount(outcome["fee_amount"]),
                own=(
                    env._(
                        " + customer's return cost %(cost)s",
                        cost=amount(outcome["customer_return_cost"]),
                    )
                    if outcome["customer_return_cost"]
                    else ""
                ),
                refund=amount(outcome["refund_amount"]),
            )
        )
        if outcome["stage"] in ("confirmed", "prepared"):
            lines.append(env._("The deliveries are cancelled."))
        else:
            lines.append(env._("A return of the shipped goods is expected."))
        return "\n".join(lines)
