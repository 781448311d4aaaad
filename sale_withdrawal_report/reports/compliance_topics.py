# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The compliance pack's topics of ``sale_withdrawal`` (withdrawal windows; withdrawal
requests and refunds)."""

from datetime import timedelta

from odoo.tools import SQL

from odoo.addons.consumer_law_report.reports.compliance_topic import (
    Column,
    Topic,
    paris_time,
)
from odoo.addons.sale_consumer_refund_report.reports.compliance_topics import (
    late_refund,
)
from odoo.addons.sale_withdrawal.models.sale_order import CLOSING_SOON_DAYS


class WithdrawalWindowTopic(Topic):
    """Orders whose withdrawal window is open or closes within 3 days (today)."""

    key = "withdrawal_windows"
    sequence = 10
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


class WithdrawalRequestTopic(Topic):
    """Withdrawal requests received in the period or still to refund, with their
    refund due date and the L242-4 surcharge owed today."""

    key = "withdrawal_requests"
    sequence = 20
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
        for row in rows:
            (company, *head, due, amount, refunded, state) = row[:10]
            goods, contract, started, cancelled = row[10:]
            days_late, surcharge = late_refund(
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
            yield (company, *head, due, amount, refunded, days_late, surcharge, label)
