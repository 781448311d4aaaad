# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The topics of the compliance pack, one small class each.

A topic names the models it needs (``models``, and optionally ``fields`` on
them); when one is missing (its addon is not installed) the topic is left out of
the pack, the dashboard figures and the mail, never failed. Its rows come from
one or two SQL queries over every selected company and the period, whatever the
number of orders: no per-record read.

Adding a topic is one unit: a subclass of :class:`Topic` decorated with
:func:`register` (``key``, ``sequence``, ``models``, ``article``,
``_get_title``, ``_get_columns``, ``_get_rows``), e.g. in the addon that brings
its model or here. Each row is a tuple whose first item is the company id (not
written) followed by one value per column.
"""

from collections import namedtuple
from datetime import timedelta
from decimal import Decimal
from functools import lru_cache

from odoo.tools import SQL

import consumer_law_rules as rules

TOPICS = []

Column = namedtuple("Column", ["label", "kind", "total"], defaults=[False])
# kind: char, integer, monetary, date, datetime (Paris time)

PARIS_DAY = "((%s AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date"


def register(topic_class):
    """Add ``topic_class`` to the pack's topics (kept ordered by sequence)."""
    TOPICS.append(topic_class)
    TOPICS.sort(key=lambda topic: (topic.sequence, topic.key))
    return topic_class


def paris_day(column):
    """SQL: the Paris calendar day of a UTC ``timestamp`` column."""
    return SQL(PARIS_DAY, SQL(column))


def paris_time(column):
    """SQL: the Paris wall-clock time of a UTC ``timestamp`` column."""
    return SQL("((%s AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')", SQL(column))


class Topic:
    """One topic of the pack.

    :param pack: the :class:`CompliancePack` the topic renders for
    """

    key = ""
    sequence = 100
    models = ()
    fields = {}
    article = ""
    # index (in the written columns) of the amount shown on the summary sheet
    amount_column = None
    # the topic judges today's exposure rather than the period
    is_snapshot = False

    def __init__(self, pack):
        self.pack = pack
        self.env = pack.env

    @classmethod
    def _is_available(cls, env):
        """The topic's models (and fields) exist in this database."""
        return all(model in env for model in cls.models) and all(
            model in env and all(name in env[model]._fields for name in names)
            for model, names in cls.fields.items()
        )

    def _get_title(self):
        raise NotImplementedError

    def _get_columns(self):
        raise NotImplementedError

    def _get_rows(self):
        raise NotImplementedError

    def _get_sheet_name(self):
        """The sheet's name (at most 31 characters)."""
        return self._get_title()[:31]

    def _get_amount_label(self):
        return ""

    def _query(self, query):
        """Run ``query`` (an ``SQL``) and return its rows."""
        self.env.cr.execute(query)
        return self.env.cr.fetchall()

    # shared SQL pieces
    def _companies(self):
        return tuple(self.pack.companies.ids) or (0,)

    def _in_period(self, column):
        return SQL(
            "%s BETWEEN %s AND %s",
            paris_day(column),
            self.pack.date_from,
            self.pack.date_to,
        )

    def _name(self, alias):
        """SQL: the name of a jsonb-translated record (product, for instance)."""
        return SQL(
            "COALESCE(%s->>%s, %s->>'en_US')",
            SQL(f"{alias}.name"),
            self.pack.lang,
            SQL(f"{alias}.name"),
        )

    def _selection_labels(self, model, field):
        return dict(
            self.env[model]._fields[field]._description_selection(self.env) or []
        )


@register
class WithdrawalWindowTopic(Topic):
    """Orders whose withdrawal window is open or closes within 3 days (today)."""

    key = "withdrawal_windows"
    sequence = 10
    models = ("sale.withdrawal.request",)
    fields = {"sale.order": ["withdrawal_deadline", "withdrawal_state"]}
    article = "C. consom. L221-18"
    amount_column = 6
    is_snapshot = True

    def _get_title(self):
        return self.env._("Withdrawal windows open or closing")

    def _get_sheet_name(self):
        return self.env._("Withdrawal windows")

    def _get_amount_label(self):
        return self.env._("Order totals")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Window starts"), "date"),
            Column(_("Last day"), "date"),
            Column(_("Days left"), "integer"),
            Column(_("Order total"), "monetary", True),
            Column(_("Window"), "char"),
        ]

    def _get_rows(self):
        # the withdrawal addon's own threshold (present: the topic needs it)
        from odoo.addons.sale_withdrawal.models.sale_order import CLOSING_SOON_DAYS

        today = self.pack.today
        orders = (
            self.env["sale.order"]
            .sudo()
            ._search(
                [
                    ("company_id", "in", self.pack.companies.ids),
                    ("withdrawal_state", "in", ("open", "closing")),
                ]
            )
        )
        closing = self.env._("Closes within 3 days")
        opened = self.env._("Open")
        return self._query(
            SQL(
                """
                SELECT so.company_id, company.name, so.name, partner.name,
                       so.withdrawal_start_date, so.withdrawal_deadline,
                       so.withdrawal_deadline - %(today)s::date,
                       so.amount_total,
                       CASE WHEN so.withdrawal_deadline <= %(soon)s::date
                            THEN %(closing)s ELSE %(opened)s END
                  FROM sale_order so
                  JOIN res_company company ON company.id = so.company_id
                  JOIN res_partner partner ON partner.id = so.partner_id
                 WHERE so.id IN %(orders)s
                 ORDER BY so.withdrawal_deadline, so.id
                """,
                today=today,
                soon=today + timedelta(days=CLOSING_SOON_DAYS),
                closing=closing,
                opened=opened,
                orders=orders.subselect(),
            )
        )


@register
class WithdrawalRequestTopic(Topic):
    """Withdrawal requests received in the period or still to refund, with their
    refund due date and the L242-4 surcharge owed today."""

    key = "withdrawal_requests"
    sequence = 20
    models = ("sale.withdrawal.request", "sale.consumer.refund")
    article = "C. consom. L221-24, L242-4"
    amount_column = 9

    def _get_title(self):
        return self.env._("Withdrawal requests and refunds")

    def _get_sheet_name(self):
        return self.env._("Withdrawal requests")

    def _get_amount_label(self):
        return self.env._("Surcharge owed today")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Request"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Received on (Paris time)"), "datetime"),
            Column(_("Refund due by"), "date"),
            Column(_("Amount to refund"), "monetary", True),
            Column(_("Refunded on"), "date"),
            Column(_("Days late"), "integer"),
            Column(_("Surcharge owed today"), "monetary", True),
            Column(_("Status"), "char"),
        ]

    def _get_rows(self):
        rows = self._query(
            SQL(
                """
                SELECT req.company_id, company.name, req.name, so.name, partner.name,
                       %(received)s, COALESCE(refund.due_date, req.refund_due_date),
                       COALESCE(refund.amount, 0), refund.refund_date,
                       req.state, refund.goods_amount, refund.contract_date,
                       refund.started_on, COALESCE(refund.is_cancelled, FALSE)
                  FROM sale_withdrawal_request req
                  JOIN sale_order so ON so.id = req.order_id
                  JOIN res_company company ON company.id = req.company_id
                  JOIN res_partner partner ON partner.id = req.partner_id
             LEFT JOIN sale_consumer_refund refund ON refund.id = req.refund_id
                 WHERE req.company_id IN %(companies)s
                   AND (%(in_period)s
                        OR (req.state NOT IN ('refunded', 'cancel')
                            AND refund.refund_date IS NULL))
                 ORDER BY req.received_at, req.id
                """,
                received=paris_time("req.received_at"),
                companies=self._companies(),
                in_period=self._in_period("req.received_at"),
            )
        )
        states = self._selection_labels("sale.withdrawal.request", "state")
        today = self.pack.today
        result = []
        for row in rows:
            (company, *head, due, amount, refunded, state) = row[:10]
            goods, contract, started, cancelled = row[10:]
            days_late, surcharge = self.pack._get_late_refund(
                "withdrawal",
                amount,
                due,
                refunded,
                today,
                goods,
                contract or started,
                cancelled,
            )
            label = states.get(state, state)
            if days_late and not refunded:
                label = self.env._("Late")
            result.append(
                (company, *head, due, amount, refunded, days_late, surcharge, label)
            )
        return result


@register
class RefundObligationTopic(Topic):
    """Every refund obligation, by legal ground, started in the period or open."""

    key = "refund_obligations"
    sequence = 30
    models = ("sale.consumer.refund",)
    article = "C. consom. L221-24, L216-7, L217-17, L241-4, L242-4"
    amount_column = 6

    def _get_title(self):
        return self.env._("Refund obligations by ground")

    def _get_sheet_name(self):
        return self.env._("Refund obligations")

    def _get_amount_label(self):
        return self.env._("Amounts to refund")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Refund"), "char"),
            Column(_("Ground"), "char"),
            Column(_("Article"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Amount"), "monetary", True),
            Column(_("Started on"), "date"),
            Column(_("Due by"), "date"),
            Column(_("Refunded on"), "date"),
            Column(_("Days late"), "integer"),
            Column(_("Surcharge owed today"), "monetary", True),
            Column(_("Status"), "char"),
        ]

    def _get_rows(self):
        rows = self._query(
            SQL(
                """
                SELECT refund.company_id, company.name, refund.name, refund.ground,
                       refund.legal_basis, so.name, partner.name, refund.amount,
                       refund.started_on, refund.due_date, refund.refund_date,
                       refund.goods_amount, refund.contract_date, refund.is_cancelled
                  FROM sale_consumer_refund refund
                  JOIN sale_order so ON so.id = refund.order_id
                  JOIN res_company company ON company.id = refund.company_id
                  JOIN res_partner partner ON partner.id = so.partner_id
                 WHERE refund.company_id IN %(companies)s
                   AND (refund.started_on BETWEEN %(start)s AND %(end)s
                        OR (NOT refund.is_cancelled AND refund.refund_date IS NULL))
                 ORDER BY refund.ground, refund.due_date, refund.id
                """,
                companies=self._companies(),
                start=self.pack.date_from,
                end=self.pack.date_to,
            )
        )
        grounds = self._selection_labels("sale.consumer.refund", "ground")
        states = self._selection_labels("sale.consumer.refund", "state")
        today = self.pack.today
        result = []
        for row in rows:
            (company, company_name, name, ground, basis, order, partner, amount) = row[
                :8
            ]
            started, due, refunded, goods, contract, cancelled = row[8:]
            days_late, surcharge = self.pack._get_late_refund(
                ground,
                amount,
                due,
                refunded,
                today,
                goods,
                contract or started,
                cancelled,
            )
            if cancelled:
                state = "cancelled"
            elif refunded:
                state = "refunded"
            elif due and due < today:
                state = "late"
            else:
                state = "to_refund"
            result.append(
                (
                    company,
                    company_name,
                    name,
                    grounds.get(ground, ground),
                    basis or "",
                    order,
                    partner,
                    amount,
                    started,
                    due,
                    refunded,
                    days_late,
                    surcharge,
                    states.get(state, state),
                )
            )
        return result


@register
class MissingAcceptanceTopic(Topic):
    """Consumer orders confirmed in the period without a recorded acceptance."""

    key = "missing_acceptance"
    sequence = 40
    models = ("cgv.acceptance",)
    article = "C. civ. 1127-1, 1127-2; C. consom. L221-14"
    amount_column = 6

    def _get_title(self):
        return self.env._("Orders confirmed without recorded acceptance")

    def _get_sheet_name(self):
        return self.env._("No recorded acceptance")

    def _get_amount_label(self):
        return self.env._("Order totals")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Confirmed on (Paris time)"), "datetime"),
            Column(_("Terms version stamped"), "char"),
            Column(_("Salesperson"), "char"),
            Column(_("Order total"), "monetary", True),
        ]

    def _get_rows(self):
        return self._query(
            SQL(
                """
                SELECT so.company_id, company.name, so.name, partner.name,
                       %(confirmed)s, COALESCE(version.name, ''),
                       COALESCE(salesman.name, ''), so.amount_total
                  FROM sale_order so
                  JOIN res_company company ON company.id = so.company_id
                  JOIN res_partner partner ON partner.id = so.partner_id
                  JOIN res_partner commercial
                    ON commercial.id = partner.commercial_partner_id
             LEFT JOIN cgv_version version ON version.id = so.cgv_version_id
             LEFT JOIN res_users users ON users.id = so.user_id
             LEFT JOIN res_partner salesman ON salesman.id = users.partner_id
                 WHERE so.company_id IN %(companies)s
                   AND so.state = 'sale'
                   AND commercial.is_consumer
                   AND %(in_period)s
                   AND NOT EXISTS (
                       SELECT 1 FROM cgv_acceptance acceptance
                        WHERE acceptance.order_id = so.id)
                 ORDER BY so.date_order, so.id
                """,
                confirmed=paris_time("so.date_order"),
                companies=self._companies(),
                in_period=self._in_period("so.date_order"),
            )
        )


@register
class TermsVersionTopic(Topic):
    """Terms-of-sale versions in force at some point of the period, with their
    SHA-256 (the evidence of what customers accepted)."""

    key = "terms_versions"
    sequence = 50
    models = ("cgv.version",)
    # orders stamped with their version (sale_cgv)
    fields = {"sale.order": ["cgv_version_id"]}
    article = "C. civ. 1127-1; C. consom. L221-5, L221-11"

    def _get_title(self):
        return self.env._("Terms of sale versions in force")

    def _get_sheet_name(self):
        return self.env._("Terms versions")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Terms of sale"), "char"),
            Column(_("Version"), "integer"),
            Column(_("Language"), "char"),
            Column(_("In force from (Paris time)"), "datetime"),
            Column(_("Replaced on (Paris time)"), "datetime"),
            Column(_("Orders stamped"), "integer", True),
            Column(_("SHA-256"), "char"),
        ]

    def _get_rows(self):
        return self._query(
            SQL(
                """
                WITH published AS (
                    SELECT version.*,
                           LEAD(version.effective_date) OVER (
                               PARTITION BY version.document_id, version.lang
                               ORDER BY version.effective_date, version.id
                           ) AS replaced_at
                      FROM cgv_version version
                     WHERE version.state IN ('published', 'archived')
                       AND version.company_id IN %(companies)s
                ), stamped AS (
                    SELECT cgv_version_id, COUNT(*) AS orders
                      FROM sale_order
                     WHERE cgv_version_id IN (SELECT id FROM published)
                       AND company_id IN %(companies)s
                     GROUP BY cgv_version_id
                )
                SELECT published.company_id, company.name,
                       COALESCE(document.name->>%(lang)s, document.name->>'en_US'),
                       published.version, COALESCE(published.lang, ''),
                       %(effective)s, %(replaced)s,
                       COALESCE(stamped.orders, 0), published.content_sha256
                  FROM published
                  JOIN cgv_document document ON document.id = published.document_id
                  JOIN res_company company ON company.id = published.company_id
             LEFT JOIN stamped ON stamped.cgv_version_id = published.id
                 WHERE %(effective_day)s <= %(end)s
                   AND (published.replaced_at IS NULL
                        OR %(replaced_day)s >= %(start)s)
                 ORDER BY company.name, published.document_id, published.lang,
                          published.effective_date
                """,
                companies=self._companies(),
                lang=self.pack.lang,
                effective=paris_time("published.effective_date"),
                replaced=paris_time("published.replaced_at"),
                effective_day=paris_day("published.effective_date"),
                replaced_day=paris_day("published.replaced_at"),
                start=self.pack.date_from,
                end=self.pack.date_to,
            )
        )


@register
class ReturnTopic(Topic):
    """Returns claimed in the period or still to decide, by legal ground and
    outcome, with the customer's time limit and the refund owed."""

    key = "returns"
    sequence = 60
    models = ("sale.consumer.return",)
    article = "C. consom. L217-3 ff., L221-18; C. civ. 1641-1648"
    amount_column = 13

    def _get_title(self):
        return self.env._("Returns by ground and outcome")

    def _get_sheet_name(self):
        return self.env._("Returns")

    def _get_amount_label(self):
        return self.env._("Amounts to refund")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Return"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Ground"), "char"),
            Column(_("Claimed on"), "date"),
            Column(_("Time limit"), "date"),
            Column(_("In time"), "char"),
            Column(_("Status"), "char"),
            Column(_("Outcome"), "char"),
            Column(_("Decided on"), "date"),
            Column(_("Article"), "char"),
            Column(_("Return delivery"), "char"),
            Column(_("Amount to refund"), "monetary", True),
            Column(_("Refund due by"), "date"),
            Column(_("Carrier claim until"), "date"),
            Column(_("Carrier claim time-barred"), "char"),
        ]

    def _get_rows(self):
        rows = self._query(
            SQL(
                """
                SELECT claim.company_id, company.name, claim.name, so.name,
                       partner.name, claim.ground, claim.claim_date,
                       claim.time_limit_date, claim.is_in_time, claim.state,
                       claim.outcome, claim.decision_date,
                       COALESCE(claim.legal_article, ''),
                       COALESCE(picking.name, ''), COALESCE(refund.amount, 0),
                       refund.due_date, claim.carrier_claim_deadline,
                       claim.is_carrier_claim_barred
                  FROM sale_consumer_return claim
                  JOIN sale_order so ON so.id = claim.order_id
                  JOIN res_company company ON company.id = claim.company_id
                  JOIN res_partner partner ON partner.id = claim.partner_id
             LEFT JOIN stock_picking picking ON picking.id = claim.return_picking_id
             LEFT JOIN sale_consumer_refund refund
                    ON refund.id = claim.refund_id AND refund.is_cancelled IS NOT TRUE
                 WHERE claim.company_id IN %(companies)s
                   AND (claim.claim_date BETWEEN %(start)s AND %(end)s
                        OR claim.state = 'claimed')
                 ORDER BY claim.ground, claim.claim_date, claim.id
                """,
                companies=self._companies(),
                start=self.pack.date_from,
                end=self.pack.date_to,
            )
        )
        model = "sale.consumer.return"
        grounds = self._selection_labels(model, "ground")
        states = self._selection_labels(model, "state")
        outcomes = self._selection_labels(model, "outcome")
        yes, no = self.env._("Yes"), self.env._("No")
        result = []
        for row in rows:
            (*head, ground, claimed, limit, in_time, state, outcome) = row[:11]
            decided, article, picking, amount, due, carrier, barred = row[11:]
            decided_in_time = "" if state == "claimed" else (yes if in_time else no)
            result.append(
                (
                    *head,
                    grounds.get(ground, ground),
                    claimed,
                    limit,
                    decided_in_time,
                    states.get(state, state),
                    outcomes.get(outcome, outcome or ""),
                    decided,
                    article,
                    picking,
                    amount,
                    due,
                    carrier,
                    (yes if barred else no) if carrier else "",
                )
            )
        return result


@register
class GuaranteeExtensionTopic(Topic):
    """Delivered units whose legal guarantee was extended by repairs under it and
    still runs at the start of the period: the months added (12 once for
    contracts from 31 July 2026, 6 per repair before) and the new end."""

    key = "guarantee_extensions"
    sequence = 65
    models = ("sale.consumer.guarantee",)
    fields = {
        "sale.consumer.guarantee": (
            "repair_extension_months",
            "contract_date",
            "contract_date_source",
        )
    }
    article = "C. consom. L217-13; Dir. 2019/771 art. 10(1) (Dir. (EU) 2024/1799)"

    def _get_title(self):
        return self.env._("Legal guarantee extensions after repair")

    def _get_sheet_name(self):
        return self.env._("Guarantee extensions")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Product"), "char"),
            Column(_("Lot/Serial"), "char"),
            Column(_("Contract date"), "date"),
            Column(_("Contract date from"), "char"),
            Column(_("Delivered on"), "date"),
            Column(_("Repairs"), "integer", True),
            Column(_("Months added"), "integer"),
            Column(_("Legal guarantee until"), "date"),
        ]

    def _get_rows(self):
        rows = self._query(
            SQL(
                """
                SELECT unit.company_id, company.name, so.name, partner.name,
                       %(product)s, COALESCE(lot.name, ''), unit.contract_date,
                       unit.contract_date_source, unit.delivered_on,
                       unit.repair_count, unit.repair_extension_months,
                       unit.legal_end_date
                  FROM sale_consumer_guarantee unit
                  JOIN sale_order so ON so.id = unit.order_id
                  JOIN res_company company ON company.id = unit.company_id
                  JOIN res_partner partner ON partner.id = unit.partner_id
                  JOIN product_product variant ON variant.id = unit.product_id
                  JOIN product_template template
                    ON template.id = variant.product_tmpl_id
             LEFT JOIN stock_lot lot ON lot.id = unit.lot_id
                 WHERE unit.company_id IN %(companies)s
                   AND unit.repair_count > 0
                   AND unit.legal_end_date >= %(start)s
                 ORDER BY unit.legal_end_date, unit.id
                """,
                product=self._name("template"),
                companies=self._companies(),
                start=self.pack.date_from,
            )
        )
        sources = self._selection_labels(
            "sale.consumer.guarantee", "contract_date_source"
        )
        return [(*row[:7], sources.get(row[7], row[7] or ""), *row[8:]) for row in rows]


@register
class CancellationTopic(Topic):
    """Orders cancelled or terminated for late delivery in the period, or whose
    refund is still owed: the stage reached, the legal ground, the fee deducted
    and the refund."""

    key = "cancellations"
    sequence = 70
    models = ("sale.order.cancellation",)
    article = "C. consom. L216-6, L216-7, L212-1, L221-24"
    amount_column = 8

    def _get_title(self):
        return self.env._("Cancellations and fees billed")

    def _get_sheet_name(self):
        return self.env._("Cancellations")

    def _get_amount_label(self):
        return self.env._("Fees deducted, tax included")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Cancellation"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Cancelled on"), "date"),
            Column(_("Stage"), "char"),
            Column(_("Legal ground"), "char"),
            Column(_("Paid"), "monetary", True),
            Column(_("Fee deducted, tax included"), "monetary", True),
            Column(_("Carrier's return cost"), "monetary", True),
            Column(_("Customer's cost refunded"), "monetary", True),
            Column(_("Refund"), "monetary", True),
            Column(_("Refund due by"), "date"),
            Column(_("Fee at legal risk"), "char"),
            Column(_("Article"), "char"),
            Column(_("Status"), "char"),
        ]

    def _get_rows(self):
        rows = self._query(
            SQL(
                """
                SELECT cancellation.company_id, company.name, cancellation.name,
                       so.name, partner.name, cancellation.cancelled_on,
                       cancellation.stage, cancellation.reason,
                       cancellation.termination_mode,
                       COALESCE(cancellation.paid_amount, 0),
                       COALESCE(cancellation.fee_amount, 0),
                       COALESCE(cancellation.return_cost, 0),
                       COALESCE(cancellation.customer_return_cost, 0),
                       COALESCE(cancellation.refund_amount, 0),
                       cancellation.refund_due_date, cancellation.legal_risk,
                       COALESCE(cancellation.article, ''), cancellation.state
                  FROM sale_order_cancellation cancellation
                  JOIN sale_order so ON so.id = cancellation.order_id
                  JOIN res_company company ON company.id = cancellation.company_id
                  JOIN res_partner partner ON partner.id = cancellation.partner_id
                 WHERE cancellation.company_id IN %(companies)s
                   AND (cancellation.cancelled_on BETWEEN %(start)s AND %(end)s
                        OR cancellation.state = 'to_refund')
                 ORDER BY cancellation.cancelled_on, cancellation.id
                """,
                companies=self._companies(),
                start=self.pack.date_from,
                end=self.pack.date_to,
            )
        )
        model = "sale.order.cancellation"
        stages = self._selection_labels(model, "stage")
        reasons = self._selection_labels(model, "reason")
        modes = self._selection_labels(model, "termination_mode")
        states = self._selection_labels(model, "state")
        yes, no = self.env._("Yes"), self.env._("No")
        result = []
        for row in rows:
            (*head, stage, reason, mode, paid, fee, carrier, customer) = row[:13]
            refund, due, legal_risk, article, state = row[13:]
            ground = reasons.get(reason, reason) if reason else ""
            if mode:
                ground = f"{ground} ({modes.get(mode, mode)})"
            result.append(
                (
                    *head,
                    stages.get(stage, stage),
                    ground,
                    paid,
                    fee,
                    carrier,
                    customer,
                    refund,
                    due,
                    yes if legal_risk else no,
                    article,
                    states.get(state, state or ""),
                )
            )
        return result


@register
class CarrierFeeTopic(Topic):
    """Carrier storage fees (and paid address changes) billed in the period."""

    key = "storage_fees"
    sequence = 80
    models = ("sale.order.line",)
    fields = {"sale.order.line": ["carrier_fee_type"]}
    article = "C. civ. 1103 (terms of sale); C. consom. L221-5"
    amount_column = 6

    def _get_title(self):
        return self.env._("Storage fees billed")

    def _get_sheet_name(self):
        return self.env._("Storage fees")

    def _get_amount_label(self):
        return self.env._("Fees billed, tax included")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Fee"), "char"),
            Column(_("Billed on"), "date"),
            Column(_("Description"), "char"),
            Column(_("Amount, tax included"), "monetary", True),
            Column(_("Invoiced"), "char"),
        ]

    def _get_rows(self):
        types = self._selection_labels("sale.order.line", "carrier_fee_type")
        yes, no = self.env._("Yes"), self.env._("No")
        rows = self._query(
            SQL(
                """
                SELECT line.company_id, company.name, so.name, partner.name,
                       line.carrier_fee_type, %(billed)s, line.name,
                       line.price_total, line.qty_invoiced >= line.product_uom_qty
                  FROM sale_order_line line
                  JOIN sale_order so ON so.id = line.order_id
                  JOIN res_company company ON company.id = line.company_id
                  JOIN res_partner partner ON partner.id = so.partner_id
                 WHERE line.company_id IN %(companies)s
                   AND line.carrier_fee_type IS NOT NULL
                   AND so.state = 'sale'
                   AND %(in_period)s
                 ORDER BY line.create_date, line.id
                """,
                billed=paris_day("line.create_date"),
                companies=self._companies(),
                in_period=self._in_period("line.create_date"),
            )
        )
        return [
            (*row[:4], types.get(row[4], row[4]), *row[5:8], yes if row[8] else no)
            for row in rows
        ]


@register
class RetentionOfTitleTopic(Topic):
    """Goods delivered under retention of title and still unpaid (today)."""

    key = "retention_of_title"
    sequence = 90
    models = ("account.retention.title.report",)
    article = "C. civ. 2367, 2371; C. com. L624-9, L624-16"
    amount_column = 9
    is_snapshot = True

    def _get_title(self):
        return self.env._("Goods under retention of title")

    def _get_sheet_name(self):
        return self.env._("Retention of title")

    def _get_amount_label(self):
        return self.env._("Unpaid share")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Order"), "char"),
            Column(_("Delivery"), "char"),
            Column(_("Product"), "char"),
            Column(_("Lot/Serial number"), "char"),
            Column(_("Quantity"), "number", True),
            Column(_("Delivered on"), "date"),
            Column(_("Value of the goods"), "monetary", True),
            Column(_("Unpaid"), "monetary", True),
            Column(_("Days overdue"), "integer"),
            Column(_("Claim deadline (L624-9)"), "date"),
        ]

    def _get_rows(self):
        report = self.env["account.retention.title.report"]
        return self._query(
            SQL(
                """
                SELECT goods.company_id, company.name, partner.name, so.name,
                       picking.name, %(product)s, COALESCE(lot.name, ''),
                       goods.quantity, goods.delivered_date, goods.goods_value,
                       goods.amount_unpaid, goods.days_overdue, goods.claim_deadline
                  FROM (%(goods)s) goods
                  JOIN res_company company ON company.id = goods.company_id
                  JOIN res_partner partner ON partner.id = goods.partner_id
                  JOIN sale_order so ON so.id = goods.order_id
                  JOIN stock_picking picking ON picking.id = goods.picking_id
                  JOIN product_product product ON product.id = goods.product_id
                  JOIN product_template template
                    ON template.id = product.product_tmpl_id
             LEFT JOIN stock_lot lot ON lot.id = goods.lot_id
                 WHERE goods.company_id IN %(companies)s
                 ORDER BY partner.name, goods.delivered_date, goods.id
                """,
                product=self._name("template"),
                goods=report._table_query,
                companies=self._companies(),
            )
        )


@register
class ComplaintTopic(Topic):
    """Written complaints received in the period or still open, with the answer
    owed per the company's commitment and the mediation referral (L612-2)."""

    key = "complaints"
    sequence = 100
    models = ("consumer.complaint",)
    article = "C. consom. L612-1, L612-2, R612-5"

    def _get_title(self):
        return self.env._("Complaints and mediations")

    def _get_sheet_name(self):
        return self.env._("Complaints")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Complaint"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Written complaint on"), "date"),
            Column(_("Channel"), "char"),
            Column(_("Subject"), "char"),
            Column(_("Answer due on"), "date"),
            Column(_("Answered on"), "date"),
            Column(_("Days late answering"), "integer"),
            Column(_("Status"), "char"),
            Column(_("Mediator"), "char"),
            Column(_("Mediation asked on"), "date"),
            Column(_("Mediation admissible"), "char"),
            Column(_("Mediation outcome due on"), "date"),
            Column(_("Mediation outcome"), "char"),
            Column(_("Outcome on"), "date"),
        ]

    def _get_rows(self):
        rows = self._query(
            SQL(
                """
                SELECT complaint.company_id, company.name, complaint.name,
                       COALESCE(so.name, ''), partner.name, complaint.complaint_date,
                       complaint.channel, complaint.subject,
                       complaint.answer_due_date, complaint.answer_date,
                       CASE WHEN complaint.answer_date IS NULL
                                 AND complaint.state = 'received'
                                 AND complaint.answer_due_date < %(today)s::date
                            THEN %(today)s::date - complaint.answer_due_date
                            ELSE 0 END,
                       complaint.state, COALESCE(mediator.name, ''),
                       complaint.mediation_request_date,
                       complaint.mediation_admissible, complaint.mediation_reason,
                       complaint.mediation_outcome_due_date,
                       complaint.mediation_outcome, complaint.mediation_outcome_date
                  FROM consumer_complaint complaint
                  JOIN res_company company ON company.id = complaint.company_id
                  JOIN res_partner partner ON partner.id = complaint.partner_id
             LEFT JOIN sale_order so ON so.id = complaint.order_id
             LEFT JOIN consumer_mediator mediator
                    ON mediator.id = complaint.mediator_id
                 WHERE complaint.company_id IN %(companies)s
                   AND complaint.state != 'cancel'
                   AND (complaint.complaint_date BETWEEN %(start)s AND %(end)s
                        OR complaint.state IN ('received', 'answered', 'mediation'))
                 ORDER BY complaint.complaint_date, complaint.id
                """,
                today=self.pack.today,
                companies=self._companies(),
                start=self.pack.date_from,
                end=self.pack.date_to,
            )
        )
        channels = self._selection_labels("consumer.complaint", "channel")
        states = self._selection_labels("consumer.complaint", "state")
        outcomes = self._selection_labels("consumer.complaint", "mediation_outcome")
        _ = self.env._
        result = []
        for row in rows:
            (*head, channel, subject, due, answered, late, state, mediator) = row[:13]
            asked, admissible, reason, outcome_due, outcome, outcome_on = row[13:]
            if not asked:
                eligibility = ""
            elif admissible:
                eligibility = _("Yes")
            else:
                eligibility = _("No (%(reason)s)", reason=reason or "")
            result.append(
                (
                    *head,
                    channels.get(channel, channel or ""),
                    subject,
                    due,
                    answered,
                    late,
                    states.get(state, state),
                    mediator,
                    asked,
                    eligibility,
                    outcome_due,
                    outcomes.get(outcome, outcome or ""),
                    outcome_on,
                )
            )
        return result


@register
class ArchiveRegisterTopic(Topic):
    """Orders concluded in the period at or above the archiving threshold, with
    the day until which the contract must be kept (L213-1, D213-2)."""

    key = "archive_register"
    sequence = 110
    models = ("sale.order", "consumer.law.policy")
    article = "C. consom. L213-1, D213-1, D213-2"
    amount_column = 5

    def _get_title(self):
        return self.env._("Archive register")

    def _get_sheet_name(self):
        return self.env._("Archive register")

    def _get_amount_label(self):
        return self.env._("Order totals")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Concluded on"), "date"),
            Column(_("Delivered on"), "date"),
            Column(_("Total, tax included"), "monetary", True),
            Column(_("Keep until"), "date"),
        ]

    def _get_rows(self):
        rows = self._query(
            SQL(
                """
                WITH delivered AS (
                    SELECT picking.sale_id, MAX(%(done)s) AS delivered_on
                      FROM stock_picking picking
                      JOIN stock_picking_type picking_type
                        ON picking_type.id = picking.picking_type_id
                     WHERE picking.state = 'done'
                       AND picking_type.code = 'outgoing'
                       AND picking.company_id IN %(companies)s
                     GROUP BY picking.sale_id
                )
                SELECT so.company_id, company.name, so.name, partner.name,
                       %(concluded)s, delivered.delivered_on, so.amount_total,
                       policy.archive_threshold, policy.archive_years
                  FROM sale_order so
                  JOIN res_company company ON company.id = so.company_id
                  JOIN res_partner partner ON partner.id = so.partner_id
                  JOIN res_partner commercial
                    ON commercial.id = partner.commercial_partner_id
                  JOIN consumer_law_policy policy ON policy.company_id = so.company_id
             LEFT JOIN delivered ON delivered.sale_id = so.id
                 WHERE so.company_id IN %(companies)s
                   AND so.state = 'sale'
                   AND commercial.is_consumer
                   AND so.amount_total >= policy.archive_threshold
                   AND %(in_period)s
                 ORDER BY so.date_order, so.id
                """,
                done=paris_day("picking.date_done"),
                concluded=paris_day("so.date_order"),
                companies=self._companies(),
                in_period=self._in_period("so.date_order"),
            )
        )
        return [
            (
                *row[:6],
                row[6],
                _keep_until(
                    Decimal(str(row[7])),
                    row[8],
                    row[4],
                    row[5] if row[5] and row[5] > row[4] else None,
                ),
            )
            for row in rows
        ]


@lru_cache(maxsize=4096)
def _keep_until(threshold, years, concluded_on, delivered_on):
    """``archive_until`` at the threshold: the rows are already at or above it,
    and the date only depends on the two dates (cached: thousands of orders share
    a day)."""
    return rules.archive_until(
        threshold,
        concluded_on,
        delivered_on,
        threshold=threshold,
        years=years,
    )


@register
class DataRetentionTopic(Topic):
    """Consumers whose last purchase is older than the company's data retention
    period: their contact data is to be anonymised (RGPD art. 5(1)(e))."""

    key = "data_retention"
    sequence = 120
    models = ("res.partner", "consumer.law.policy")
    article = "RGPD art. 5(1)(e); CNIL"
    is_snapshot = True

    def _get_title(self):
        return self.env._("Customers whose data retention is over")

    def _get_sheet_name(self):
        return self.env._("Data retention over")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Email"), "char"),
            Column(_("Last purchase"), "date"),
            Column(_("Retention (years)"), "integer"),
            Column(_("Kept until"), "date"),
        ]

    def _get_rows(self):
        return [row[:-1] for row in self.pack._get_retention_over()]
