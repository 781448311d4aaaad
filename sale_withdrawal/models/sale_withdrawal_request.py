# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import hashlib

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL, float_compare, format_date

from odoo.addons.consumer_law.evidence import (
    evidence_writer,
    is_evidence_write,
    is_acknowledgment_suppressed,
)
from odoo.addons.consumer_law.models.ir_actions_report import MERGE_BODIES_KEY
from odoo.addons.consumer_law.tools import paris_date, paris_today, reader_env


class SaleWithdrawalRequest(models.Model):
    _name = "sale.withdrawal.request"
    _description = "Withdrawal Request"
    _inherit = [
        "consumer.law.customer.act.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _customer_act_fields = {
        "channel": "channel",
        "received_at": "received_at",
        "words": "statement",
        "email": "email",
        "acknowledged_at": "acknowledged_at",
        "submission_key": "submission_key",
    }
    _customer_act_content_fields = ("sent_at",)
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
    refund_id = fields.Many2one(
        comodel_name="sale.consumer.refund",
        string="Refund obligation",
        readonly=True,
        copy=False,
        index="btree_not_null",
        check_company=True,
        help="What the merchant owes back for this withdrawal, its due date, credit "
        "note, payment and late surcharge (refund engine).",
    )
    goods_back_date = fields.Date(
        related="refund_id.goods_back_date",
        readonly=False,
        string="Goods received back on",
    )
    shipment_proof_date = fields.Date(
        related="refund_id.shipment_proof_date",
        readonly=False,
        string="Proof of shipment received on",
    )
    goods_condition = fields.Text(
        string="Condition of the returned goods",
        copy=False,
        groups="consumer_law.consumer_law_group_user",
        help="Recorded when the goods come back (e.g. crate opened, vehicle "
        "ridden). A demand for unopened goods is not an exclusion: only a "
        "depreciation can be deducted (C. consom. L221-23).",
    )
    depreciation_amount = fields.Monetary(
        related="refund_id.depreciation_amount",
        readonly=False,
        string="Depreciation deduction",
    )
    depreciation_reason = fields.Text(
        related="refund_id.depreciation_reason",
        readonly=False,
        groups="consumer_law.consumer_law_group_user",
    )
    refund_due_date = fields.Date(
        related="refund_id.due_date",
        store=True,
        index=True,
        help="Last day to refund: 14 days (or the policy's delay) from the receipt "
        "of the withdrawal, deferred until the goods come back or a proof of "
        "shipment, whichever first, unless the merchant collects them "
        "(C. consom. L221-24). Never moved past weekends.",
    )
    goods_amount = fields.Monetary(
        related="refund_id.goods_amount", string="Goods refunded"
    )
    delivery_refund_amount = fields.Monetary(
        related="refund_id.delivery_amount", string="Delivery cost refunded"
    )
    refund_amount = fields.Monetary(related="refund_id.amount")
    credit_note_id = fields.Many2one(related="refund_id.credit_note_id")
    surcharge_move_id = fields.Many2one(
        comodel_name="account.move",
        string="Surcharge credit note",
        compute="_compute_surcharge_move_id",
    )
    surcharge_added_amount = fields.Monetary(
        related="refund_id.surcharge_added_amount",
        string="Surcharge added to the refund",
    )
    refund_payment_ids = fields.Many2many(
        related="refund_id.payment_ids", string="Refund payments"
    )
    refund_date = fields.Date(related="refund_id.refund_date", string="Refunded on")
    days_late = fields.Integer(compute="_compute_surcharge")
    surcharge_amount = fields.Monetary(
        string="Late refund surcharge",
        compute="_compute_surcharge",
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
    can_be_credited = fields.Boolean(related="refund_id.can_be_credited")
    can_be_surcharged = fields.Boolean(compute="_compute_surcharge")
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

    @api.depends("refund_id.credit_note_ids")
    def _compute_surcharge_move_id(self):
        for withdrawal in self:
            refund = withdrawal.refund_id
            withdrawal.surcharge_move_id = (
                refund.credit_note_ids - refund.credit_note_id
            ).sorted("id")[-1:]

    @api.depends(
        "refund_id.due_date",
        "refund_id.refund_date",
        "refund_id.amount",
        "refund_id.surcharge_added_amount",
        "refund_id.credit_note_id",
    )
    def _compute_surcharge(self):
        """Computed against today (like the engine's): see the refund obligation."""
        today = paris_today()
        for withdrawal in self:
            refund = withdrawal.refund_id.sudo()
            withdrawal.update(
                refund._get_surcharge_values(today)
                if refund
                else {
                    "days_late": 0,
                    "surcharge_amount": 0.0,
                    "can_be_surcharged": False,
                }
            )

    @api.depends(
        "is_cancelled",
        "refund_id.refund_date",
        "refund_id.credit_note_id",
        "refund_id.goods_back_date",
        "refund_id.shipment_proof_date",
    )
    def _compute_state(self):
        for withdrawal in self:
            refund = withdrawal.refund_id
            if withdrawal.is_cancelled:
                withdrawal.state = "cancel"
            elif refund.refund_date:
                withdrawal.state = "refunded"
            elif refund.credit_note_id:
                withdrawal.state = "credited"
            elif refund.goods_back_date or refund.shipment_proof_date:
                withdrawal.state = "goods_back"
            else:
                withdrawal.state = "received"

    # === CONSTRAINT METHODS === #
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
        delivered; then the acknowledgment is queued, sent by the scheduler
        within moments (off the customer's request)."""
        for vals in vals_list:
            for name in self._get_flow_fields():
                vals.pop(name, None)
            vals.pop("name", None)
        refund_vals_list = [self._pop_refund_vals(vals) for vals in vals_list]
        if not is_evidence_write(self.env):
            self._check_evidence_create(vals_list)
            self._check_not_portal_channel(vals_list)
        for vals in vals_list:
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
            withdrawals._create_refund_obligations(refund_vals_list)
        if not is_acknowledgment_suppressed(self.env):
            withdrawals._queue_acknowledgment(new=True)
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
        """Send the acknowledgment of receipt again (durable medium, L221-21),
        through the queue of documents to send."""
        self._queue_acknowledgment()
        return True

    def action_create_credit_note(self):
        """Create the draft credit note of the withdrawn goods and delivery share
        (refund engine)."""
        self.ensure_one()
        return self.refund_id.action_create_credit_note()

    def action_register_refund(self):
        """Post the credit note and open the payment registration (the refund)."""
        self.ensure_one()
        return self.refund_id.action_register_refund()

    def action_add_surcharge(self):
        """Add the L242-4 surcharge owed to the refund (refund engine)."""
        self.ensure_one()
        return self.refund_id.action_add_surcharge()

    def action_view_refund(self):
        self.ensure_one()
        return self.refund_id.get_formview_action()

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
                body=reader_env(self.env, withdrawal.company_id.partner_id)._(
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

    def _queue_acknowledgment(self, new=False):
        """Queue the acknowledgment: its PDF and mail are produced by the
        scheduler, once per queued job (``consumer.law.document.job``).

        :param new: the requests were just created (no job waits for them)
        """
        return self.env["consumer.law.document.job"]._enqueue(
            self, "withdrawal_acknowledgment", new=new
        )

    def _document_job_withdrawal_acknowledgment_prepare(self):
        """Run by the queue on a batch first: render the declarations not yet
        acknowledged in one pass of the report engine, one PDF each."""
        to_render = self.filtered(
            lambda withdrawal: not withdrawal.acknowledgment_sha256
        )
        if len(to_render) < 2:
            return
        streams = (
            self.env["ir.actions.report"]
            .sudo()
            .with_context(**{MERGE_BODIES_KEY: True})
            ._render_qweb_pdf_prepare_streams(
                "sale_withdrawal.action_report_withdrawal_declaration",
                {"report_type": "pdf"},
                res_ids=to_render.ids,
            )
        )
        if any(not (streams.get(id_) or {}).get("stream") for id_ in to_render.ids):
            # the engine could not split the run's PDF per record (a
            # declaration longer than a page): each job renders its own
            raise ValueError("the batch's PDF could not be split per declaration")
        for withdrawal in to_render:
            stream = streams[withdrawal.id]["stream"]
            withdrawal._store_acknowledgment_pdf(stream.getvalue())
            stream.close()

    def _document_job_withdrawal_acknowledgment(self):
        """Run by the queued job: send the acknowledgment; return its message."""
        return self._send_acknowledgment()

    def _store_acknowledgment_pdf(self, pdf):
        """Store the declaration's PDF and its SHA-256, once."""
        self.ensure_one()
        evidence_writer(self).write(
            {
                "acknowledgment_pdf": base64.b64encode(pdf),
                "acknowledgment_pdf_filename": self.env._(
                    "Withdrawal %(request)s.pdf", request=self.name
                ).replace("/", "-"),
                "acknowledgment_sha256": hashlib.sha256(pdf).hexdigest(),
            }
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
        messages = self.env["mail.message"]
        for withdrawal in self:
            if not withdrawal.acknowledgment_sha256:
                withdrawal._store_acknowledgment_pdf(
                    withdrawal._render_acknowledgment_pdf()
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
            messages |= message
            # the copy the customer received is evidence too: sealed
            evidence_writer(message.sudo().attachment_ids)._seal_consumer_law_evidence()
            if not withdrawal.acknowledged_at:
                evidence_writer(withdrawal).write(
                    {"acknowledgment_message_id": message.id, "acknowledged_at": now}
                )
        return messages
