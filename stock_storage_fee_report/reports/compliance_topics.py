# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The compliance pack's topics of ``stock_storage_fee`` (storage fees billed)."""

from odoo.tools import SQL

from odoo.addons.consumer_law_report.reports.compliance_topic import (
    Column,
    Topic,
    paris_day,
)


class CarrierFeeTopic(Topic):
    """Carrier storage fees (and paid address changes) billed in the period."""

    key = "storage_fees"
    sequence = 80
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
