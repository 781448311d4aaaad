# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from decimal import Decimal

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import formatLang

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.tools import paris_today, reader_env, rule_errors

import consumer_law_rules as rules

# What a user prepares in a draft recovery (the evidence mixin's allow-list).
DRAFT_FIELDS = (
    "order_id",
    "recovered_date",
    "description",
    "recovered_value",
    "remaining_debt",
)


class AccountRetentionRecovery(models.Model):
    _name = "account.retention.recovery"
    _description = "Goods Recovered under Retention of Title"
    _inherit = ["consumer.law.evidence.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "recovered_date desc, id desc"
    _check_company_auto = True

    # === FIELDS === #
    order_id = fields.Many2one(
        comodel_name="sale.order",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        domain="[('retention_of_title', '=', True), ('state', '=', 'sale')]",
    )
    company_id = fields.Many2one(
        related="order_id.company_id", store=True, index=True, precompute=True
    )
    partner_id = fields.Many2one(
        related="order_id.partner_id.commercial_partner_id",
        string="Customer",
        store=True,
        index=True,
    )
    currency_id = fields.Many2one(related="order_id.currency_id", store=True)
    recovered_date = fields.Date(
        string="Recovered on",
        required=True,
        default=lambda self: paris_today(),
        tracking=True,
    )
    description = fields.Text(
        string="Goods recovered",
        help="Products, quantities and serial numbers taken back.",
    )
    recovered_value = fields.Monetary(
        string="Value of the goods recovered",
        required=True,
        tracking=True,
        help="Value of the goods on the day they were taken back (estimate or "
        "expert's valuation).",
    )
    remaining_debt = fields.Monetary(
        string="Sums still owed",
        compute="_compute_remaining_debt",
        store=True,
        readonly=False,
        precompute=True,
        tracking=True,
        help="What the customer still owed on the order when the goods were "
        "taken back.",
    )
    surplus_amount = fields.Monetary(
        string="Surplus owed to the customer",
        compute="_compute_surplus_amount",
        store=True,
        help="Value of the goods above the debt, owed back to the customer "
        "(C. civ. 2371).",
    )
    state = fields.Selection(
        selection=[("draft", "Draft"), ("done", "Recorded")],
        default="draft",
        required=True,
        tracking=True,
    )

    # === COMPUTE METHODS === #
    @api.depends("order_id")
    def _compute_remaining_debt(self):
        for recovery in self:
            if recovery.state == "done" or not recovery.order_id:
                recovery.remaining_debt = recovery.remaining_debt
                continue
            recovery.remaining_debt = recovery.order_id._get_retention_unpaid_amount()

    @api.depends("remaining_debt", "recovered_value")
    def _compute_surplus_amount(self):
        for recovery in self:
            with rule_errors(self.env, self._name):
                recovery.surplus_amount = float(
                    rules.retention_surplus(
                        Decimal(str(recovery.remaining_debt)),
                        Decimal(str(recovery.recovered_value)),
                    )
                )

    @api.depends("order_id", "recovered_date")
    def _compute_display_name(self):
        for recovery in self:
            recovery.display_name = self.env._(
                "%(order)s recovered on %(date)s",
                order=recovery.order_id.name or "",
                date=recovery.recovered_date or "",
            )

    # === CONSTRAINT METHODS === #
    @api.constrains("remaining_debt", "recovered_value")
    def _check_amounts(self):
        for recovery in self:
            with rule_errors(self.env, self._name):
                rules.retention_surplus(
                    Decimal(str(recovery.remaining_debt)),
                    Decimal(str(recovery.recovered_value)),
                )

    # === CRUD METHODS === #
    def write(self, vals):
        if any(recovery.state == "done" for recovery in self) and set(vals) - {
            "message_main_attachment_id",
        }:
            raise UserError(
                self.env._(
                    "Recovered goods: a recorded recovery is evidence and cannot be "
                    "changed; record a new one."
                )
            )
        return super().write(vals)

    # === EVIDENCE === #
    @api.model
    def _get_evidence_allowed_fields(self):
        """A draft recovery is prepared freely; a recorded one is frozen (the
        state is set by 'Record' only)."""
        return dict.fromkeys(DRAFT_FIELDS, (("draft",), None))

    @api.model
    def _get_evidence_create_fields(self):
        return dict.fromkeys(DRAFT_FIELDS)

    def _has_evidence(self):
        return self.filtered(lambda recovery: recovery.state == "done")

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done(self):
        if any(recovery.state == "done" for recovery in self):
            raise UserError(
                self.env._("Recovered goods: a recorded recovery cannot be deleted.")
            )

    # === ACTION METHODS === #
    def action_done(self):
        """Record the recovery and tell the order what is owed back (C. civ. 2371).

        :raise UserError: the order does not retain title
        """
        for recovery in self:
            if not recovery.order_id.retention_of_title:
                raise UserError(
                    self.env._(
                        "Recovered goods: %(order)s was not sold under retention of "
                        "title; the goods cannot be reclaimed (C. civ. 2367).",
                        order=recovery.order_id.name,
                    )
                )
            # an internal note: the company's language, amounts in its currency
            env = reader_env(self.env, recovery.company_id.partner_id)
            currency = recovery.currency_id
            recovery.order_id.message_post(
                body=env._(
                    "Goods taken back under retention of title, worth %(value)s "
                    "against %(debt)s still owed: %(surplus)s owed back to the "
                    "customer (C. civ. 2371).",
                    value=formatLang(
                        env, recovery.recovered_value, currency_obj=currency
                    ),
                    debt=formatLang(
                        env, recovery.remaining_debt, currency_obj=currency
                    ),
                    surplus=formatLang(
                        env, recovery.surplus_amount, currency_obj=currency
                    ),
                )
            )
        evidence_writer(self).write({"state": "done"})
        return True
