# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The decision of a return: which right the ground gives, whether the claim is
in time and under which article, and the documents the outcome creates (return
picking, refund obligation, replacement delivery, repair)."""

from collections import defaultdict
from datetime import datetime, time

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL, float_compare, float_is_zero, format_date

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.tools import (
    paris_date,
    paris_today,
    reader_env,
    rule_errors,
)

import consumer_law_rules as rules

MANAGER_GROUP = "consumer_law.consumer_law_group_manager"
# Outcomes each ground allows (C. consom. L217-9, L217-14, L221-18; C. civ. 1644).
GROUND_OUTCOMES = {
    "withdrawal": ("refund", "refused"),
    "conformity": ("repair", "replacement", "price_reduction", "refund", "refused"),
    "hidden_defect": ("refund", "price_reduction", "refused"),
    "transport_damage": ("replacement", "refund", "refused"),
    "wrong_item": ("replacement", "refund", "refused"),
    "commercial_warranty": ("repair", "replacement", "refused"),
}
# Ground of the refund obligation of each return ground (refund engine).
REFUND_GROUNDS = {
    "conformity": "conformity",
    "wrong_item": "conformity",
    "transport_damage": "conformity",
    "hidden_defect": "hidden_defect",
    "commercial_warranty": "commercial_gesture",
}
# Method computing the facts of each ground (wrong item: a lack of conformity).
FACT_GROUPS = {
    "withdrawal": "withdrawal",
    "conformity": "conformity",
    "wrong_item": "conformity",
    "hidden_defect": "hidden_defect",
    "transport_damage": "transport_damage",
    "commercial_warranty": "commercial_warranty",
}
# Outcomes for which the goods come back to the merchant.
GOODS_BACK_OUTCOMES = ("refund", "replacement", "repair")
# Outcomes whose returned goods leave the customer for good (the delivered
# quantity of the order goes down).
TO_REFUND_OUTCOMES = ("refund",)


class SaleConsumerReturn(models.Model):
    _inherit = "sale.consumer.return"

    # === FIELDS === #
    remedy_information = fields.Text(
        compute="_compute_remedy_information",
        help="What the customer is told when he chooses between repair and "
        "replacement under the legal guarantee: his right to choose and the "
        "extension a repair gives, with the new end date (C. consom. L217-9, "
        "L217-13; Directive (EU) 2024/1799).",
    )

    # === COMPUTE METHODS === #
    @api.depends("ground", "outcome", "repaired_on", "line_ids.guarantee_ids")
    @api.depends_context("lang")
    def _compute_remedy_information(self):
        for claim in self:
            claim.remedy_information = (
                self._get_remedy_information(
                    claim.ground,
                    claim.outcome,
                    claim.line_ids.guarantee_ids,
                    repaired=bool(claim.repaired_on),
                )
                or False
            )

    # === BUSINESS METHODS: FACTS === #
    @api.model
    def _get_remedy_information(self, ground, outcome, units, repaired=False):
        """The information due when the consumer chooses between repair and
        replacement (C. consom. L217-9; Directive (EU) 2024/1799 art. 16): his
        right to choose and the extension a repair gives, with the end date of
        the legal guarantee after the repair. Empty for other grounds and
        outcomes.

        :param units: ``sale.consumer.guarantee`` records of the goods
        :param repaired: the repair is done (the end dates already include it)
        """
        if ground != "conformity" or outcome not in ("repair", "replacement"):
            return ""
        env = self.env
        units = units.filtered("legal_end_date")
        text = env._(
            "Right to choose: the customer chooses between the repair and the "
            "replacement of the goods, free of charge (C. consom. L217-9)."
        )
        if not units:
            return text
        unit = units.sorted(lambda unit: (unit.legal_end_date, unit.id))[0]
        months = unit._get_repair_extension_months(1)
        end = unit.legal_end_date if repaired else unit._get_end_after_repair()
        with rule_errors(env, self._name):
            article = rules.repair_extension_article(unit.contract_date or None)
        return (
            text
            + " "
            + env._(
                "A repair under the legal guarantee extends it by %(months)s months "
                "(contract of %(contract)s): the legal guarantee then runs until "
                "%(end)s (%(article)s).",
                months=months,
                contract=format_date(env, unit.contract_date)
                if unit.contract_date
                else "-",
                end=format_date(env, end),
                article=article,
            )
        )

    @api.model
    def _get_ground_facts(self, order, ground, lines, claim_date, discovery_date=None):
        """Judge a claim on ``ground`` made on ``claim_date``.

        :param lines: return lines (or wizard lines) with ``sale_line_id``,
            ``guarantee_ids`` and ``delivered_on``
        :return: dict with ``in_time`` (the right is open), ``limit`` (its last
            day), ``article``, ``reason`` (translated explanation),
            ``carrier_deadline`` and ``carrier_barred`` (transport damage)
        """
        facts = {
            "in_time": True,
            "limit": False,
            "article": "",
            "reason": "",
            "carrier_deadline": False,
            "carrier_barred": False,
        }
        handler = getattr(self, f"_get_{FACT_GROUPS[ground]}_facts")
        handler(facts, order, ground, lines, claim_date, discovery_date)
        return facts

    def _get_withdrawal_facts(
        self, facts, order, ground, lines, claim_date, discovery_date
    ):
        """The withdrawal window and the L221-28 exclusions."""
        env = self.env
        excluded = lines.sale_line_id.filtered("withdrawal_exclusion")
        deadline = order.withdrawal_deadline
        facts["article"] = "C. consom. L221-18, L221-28"
        facts["limit"] = deadline
        if excluded:
            facts["in_time"] = False
            facts["reason"] = env._(
                "%(products)s: excluded from the right of withdrawal "
                "(C. consom. L221-28).",
                products=", ".join(excluded.product_id.mapped("display_name")),
            )
        elif order.withdrawal_na_reason == "professional":
            facts["in_time"] = False
            facts["reason"] = env._(
                "The customer is not a consumer: no right of withdrawal."
            )
        elif deadline and not rules.is_withdrawal_timely(claim_date, deadline):
            facts["in_time"] = False
            facts["reason"] = env._(
                "The withdrawal window closed on %(date)s (C. consom. L221-18).",
                date=format_date(env, deadline),
            )
        else:
            facts["reason"] = env._(
                "Within the withdrawal window (until %(date)s): refund of the "
                "goods and of the delivery share within 14 days; the goods' "
                "condition only allows a depreciation with its reason and "
                "amount (C. consom. L221-23, L221-24).",
                date=format_date(env, deadline) if deadline else "-",
            )

    def _get_conformity_facts(
        self, facts, order, ground, lines, claim_date, discovery_date
    ):
        """The legal guarantee of conformity of the units (L217-3, L217-7)."""
        env = self.env
        units = lines.guarantee_ids
        ends = [day for day in units.mapped("legal_end_date") if day]
        presumption = [day for day in units.mapped("presumption_end_date") if day]
        limit = min(ends) if ends else False
        facts["limit"] = limit
        facts["article"] = (
            "C. consom. L217-3, L217-7, L217-9"
            if ground == "conformity"
            else "C. consom. L217-4, L217-9"
        )
        if limit and claim_date > limit:
            facts["in_time"] = False
            facts["reason"] = env._(
                "The legal guarantee of conformity ended on %(date)s "
                "(2 years from delivery, C. consom. L217-3).",
                date=format_date(env, limit),
            )
        elif presumption and claim_date <= min(presumption):
            facts["reason"] = env._(
                "Legal guarantee until %(end)s; the defect is presumed to have "
                "existed at delivery until %(presumption)s (C. consom. L217-7). "
                "The customer chooses repair or replacement, free of charge, "
                "within 30 days; price reduction or refund when they fail "
                "(L217-14). All costs are the merchant's.",
                end=format_date(env, limit) if limit else "-",
                presumption=format_date(env, min(presumption)),
            )
        else:
            facts["reason"] = env._(
                "Legal guarantee until %(end)s; the presumption has ended: the "
                "customer must show that the defect existed at delivery "
                "(C. consom. L217-7).",
                end=format_date(env, limit) if limit else "-",
            )

    def _get_hidden_defect_facts(
        self, facts, order, ground, lines, claim_date, discovery_date
    ):
        """Two years from the discovery, 20 from the sale (C. civ. 1648)."""
        env = self.env
        facts["article"] = "C. civ. 1641, 1644, 1648"
        sold_on = paris_date(order.date_order)
        discovered = discovery_date or claim_date
        if discovered < sold_on:
            raise UserError(
                env._(
                    "%(field)s: %(date)s is before the sale of %(sold)s; a hidden "
                    "defect is one the buyer discovers after the sale (C. civ. "
                    "1641, 1648).",
                    field=self._fields["discovery_date"]._description_string(env),
                    date=format_date(env, discovered),
                    sold=format_date(env, sold_on),
                )
            )
        with rule_errors(env, self._name):
            limit = rules.hidden_defect_deadline(discovered, sold_on=sold_on)
        facts["limit"] = limit
        if claim_date > limit:
            facts["in_time"] = False
            facts["reason"] = env._(
                "The action for a hidden defect ended on %(date)s (2 years from "
                "the discovery, within 20 years of the sale, C. civ. 1648, "
                "2232).",
                date=format_date(env, limit),
            )
        else:
            facts["reason"] = env._(
                "Action open until %(date)s: the customer returns the goods for "
                "a full refund or keeps them with a price reduction "
                "(C. civ. 1644).",
                date=format_date(env, limit),
            )

    def _get_transport_damage_facts(
        self, facts, order, ground, lines, claim_date, discovery_date
    ):
        """The carrier reserve window, which never refuses the customer."""
        env = self.env
        delivered = [day for day in lines.mapped("delivered_on") if day]
        facts["article"] = "C. consom. L216-4, L221-15; C. com. L133-3"
        policy = order.company_id._get_consumer_policy()
        if delivered:
            received = min(delivered)
            with rule_errors(env, self._name):
                reserve_end = rules.transport_reserve_deadline(
                    received,
                    days=policy.transport_reserve_days,
                    region=order._get_withdrawal_region(),
                )
            facts["carrier_deadline"] = reserve_end
            facts["carrier_barred"] = claim_date > reserve_end
        carrier = "-"
        if facts["carrier_deadline"]:
            carrier = env._(
                "until %(date)s (C. com. L133-3)",
                date=format_date(env, facts["carrier_deadline"]),
            )
        if facts["carrier_barred"]:
            carrier += env._(" - time-barred: the merchant bears the loss.")
        facts["reason"] = env._(
            "The merchant bears the risk until the customer receives the goods "
            "and answers for its carrier (C. consom. L216-4, L221-15): the "
            "customer is owed a replacement or a refund whatever the delay. "
            "Reserves to the carrier: %(carrier)s.",
            carrier=carrier,
        )

    def _get_commercial_warranty_facts(
        self, facts, order, ground, lines, claim_date, discovery_date
    ):
        """The product's commercial warranty and its exclusions."""
        env = self.env
        units = lines.guarantee_ids
        facts["article"] = "C. consom. L217-21, L217-22, L217-28"
        ends = [day for day in units.mapped("commercial_end_date") if day]
        limit = min(ends) if ends else False
        facts["limit"] = limit
        exclusions = "; ".join(
            text
            for text in lines.sale_line_id.product_id.mapped(
                "commercial_warranty_exclusions"
            )
            if text
        )
        if not limit:
            facts["in_time"] = False
            facts["reason"] = env._(
                "No commercial warranty on these goods; the legal guarantee of "
                "conformity may apply."
            )
        elif claim_date > limit:
            facts["in_time"] = False
            facts["reason"] = env._(
                "The commercial warranty ended on %(date)s.",
                date=format_date(env, limit),
            )
        else:
            facts["reason"] = env._(
                "Commercial warranty until %(date)s; an immobilisation of 7 "
                "days or more for its repair is added to it (C. consom. "
                "L217-28).",
                date=format_date(env, limit),
            )
        if exclusions:
            facts["reason"] += " " + env._(
                "Exclusions: %(exclusions)s", exclusions=exclusions
            )

    # === BUSINESS METHODS: QUANTITIES === #
    def _get_returnable_quantities(self, order):
        """Return {order line: quantity still returnable} of ``order``: delivered,
        minus returned outside these returns, minus open or decided returns
        (other than ``self``) whose goods come back, minus withdrawals not yet
        linked to a return."""
        order = order.sudo()
        lines = order._get_consumer_goods_lines()
        out_moves = lines.move_ids.filtered(
            lambda move: (
                move.state == "done" and move.location_dest_id.usage == "customer"
            )
        )
        other_returns = self.sudo().search(
            [("order_id", "=", order.id), ("id", "not in", self.ids)]
        )
        own_pickings = other_returns.return_picking_ids
        returned_moves = out_moves.returned_move_ids.filtered(
            lambda move: move.state != "cancel" and move.picking_id not in own_pickings
        )
        quantities = defaultdict(float)
        for move in out_moves:
            quantities[move.sale_line_id] += move.product_uom._compute_quantity(
                move.quantity, move.sale_line_id.product_uom
            )
        for move in returned_moves:
            sale_line = move.origin_returned_move_id.sale_line_id
            quantities[sale_line] -= move.product_uom._compute_quantity(
                move.product_uom_qty, sale_line.product_uom
            )
        counted = other_returns.filtered(
            lambda ret: (
                ret.state == "claimed" or ret.outcome in ("refund", "replacement")
            )
        )
        for line in counted.line_ids:
            quantities[line.sale_line_id] -= line.quantity
        withdrawals = (
            order.withdrawal_request_ids.filtered(lambda req: req.state != "cancel")
            - other_returns.withdrawal_request_id
            - self.withdrawal_request_id
        )
        for line in withdrawals.line_ids:
            quantities[line.sale_line_id] -= line.quantity
        return {line.with_env(self.env): max(quantities[line], 0.0) for line in lines}

    # === BUSINESS METHODS: DECISION === #
    @api.model
    def _lock_order(self, order):
        """Lock the order's row until the end of the transaction, so that two
        decisions on one order never return more than was delivered."""
        self.env.cr.execute(
            SQL("UPDATE sale_order SET write_date = write_date WHERE id = %s", order.id)
        )

    def _check_decision(self, values):
        """Refuse a decision the law, the dates or the quantities do not allow.

        :raise UserError: naming the field and the rule; nothing is written.
        """
        self.ensure_one()
        env = self.env
        ground, outcome = values["ground"], values["outcome"]
        order = self.order_id
        if order.state != "sale":
            raise UserError(
                env._("Order: %(order)s is not a confirmed order.", order=order.name)
            )
        if outcome not in GROUND_OUTCOMES[ground]:
            raise UserError(
                env._(
                    "Outcome: %(outcome)s is not a remedy of the ground %(ground)s.",
                    outcome=dict(self._fields["outcome"]._description_selection(env))[
                        outcome
                    ],
                    ground=dict(self._fields["ground"]._description_selection(env))[
                        ground
                    ],
                )
            )
        lines = self.line_ids
        if not lines:
            raise UserError(env._("Goods: choose at least one returned product."))
        self._check_decision_dates()
        if outcome in ("refund", "price_reduction"):
            # the money outcome ends in a credit note: it corrects an invoice
            order._check_consumer_invoiced()
        self._check_decision_quantities(outcome)
        self._check_decision_remedy(values)
        facts = self._get_ground_facts(
            order, ground, lines, self.claim_date, self.discovery_date
        )
        accepted = outcome != "refused"
        if accepted != facts["in_time"]:
            if not (values.get("override_reason") or "").strip():
                raise UserError(
                    env._(
                        "Override justification: the decision differs from the law "
                        "and the time limits (%(reason)s); write why.",
                        reason=facts["reason"],
                    )
                )
            if not env.user.has_group(MANAGER_GROUP):
                raise UserError(
                    env._(
                        "Override justification: only a consumer-law manager may "
                        "decide against the law and the time limits."
                    )
                )
        if outcome == "refused" and not (
            (values.get("override_reason") or "").strip() or not facts["in_time"]
        ):
            raise UserError(env._("Refusal: write the reason."))
        return facts

    def _check_decision_dates(self):
        """The claim (and a hidden defect's discovery) after the delivery and
        not in the future.

        :raise UserError: naming the date field
        """
        env = self.env
        today = paris_today()
        ground = self.ground
        lines = self.line_ids
        claim_date = self.claim_date
        if claim_date > today:
            raise UserError(
                env._(
                    "Claim date: %(date)s is in the future.",
                    date=format_date(env, claim_date),
                )
            )
        delivered = [day for day in lines.mapped("delivered_on") if day]
        if len(delivered) != len(lines):
            raise UserError(
                env._(
                    "Goods: %(products)s were not delivered yet; a claim needs "
                    "delivered goods.",
                    products=", ".join(
                        lines.filtered(
                            lambda line: not line.delivered_on
                        ).product_id.mapped("display_name")
                    ),
                )
            )
        first_delivery = min(delivered)
        if claim_date < first_delivery:
            raise UserError(
                env._(
                    "Claim date: %(date)s is before the delivery of %(delivery)s.",
                    date=format_date(env, claim_date),
                    delivery=format_date(env, first_delivery),
                )
            )
        if ground == "hidden_defect":
            discovery = self.discovery_date
            if not discovery:
                raise UserError(
                    env._(
                        "Discovery date: required for a hidden defect (C. civ. 1648)."
                    )
                )
            if discovery > claim_date or discovery < first_delivery:
                raise UserError(
                    env._(
                        "Discovery date: %(date)s must be between the delivery "
                        "(%(delivery)s) and the claim (%(claim)s).",
                        date=format_date(env, discovery),
                        delivery=format_date(env, first_delivery),
                        claim=format_date(env, claim_date),
                    )
                )

    def _check_decision_quantities(self, outcome):
        """Never more than delivered minus returned or withdrawn; one serial per
        unit coming back; a price reduction within the price paid.

        :raise UserError: naming the goods
        """
        env = self.env
        lines = self.line_ids
        available = self._get_returnable_quantities(self.order_id)
        for line in lines:
            sale_line = line.sale_line_id
            maximum = available.get(sale_line, 0.0)
            if (
                float_compare(
                    line.quantity,
                    maximum,
                    precision_rounding=sale_line.product_uom.rounding or 0.01,
                )
                > 0
            ):
                raise UserError(
                    env._(
                        "Quantity: %(quantity)s %(product)s returned, but only "
                        "%(available)s were delivered and not yet returned or "
                        "withdrawn.",
                        quantity=line.quantity,
                        product=sale_line.product_id.display_name,
                        available=maximum,
                    )
                )
        if outcome in GOODS_BACK_OUTCOMES:
            for line in lines.filtered(
                lambda line: (
                    line.product_id.tracking == "serial"
                    and len(line.lot_ids) != line.quantity
                )
            ):
                raise UserError(
                    env._(
                        "Lots/Serials: give one serial number per unit of "
                        "%(product)s returned (%(count)s for %(quantity)s).",
                        product=line.product_id.display_name,
                        count=len(line.lot_ids),
                        quantity=line.quantity,
                    )
                )
        if outcome == "price_reduction":
            if float_is_zero(sum(lines.mapped("reduction_amount")), precision_digits=2):
                raise UserError(
                    env._("Price reduction: enter the amount granted on the goods.")
                )
            for line in lines:
                share = (
                    line.sale_line_id.price_total
                    * line.quantity
                    / (line.sale_line_id.product_uom_qty or 1.0)
                )
                if float_compare(line.reduction_amount, share, precision_digits=2) > 0:
                    raise UserError(
                        env._(
                            "Price reduction: %(amount)s on %(product)s exceeds the "
                            "price paid for the goods returned, %(price)s.",
                            amount=line.reduction_amount,
                            product=line.product_id.display_name,
                            price=round(share, 2),
                        )
                    )

    def _check_decision_remedy(self, values):
        """Legal guarantee: the customer's choice of remedy; a price reduction or
        a refund only when repair and replacement fail (L217-9, L217-14).

        :raise UserError: naming the missing field
        """
        env = self.env
        ground, outcome = values["ground"], values["outcome"]
        if (
            ground == "conformity"
            and outcome in ("refund", "price_reduction")
            and not (values.get("remedy_failure_reason") or "").strip()
        ):
            raise UserError(
                env._(
                    "Why repair and replacement fail: a price reduction or a refund "
                    "under the legal guarantee is due only when repair and "
                    "replacement are impossible, failed or take over 30 days "
                    "(C. consom. L217-14); write why."
                )
            )
        if (
            ground == "conformity"
            and outcome in ("repair", "replacement")
            and not values.get("customer_choice")
        ):
            raise UserError(
                env._(
                    "Customer's choice: record whether the customer chose repair or "
                    "replacement (C. consom. L217-9)."
                )
            )

    def _decide(self, values):
        """Decide the claim once: check, record the decision, create the
        documents and tell the customer.

        :param values: ``ground``, ``outcome`` and optional ``customer_choice``,
            ``remedy_failure_reason``, ``override_reason``, ``goods_condition``,
            ``depreciation_amount``, ``depreciation_reason``,
            ``withdrawal_request_id``
        :return: True when decided now, False when it already was (a second
            validation creates nothing)
        :raise UserError: the decision is refused; nothing is written
        """
        self.ensure_one()
        self._lock_order(self.order_id)
        self.invalidate_recordset(["state"])
        if self.state != "claimed":
            return False
        writer = evidence_writer(self)
        with self.env.cr.savepoint():
            request = values.get("withdrawal_request_id")
            if request:
                self._check_withdrawal_request(request)
                # its goods are the ones coming back, not goods withdrawn apart
                writer.withdrawal_request_id = request
            facts = self._check_decision(values)
            writer.write(
                {
                    "ground": values["ground"],
                    "outcome": values["outcome"],
                    "state": "refused" if values["outcome"] == "refused" else "decided",
                    "decision_date": paris_today(),
                    "decided_by_id": self.env.uid,
                    "is_in_time": facts["in_time"],
                    "time_limit_date": facts["limit"],
                    "legal_article": facts["article"],
                    # sent to the customer: in his language
                    "decision_reason": self._get_reason_for(
                        self.partner_id, values["ground"], facts
                    ),
                    "override_reason": values.get("override_reason") or False,
                    "customer_choice": values.get("customer_choice") or False,
                    "remedy_failure_reason": values.get("remedy_failure_reason")
                    or False,
                    "carrier_claim_deadline": facts["carrier_deadline"],
                    "is_carrier_claim_barred": facts["carrier_barred"],
                    "goods_condition": values.get("goods_condition") or False,
                }
            )
            self._create_outcome_documents(values)
        self.message_post(
            body=self._get_decision_note(),
            subtype_xmlid="mail.mt_note",
        )
        self._send_decision_mail()
        return True

    def _check_withdrawal_request(self, request):
        """The withdrawal linked is one of the order's, not cancelled, not
        linked to another return.

        :raise UserError: naming the withdrawal request
        """
        self.ensure_one()
        linked = self.search(
            [("withdrawal_request_id", "=", request.id), ("id", "!=", self.id)]
        )
        if (
            self.ground != "withdrawal"
            or request.order_id != self.order_id
            or request.state == "cancel"
            or linked
        ):
            raise UserError(
                self.env._(
                    "Withdrawal request: %(request)s is not an open withdrawal of "
                    "order %(order)s without another return.",
                    request=request.name,
                    order=self.order_id.name,
                )
            )

    def _get_reason_for(self, reader, ground, facts):
        """The reason of ``facts`` (computed in the user's language) written in
        the language of ``reader`` (a ``res.partner``)."""
        self.ensure_one()
        env = reader_env(self.env, reader)
        if env.lang == self.env.lang:
            return facts["reason"]
        return self.with_env(env)._get_ground_facts(
            self.order_id, ground, self.line_ids, self.claim_date, self.discovery_date
        )["reason"]

    def _get_decision_note(self):
        """The decision in the chatter, in the company's language: outcome,
        reason, article and override."""
        self.ensure_one()
        env = reader_env(self.env, self.company_id.partner_id)
        reason = self.decision_reason
        if env.lang != reader_env(self.env, self.partner_id).lang:
            reason = self.with_env(env)._get_ground_facts(
                self.order_id,
                self.ground,
                self.line_ids,
                self.claim_date,
                self.discovery_date,
            )["reason"]
        note = env._(
            "Decision: %(outcome)s (%(ground)s). %(reason)s [%(article)s]",
            outcome=dict(self._fields["outcome"]._description_selection(env))[
                self.outcome
            ],
            ground=dict(self._fields["ground"]._description_selection(env))[
                self.ground
            ],
            reason=reason,
            article=self.legal_article,
        )
        if self.override_reason:
            note += " " + env._(
                "Override by %(user)s: %(reason)s",
                user=env.user.name,
                reason=self.override_reason,
            )
        return note

    # === BUSINESS METHODS: DOCUMENTS === #
    def _create_outcome_documents(self, values):
        """Create the documents of the outcome: return picking when the goods come
        back, then the refund obligation, replacement delivery or repair."""
        self.ensure_one()
        outcome = self.outcome
        if outcome == "refused":
            return
        if outcome in GOODS_BACK_OUTCOMES:
            self._create_return_pickings(to_refund=outcome in TO_REFUND_OUTCOMES)
        if self.ground == "withdrawal":
            self._link_withdrawal_refund(values)
        elif outcome == "refund":
            self._create_refund_obligation()
        elif outcome == "price_reduction":
            self._create_price_reduction()
        elif outcome == "replacement":
            self._create_replacement()
        elif outcome == "repair":
            self._create_repair()

    def _allocate_delivered_moves(self):
        """Return {done delivery move: (quantity, lots)} covering the return
        lines, oldest first, skipping what was already returned."""
        allocation = {}
        for line in self.line_ids:
            moves = (
                line.sale_line_id.sudo()
                .move_ids.filtered(
                    lambda move: (
                        move.state == "done"
                        and move.location_dest_id.usage == "customer"
                    )
                )
                .sorted("id")
            )
            if line.lot_ids:
                for move in moves:
                    lots = move.move_line_ids.lot_id & line.lot_ids
                    if lots:
                        quantity = sum(
                            move.move_line_ids.filtered(
                                lambda ml, lots=lots: ml.lot_id in lots
                            ).mapped("quantity")
                        )
                        allocation[move] = (min(quantity, line.quantity), lots)
                continue
            remaining = line.quantity
            for move in moves:
                if float_is_zero(remaining, precision_digits=6):
                    break
                returned = sum(
                    move.returned_move_ids.filtered(
                        lambda m: m.state != "cancel"
                    ).mapped("product_uom_qty")
                )
                free = move.quantity - returned - allocation.get(move, (0.0,))[0]
                if free <= 0:
                    continue
                taken = min(free, remaining)
                allocation[move] = (taken, self.env["stock.lot"])
                remaining -= taken
        return allocation

    def _create_return_pickings(self, to_refund):
        """Create the return pickings through Odoo's return mechanism (one per
        delivery concerned), with the serial numbers or lots returned."""
        self.ensure_one()
        # the decision was checked and authorised above: the warehouse documents
        # are made for staff who may have no Inventory rights
        allocation = self._allocate_delivered_moves()
        by_picking = defaultdict(dict)
        for move, (quantity, lots) in allocation.items():
            by_picking[move.picking_id][move] = (quantity, lots)
        pickings = self.env["stock.picking"]
        for picking, moves in by_picking.items():
            wizard = (
                self.env["stock.return.picking"]
                .sudo()
                .with_context(active_id=picking.id, active_model="stock.picking")
                .create({"picking_id": picking.id})
            )
            for return_line in wizard.product_return_moves:
                quantity, _lots = moves.get(return_line.move_id, (0.0, None))
                return_line.write({"quantity": quantity, "to_refund": to_refund})
            new_picking = wizard._create_return()
            new_picking.origin = f"{self.name} - {new_picking.origin}"
            for return_move in new_picking.move_ids:
                _quantity, lots = moves[return_move.origin_returned_move_id]
                if lots:
                    return_move.move_line_ids.unlink()
                    self.env["stock.move.line"].sudo().create(
                        [
                            {
                                **return_move._prepare_move_line_vals(
                                    quantity=(
                                        1.0
                                        if lot.product_id.tracking == "serial"
                                        else return_move.product_uom_qty
                                    )
                                ),
                                "lot_id": lot.id,
                            }
                            for lot in lots
                        ]
                    )
            pickings |= new_picking
        evidence_writer(self).write(
            {
                "return_picking_ids": [Command.set(pickings.ids)],
                "return_picking_id": pickings[:1].id,
            }
        )
        return pickings

    def _get_claim_datetime(self):
        """The claim day as an instant (noon, Paris): the withdrawal's receipt."""
        return datetime.combine(self.claim_date, time(10, 0))

    def _link_withdrawal_refund(self, values):
        """Withdrawal: link the customer's withdrawal request (or record it) and
        its refund obligation; the depreciation, with its reason, is the only
        deduction (C. consom. L221-23)."""
        request = (
            values.get("withdrawal_request_id") or self.env["sale.withdrawal.request"]
        )
        if not request:
            request = self.env["sale.withdrawal.request"].create(
                {
                    "order_id": self.order_id.id,
                    "channel": "form",
                    "received_at": self._get_claim_datetime(),
                    "statement": self.description or False,
                    "is_commercial_gesture": not self.is_in_time,
                    "line_ids": [
                        Command.create(
                            {
                                "sale_line_id": line.sale_line_id.id,
                                "quantity": line.quantity,
                            }
                        )
                        for line in self.line_ids
                    ],
                }
            )
        refund_sudo = request.refund_id.sudo()
        if values.get("depreciation_amount"):
            refund_sudo.write(
                {
                    "depreciation_reason": values.get("depreciation_reason"),
                    "depreciation_amount": values["depreciation_amount"],
                }
            )
        if values.get("goods_condition"):
            request.goods_condition = values["goods_condition"]
        evidence_writer(self).write(
            {"withdrawal_request_id": request.id, "refund_id": request.refund_id.id}
        )

    def _create_refund_obligation(self):
        """Refund of the goods returned (and the delivery share) in the refund
        engine; nothing deducted."""
        refund = self.order_id._create_consumer_refund(
            REFUND_GROUNDS[self.ground],
            self.decision_date,
            {line.sale_line_id: line.quantity for line in self.line_ids},
        )
        evidence_writer(self).refund_id = refund
        return refund

    def _create_price_reduction(self):
        """The price reduction granted, goods kept: a refund obligation of
        reduction lines (no delivery share)."""
        refund = self.order_id._create_consumer_refund(
            REFUND_GROUNDS[self.ground],
            self.decision_date,
            {},
            goods_come_back=False,
            line_ids=[
                Command.create(
                    {
                        "line_type": "reduction",
                        "sale_line_id": line.sale_line_id.id,
                        "quantity": line.quantity,
                        "amount": line.reduction_amount,
                    }
                )
                for line in self.line_ids
                if line.reduction_amount
            ],
        )
        evidence_writer(self).refund_id = refund
        return refund

    def _create_replacement(self):
        """A replacement delivery at zero price: an order line at 0 for the goods
        replaced, delivered by the order's usual route."""
        order_sudo = self.order_id.sudo()
        customer_env = reader_env(self.env, order_sudo.partner_id)
        # the line's link to the returned goods is the flow's to give
        lines = (
            evidence_writer(self.env["sale.order.line"])
            .sudo()
            .create(
                [
                    {
                        "order_id": order_sudo.id,
                        "product_id": line.sale_line_id.product_id.id,
                        # the customer's order line: in his language
                        "name": customer_env._(
                            "Replacement (%(return)s): %(product)s",
                            **{"return": self.name},
                            product=line.sale_line_id.name,
                        ),
                        "product_uom_qty": line.quantity,
                        "product_uom": line.sale_line_id.product_uom.id,
                        "price_unit": 0.0,
                        "discount": 0.0,
                        "tax_id": [Command.set(line.sale_line_id.tax_id.ids)],
                        "consumer_return_line_id": line.id,
                    }
                    for line in self.line_ids
                ]
            )
            .with_env(order_sudo.env)
        )
        evidence_writer(self).replacement_line_ids = [Command.set(lines.ids)]
        return lines

    def _create_repair(self):
        """Repair: an activity for the salesperson (the glue module with the
        Repairs app creates a repair order instead)."""
        # staff read it: in the company's language
        env = reader_env(self.env, self.company_id.partner_id)
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=env._("Repair the returned goods"),
            note=env._(
                "Repair %(goods)s under %(ground)s, free of charge for the customer.",
                goods=", ".join(
                    self.line_ids.product_id.with_env(env).mapped("display_name")
                ),
                ground=dict(self._fields["ground"]._description_selection(env))[
                    self.ground
                ],
            ),
            user_id=self.order_id.user_id.id or self.env.uid,
        )

    def _record_repair_done(self, returned_on):
        """The repaired goods are given back on ``returned_on``: extend the legal
        guarantee (12 months once for contracts from 31 July 2026, Directive (EU)
        2024/1799; 6 months before, C. consom. L217-13) or the commercial warranty by
        the immobilisation of 7 days or more (L217-28)."""
        self.ensure_one()
        if self.outcome != "repair" or self.repaired_on:
            raise UserError(
                self.env._(
                    "Repair: %(name)s is not a repair waiting for its goods to be "
                    "given back.",
                    name=self.name,
                )
            )
        if returned_on > paris_today() or returned_on < self.claim_date:
            raise UserError(
                self.env._(
                    "Given back after repair on: %(date)s must be between the claim "
                    "and today.",
                    date=format_date(self.env, returned_on),
                )
            )
        units = evidence_writer(self.line_ids.guarantee_ids.sudo())
        if self.ground == "commercial_warranty":
            for unit in units.filtered("commercial_end_date"):
                with rule_errors(self.env, self._name):
                    end = rules.commercial_guarantee_extension(
                        unit.commercial_end_date,
                        requested_on=self.claim_date,
                        returned_on=returned_on,
                    )
                unit.commercial_extension_days += (end - unit.commercial_end_date).days
        else:
            for unit in units:
                unit.repair_count += 1
        evidence_writer(self).repaired_on = returned_on
        env = reader_env(self.env, self.company_id.partner_id)
        self.message_post(
            body=env._(
                "Goods given back after repair on %(date)s; guarantees extended "
                "(%(article)s).",
                date=format_date(env, returned_on),
                article=(
                    "C. consom. L217-28"
                    if self.ground == "commercial_warranty"
                    else "C. consom. "
                    + rules.repair_extension_article(units[:1].contract_date or None)
                ),
            )
        )

    def _send_decision_mail(self):
        """Tell the customer the decision (and how to send the goods back)."""
        template = self.env.ref(
            "sale_consumer_return.mail_template_return_decision",
            raise_if_not_found=False,
        )
        if template and self.partner_id.email:
            # to the customer, in his language, kept in the return's chatter
            template.send_mail(self.id)

    def _get_return_address(self):
        """Where the goods come back: the warehouse of the return picking."""
        self.ensure_one()
        warehouse = self.return_picking_id.picking_type_id.warehouse_id
        return warehouse.partner_id or self.company_id.partner_id
