# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The compliance pack's topics of ``account_retention_of_title`` (goods under
retention of title)."""

from odoo.tools import SQL

from odoo.addons.consumer_law_report.reports.compliance_topic import (
    Column,
    Topic,
)


class RetentionOfTitleTopic(Topic):
    """Goods delivered under retention of title and still unpaid (today)."""

    key = "retention_of_title"
    sequence = 90
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
