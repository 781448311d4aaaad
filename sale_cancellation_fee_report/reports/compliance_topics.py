# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The compliance pack's topics of ``sale_cancellation_fee`` (cancellations and
fees)."""

from odoo.tools import SQL

from odoo.addons.consumer_law_report.reports.compliance_topic import (
    Column,
    Topic,
)


class CancellationTopic(Topic):
    """Orders cancelled or terminated for late delivery in the period, or whose
    refund is still owed: the stage reached, the legal ground, the fee deducted
    and the refund."""

    key = "cancellations"
    sequence = 70
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
        for row in rows:
            (*head, stage, reason, mode, paid, fee, carrier, customer) = row[:13]
            refund, due, legal_risk, article, state = row[13:]
            ground = reasons.get(reason, reason) if reason else ""
            if mode:
                ground = f"{ground} ({modes.get(mode, mode)})"
            yield (
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
