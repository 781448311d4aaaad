# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.tests import tagged

from .common import RetentionCommon

REPORT_FIELDS = [
    "partner_id",
    "order_id",
    "product_id",
    "lot_id",
    "quantity",
    "amount_unpaid",
    "days_overdue",
    "claim_deadline",
]


@tagged("post_install", "-at_install")
class TestRetentionReport(RetentionCommon):
    def _report(self, domain=None):
        return self.env["account.retention.title.report"].search(
            domain or [("partner_id", "=", self.customer.id)]
        )

    def test_report_rows_with_lots(self):
        """Delivered, partly paid goods appear with their lot and unpaid share."""
        today = fields.Date.today()
        order = self._create_order(qty=2)
        picking = self._deliver(order)
        invoice = self._invoice(
            order,
            invoice_date=today - timedelta(days=40),
            due_date=today - timedelta(days=10),
        )
        self._pay(invoice, 150.0, today)
        rows = self._report()
        self.assertRecordValues(
            rows,
            [
                {
                    "partner_id": self.customer.id,
                    "order_id": order.id,
                    "picking_id": picking.id,
                    "product_id": self.product_car.id,
                    "lot_id": self.lot.id,
                    "quantity": 2.0,
                    "goods_value": 600.0,
                    "amount_unpaid": 450.0,
                    "days_overdue": 10,
                    "claim_deadline": False,
                }
            ],
        )
        self._pay(invoice, 450.0, today)
        self.assertFalse(self._report())

    def test_report_excludes_undelivered_and_unretained_goods(self):
        """Goods not delivered yet, or sold without the clause, are not listed."""
        self._invoice(self._create_order(qty=1))
        never = self.customer.copy({"retention_of_title_mode": "never"})
        order = self._create_order(qty=1, partner=never)
        self._deliver(order)
        self._invoice(order)
        self.assertFalse(
            self._report([("partner_id", "in", (self.customer + never).ids)])
        )

    @freeze_time("2026-12-01")
    def test_report_shows_the_insolvency_claim_deadline(self):
        """The customer's L624-9 deadline is on every row of his goods."""
        order = self._create_order(qty=1)
        self._deliver(order)
        self._invoice(order)
        self.customer.insolvency_published_date = date(2026, 11, 30)
        self.env.flush_all()
        self.assertEqual(self._report().claim_deadline, date(2027, 2, 28))

    def test_report_query_count_independent_of_invoices(self):
        """Reading the report costs the same for 1 and for 6 invoiced orders."""

        def count_queries():
            self.env.flush_all()
            self.env.invalidate_all()
            before = self.env.cr.sql_log_count
            rows = self.env["account.retention.title.report"].search_read(
                [("partner_id", "=", self.customer.id)], REPORT_FIELDS
            )
            self.env["account.retention.title.report"].read_group(
                [("partner_id", "=", self.customer.id)],
                ["amount_unpaid:sum"],
                ["partner_id"],
            )
            return self.env.cr.sql_log_count - before, len(rows)

        order = self._create_order(qty=1)
        self._deliver(order)
        self._invoice(order)
        one, rows = count_queries()
        self.assertEqual(rows, 1)
        for _index in range(5):
            order = self._create_order(qty=1)
            self._deliver(order)
            self._invoice(order)
        many, rows = count_queries()
        self.assertEqual(rows, 6)
        self.assertEqual(one, many)
