# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.osv import expression
from odoo.tools import format_amount, format_date

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.models.consumer_law_flow_fields_mixin import (
    FLOW_FIELDS_MIXIN,
)
from odoo.addons.consumer_law.tools import (
    paris_date,
    paris_today,
    reader_env,
    rule_errors,
)

import consumer_law_rules as rules

# Orders whose deliveries have not left yet may still be cancelled for want of a
# cheque; a shipped order is handled by hand.
CHEQUE_CANCELLABLE_STATES = ("draft", "sent", "sale")
CHEQUE_CRON_BATCH_SIZE = 500


class SaleOrder(models.Model):
    _name = "sale.order"
    _inherit = ["sale.order", FLOW_FIELDS_MIXIN]
    _consumer_law_flow_fields = ("consumer_delivered_date", "delivery_due_date")

    # === FIELDS === #
    consumer_cancellation_ids = fields.One2many(
        comodel_name="sale.order.cancellation",
        inverse_name="order_id",
        string="Cancellations",
    )
    consumer_cancellation_count = fields.Integer(
        compute="_compute_consumer_cancellation_count"
    )
    consumer_paid_date = fields.Date(
        string="Paid on",
        compute="_compute_consumer_paid_date",
        store=True,
        readonly=False,
        copy=False,
        tracking=True,
        help="Day the payment was received (online payment confirmed, cheque "
        "received); a delivery promise counted from payment starts then.",
    )
    consumer_delivered_date = fields.Date(
        string="Delivered on",
        compute="_compute_consumer_delivered_date",
        store=True,
        copy=False,
        help="Day the customer received the last delivery of the order (physical "
        "possession, C. consom. L216-1).",
    )
    delivery_due_date = fields.Date(
        string="Delivery due by",
        compute="_compute_delivery_due_date",
        store=True,
        copy=False,
        index=True,
        help="Last day to deliver: the date promised on the order, else the "
        "delivery promise of the terms of sale, else 30 days after the order "
        "(C. consom. L216-1). Never moved past weekends: it binds the merchant.",
    )
    is_delivery_late = fields.Boolean(
        string="Delivery late",
        compute="_compute_is_delivery_late",
        search="_search_is_delivery_late",
        help="Confirmed consumer order not delivered after its due date, judged "
        "against today's date in Paris (C. consom. L216-6).",
    )
    late_delivery_reminded_on = fields.Date(
        readonly=True,
        copy=False,
        help="Day the daily action scheduled the late-delivery activity.",
    )
    can_be_consumer_cancelled = fields.Boolean(
        compute="_compute_can_be_consumer_cancelled"
    )
    is_paid_by_cheque = fields.Boolean(
        string="Paid by cheque",
        copy=False,
        tracking=True,
        help="The customer pays by cheque: the order is cancelled when no cheque "
        "arrives within the hold period of the terms of sale.",
    )
    cheque_received_date = fields.Date(
        string="Cheque received on", copy=False, tracking=True
    )
    cheque_cancellation_date = fields.Date(
        string="Cancelled without cheque from",
        compute="_compute_cheque_cancellation_date",
        store=True,
        copy=False,
        index="btree_not_null",
        help="First day the order may be cancelled when the cheque has not "
        "arrived: the order day plus the policy's cheque hold, plus one.",
    )
    cheque_hold_days = fields.Integer(
        string="Cheque hold (days)",
        compute="_compute_cheque_hold_days",
        help="Days the order is held for its cheque, read from its own dates (the "
        "policy may have changed since).",
    )
    installment_offer_id = fields.Many2one(
        comodel_name="sale.installment.offer",
        string="Instalment offer",
        copy=False,
        tracking=True,
        check_company=True,
        help="Payment in instalments chosen by the customer; its fee is added as a "
        "separate line of the order.",
    )
    installment_fee_amount = fields.Monetary(
        string="Instalment fee",
        compute="_compute_installment_fee_amount",
        store=True,
    )
    installment_offer_is_credit = fields.Boolean(
        related="installment_offer_id.is_credit"
    )

    # === COMPUTE METHODS === #
    @api.depends("consumer_cancellation_ids")
    def _compute_consumer_cancellation_count(self):
        counts = dict(
            self.env["sale.order.cancellation"]._read_group(
                [("order_id", "in", self.ids)], ["order_id"], ["__count"]
            )
        )
        for order in self:
            order.consumer_cancellation_count = counts.get(order, 0)

    @api.depends("transaction_ids.state", "cheque_received_date")
    def _compute_consumer_paid_date(self):
        for order in self:
            done = order.transaction_ids.filtered(lambda tx: tx.state == "done")
            dates = [paris_date(tx.last_state_change) for tx in done]
            if order.cheque_received_date:
                dates.append(order.cheque_received_date)
            dates = [day for day in dates if day]
            order.consumer_paid_date = min(dates) if dates else order.consumer_paid_date

    @api.depends("picking_ids.state", "picking_ids.customer_receipt_date")
    def _compute_consumer_delivered_date(self):
        for order in self:
            receipts = order._get_withdrawal_receipt_dates()
            order.consumer_delivered_date = max(receipts) if receipts else False

    @api.depends(
        "state",
        "date_order",
        "commitment_date",
        "consumer_paid_date",
        "partner_id.is_consumer",
        "partner_shipping_id.zip",
        "partner_shipping_id.country_id",
        "company_id.consumer_policy_id.delivery_promise_days",
        "company_id.consumer_policy_id.delivery_day_kind",
        "company_id.consumer_policy_id.is_delivery_promise_from_payment",
    )
    def _compute_delivery_due_date(self):
        for order in self:
            order.delivery_due_date = order._get_delivery_due_date()

    @api.depends(
        "state",
        "delivery_due_date",
        "consumer_delivered_date",
        "consumer_cancellation_ids",
    )
    def _compute_is_delivery_late(self):
        today = paris_today()
        for order in self:
            order.is_delivery_late = bool(
                order.state == "sale"
                and order.delivery_due_date
                and order.delivery_due_date < today
                and not order.consumer_delivered_date
                and not order.consumer_cancellation_ids
            )

    def _search_is_delivery_late(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Delivery late: unsupported search operator."))
        domain = self._get_late_delivery_domain(paris_today())
        if (operator == "=") != value:
            return ["!", *expression.normalize_domain(domain)]
        return domain

    @api.depends("state", "partner_id.is_consumer", "consumer_cancellation_ids")
    def _compute_can_be_consumer_cancelled(self):
        for order in self:
            order.can_be_consumer_cancelled = (
                order.state == "sale"
                and order.partner_id.is_consumer
                and not order.consumer_cancellation_ids
            )

    @api.depends(
        "is_paid_by_cheque",
        "date_order",
        "company_id.consumer_policy_id.cheque_hold_days",
    )
    def _compute_cheque_cancellation_date(self):
        for order in self:
            if not order.is_paid_by_cheque or not order.date_order:
                order.cheque_cancellation_date = False
                continue
            hold = order.company_id._get_consumer_policy().cheque_hold_days
            with rule_errors(self.env, "consumer.law.policy"):
                order.cheque_cancellation_date = rules.cheque_cancellation_date(
                    paris_date(order.date_order), hold_days=hold
                )

    @api.depends("date_order", "cheque_cancellation_date")
    def _compute_cheque_hold_days(self):
        for order in self:
            ordered = paris_date(order.date_order)
            cancellable = order.cheque_cancellation_date
            order.cheque_hold_days = (
                rules.cheque_hold_days(ordered, cancellable)
                if ordered and cancellable and cancellable > ordered
                else 0
            )

    @api.depends("order_line.price_total", "order_line.is_installment_fee")
    def _compute_installment_fee_amount(self):
        for order in self:
            order.installment_fee_amount = sum(
                order.order_line.filtered("is_installment_fee").mapped("price_total")
            )

    # === CONSTRAINT METHODS === #
    @api.constrains("cheque_received_date", "consumer_paid_date")
    def _check_payment_dates(self):
        today = paris_today()
        for order in self:
            for field_name in ("cheque_received_date", "consumer_paid_date"):
                value = order[field_name]
                if value and value > today:
                    raise UserError(
                        self.env._(
                            "%(field)s: %(date)s is in the future.",
                            field=order._fields[field_name]._description_string(
                                self.env
                            ),
                            date=format_date(self.env, value),
                        )
                    )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        orders = super().create(vals_list)
        orders.filtered("installment_offer_id")._sync_installment_fee_line()
        return orders

    def write(self, vals):
        result = super().write(vals)
        if not self.env.context.get("sale_cancellation_fee_no_sync") and (
            "installment_offer_id" in vals
        ):
            self.filtered(
                lambda order: (
                    order.installment_offer_id
                    or order.order_line.filtered("is_installment_fee")
                )
            )._sync_installment_fee_line()
        return result

    # === ACTION METHODS === #
    def action_open_consumer_cancel(self):
        """Open the cancellation wizard: stage, fee, refund and legal ground."""
        self.ensure_one()
        if not self.can_be_consumer_cancelled:
            raise UserError(
                self.env._(
                    "Cancel order: %(order)s is not a confirmed consumer order, or "
                    "it was already cancelled.",
                    order=self.name,
                )
            )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Cancel order"),
            "res_model": "sale.order.consumer.cancel",
            "view_mode": "form",
            "target": "new",
            "context": {"default_order_id": self.id},
        }

    def action_view_consumer_cancellations(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_cancellation_fee.sale_order_cancellation_action"
        )
        action["domain"] = [("order_id", "=", self.id)]
        action["context"] = {"create": False}
        return action

    # === BUSINESS METHODS === #
    def _get_delivery_due_date(self):
        """Return the last day to deliver (L216-1), per consumer_law_rules."""
        self.ensure_one()
        if self.state != "sale" or not self.partner_id.is_consumer:
            return False
        policy = self.company_id._get_consumer_policy()
        contract = paris_date(self.date_order)
        stated = paris_date(self.commitment_date) if self.commitment_date else None
        if stated and stated < contract:
            stated = contract
        paid = (
            self.consumer_paid_date if policy.is_delivery_promise_from_payment else None
        )
        with rule_errors(self.env, "consumer.law.policy"):
            return rules.delivery_due_date(
                contract,
                stated_date=stated,
                promise_days=policy.delivery_promise_days,
                day_kind=policy.delivery_day_kind,
                paid_on=paid or None,
                region=self._get_withdrawal_region(),
            )

    @api.model
    def _get_late_delivery_domain(self, today):
        """Confirmed orders not delivered nor cancelled after their due date."""
        return [
            ("state", "=", "sale"),
            ("delivery_due_date", "<", today),
            ("consumer_delivered_date", "=", False),
            ("consumer_cancellation_ids", "=", False),
        ]

    def _get_cancellation_stage(self):
        """Return the stage of the order, read from its deliveries.

        ``delivered``: every delivery was received by the customer; ``shipped``:
        a delivery left the warehouse; ``prepared``: goods are reserved and picked
        or packed, or (warehouses delivering in two or three steps) a picking or
        packing transfer of the order is done; ``confirmed``: nothing prepared
        yet.
        """
        self.ensure_one()
        pickings = self.picking_ids.filtered(
            lambda picking: picking.state != "cancel" and not picking.return_id
        )
        deliveries = pickings.filtered(
            lambda picking: picking.picking_type_code == "outgoing"
        )
        preparations = pickings.filtered(
            lambda picking: picking.picking_type_code == "internal"
        )
        if self.consumer_delivered_date:
            return "delivered"
        if any(picking.state == "done" for picking in deliveries):
            return "shipped"
        if any(picking.state == "done" for picking in preparations) or any(
            picking.state == "assigned"
            and (
                any(move.picked for move in picking.move_ids)
                or picking.move_line_ids.result_package_id
            )
            for picking in deliveries | preparations
        ):
            return "prepared"
        return "confirmed"

    def _get_cancellation_paid_amount(self):
        """What the customer paid for the goods and the delivery (tax included),
        instalment fees excluded (the financing is cancelled with the sale)."""
        self.ensure_one()
        lines = self._get_consumer_goods_lines() | self._get_consumer_delivery_lines()
        return sum(lines.mapped("price_total"))

    def _get_cancellation_fee_taxes(self):
        """The company's sales tax on the cancellation fee, mapped by the order's
        fiscal position."""
        self.ensure_one()
        policy = self.company_id._get_consumer_policy()
        taxes = (
            policy.cancellation_fee_product_id.taxes_id.filtered(
                lambda tax: tax.company_id == self.company_id
            )
            or self.company_id.account_sale_tax_id
        )
        return self.fiscal_position_id.map_tax(taxes) if taxes else taxes

    def _get_cancellation_flat_fee(self):
        """Return (unit price for the fee line, taxes, fee incl. tax) of the
        policy's flat fee; the unit price includes the tax when the tax is
        price-included."""
        self.ensure_one()
        policy = self.company_id._get_consumer_policy()
        taxes = self._get_cancellation_fee_taxes()
        amount = policy.cancellation_flat_fee
        # the policy's fee is excluding tax, whatever the tax's own price mode
        included = taxes.compute_all(
            amount, currency=self.currency_id, handle_price_include=False
        )["total_included"]
        price_unit = included if any(taxes.mapped("price_include")) else amount
        return price_unit, taxes, included

    def _sync_installment_fee_line(self):
        """Add, update or remove the instalment fee line: the offer's rate on the
        order total without the fee, half-up to the cent (consumer_law_rules).

        :raise UserError: the order total is outside the offer's bounds.
        """
        for order in self.with_context(sale_cancellation_fee_no_sync=True):
            fee_lines = order.order_line.filtered("is_installment_fee")
            offer = order.installment_offer_id
            if not offer:
                fee_lines.unlink()
                continue
            base = order._get_installment_base_amount()
            with rule_errors(self.env, offer._name):
                fee = offer._get_fee(base)
            if fee is None:
                raise UserError(
                    self.env._(
                        "Instalment offer: %(offer)s accepts orders from %(min)s "
                        "to %(max)s; this order is %(amount)s.",
                        offer=offer.display_name,
                        min=format_amount(
                            self.env, offer.min_amount, offer.currency_id
                        ),
                        max=format_amount(self.env, offer.max_amount, offer.currency_id)
                        if offer.max_amount
                        else "-",
                        amount=format_amount(self.env, base, order.currency_id),
                    )
                )
            vals = order._prepare_installment_fee_line_vals(offer, float(fee))
            if fee_lines:
                fee_lines[1:].unlink()
                fee_lines[:1].write(vals)
            else:
                order.write({"order_line": [Command.create(vals)]})

    def _get_installment_base_amount(self):
        """The order total the instalment fee is computed on (fee line excluded)."""
        self.ensure_one()
        lines = self.order_line.filtered(lambda line: not line.is_installment_fee)
        return self.currency_id.round(sum(lines.mapped("price_total")))

    def _get_eligible_installment_offers(self):
        """Return [(offer, fee)] of the company's active offers that accept the
        order total, the fee computed by consumer_law_rules (checkout disclosure)."""
        self.ensure_one()
        offers = (
            self.env["sale.installment.offer"]
            .sudo()
            .search([("company_id", "=", self.company_id.id)])
        )
        base = self._get_installment_base_amount()
        eligible = []
        for offer in offers:
            fee = offer._get_fee(base)
            if fee is not None:
                eligible.append((offer, float(fee)))
        return eligible

    def _prepare_installment_fee_line_vals(self, offer, fee):
        self.ensure_one()
        lang_env = self.with_context(lang=self.partner_id.lang or self.env.lang).env
        return {
            "product_id": offer.product_id.id,
            "name": lang_env._(
                "Instalment fee: %(offer)s, %(rate)s %% of the order total "
                "(%(provider)s)",
                offer=offer.with_env(lang_env).name,
                rate=offer.rate_percent,
                provider=offer.provider,
            ),
            "product_uom_qty": 1.0,
            "price_unit": fee,
            "tax_id": [Command.clear()],
            "is_installment_fee": True,
            "sequence": 99999,
        }

    @api.model
    def _cron_cancel_unpaid_cheque_orders(self, batch_size=CHEQUE_CRON_BATCH_SIZE):
        """Cancel the orders paid by cheque whose cheque did not arrive within the
        hold period (terms of sale, e.g. Rallye: 7 days, cancelled on day 8), with
        a chatter note and a mail to the customer.

        Batched: a constant number of queries whatever the number of orders.

        :return: the orders cancelled
        """
        orders, remaining = self._get_unpaid_cheque_orders(paris_today(), batch_size)
        if orders:
            orders._cancel_for_missing_cheque()
        self.env["ir.cron"]._notify_progress(done=len(orders), remaining=remaining)
        return orders

    @api.model
    def _get_unpaid_cheque_orders(self, today, limit):
        domain = [
            ("is_paid_by_cheque", "=", True),
            ("cheque_received_date", "=", False),
            ("state", "in", CHEQUE_CANCELLABLE_STATES),
            ("cheque_cancellation_date", "<=", today),
            "|",
            ("delivery_status", "=", False),
            ("delivery_status", "=", "pending"),
        ]
        orders = self.search(domain, limit=limit, order="cheque_cancellation_date, id")
        remaining = (
            self.search_count(domain) - len(orders) if len(orders) == limit else 0
        )
        return orders, remaining

    def _cancel_for_missing_cheque(self):
        """Cancel ``self`` (no cheque came), log why and tell the customers."""
        self.with_context(
            tracking_disable=True, disable_cancel_warning=True
        )._action_cancel()
        bodies = {}
        for order in self:
            env = self.with_context(
                lang=order.company_id.partner_id.lang or self.env.lang
            ).env
            bodies[order.id] = Markup("<p>%s</p>") % env._(
                "Order cancelled: no cheque received by %(date)s (cheque hold of "
                "%(days)s days in the terms of sale). The customer was told by "
                "e-mail.",
                date=format_date(env, order.cheque_cancellation_date),
                days=order.cheque_hold_days,
            )
        self._message_log_batch(bodies)
        template = self.env.ref(
            "sale_cancellation_fee.mail_template_cheque_cancellation"
        )
        template.send_mail_batch(self.ids, force_send=False)
        # the lines' amounts recomputed by the cancellation are written at the
        # flush, which reads each line's currency: one query for all lines
        # rather than one per line
        lines = self.order_line
        lines._recompute_recordset()
        lines.fetch(["currency_id"])
        lines.flush_recordset()

    @api.model
    def _cron_schedule_late_delivery_activities(self):
        """Schedule a 'Late delivery' activity on each consumer order whose
        delivery date passed, once per order, in batch."""
        today = paris_today()
        orders = self.search(
            [
                *self._get_late_delivery_domain(today),
                ("late_delivery_reminded_on", "=", False),
            ]
        )
        if not orders:
            return self.env["mail.activity"]
        activity_type = self.env.ref(
            "sale_cancellation_fee.mail_activity_type_delivery_late"
        )
        model_id = self.env["ir.model"]._get_id(self._name)
        activities = (
            self.env["mail.activity"]
            .with_context(mail_activity_quick_update=True)
            .create(
                [
                    {
                        "res_model_id": model_id,
                        "res_id": order.id,
                        "activity_type_id": activity_type.id,
                        # staff read it: in the company's language
                        "summary": activity_type.with_env(
                            reader_env(self.env, order.company_id.partner_id)
                        ).summary,
                        "date_deadline": today,
                        "user_id": order.user_id.id or self.env.uid,
                    }
                    for order in orders
                ]
            )
        )
        orders.write({"late_delivery_reminded_on": today})
        return activities

    # --- Cancellation flow ------------------------------------------------------ #
    def _get_cancellation_outcome(self, values):
        """Check a cancellation and return what it costs and refunds.

        :param values: ``stage`` (optional: ``refused_at_delivery`` for a shipped
            order refused by the customer), ``reason``, ``cancelled_on``,
            ``return_cost``, ``customer_return_cost`` and, for a termination for
            late delivery, ``termination_mode``, ``notice_date``,
            ``extra_period_end``
        :return: dict of the ``sale.order.cancellation`` values
        :raise UserError: the cancellation breaks a rule (field and article named)
        """
        self.ensure_one()
        env = self.env
        policy = self.company_id._get_consumer_policy()
        stage = self._get_cancellation_stage()
        if values.get("stage") == "refused_at_delivery":
            if stage != "shipped":
                raise UserError(
                    env._(
                        "Refused at delivery: %(order)s was not shipped, so its "
                        "parcel cannot have been refused.",
                        order=self.name,
                    )
                )
            stage = "refused_at_delivery"
        reason = values.get("reason") or None
        cancelled_on = values.get("cancelled_on") or paris_today()
        if cancelled_on > paris_today() or cancelled_on < paris_date(self.date_order):
            raise UserError(
                env._(
                    "Cancelled on: %(date)s must be between the order date and today.",
                    date=format_date(env, cancelled_on),
                )
            )
        return_cost = values.get("return_cost") or 0.0
        own_cost = values.get("customer_return_cost") or 0.0
        if reason == "withdrawal":
            if stage != "delivered" and not policy.allow_pre_delivery_withdrawal:
                raise UserError(
                    env._(
                        "Legal ground: your policy does not accept a withdrawal "
                        "before the goods are received; record a cancellation "
                        "under your terms of sale (C. consom. L221-18)."
                    )
                )
            if own_cost and not policy.merchant_pays_return:
                raise UserError(
                    env._(
                        "Customer's own return cost: the consumer bears the direct "
                        "cost of returning withdrawn goods unless your policy says "
                        "the merchant pays it (C. consom. L221-23)."
                    )
                )
        termination = {}
        if reason == "termination_for_late_delivery":
            termination = self._check_late_delivery_termination(
                stage, cancelled_on, values
            )
        flat_excluded, flat_taxes, flat_included = self._get_cancellation_flat_fee()
        paid = self._get_cancellation_paid_amount()
        try:
            result = rules.cancellation_fee(
                self.currency_id.round(paid),
                stage,
                flat_fee=self.currency_id.round(flat_included),
                return_cost=return_cost,
                reason=reason,
                customer_paid_return_cost=own_cost,
            )
        except rules.RuleError as error:
            self._raise_cancellation_rule_error(error)
        fee = float(result.fee)
        if fee > paid:
            raise UserError(
                env._(
                    "Fee: %(fee)s exceeds what the customer paid, %(paid)s; invoice "
                    "the balance instead of deducting it.",
                    fee=format_amount(env, fee, self.currency_id),
                    paid=format_amount(env, paid, self.currency_id),
                )
            )
        charges_flat_fee = bool(
            not reason and stage != "confirmed" and flat_included > 0
        )
        return {
            "order_id": self.id,
            "stage": stage,
            "reason": reason or False,
            "cancelled_on": cancelled_on,
            "paid_amount": paid,
            "flat_fee_amount": flat_included if charges_flat_fee else 0.0,
            "return_cost": return_cost if not reason else 0.0,
            "customer_return_cost": own_cost,
            "fee_amount": fee,
            "refund_amount": float(result.refund),
            "legal_risk": result.legal_risk,
            "article": self._format_cancellation_article(result.article),
            "delivery_due_date": self.delivery_due_date,
            **termination,
            "_flat_fee": (flat_excluded, flat_taxes) if charges_flat_fee else None,
        }

    def _check_late_delivery_termination(self, stage, cancelled_on, values):
        """Check a termination for late delivery (L216-6) against the due date."""
        self.ensure_one()
        env = self.env
        if stage == "delivered":
            raise UserError(
                env._(
                    "Termination for late delivery: %(order)s was delivered; a "
                    "termination has no effect once the goods are received "
                    "(C. consom. L216-6).",
                    order=self.name,
                )
            )
        if not self.delivery_due_date:
            raise UserError(
                env._("Termination for late delivery: the order has no due date.")
            )
        mode = values.get("termination_mode") or "after_notice"
        try:
            rules.late_delivery_termination(
                self.delivery_due_date,
                cancelled_on,
                mode=mode,
                notice_on=values.get("notice_date") or None,
                extra_until=values.get("extra_period_end") or None,
            )
        except rules.RuleError as error:
            self._raise_cancellation_rule_error(error)
        return {
            "termination_mode": mode,
            "notice_date": values.get("notice_date") or False,
            "extra_period_end": values.get("extra_period_end") or False,
        }

    def _raise_cancellation_rule_error(self, error):
        """Re-raise a rules error naming the wizard's field and the article."""
        env = self.env
        labels = {
            "notice_on": "notice_date",
            "extra_until": "extra_period_end",
            "terminated_on": "cancelled_on",
            "customer_paid_return_cost": "customer_return_cost",
            "mode": "termination_mode",
        }
        field_name = labels.get(error.field, error.field)
        field = env["sale.order.consumer.cancel"]._fields.get(field_name or "")
        label = field._description_string(env) if field else (field_name or "")
        detail = {
            "notice_on": env._(
                "the formal notice must come after the delivery date has passed"
            ),
            "extra_until": env._(
                "record the formal notice and the extra period granted, ending "
                "on or after the notice"
            ),
            "terminated_on": env._(
                "the termination must come after the delivery date (or the "
                "extra period) has passed"
            ),
            "return_cost": env._(
                "a carrier return cost only exists once the order was shipped"
            ),
            "stage": env._(
                "delivered goods come back by a withdrawal or for lack of "
                "conformity, not by a cancellation"
            ),
            "customer_paid_return_cost": env._(
                "the customer's own return cost is refunded only under a legal ground"
            ),
        }.get(error.field)
        if isinstance(error, rules.NegativeValueError):
            detail = env._("cannot be negative")
        raise UserError(
            env._(
                "%(field)s: %(detail)s (%(article)s).",
                field=label,
                detail=detail or str(error),
                article=self._format_cancellation_article(error.article or ""),
            )
        ) from error

    @api.model
    def _format_cancellation_article(self, article):
        """Name the code of the articles ("L216-6" gives "C. consom. L216-6")."""
        parts = [part.strip() for part in (article or "").split(",") if part.strip()]
        if not parts:
            return ""
        if parts[0][0] in "LRD" and parts[0][1:2].isdigit():
            return "C. consom. " + ", ".join(parts)
        return ", ".join(parts)

    def _cancel_for_customer(self, values):
        """Record the customer's cancellation (or termination): the refund
        obligation with the fee deducted, the deliveries cancelled or a return
        expected, and the ``sale.order.cancellation`` evidence.

        :return: the cancellation
        :raise UserError: see :meth:`_get_cancellation_outcome`
        """
        self.ensure_one()
        self.check_access("write")
        if not self.can_be_consumer_cancelled:
            raise UserError(
                self.env._(
                    "Cancel order: %(order)s is not a confirmed consumer order, or "
                    "it was already cancelled.",
                    order=self.name,
                )
            )
        outcome = self._get_cancellation_outcome(values)
        flat_fee = outcome.pop("_flat_fee")
        refund = self._create_cancellation_refund(outcome, flat_fee)
        outcome["refund_id"] = refund.id
        stage = outcome["stage"]
        if stage in ("confirmed", "prepared"):
            self.with_context(disable_cancel_warning=True)._action_cancel()
        else:
            self.picking_ids.filtered(
                lambda picking: picking.state not in ("done", "cancel")
            ).action_cancel()
            outcome["return_picking_id"] = self._create_cancellation_return().id
        outcome["explanation"] = values.get("explanation") or False
        cancellation = (
            evidence_writer(self.env["sale.order.cancellation"]).sudo().create(outcome)
        )
        # an internal note: in the company's language
        note_env = reader_env(self.env, self.company_id.partner_id)
        self.message_post(
            body=note_env._(
                "Order cancelled by the customer (%(reference)s, %(stage)s): fee "
                "%(fee)s, refund %(refund)s. %(explanation)s",
                reference=cancellation.name,
                stage=dict(
                    cancellation._fields["stage"]._description_selection(note_env)
                )[stage],
                fee=format_amount(note_env, outcome["fee_amount"], self.currency_id),
                refund=format_amount(
                    note_env, outcome["refund_amount"], self.currency_id
                ),
                explanation=outcome["explanation"] or "",
            )
        )
        return cancellation.with_env(self.env)

    def _create_cancellation_refund(self, outcome, flat_fee):
        """Create the refund obligation in the refund engine (goods, delivery,
        fee lines deducted, the customer's return cost added)."""
        self.ensure_one()
        from .sale_order_cancellation import REFUND_GROUNDS

        ground = REFUND_GROUNDS.get(outcome["reason"], "cancellation")
        customer_env = self.with_context(lang=self.partner_id.lang or self.env.lang).env
        policy = self.company_id._get_consumer_policy()
        line_ids = []
        if flat_fee:
            excluded, taxes = flat_fee
            line_ids.append(
                Command.create(
                    {
                        "line_type": "fee",
                        "product_id": policy.cancellation_fee_product_id.id
                        or self.env.ref(
                            "sale_cancellation_fee.product_cancellation_fee"
                        ).id,
                        "name": customer_env._("Cancellation fee (terms of sale)"),
                        "quantity": 1.0,
                        "price_unit": excluded,
                        "tax_ids": [Command.set(taxes.ids)],
                    }
                )
            )
        if outcome["return_cost"]:
            line_ids.append(
                Command.create(
                    {
                        "line_type": "fee",
                        "product_id": self.env.ref(
                            "sale_cancellation_fee.product_return_cost"
                        ).id,
                        "name": customer_env._(
                            "Carrier return cost (carrier's notice)"
                        ),
                        "quantity": 1.0,
                        "price_unit": outcome["return_cost"],
                        "tax_ids": [Command.clear()],
                    }
                )
            )
        if outcome["customer_return_cost"]:
            line_ids.append(
                Command.create(
                    {
                        "line_type": "cost",
                        "name": customer_env._("Your return cost, refunded"),
                        "amount": outcome["customer_return_cost"],
                    }
                )
            )
        quantities = {
            line: line.product_uom_qty for line in self._get_consumer_goods_lines()
        }
        return self._create_consumer_refund(
            ground,
            outcome["cancelled_on"],
            quantities,
            line_ids=line_ids,
            goods_come_back=outcome["stage"] not in ("confirmed", "prepared"),
        )

    def _create_cancellation_return(self):
        """Create the return expected of the shipped deliveries (all quantities)."""
        self.ensure_one()
        returns = self.env["stock.picking"]
        for picking in self.picking_ids.filtered(
            lambda picking: (
                picking.picking_type_code == "outgoing"
                and picking.state == "done"
                and not picking.return_id
            )
        ):
            wizard = (
                self.env["stock.return.picking"]
                .with_context(active_model="stock.picking", active_ids=picking.ids)
                .create({"picking_id": picking.id})
            )
            for line in wizard.product_return_moves:
                line.quantity = line.move_quantity
            returns |= wizard._create_return()
        return returns[:1]
