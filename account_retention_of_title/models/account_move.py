# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from decimal import Decimal

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_date, formatLang

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.models.consumer_law_flow_fields_mixin import (
    FLOW_FIELDS_MIXIN,
)
from odoo.addons.consumer_law.tools import paris_today, reader_env, rule_errors

import consumer_law_rules as rules

# Evidence the flows store on the invoice: never written by a user or RPC call.
FLOW_FIELDS = (
    "title_transferred_date",
    "formal_notice_date",
    "formal_notice_deadline",
    "penalty_invoice_id",
    "penalty_origin_id",
)

PAID_STATES = ("paid", "in_payment")


class AccountMove(models.Model):
    _name = "account.move"
    _inherit = ["account.move", FLOW_FIELDS_MIXIN]
    _consumer_law_flow_fields = FLOW_FIELDS

    # === FIELDS === #
    retention_of_title = fields.Boolean(
        compute="_compute_retention_of_title",
        store=True,
        readonly=False,
        precompute=True,
        tracking=True,
        copy=False,
        help="The invoice carries the retention-of-title clause: the goods remain "
        "the merchant's property until it is fully paid (C. civ. 2367).",
    )
    title_transferred_date = fields.Date(
        string="Title transferred on",
        compute="_compute_title_transferred_date",
        store=True,
        copy=False,
        help="Day the invoice was fully paid and the ownership passed to the "
        "customer; empty while title is retained (partial payments keep it "
        "retained, a reversed payment takes it back).",
    )
    retention_clause_text = fields.Text(
        compute="_compute_retention_clause_text",
        help="The clause printed on the invoice, in the invoice's language.",
    )
    formal_notice_date = fields.Date(
        string="Formal notice sent on",
        readonly=True,
        copy=False,
        tracking=True,
        help="Day of the registered letter putting the customer on notice to pay "
        "(C. civ. 1344). Recorded once, by the Formal notice button.",
    )
    formal_notice_deadline = fields.Date(
        string="Formal notice expires on",
        compute="_compute_formal_notice_deadline",
        store=True,
        help="Last day to pay after the formal notice; the penalty may be applied "
        "from the next day (C. civ. 1231-5).",
    )
    penalty_invoice_id = fields.Many2one(
        comodel_name="account.move",
        string="Penalty invoice",
        readonly=True,
        copy=False,
    )
    penalty_origin_id = fields.Many2one(
        comodel_name="account.move",
        string="Penalty for invoice",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )
    can_be_formally_noticed = fields.Boolean(
        compute="_compute_penalty_flags",
    )
    can_be_penalized = fields.Boolean(
        compute="_compute_penalty_flags",
    )

    # === COMPUTE METHODS === #
    @api.depends(
        "move_type",
        "partner_id",
        "company_id",
        "invoice_line_ids.sale_line_ids.order_id.retention_of_title",
    )
    def _compute_retention_of_title(self):
        for move in self:
            if move.state == "posted" or move.penalty_origin_id:
                move.retention_of_title = move.retention_of_title
                continue
            if move.move_type != "out_invoice" or not move.partner_id:
                move.retention_of_title = False
                continue
            orders = move.invoice_line_ids.sale_line_ids.order_id
            if orders:
                move.retention_of_title = any(orders.mapped("retention_of_title"))
            else:
                move.retention_of_title = move.partner_id._get_retention_of_title(
                    move.company_id
                )

    @api.depends(
        "retention_of_title",
        "state",
        "payment_state",
        "line_ids.matched_credit_ids.credit_move_id.date",
    )
    def _compute_title_transferred_date(self):
        for move in self:
            if not (
                move.retention_of_title
                and move.state == "posted"
                and move.payment_state in PAID_STATES
            ):
                move.title_transferred_date = False
                continue
            partials = move.line_ids.filtered(
                lambda line: line.account_type == "asset_receivable"
            ).matched_credit_ids
            # the day of the payment (or credit) that settled the invoice
            move.title_transferred_date = max(
                partials.credit_move_id.mapped("date"),
                default=paris_today(),
            )

    @api.depends("company_id.consumer_policy_id.retention_clause")
    @api.depends_context("lang")
    def _compute_retention_clause_text(self):
        for move in self:
            move.retention_clause_text = (
                move.company_id._get_consumer_policy()._get_retention_clause_text()
            )

    @api.depends("formal_notice_date", "company_id")
    def _compute_formal_notice_deadline(self):
        for move in self:
            if not move.formal_notice_date:
                move.formal_notice_deadline = False
                continue
            days = move.company_id._get_consumer_policy().formal_notice_days
            with rule_errors(self.env, "consumer.law.policy"):
                move.formal_notice_deadline = rules.formal_notice_deadline(
                    move.formal_notice_date, days=days
                )

    @api.depends(
        "move_type",
        "state",
        "payment_state",
        "invoice_date_due",
        "formal_notice_date",
        "formal_notice_deadline",
        "penalty_invoice_id",
    )
    def _compute_penalty_flags(self):
        today = paris_today()
        for move in self:
            open_invoice = (
                move.move_type == "out_invoice"
                and move.state == "posted"
                and move.payment_state in ("not_paid", "partial")
                and not move.penalty_origin_id
            )
            move.can_be_formally_noticed = bool(
                open_invoice
                and not move.formal_notice_date
                and move.invoice_date_due
                and move.invoice_date_due < today
            )
            move.can_be_penalized = bool(
                open_invoice
                and move.formal_notice_deadline
                and move.formal_notice_deadline < today
                and not move.penalty_invoice_id
                and move.company_id._get_consumer_policy().penalty_rate_percent
            )

    # === CRUD METHODS === #
    def write(self, vals):
        """The clause of a posted invoice and a recorded notice are evidence; the
        title-transfer date, the notice's deadline and the penalty links are
        written by their flows only (computed, or through the evidence writer)."""
        if "retention_of_title" in vals:
            for move in self:
                if move.state == "posted" and move.retention_of_title != bool(
                    vals["retention_of_title"]
                ):
                    raise UserError(
                        self.env._(
                            "Retention of title: %(invoice)s is posted; the clause "
                            "it carries can no longer change.",
                            invoice=move.display_name,
                        )
                    )
        if "formal_notice_date" in vals:
            for move in self:
                if move.formal_notice_date and (
                    fields.Date.to_date(vals["formal_notice_date"])
                    != move.formal_notice_date
                ):
                    raise UserError(
                        self.env._(
                            "Formal notice: a notice was already sent on %(date)s "
                            "for %(invoice)s; it is evidence and cannot be replaced.",
                            date=format_date(self.env, move.formal_notice_date),
                            invoice=move.display_name,
                        )
                    )
        # the flow fields (FLOW_FIELDS) are guarded by the flow-fields mixin
        return super().write(vals)

    # === ACTION METHODS === #
    def action_open_formal_notice(self):
        """Open the wizard recording the registered letter's date."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Formal notice"),
            "res_model": "account.move.formal.notice",
            "view_mode": "form",
            "target": "new",
            "context": {"default_move_id": self.id},
        }

    def action_apply_penalty(self):
        """Invoice the contractual penalty once the formal notice passed unpaid.

        The penalty is a separate customer invoice (left in draft so that the
        amount can be reviewed: a judge may reduce it, C. civ. 1231-5).

        :raise UserError: no formal notice, notice period not over, invoice paid,
            penalty already applied, or no penalty clause in the policy
        """
        self.ensure_one()
        self._check_can_apply_penalty()
        # the penalty link to its invoice is the flow to give
        penalty = (
            evidence_writer(self)
            .create(self._prepare_penalty_invoice_vals())
            .with_env(self.env)
        )
        evidence_writer(self).penalty_invoice_id = penalty
        self.message_post(
            body=reader_env(self.env, self.company_id.partner_id)._(
                "Contractual penalty invoiced in %(penalty)s (C. civ. 1231-5).",
                penalty=penalty.display_name,
            )
        )
        return penalty.get_formview_action()

    # === BUSINESS METHODS === #
    def _record_formal_notice(self, notice_date):
        """Record the day of the registered letter putting the customer on notice.

        :raise UserError: not an overdue open customer invoice, a notice already
            recorded, or a date in the future or before the due date
        """
        self.ensure_one()
        today = paris_today()
        if (
            self.move_type != "out_invoice"
            or self.state != "posted"
            or self.payment_state not in ("not_paid", "partial")
        ):
            raise UserError(
                self.env._(
                    "Formal notice: %(invoice)s is not an unpaid posted customer "
                    "invoice.",
                    invoice=self.display_name,
                )
            )
        if self.formal_notice_date:
            raise UserError(
                self.env._(
                    "Formal notice: a notice was already sent on %(date)s for "
                    "%(invoice)s; it is evidence and cannot be replaced.",
                    date=format_date(self.env, self.formal_notice_date),
                    invoice=self.display_name,
                )
            )
        if not notice_date or notice_date > today:
            raise UserError(
                self.env._(
                    "Formal notice sent on: give the day the registered letter was "
                    "sent, not a future day."
                )
            )
        if not self.invoice_date_due or notice_date <= self.invoice_date_due:
            raise UserError(
                self.env._(
                    "Formal notice sent on: %(date)s is not after the due date "
                    "%(due)s of %(invoice)s; a customer is only put on notice for "
                    "an overdue sum (C. civ. 1344).",
                    date=format_date(self.env, notice_date),
                    due=format_date(self.env, self.invoice_date_due),
                    invoice=self.display_name,
                )
            )
        evidence_writer(self).formal_notice_date = notice_date

    def _check_can_apply_penalty(self):
        self.ensure_one()
        today = paris_today()
        if not self.formal_notice_date:
            raise UserError(
                self.env._(
                    "Apply penalty: no formal notice was recorded for %(invoice)s; "
                    "a penalty clause only applies after a formal notice that "
                    "remained without effect (C. civ. 1231-5).",
                    invoice=self.display_name,
                )
            )
        if self.payment_state not in ("not_paid", "partial"):
            raise UserError(
                self.env._(
                    "Apply penalty: %(invoice)s is paid; no penalty is owed.",
                    invoice=self.display_name,
                )
            )
        if self.formal_notice_deadline >= today:
            raise UserError(
                self.env._(
                    "Apply penalty: the formal notice of %(invoice)s gives the "
                    "customer until %(date)s to pay (C. civ. 1231-5).",
                    invoice=self.display_name,
                    date=format_date(self.env, self.formal_notice_deadline),
                )
            )
        if self.penalty_invoice_id:
            raise UserError(
                self.env._(
                    "Apply penalty: the penalty of %(invoice)s is already invoiced "
                    "in %(penalty)s.",
                    invoice=self.display_name,
                    penalty=self.penalty_invoice_id.display_name,
                )
            )
        if not self.company_id._get_consumer_policy().penalty_rate_percent:
            raise UserError(
                self.env._(
                    "Apply penalty: the consumer-law policy of %(company)s has no "
                    "penalty clause (Penalty after formal notice = 0 %%).",
                    company=self.company_id.name,
                )
            )

    def _prepare_penalty_invoice_vals(self):
        self.ensure_one()
        rate = self.company_id._get_consumer_policy().penalty_rate_percent
        with rule_errors(self.env, "consumer.law.policy"):
            amount = rules.penalty_amount(
                Decimal(str(self.amount_residual)),
                rate_percent=Decimal(str(rate)),
                formal_notice_fruitless=True,
            )
        product = self.env.ref("account_retention_of_title.product_penalty")
        return {
            "move_type": "out_invoice",
            "partner_id": self.partner_id.id,
            "company_id": self.company_id.id,
            "journal_id": self.journal_id.id,
            "currency_id": self.currency_id.id,
            "invoice_origin": self.name,
            "penalty_origin_id": self.id,
            "retention_of_title": False,
            "invoice_line_ids": [
                Command.create(
                    {
                        "product_id": product.id,
                        "name": self.env._(
                            "Contractual penalty of %(rate)s %% on the %(unpaid)s "
                            "unpaid on %(invoice)s after the formal notice of "
                            "%(notice)s (C. civ. 1231-5; a judge may reduce it)",
                            rate=formatLang(self.env, rate),
                            unpaid=formatLang(
                                self.env,
                                self.amount_residual,
                                currency_obj=self.currency_id,
                            ),
                            invoice=self.name,
                            notice=format_date(self.env, self.formal_notice_date),
                        ),
                        "quantity": 1,
                        "price_unit": float(amount),
                        "tax_ids": [Command.clear()],
                    }
                )
            ],
        }
