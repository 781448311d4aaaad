# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from decimal import Decimal

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare

from odoo.addons.consumer_law.evidence import evidence_writer, is_evidence_write
from odoo.addons.consumer_law.tools import paris_date, paris_today, rule_errors

import consumer_law_rules as rules

# UI alert threshold (not a legal number): refunds due within 3 days are "due soon".
REFUND_DUE_SOON_DAYS = 3
GROUNDS = [
    ("withdrawal", "Withdrawal"),
    ("conformity", "Lack of conformity"),
    ("late_delivery", "Late delivery (termination)"),
    ("cancellation", "Cancellation"),
    ("hidden_defect", "Hidden defect"),
    ("commercial_gesture", "Commercial gesture"),
]
# Grounds whose delivery share follows the policy's partial-refund setting; the
# others refund the delivery pro rata of the goods refunded (in full for all goods).
POLICY_DELIVERY_GROUNDS = ("withdrawal", "commercial_gesture")
LINE_TYPES_AT_CREATION = ("goods", "fee", "reduction", "cost")
DEDUCTION_FIELDS = ("depreciation_amount", "depreciation_reason")
# Computed against today's Paris date (never stored).
TODAY_FIELDS = [
    "state",
    "is_due_soon",
    "days_late",
    "surcharge_amount",
    "can_be_surcharged",
]


def format_article(article):
    """Name the code of an article of the Code de la consommation ("L242-4" gives
    "C. consom. L242-4"); other references are already complete."""
    if article and article[0] in "LRD" and article[1:2].isdigit():
        return f"C. consom. {article}"
    return article


class SaleConsumerRefund(models.Model):
    """What the merchant owes a customer back, on one legal ground, by a legal date.

    Each ground's addon (withdrawal, returns, cancellations, late delivery) creates
    its obligation here; this model builds the credit note, follows its payment and
    computes the statutory surcharge owed when the refund is late.
    """

    _name = "sale.consumer.refund"
    _description = "Consumer Refund Obligation"
    _inherit = ["consumer.law.evidence.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "due_date, id"
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
    ground = fields.Selection(
        selection=GROUNDS, required=True, readonly=True, index=True, tracking=True
    )
    legal_basis = fields.Char(
        compute="_compute_legal_basis",
        store=True,
        help="Article that sets the due date of the refund.",
    )
    started_on = fields.Date(
        string="Obligation started on",
        required=True,
        readonly=True,
        tracking=True,
        help="The day the merchant was informed of the withdrawal, received the "
        "termination, decided the remedy or accepted the cancellation.",
    )
    contract_date = fields.Date(
        compute="_compute_contract_date",
        store=True,
        help="Order confirmation day: chooses the L241-4 tiers (contracts from "
        "1 January 2022).",
    )
    line_ids = fields.One2many(
        comodel_name="sale.consumer.refund.line",
        inverse_name="refund_id",
        string="Lines",
        readonly=True,
    )
    goods_come_back = fields.Boolean(
        default=True,
        readonly=True,
        help="The goods are sent back (withdrawal, termination); not for a price "
        "reduction or a commercial gesture on goods kept.",
    )
    goods_back_date = fields.Date(
        string="Goods received back on", tracking=True, copy=False
    )
    shipment_proof_date = fields.Date(
        string="Proof of shipment received on", tracking=True, copy=False
    )
    delivery_mode = fields.Selection(
        selection=[
            ("prorata_value", "Pro rata of the goods refunded"),
            ("full", "Full delivery cost"),
            ("none", "Not refunded"),
        ],
        string="Delivery cost refunded",
        compute="_compute_delivery_mode",
        store=True,
        readonly=False,
        precompute=True,
        help="Share of the initial delivery cost refunded when only part of the "
        "goods is refunded; all goods refunded always refund the whole delivery "
        "cost (C. consom. L221-24, L216-7).",
    )
    delivery_cap_amount = fields.Monetary(
        string="Standard delivery cost",
        readonly=True,
        help="When the customer chose a dearer delivery than the standard one, the "
        "most refunded for delivery (C. consom. L221-24).",
    )
    goods_amount = fields.Monetary(
        string="Goods refunded", compute="_compute_amounts", store=True
    )
    delivery_amount = fields.Monetary(
        string="Delivery share", compute="_compute_amounts", store=True
    )
    fee_amount = fields.Monetary(
        string="Fees deducted", compute="_compute_amounts", store=True
    )
    surcharge_added_amount = fields.Monetary(
        string="Surcharge added", compute="_compute_amounts", store=True
    )
    depreciation_amount = fields.Monetary(
        string="Depreciation deducted",
        tracking=True,
        copy=False,
        help="Reduction for depreciation caused by handling beyond what is needed "
        "to establish the nature, characteristics and functioning of the goods "
        "(C. consom. L221-23). Requires a recorded reason.",
    )
    depreciation_reason = fields.Text(
        copy=False, tracking=True, groups="consumer_law.consumer_law_group_user"
    )
    amount = fields.Monetary(
        string="Amount to refund",
        compute="_compute_amounts",
        store=True,
        help="Goods, plus the delivery share and the customer's costs refunded, "
        "minus fees and depreciation.",
    )
    due_date = fields.Date(
        compute="_compute_due_date",
        store=True,
        index=True,
        tracking=True,
        help="Last day to refund, by ground: L221-24 (withdrawal, deferred until the "
        "goods or a proof of shipment come back), L216-7 (late delivery), L217-17 "
        "(conformity), the policy's refund delay otherwise. Never moved past "
        "weekends.",
    )
    credit_note_ids = fields.One2many(
        comodel_name="account.move",
        inverse_name="consumer_refund_id",
        string="Credit notes",
        readonly=True,
    )
    credit_note_id = fields.Many2one(
        comodel_name="account.move",
        string="Credit note",
        compute="_compute_credit_note_id",
        store=True,
        index="btree_not_null",
    )
    payment_ids = fields.Many2many(
        comodel_name="account.payment",
        string="Payments",
        compute="_compute_payment_ids",
    )
    refund_date = fields.Date(
        string="Refunded on",
        compute="_compute_refund_date",
        store=True,
        index=True,
        tracking=True,
    )
    is_cancelled = fields.Boolean(readonly=True, copy=False, tracking=True)
    cancel_reason = fields.Text(
        readonly=True, copy=False, groups="consumer_law.consumer_law_group_user"
    )
    state = fields.Selection(
        selection=[
            ("to_refund", "To refund"),
            ("late", "Late"),
            ("refunded", "Refunded"),
            ("cancelled", "Cancelled"),
        ],
        compute="_compute_state",
        search="_search_state",
        help="Late: not refunded after the due date (judged on today's Paris date).",
    )
    is_due_soon = fields.Boolean(
        compute="_compute_state",
        search="_search_is_due_soon",
        help="To refund within 3 days.",
    )
    days_late = fields.Integer(compute="_compute_surcharge")
    surcharge_amount = fields.Monetary(
        string="Surcharge owed",
        compute="_compute_surcharge",
        help="Statutory surcharge owed for the late refund (C. consom. L242-4 for a "
        "withdrawal, L241-4 for a late delivery): at the refund date when "
        "refunded late, today otherwise.",
    )
    can_be_credited = fields.Boolean(compute="_compute_can_be_credited")
    can_be_surcharged = fields.Boolean(compute="_compute_surcharge")
    reminder_stage = fields.Selection(
        selection=[("due_soon", "Due soon"), ("overdue", "Overdue")],
        readonly=True,
        copy=False,
        help="Last reminder scheduled by the daily action (never twice).",
    )

    # === COMPUTE METHODS === #
    @api.depends("ground")
    def _compute_legal_basis(self):
        for refund in self:
            refund.legal_basis = (
                format_article(rules.refund_obligation_article(refund.ground))
                if refund.ground
                else ""
            )

    @api.depends("order_id.date_order")
    def _compute_contract_date(self):
        for refund in self:
            refund.contract_date = paris_date(refund.order_id.date_order)

    @api.depends("ground", "company_id.consumer_policy_id.partial_delivery_refund")
    def _compute_delivery_mode(self):
        for refund in self:
            if refund.ground in POLICY_DELIVERY_GROUNDS:
                policy = refund.company_id._get_consumer_policy()
                refund.delivery_mode = policy.partial_delivery_refund
            elif not refund.delivery_mode:
                refund.delivery_mode = "prorata_value"

    @api.depends(
        "line_ids.amount",
        "line_ids.line_type",
        "delivery_mode",
        "delivery_cap_amount",
        "depreciation_amount",
    )
    def _compute_amounts(self):
        for refund in self:
            totals = dict.fromkeys(
                ("goods", "fee", "reduction", "cost", "surcharge"), 0.0
            )
            for line in refund.line_ids:
                totals[line.line_type] += line.amount
            # a price reduction refunds part of the price, never of the delivery
            delivery = float(refund._get_delivery_share(totals["goods"]))
            totals["goods"] += totals["reduction"]
            refund.goods_amount = totals["goods"]
            refund.delivery_amount = delivery
            refund.fee_amount = totals["fee"]
            refund.surcharge_added_amount = totals["surcharge"]
            refund.amount = refund.currency_id.round(
                totals["goods"]
                + delivery
                + totals["cost"]
                - totals["fee"]
                - refund.depreciation_amount
            )

    @api.depends(
        "ground",
        "started_on",
        "goods_come_back",
        "goods_back_date",
        "shipment_proof_date",
        "company_id.consumer_policy_id.refund_days",
        "company_id.consumer_policy_id.is_collecting_returns",
    )
    def _compute_due_date(self):
        for refund in self:
            if not refund.started_on or not refund.ground:
                refund.due_date = False
                continue
            policy = refund.company_id._get_consumer_policy()
            with rule_errors(self.env, self._name):
                refund.due_date = rules.refund_obligation_due_date(
                    refund.ground,
                    refund.started_on,
                    days=policy.refund_days,
                    goods_back_on=refund.goods_back_date or None,
                    shipment_proof_on=refund.shipment_proof_date or None,
                    merchant_collects=policy.is_collecting_returns,
                    goods_come_back=refund.goods_come_back,
                )

    @api.depends("credit_note_ids.state")
    def _compute_credit_note_id(self):
        for refund in self:
            credit_notes = refund.credit_note_ids.filtered(
                lambda move: move.state != "cancel"
            ).sorted("id")
            refund.credit_note_id = credit_notes[:1]

    # the reconciliations of the credit notes' lines, not their payment state: a
    # relational field depending on the payment state would make every write of
    # a payment's state (any payment, refund or not) search the payment's lines
    # and entries once more, before the write
    @api.depends(
        "credit_note_ids.line_ids.matched_debit_ids",
        "credit_note_ids.line_ids.matched_credit_ids",
    )
    def _compute_payment_ids(self):
        for refund in self:
            payments = self.env["account.payment"]
            for move in refund.credit_note_ids:
                payments |= move._get_reconciled_payments()
            refund.payment_ids = payments

    @api.depends("credit_note_ids.payment_state", "credit_note_ids.state")
    def _compute_refund_date(self):
        """The refund is made when the main credit note is paid: the date of its
        last reconciled payment line."""
        for refund in self:
            credit_note = refund.credit_note_id
            if credit_note.state == "posted" and credit_note.payment_state in (
                "paid",
                "in_payment",
            ):
                dates = credit_note._get_reconciled_amls().mapped("date")
                refund.refund_date = max(dates) if dates else credit_note.date
            else:
                refund.refund_date = False

    @api.depends("is_cancelled", "credit_note_id", "amount")
    def _compute_can_be_credited(self):
        for refund in self:
            refund.can_be_credited = (
                not refund.is_cancelled
                and not refund.credit_note_id
                and refund.amount > 0
            )

    # === CONSTRAINT METHODS === #
    @api.constrains("depreciation_amount", "depreciation_reason", "goods_amount")
    def _check_depreciation(self):
        for refund in self:
            amount = refund.depreciation_amount
            if amount < 0:
                raise ValidationError(
                    self.env._("Depreciation deducted cannot be negative.")
                )
            if amount and not (refund.depreciation_reason or "").strip():
                raise ValidationError(
                    self.env._(
                        "Depreciation deduction: record the reason (the handling "
                        "beyond what was needed to check the goods) before "
                        "deducting %(amount)s (C. consom. L221-23).",
                        amount=amount,
                    )
                )
            if float_compare(amount, refund.goods_amount, precision_digits=2) > 0:
                raise ValidationError(
                    self.env._(
                        "Depreciation deduction: %(amount)s exceeds the price of "
                        "the goods returned, %(goods)s (C. consom. L221-23).",
                        amount=amount,
                        goods=refund.goods_amount,
                    )
                )

    @api.constrains("started_on", "goods_back_date", "shipment_proof_date")
    def _check_dates(self):
        today = paris_today()
        for refund in self:
            for field_name in ("goods_back_date", "shipment_proof_date"):
                value = refund[field_name]
                if value and value > today:
                    raise ValidationError(
                        self.env._(
                            "%(field)s: %(date)s is in the future.",
                            field=refund._fields[field_name]._description_string(
                                self.env
                            ),
                            date=value,
                        )
                    )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        """Record obligations: only the flows of each ground do (through the
        evidence writer), never a user nor a ``sudo()`` caller alone."""
        if not is_evidence_write(self.env):
            self._check_evidence_create(vals_list)
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("sale.consumer.refund") or "/"
                )
        lines_list = [self._pop_line_vals(vals) for vals in vals_list]
        # the depreciation is checked against the goods: written once they exist
        deductions = [
            {key: vals.pop(key) for key in DEDUCTION_FIELDS if key in vals}
            for vals in vals_list
        ]
        refunds = super().create(vals_list)
        evidence_writer(self.env["sale.consumer.refund.line"]).sudo().create(
            [
                {**line_vals, "refund_id": refund.id}
                for refund, lines in zip(refunds, lines_list, strict=True)
                for line_vals in lines
            ]
        )
        refunds._check_lines()
        for refund, deduction in zip(refunds, deductions, strict=True):
            if deduction:
                refund.write(deduction)
        return refunds

    def write(self, vals):
        if {"goods_back_date", "shipment_proof_date", "depreciation_amount"} & set(
            vals
        ):
            self._check_open(self.env._("write"))
        return super().write(vals)

    # === EVIDENCE === #
    @api.model
    def _get_evidence_allowed_fields(self):
        """What staff still record on an open obligation (the goods back, the
        proof of shipment, the depreciation, the delivery share); everything
        else is the flows' (creation, credit note, surcharge, cancellation)."""
        return {
            "goods_back_date": (("open",), None),
            "shipment_proof_date": (("open",), None),
            "delivery_mode": (("open",), None),
            "depreciation_amount": (("open",), None),
            "depreciation_reason": (("open",), None),
        }

    def _get_evidence_state(self):
        self.ensure_one()
        return "closed" if self.is_cancelled or self.refund_date else "open"

    @api.ondelete(at_uninstall=False)
    def _unlink_except_credited(self):
        if self.filtered("credit_note_ids"):
            raise UserError(
                self.env._(
                    "Refund obligations with a credit note cannot be deleted: "
                    "cancel them with a reason."
                )
            )

    # === ACTION METHODS === #
    def action_create_credit_note(self):
        """Create the draft credit note of the obligation (goods, delivery share,
        fees and depreciation deducted).

        :raise UserError: a credit note exists, the obligation is cancelled or
            nothing is to refund.
        """
        self.ensure_one()
        if not self.can_be_credited:
            raise UserError(
                self.env._(
                    "Credit note: %(refund)s already has a credit note, is "
                    "cancelled or has nothing to refund.",
                    refund=self.name,
                )
            )
        return self._create_credit_note().get_formview_action()

    def action_register_refund(self):
        """Post the credit note and open the payment registration (the refund)."""
        self.ensure_one()
        return self._get_posted_credit_note().action_register_payment()

    def action_add_surcharge(self):
        """Add the statutory surcharge owed today to the refund.

        :raise UserError: no surcharge beyond what was already added.
        """
        self.ensure_one()
        # owed *today*: never a value computed on an earlier day
        self.invalidate_recordset(TODAY_FIELDS)
        if not self.can_be_surcharged:
            raise UserError(
                self.env._(
                    "Late refund surcharge: %(refund)s owes no surcharge beyond "
                    "what was already added (%(article)s).",
                    refund=self.name,
                    article=self._get_surcharge_article(),
                )
            )
        self._add_surcharge()
        return True

    def action_view_credit_notes(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account.action_move_out_refund_type"
        )
        action["domain"] = [("consumer_refund_id", "=", self.id)]
        action["context"] = {"create": False}
        return action

    # === BUSINESS METHODS === #
    def _get_delivery_share(self, goods_amount):
        """Return the delivery cost to refund (Decimal), per consumer_law_rules."""
        self.ensure_one()
        order = self.order_id
        delivery = sum(order._get_consumer_delivery_lines().mapped("price_total"))
        if not delivery or not goods_amount:
            return Decimal(0)
        total_goods = sum(order._get_consumer_goods_lines().mapped("price_total"))
        with rule_errors(self.env, self._name):
            return rules.refund_delivery_share(
                Decimal(str(delivery)),
                returned_value=Decimal(str(goods_amount)),
                total_goods_value=Decimal(str(max(total_goods, goods_amount))),
                mode=self.delivery_mode or "prorata_value",
                standard_delivery_amount=(
                    Decimal(str(self.delivery_cap_amount))
                    if self.delivery_cap_amount
                    else None
                ),
            )

    def _get_company_env(self):
        """Environment in the company's language: chatter notes and activities
        are read by the shop's staff, whoever triggered them."""
        self.ensure_one()
        return self.with_context(
            lang=self.company_id.partner_id.lang or self.env.lang
        ).env

    def _get_customer_env(self):
        """Environment in the customer's language: credit-note texts."""
        self.ensure_one()
        return self.with_context(lang=self.partner_id.lang or self.env.lang).env

    @api.model
    def _pop_line_vals(self, vals):
        """Take the lines out of ``vals``: goods and fees, given as
        ``Command.create`` values, created with the obligation."""
        lines = []
        for command in vals.pop("line_ids", None) or []:
            if command[0] != Command.CREATE:
                raise UserError(
                    self.env._("Lines: only new lines are given to a new obligation.")
                )
            line_vals = dict(command[2])
            if line_vals.get("line_type", "goods") not in LINE_TYPES_AT_CREATION:
                raise UserError(
                    self.env._(
                        "Lines: a surcharge is only added by the surcharge action."
                    )
                )
            lines.append(line_vals)
        return lines

    def _check_lines(self):
        """Refuse goods lines of another order or beyond the ordered quantity."""
        for refund in self:
            for line in refund.line_ids.filtered(lambda x: x.line_type == "goods"):
                if line.sale_line_id.order_id != refund.order_id:
                    raise ValidationError(
                        self.env._(
                            "Lines: %(product)s is not a line of order %(order)s.",
                            product=line.sale_line_id.display_name,
                            order=refund.order_id.name,
                        )
                    )

    def _check_open(self, action):
        """Refuse to change a cancelled or refunded obligation."""
        closed = self.filtered(lambda refund: refund.is_cancelled or refund.refund_date)
        if closed:
            raise UserError(
                self.env._(
                    "%(refund)s is already refunded or cancelled: it cannot be "
                    "changed (%(action)s).",
                    refund=closed[0].name,
                    action=action,
                )
            )
