# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The storage fee once invoiced is evidence of what was billed (issue: one
evidence core)."""

from datetime import date

from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from .common import StorageFeeCommon


@tagged("post_install", "-at_install")
class TestStorageFeeEvidence(StorageFeeCommon):
    def test_invoiced_storage_fee_frozen_for_salesperson_and_sudo(self):
        salesman = new_test_user(
            self.env,
            login="sfe_sales",
            groups="sales_team.group_sale_salesman_all_leads,stock.group_stock_user",
        )
        picking = self._create_delivery()
        picking.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 5, 4),
            }
        )
        picking.action_invoice_storage_fee()
        line = picking.storage_fee_line_id
        picking.sale_id._create_invoices().action_post()
        before = picking.read(["storage_fee_amount", "storage_fee_days"])[0]
        for target in (picking.with_user(salesman), picking.sudo()):
            for vals in (
                {"storage_fee_amount": 1.0},
                {"storage_fee_days": 1},
                {"storage_fee_rate": 0.5},
                {"storage_fee_line_id": False},
            ):
                with self.subTest(vals=vals), self.assertRaises(UserError):
                    target.write(vals)
        for target in (line.with_user(salesman), line.sudo()):
            for vals in (
                {"price_unit": 1.0},
                {"product_uom_qty": 1.0},
                {"carrier_fee_type": False},
            ):
                with self.subTest(vals=vals), self.assertRaises(UserError):
                    target.write(vals)
        picking.invalidate_recordset()
        self.assertEqual(
            picking.read(["storage_fee_amount", "storage_fee_days"])[0], before
        )
        self.assertEqual(line.price_unit, 15.0)
