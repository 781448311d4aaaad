# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The compliance pack's topics of ``sale_consumer_refund`` (refund obligations by
ground)."""

from decimal import Decimal

from odoo.tools import SQL

from odoo.addons.consumer_law_report.reports.compliance_topic import (
    Column,
    Topic,
)

import consumer_law_rules as rules


def late_refund(ground, amount, due, refunded, today, goods, contract, cancelled):
    """(days late, surcharge owed) of a refund, as the refund engine computes it
    (``consumer_law_rules.refund_obligation_surcharge``) but from plain values
    read in bulk."""
    if cancelled or not due or not ground:
        return 0, 0.0
    end = refunded or today
    days_late = (end - due).days
    if days_late <= 0:
        return 0, 0.0
    surcharge = rules.refund_obligation_surcharge(
        ground,
        Decimal(str(amount or 0)),
        due,
        end,
        product_price=Decimal(str(goods or 0)),
        contract_date=contract or due,
    )
    return days_late, float(surcharge)


class RefundObligationTopic(Topic):
    """Every refund obligation, by legal ground, started in the period or open."""

    key = "refund_obligations"
    sequence = 30
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
        for row in rows:
            (company, company_name, name, ground, basis, order, partner, amount) = row[
                :8
            ]
            started, due, refunded, goods, contract, cancelled = row[8:]
            days_late, surcharge = late_refund(
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
            yield (
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
