# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import timedelta
from decimal import Decimal
import hashlib

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL, float_compare, float_round, format_amount, format_date

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.tools import paris_date, paris_today, rule_errors

import consumer_law_rules as rules

REFUND_DUE_SOON_DAYS = 3
OPEN_REFUND_STATES = ("received", "goods_back", "credited")


class SaleWithdrawalRequest(models.Model):
    _name = "sale.withdrawal.request"
    _description = "Withdrawal Request"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "received_at desc, id desc"
    _check_company_auto = True

    # === FIELDS === #
    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    order_id = fields.Many2one(
        comodel_name="sale.order",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        domain="[('state', '=', 'sale')]",
    )
    company_id = fields.Many2one(related="order_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="order_id.currency_id", store=True)
    partner_id = fields.Many2one(related="order_id.partner_id", store=True, index=True)
    commercial_partner_id = fields.Many2one(
        related="order_id.partner_id.commercial_partner_id", store=True, index=True
    )
    line_ids = fields.One2many(
        comodel_name="sale.withdrawal.request.line",
        inverse_name="request_id",
        string="Withdrawn goods",
        copy=True,
    )
    received_at = fields.Datetime(
        string="Received on",
        required=True,
        default=fields.Datetime.now,
        tracking=True,
        help="When the merchant received the withdrawal: the refund delay runs "
        "from this day (C. consom. L221-24).",
    )
    sent_at = fields.Datetime(
        string="Sent by the customer on",
        compute="_compute_sent_at",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
        tracking=True,
        help="When the customer sent his statement (postmark, e-mail time, portal "
        "submission). Sending before the end of the last day, Europe/Paris time, "
        "is in time (C. consom. L221-21).",
    )
    channel = fields.Selection(
        selection=[
            ("portal", "Portal withdrawal function"),
            ("email", "E-mail"),
            ("letter", "Letter"),
            ("phone", "Phone"),
            ("form", "Withdrawal form"),
        ],
        required=True,
        default="email",
        tracking=True,
    )
    statement = fields.Text(
        string="Customer statement",
        help="The customer's statement; no reason is needed (C. consom. L221-18).",
    )
    email = fields.Char(
        string="Acknowledgment e-mail",
        compute="_compute_email",
        store=True,
        readonly=False,
        precompute=True,
    )
    is_commercial_gesture = fields.Boolean(
        string="Commercial gesture (outside the law)",
        tracking=True,
        help="Accept this withdrawal although the law does not require it (late, "
        "excluded goods or professional customer). It is recorded as a commercial "
        "gesture, not as the exercise of the legal right.",
    )
    acknowledged_at = fields.Datetime(
        string="Acknowledgment sent on", readonly=True, copy=False
    )
    acknowledgment_message_id = fields.Many2one(
        comodel_name="mail.message",
        string="Acknowledgment",
        readonly=True,
        copy=False,
    )
    goods_back_date = fields.Date(
        string="Goods received back on",
        tracking=True,
        copy=False,
    )
    shipment_proof_date = fields.Date(
        string="Proof of shipment received on",
        tracking=True,
        copy=False,
    )
    goods_condition = fields.Text(
        string="Condition of the returned goods",
        copy=False,
        help="Recorded when the goods come back (e.g. crate opened, vehicle "
        "ridden). A demand for unopened goods is not an exclusion: only a "
        "depreciation can be deducted (C. consom. L221-23).",
    )
    depreciation_amount = fields.Monetary(
        string="Depreciation deduction",
        copy=False,
        tracking=True,
        help="Reduction of the refund for depreciation caused by handling beyond "
        "what is needed to establish the nature, characteristics and functioning "
        "of the goods (C. consom. L221-23). Requires a recorded reason.",
    )
    depreciation_reason = fields.Text(copy=False)
    refund_due_date = fields.Date(
        compute="_compute_refund_due_date",
        store=True,
        index=True,
        help="Last day to refund: 14 days (or the policy's delay) from the receipt "
        "of the withdrawal, deferred until the goods come back or a proof of "
        "shipment, whichever first, unless the merchant collects them "
        "(C. consom. L221-24). Never moved past weekends.",
    )
    goods_amount = fields.Monetary(
        string="Goods refunded",
        compute="_compute_refund_amounts",
        store=True,
    )
    delivery_refund_amount = fields.Monetary(
        string="Delivery cost refunded",
        compute="_compute_refund_amounts",
        store=True,
        help="Initial standard delivery cost: in full on a full withdrawal, per "
        "the policy on a partial one; the extra cost of a non-standard delivery is "
        "excluded (C. consom. L221-24).",
    )
    refund_amount = fields.Monetary(
        compute="_compute_refund_amounts",
        store=True,
    )
    credit_note_id = fields.Many2one(
        comodel_name="account.move",
        string="Credit note",
        readonly=True,
        copy=False,
        check_company=True,
    )
    surcharge_move_id = fields.Many2one(
        comodel_name="account.move",
        string="Surcharge credit note",
        readonly=True,
        copy=False,
        check_company=True,
    )
    surcharge_added_amount = fields.Monetary(
        string="Surcharge added to the refund", readonly=True, copy=False
    )
    refund_payment_ids = fields.Many2many(
        comodel_name="account.payment",
        string="Refund payments",
        compute="_compute_refund_payment_ids",
    )
    refund_date = fields.Date(
        string="Refunded on",
        compute="_compute_refund_date",
        store=True,
    )
    days_late = fields.Integer(
        string="Days late",
        compute="_compute_surcharge_amount",
    )
    surcharge_amount = fields.Monetary(
        string="Late refund surcharge",
        compute="_compute_surcharge_amount",
        help="Surcharge owed under C. consom. L242-4: at the refund date when "
        "refunded late, today otherwise.",
    )
    is_cancelled = fields.Boolean(copy=False, tracking=True)
    state = fields.Selection(
        selection=[
            ("received", "Received"),
            ("goods_back", "Goods back"),
            ("credited", "Credit note issued"),
            ("refunded", "Refunded"),
            ("cancel", "Cancelled"),
        ],
        compute="_compute_state",
        store=True,
        index=True,
        tracking=True,
    )
    can_be_credited = fields.Boolean(compute="_compute_can_be_credited")
    can_be_surcharged = fields.Boolean(compute="_compute_surcharge_amount")
    submission_key = fields.Char(
        copy=False,
        readonly=True,
        help="Key of the portal form that created the request: a second submit of "
        "the same form returns the same request.",
    )

    _sql_constraints = [
        (
            "submission_key_uniq",
            "unique(order_id, submission_key)",
            "This withdrawal form was already submitted.",
        ),
    ]

    # === COMPUTE METHODS === #
    @api.depends("received_at")
    def _compute_sent_at(self):
        for withdrawal in self:
            withdrawal.sent_at = withdrawal.sent_at or withdrawal.received_at

    @api.depends("order_id")
    def _compute_email(self):
        for withdrawal in self:
            withdrawal.email = withdrawal.email or withdrawal.order_id.partner_id.email

    @api.depends(
        "received_at",
        "goods_back_date",
        "shipment_proof_date",
        "company_id.consumer_policy_id.refund_days",
        "company_id.consumer_policy_id.is_collecting_returns",
    )
    def _compute_refund_due_date(self):
        for withdrawal in self:
            if not withdrawal.received_at or not withdrawal.company_id:
                withdrawal.refund_due_date = False
                continue
            policy = withdrawal.company_id._get_consumer_policy()
            with rule_errors(self.env, self._name):
                withdrawal.refund_due_date = rules.refund_due_date(
                    paris_date(withdrawal.received_at),
                    policy.refund_days,
                    goods_back_on=withdrawal.goods_back_date or None,
                    shipment_proof_on=withdrawal.shipment_proof_date or None,
                    merchant_collects=policy.is_collecting_returns,
                )

    @api.depends(
        "line_ids.amount",
        "depreciation_amount",
        "order_id.order_line.price_total",
        "order_id.is_premium_delivery",
        "order_id.withdrawal_standard_delivery_amount",
        "company_id.consumer_policy_id.partial_delivery_refund",
    )
    def _compute_refund_amounts(self):
        for withdrawal in self:
            goods = sum(withdrawal.line_ids.mapped("amount"))
            delivery = withdrawal._get_delivery_refund_share(goods)
            withdrawal.goods_amount = goods
            withdrawal.delivery_refund_amount = float(delivery)
            withdrawal.refund_amount = (
                goods + float(delivery) - withdrawal.depreciation_amount
            )

    @api.depends("credit_note_id.payment_state", "surcharge_move_id.payment_state")
    def _compute_refund_payment_ids(self):
        for withdrawal in self:
            payments = self.env["account.payment"]
            for move in withdrawal.credit_note_id | withdrawal.surcharge_move_id:
                payments |= move._get_reconciled_payments()
            withdrawal.refund_payment_ids = payments

    @api.depends("credit_note_id.payment_state", "credit_note_id.state")
    def _compute_refund_date(self):
        for withdrawal in self:
            credit_note = withdrawal.credit_note_id
            if credit_note.state == "posted" and credit_note.payment_state in (
                "paid",
                "in_payment",
            ):
                dates = credit_note._get_reconciled_amls().mapped("date")
                withdrawal.refund_date = max(dates) if dates else credit_note.date
            else:
                withdrawal.refund_date = False

    @api.depends(
        "refund_due_date",
        "refund_date",
        "refund_amount",
        "goods_amount",
        "state",
        "credit_note_id",
        "surcharge_added_amount",
    )
    def _compute_surcharge_amount(self):
        today = paris_today()
        for withdrawal in self:
            withdrawal.days_late = 0
            withdrawal.surcharge_amount = 0.0
            withdrawal.can_be_surcharged = False
            if withdrawal.state == "cancel" or not withdrawal.refund_due_date:
                continue
            end = withdrawal.refund_date or today
            days_late = (end - withdrawal.refund_due_date).days
            if days_late <= 0:
                continue
            with rule_errors(self.env, self._name):
                surcharge = rules.late_refund_surcharge_for_dates(
                    Decimal(str(withdrawal.refund_amount)),
                    withdrawal.refund_due_date,
                    end,
                    product_price=Decimal(str(withdrawal.goods_amount)),
                )
            withdrawal.days_late = days_late
            withdrawal.surcharge_amount = float(surcharge)
            withdrawal.can_be_surcharged = bool(
                withdrawal.credit_note_id
                and float_compare(
                    withdrawal.surcharge_amount,
                    withdrawal.surcharge_added_amount,
                    precision_rounding=withdrawal.currency_id.rounding or 0.01,
                )
                > 0
            )

    @api.depends(
        "is_cancelled",
        "refund_date",
        "credit_note_id.state",
        "goods_back_date",
        "shipment_proof_date",
    )
    def _compute_state(self):
        for withdrawal in self:
            if withdrawal.is_cancelled:
                withdrawal.state = "cancel"
            elif withdrawal.refund_date:
                withdrawal.state = "refunded"
            elif (
                withdrawal.credit_note_id
                and withdrawal.credit_note_id.state != "cancel"
            ):
                withdrawal.state = "credited"
            elif withdrawal.goods_back_date or withdrawal.shipment_proof_date:
                withdrawal.state = "goods_back"
            else:
                withdrawal.state = "received"

    @api.depends("state", "credit_note_id.state", "refund_amount")
    def _compute_can_be_credited(self):
        for withdrawal in self:
            withdrawal.can_be_credited = (
                withdrawal.state in ("received", "goods_back")
                and withdrawal.refund_amount > 0
            )

    # === CONSTRAINT METHODS === #
    @api.constrains("depreciation_amount", "depreciation_reason", "goods_amount")
    def _check_depreciation(self):
        for withdrawal in self:
            amount = withdrawal.depreciation_amount
            if amount < 0:
                raise ValidationError(
                    self.env._("Depreciation deduction cannot be negative.")
                )
            if amount and not (withdrawal.depreciation_reason or "").strip():
                raise ValidationError(
                    self.env._(
                        "Depreciation deduction: record the reason (the handling "
                        "beyond what was needed to check the goods) before "
                        "deducting %(amount)s (C. consom. L221-23).",
                        amount=amount,
                    )
                )
            if float_compare(amount, withdrawal.goods_amount, precision_digits=2) > 0:
                raise ValidationError(
                    self.env._(
                        "Depreciation deduction: %(amount)s exceeds the price of "
                        "the goods returned, %(goods)s (C. consom. L221-23).",
                        amount=amount,
                        goods=withdrawal.goods_amount,
                    )
                )

    @api.constrains("received_at", "sent_at")
    def _check_sent_before_received(self):
        for withdrawal in self:
            if withdrawal.sent_at > withdrawal.received_at:
                raise ValidationError(
                    self.env._(
                        "Sent by the customer on: a withdrawal cannot be sent after "
                        "it was received."
                    )
                )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        """Record withdrawals; each is judged admissible by the law (window,
        exclusions, quantities delivered and not yet withdrawn) while its order is
        locked, so that two simultaneous submissions never withdraw more than was
        delivered; then the acknowledgment is sent."""
        for vals in vals_list:
            for name in self._get_flow_fields():
                vals.pop(name, None)
            vals.pop("name", None)
            vals["name"] = (
                self.env["ir.sequence"].next_by_code("sale.withdrawal.request") or "/"
            )
        self._lock_orders(vals_list)
        # a refused withdrawal leaves nothing behind, whatever the caller does
        with self.env.cr.savepoint():
            withdrawals = super(SaleWithdrawalRequest, evidence_writer(self)).create(
                vals_list
            )
            withdrawals._check_admissibility()
        withdrawals = withdrawals.with_env(self.env)
        if not self.env.context.get("sale_withdrawal_no_acknowledgment"):
            withdrawals._send_acknowledgment()
        return withdrawals

    @api.model
    def _lock_orders(self, vals_list):
        """Lock the orders' rows until the end of the transaction.

        The row is updated (not only locked): under Odoo's repeatable-read
        isolation, a concurrent transaction that checked the same order then
        fails to serialize and is retried, seeing the committed withdrawal.
        """
        order_ids = sorted(
            {vals["order_id"] for vals in vals_list if vals.get("order_id")}
        )
        if order_ids:
            self.env.cr.execute(
                SQL(
                    "UPDATE sale_order SET write_date = write_date WHERE id IN %s",
                    tuple(order_ids),
                )
            )

    # === ACTION METHODS === #
    def action_send_acknowledgment(self):
        """Send the acknowledgment of receipt again (durable medium, L221-21)."""
        self._send_acknowledgment()
        return True

    def action_create_credit_note(self):
        """Create the draft credit note of the withdrawn goods and delivery share.

        :raise UserError: a credit note already exists or nothing is to refund.
        """
        self.ensure_one()
        if not self.can_be_credited:
            raise UserError(
                self.env._(
                    "Credit note: %(request)s already has a credit note, is "
                    "cancelled or has nothing to refund.",
                    request=self.name,
                )
            )
        credit_note = self._create_credit_note()
        return credit_note.get_formview_action()

    def action_register_refund(self):
        """Post the credit note and open the payment registration (the refund)."""
        credit_note = self._get_posted_credit_note()
        return credit_note.action_register_payment()

    def action_add_surcharge(self):
        """Add the L242-4 surcharge owed to the refund.

        On a draft credit note, as a line; once posted, as a second credit note.
        """
        self.ensure_one()
        if not self.can_be_surcharged:
            raise UserError(
                self.env._(
                    "Late refund surcharge: %(request)s owes no surcharge beyond "
                    "what was already added (C. consom. L242-4).",
                    request=self.name,
                )
            )
        amount = self.surcharge_amount - self.surcharge_added_amount
        line_vals = self._prepare_surcharge_line_vals(amount)
        if self.credit_note_id.state == "draft":
            self.credit_note_id.write({"invoice_line_ids": [Command.create(line_vals)]})
        else:
            vals = self._prepare_credit_note_vals()
            vals["invoice_line_ids"] = [Command.create(line_vals)]
            self.surcharge_move_id = self.env["account.move"].create(vals)
        self.surcharge_added_amount = self.surcharge_amount
        self.message_post(
            body=self.env._(
                "Late refund surcharge of %(amount)s added to the refund "
                "(%(days)s days late, C. consom. L242-4).",
                amount=amount,
                days=self.days_late,
            )
        )
        return True

    def action_cancel(self):
        """Open the cancellation assistant: a consumer-law manager cancels a
        withdrawal (withdrawn by mistake or replaced) with a written reason."""
        self._check_cancel_allowed("-")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Cancel the withdrawal"),
            "res_model": "sale.withdrawal.request.cancel",
            "view_mode": "form",
            "target": "new",
            "context": {"default_request_ids": self.ids},
        }

    def _cancel(self, reason):
        """Cancel the requests with ``reason``, kept on them and in the chatter.

        :raise AccessError: unless the user is a consumer-law manager
        :raise UserError: without a reason, or for a refunded request
        """
        self._check_cancel_allowed(reason)
        evidence_writer(self).write(
            {
                "is_cancelled": True,
                "cancel_reason": reason.strip(),
                "cancelled_by_id": self.env.uid,
                "cancelled_at": fields.Datetime.now(),
            }
        )
        for withdrawal in self:
            withdrawal.message_post(
                body=self.env._(
                    "Withdrawal cancelled by %(user)s: %(reason)s",
                    user=self.env.user.name,
                    reason=reason.strip(),
                )
            )
        return True

    def action_view_credit_note(self):
        self.ensure_one()
        return self.credit_note_id.get_formview_action()

    # === BUSINESS METHODS === #
    def _get_delivery_refund_share(self, goods_amount):
        """Return the delivery cost to refund (Decimal), per consumer_law_rules."""
        self.ensure_one()
        order = self.order_id
        delivery_lines = order._get_withdrawal_delivery_lines()
        delivery = sum(delivery_lines.mapped("price_total"))
        if not delivery or not goods_amount:
            return Decimal(0)
        total_goods = sum(order._get_withdrawal_goods_lines().mapped("price_total"))
        standard = (
            Decimal(str(order.withdrawal_standard_delivery_amount))
            if order.is_premium_delivery
            else None
        )
        policy = order.company_id._get_consumer_policy()
        with rule_errors(self.env, self._name):
            return rules.refund_delivery_share(
                Decimal(str(delivery)),
                returned_value=Decimal(str(goods_amount)),
                total_goods_value=Decimal(str(total_goods)),
                mode=policy.partial_delivery_refund,
                standard_delivery_amount=standard,
            )

    def _check_admissibility(self):
        """Refuse a withdrawal the law does not grant, unless it is recorded as a
        commercial gesture: late (L221-18 to L221-21), excluded goods (L221-28),
        professional customer; and always refuse quantities beyond the delivered
        (or, before delivery, ordered) ones.

        :raise UserError: naming the field and the rule; nothing is written.
        """
        for withdrawal in self:
            order = withdrawal.order_id
            if not withdrawal.line_ids:
                raise UserError(
                    self.env._("Withdrawn goods: select at least one product.")
                )
            if order.state != "sale":
                raise UserError(
                    self.env._(
                        "Order: %(order)s is not a confirmed order.",
                        order=order.name,
                    )
                )
            if not withdrawal.is_commercial_gesture:
                withdrawal._check_legal_right()
            available = order._get_withdrawable_quantities(
                exclude_requests=withdrawal, include_excluded=True
            )
            for line in withdrawal.line_ids:
                sale_line = line.sale_line_id
                rounding = sale_line.product_uom.rounding
                if sale_line not in available:
                    raise UserError(
                        self.env._(
                            "Withdrawn goods: %(product)s is not a good of order "
                            "%(order)s.",
                            product=sale_line.display_name,
                            order=order.name,
                        )
                    )
                if float_compare(line.quantity, 0.0, precision_rounding=rounding) <= 0:
                    raise UserError(
                        self.env._(
                            "Quantity: the quantity of %(product)s must be positive.",
                            product=line.product_id.display_name,
                        )
                    )
                if (
                    float_compare(
                        line.quantity,
                        available[sale_line],
                        precision_rounding=rounding,
                    )
                    > 0
                ):
                    raise UserError(
                        self.env._(
                            "Quantity: %(quantity)s %(product)s requested, but only "
                            "%(available)s were delivered and not yet withdrawn.",
                            quantity=line.quantity,
                            product=line.product_id.display_name,
                            available=available[sale_line],
                        )
                    )

    def _check_legal_right(self):
        self.ensure_one()
        order = self.order_id
        if order.withdrawal_na_reason == "professional":
            raise UserError(
                self.env._(
                    "Customer: %(partner)s buys as a professional; the right of "
                    "withdrawal belongs to consumers (C. consom. L221-3, L221-18). "
                    "Record a commercial gesture to accept it anyway.",
                    partner=order.partner_id.display_name,
                )
            )
        excluded = self.line_ids.filtered("sale_line_id.withdrawal_exclusion")
        if excluded:
            line = excluded[0]
            raise UserError(
                self.env._(
                    "Withdrawn goods: %(product)s is excluded from the right of "
                    "withdrawal (%(reason)s). Record a commercial gesture to accept "
                    "it anyway.",
                    product=line.product_id.display_name,
                    reason=dict(
                        line.sale_line_id._fields[
                            "withdrawal_exclusion"
                        ]._description_selection(self.env)
                    )[line.sale_line_id.withdrawal_exclusion],
                )
            )
        if not order._is_withdrawal_open_at(self.sent_at):
            if not order.withdrawal_deadline:
                raise UserError(
                    self.env._(
                        "Sent by the customer on: the goods of %(order)s are not "
                        "received yet and the policy does not accept withdrawals "
                        "before delivery.",
                        order=order.name,
                    )
                )
            raise UserError(
                self.env._(
                    "Sent by the customer on: %(sent)s (Paris time) is after the end "
                    "of the withdrawal window on %(deadline)s "
                    "(C. consom. L221-18, L221-19). Record a commercial gesture to "
                    "accept it anyway.",
                    sent=format_date(self.env, paris_date(self.sent_at)),
                    deadline=format_date(self.env, order.withdrawal_deadline),
                )
            )

    def _send_acknowledgment(self):
        """E-mail the acknowledgment of receipt (content, date and time) and store
        it on the request (L221-21, D221-5; Dir. 2023/2673 art. 11a).

        Its durable medium is a PDF of the declaration, rendered once, stored
        with the request and attached to the mail, which prints its SHA-256;
        sending again re-sends the same file. The mail always goes to the order's
        customer (plus the address typed in the form, when another one).
        """
        template = self.env.ref(
            "sale_withdrawal.mail_template_withdrawal_acknowledgment"
        )
        now = fields.Datetime.now()
        for withdrawal in self:
            if not withdrawal.acknowledgment_sha256:
                pdf = withdrawal._render_acknowledgment_pdf()
                evidence_writer(withdrawal).write(
                    {
                        "acknowledgment_pdf": base64.b64encode(pdf),
                        "acknowledgment_pdf_filename": self.env._(
                            "Withdrawal %(request)s.pdf", request=withdrawal.name
                        ).replace("/", "-"),
                        "acknowledgment_sha256": hashlib.sha256(pdf).hexdigest(),
                    }
                )
            pdf_attachment = (
                self.env["ir.attachment"]
                .sudo()
                .search(
                    [
                        ("res_model", "=", withdrawal._name),
                        ("res_field", "=", "acknowledgment_pdf"),
                        ("res_id", "=", withdrawal.id),
                    ],
                    limit=1,
                )
            )
            lang = template._render_lang(withdrawal.ids)[withdrawal.id]
            template_lang = template.with_context(lang=lang)
            subject = template_lang._render_field("subject", withdrawal.ids)[
                withdrawal.id
            ]
            body = template_lang._render_field("body_html", withdrawal.ids)[
                withdrawal.id
            ]
            partners = withdrawal._get_acknowledgment_recipients()
            # Sent by the merchant, also when a guest submits it from the portal:
            # the company's address, else the server's default sender, else the
            # staff member recording it.
            company = withdrawal.company_id
            email_from = (
                company.email_formatted
                or self.env["ir.mail_server"]._get_default_from_address()
                or self.env.user.email_formatted
            )
            sender = {"author_id": company.partner_id.id}
            if email_from:
                sender["email_from"] = email_from
            message = withdrawal.message_post(
                body=body,
                subject=subject,
                partner_ids=partners.ids,
                attachments=[
                    (
                        withdrawal.acknowledgment_pdf_filename,
                        base64.b64decode(
                            pdf_attachment.with_context(bin_size=False).datas
                        ),
                    )
                ]
                if pdf_attachment
                else None,
                **sender,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
                email_layout_xmlid="mail.mail_notification_light",
            )
            if not withdrawal.acknowledged_at:
                evidence_writer(withdrawal).write(
                    {"acknowledgment_message_id": message.id, "acknowledged_at": now}
                )

    def _prepare_credit_note_vals(self):
        self.ensure_one()
        order = self.order_id.with_company(self.company_id)
        vals = order._prepare_invoice()
        vals.update(
            {
                "move_type": "out_refund",
                "ref": self.env._("Withdrawal %(request)s", request=self.name),
                "invoice_line_ids": [],
            }
        )
        return vals

    def _prepare_credit_note_line_vals(self):
        """Goods withdrawn at their sold price, the delivery share, the deduction."""
        self.ensure_one()
        vals_list = [
            line.sale_line_id._prepare_invoice_line(quantity=line.quantity)
            for line in self.line_ids
        ]
        share = self.delivery_refund_amount
        delivery_line = self.order_id._get_withdrawal_delivery_lines()[:1]
        if share and delivery_line and delivery_line.price_total:
            excluded_tax = float_round(
                share * delivery_line.price_subtotal / delivery_line.price_total,
                precision_digits=self.env["decimal.precision"].precision_get(
                    "Product Price"
                ),
            )
            vals_list.append(
                delivery_line._prepare_invoice_line(
                    quantity=1.0, price_unit=excluded_tax, discount=0.0
                )
            )
        if self.depreciation_amount:
            vals_list.append(
                {
                    "display_type": "product",
                    "name": self.env._(
                        "Depreciation deduction (C. consom. L221-23): %(reason)s",
                        reason=self.depreciation_reason,
                    ),
                    "quantity": 1.0,
                    "price_unit": -self.depreciation_amount,
                    "tax_ids": [Command.clear()],
                }
            )
        return vals_list

    def _prepare_surcharge_line_vals(self, amount):
        self.ensure_one()
        return {
            "display_type": "product",
            "name": self.env._(
                "Late refund surcharge, %(days)s days late (C. consom. L242-4)",
                days=self.days_late,
            ),
            "quantity": 1.0,
            "price_unit": amount,
            "tax_ids": [Command.clear()],
        }

    def _get_posted_credit_note(self):
        """Return the request's credit note, posted (the refund is paid on it).

        :raise UserError: when no credit note was created yet
        """
        self.ensure_one()
        credit_note = self.credit_note_id
        if not credit_note:
            raise UserError(
                self.env._(
                    "Credit note: create the credit note of %(request)s first.",
                    request=self.name,
                )
            )
        if credit_note.state == "draft":
            credit_note.action_post()
        return credit_note

    def _register_refund_payment(self, payment_date=None):
        """Post the credit note and register its payment by the default method
        (imports from a payment provider, demo data).

        :return: the payments created
        """
        credit_note = self._get_posted_credit_note()
        wizard = (
            self.env["account.payment.register"]
            .with_company(self.company_id)
            .with_context(active_model="account.move", active_ids=credit_note.ids)
            .create({"payment_date": payment_date or fields.Date.context_today(self)})
        )
        return wizard._create_payments()

    def _create_credit_note(self):
        self.ensure_one()
        vals = self._prepare_credit_note_vals()
        vals["invoice_line_ids"] = [
            Command.create(line_vals)
            for line_vals in self._prepare_credit_note_line_vals()
        ]
        credit_note = (
            self.env["account.move"]
            .with_company(self.company_id)
            .with_context(default_move_type="out_refund")
            .create(vals)
        )
        self.credit_note_id = credit_note
        credit_note.message_post_with_source(
            "mail.message_origin_link",
            render_values={"self": credit_note, "origin": self},
            subtype_xmlid="mail.mt_note",
        )
        return credit_note

    @api.model
    def _cron_schedule_refund_activities(self):
        """Daily: an activity for each refund due within 3 days, and one for each
        overdue refund with the L242-4 surcharge owed today, never twice."""
        vals_list = self._prepare_refund_activity_vals(paris_today())
        return (
            self.env["mail.activity"]
            .with_context(mail_activity_quick_update=True)
            .create(vals_list)
        )

    @api.model
    def _prepare_refund_activity_vals(self, today):
        """Return the values of the refund activities to create on ``today``.

        Batched: a fixed number of queries whatever the number of requests (one
        search, one read of the existing activities, prefetched reads).
        """
        withdrawals = self.search(
            [
                ("state", "in", OPEN_REFUND_STATES),
                ("refund_due_date", "<=", today + timedelta(days=REFUND_DUE_SOON_DAYS)),
            ]
        )
        if not withdrawals:
            return []
        type_due = self.env.ref("sale_withdrawal.mail_activity_type_refund_due")
        type_overdue = self.env.ref("sale_withdrawal.mail_activity_type_refund_overdue")
        existing = {
            (activity["res_id"], activity["activity_type_id"][0])
            for activity in self.env["mail.activity"].search_read(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", withdrawals.ids),
                    ("activity_type_id", "in", (type_due + type_overdue).ids),
                ],
                ["res_id", "activity_type_id"],
            )
        }
        model_id = self.env["ir.model"]._get_id(self._name)
        vals_list = []
        for withdrawal in withdrawals:
            overdue = withdrawal.refund_due_date < today
            activity_type = type_overdue if overdue else type_due
            if (withdrawal.id, activity_type.id) in existing:
                continue
            amount = format_amount(
                self.env, withdrawal.refund_amount, withdrawal.currency_id
            )
            if overdue:
                note = self.env._(
                    "Refund overdue since %(date)s: %(amount)s plus a surcharge of "
                    "%(surcharge)s owed today (C. consom. L242-4).",
                    date=format_date(self.env, withdrawal.refund_due_date),
                    amount=amount,
                    surcharge=format_amount(
                        self.env, withdrawal.surcharge_amount, withdrawal.currency_id
                    ),
                )
            else:
                note = self.env._(
                    "Refund of %(amount)s due by %(date)s (C. consom. L221-24).",
                    date=format_date(self.env, withdrawal.refund_due_date),
                    amount=amount,
                )
            vals_list.append(
                {
                    "res_model_id": model_id,
                    "res_id": withdrawal.id,
                    "activity_type_id": activity_type.id,
                    "summary": activity_type.summary,
                    "note": note,
                    "date_deadline": withdrawal.refund_due_date,
                    "user_id": withdrawal.order_id.user_id.id or self.env.uid,
                }
            )
        return vals_list
