# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import fields
from odoo.tests import tagged

from odoo.addons.account_retention_of_title.tests.common import RetentionCommon
from odoo.addons.consumer_law_report.tests.common import open_workbook, sheet_rows


@tagged("post_install", "-at_install")
class TestRetentionTopic(RetentionCommon):
    def test_goods_under_retention_of_title(self):
        """Delivered, partly paid goods: lot, value, unpaid share, days overdue."""
        today = fields.Date.today()
        order = self._create_order(qty=2)
        picking = self._deliver(order)
        invoice = self._invoice(
            order,
            invoice_date=today - timedelta(days=40),
            due_date=today - timedelta(days=10),
        )
        self._pay(invoice, 150.0, today)
        content = self.company._render_compliance_pack(
            today - timedelta(days=30), today
        )
        rows = sheet_rows(open_workbook(content)["Retention of title"])
        self.assertEqual(
            rows[0][:5], ("Company", "Customer", "Order", "Delivery", "Product")
        )
        self.assertEqual(
            rows[1][1:11],
            (
                self.customer.name,
                order.name,
                picking.name,
                self.product_car.name,
                self.lot.name,
                2.0,
                rows[1][7],
                600.0,
                450.0,
                10,
            ),
        )
        self.assertEqual(rows[1][7].date(), picking.date_done.date())
        self.assertEqual(rows[-1][8:10], (600.0, 450.0))
