# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The topics of the compliance pack that only need ``consumer_law``: the
archive register and the customers whose data retention is over. The other
topics live with the addons that hold their data (their ``*_report`` glue)."""

from decimal import Decimal
from functools import lru_cache

from odoo.tools import SQL

import consumer_law_rules as rules

from .compliance_topic import Column, Topic, paris_day


class ArchiveRegisterTopic(Topic):
    """Orders concluded in the period at or above the archiving threshold, with
    the day until which the contract must be kept (L213-1, D213-2)."""

    key = "archive_register"
    sequence = 110
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
        return (
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
        )


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


class DataRetentionTopic(Topic):
    """Consumers whose last purchase is older than the company's data retention
    period: their contact data is to be anonymised (RGPD art. 5(1)(e))."""

    key = "data_retention"
    sequence = 120
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
