# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Storage fees in the web client (Chromium): a postponed appointment billed, a
paid address change from the carrier's notice, and the carrier-notice CSV import;
the tours are in static/tests/tours/stock_storage_fee_backend_tour.js."""

from datetime import timedelta

from odoo import Command
from odoo.tests import tagged

from odoo.addons.consumer_law.tests.tour_common import ConsumerTourCase
from odoo.addons.consumer_law.tools import paris_today


@tagged("post_install", "-at_install")
class TestStorageFeeBackendTours(ConsumerTourCase):
    extra_groups = "stock.group_stock_user"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tax_20 = cls.env["account.tax"].create(
            {
                "name": "VAT 20% (storage tours)",
                "amount": 20.0,
                "amount_type": "percent",
                "type_tax_use": "sale",
                "company_id": cls.company.id,
            }
        )
        cls.company.account_sale_tax_id = cls.tax_20
        cls.policy.storage_fee_rate = 15.0
        freight = cls.env["product.product"].create(
            {"name": "Freight delivery", "type": "service", "list_price": 0.0}
        )
        cls.carrier = cls.env["delivery.carrier"].create(
            {
                "name": "DB Schenker (appointment)",
                "delivery_type": "fixed",
                "product_id": freight.id,
                "is_by_appointment": True,
                "company_id": cls.company.id,
            }
        )
        cls.product_quad = cls.env["product.product"].create(
            {
                "name": "Quad 110cc",
                "is_storable": True,
                "list_price": 900.0,
                "invoice_policy": "order",
                "taxes_id": [Command.set(cls.tax_20.ids)],
            }
        )
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Lucas Bernard",
                "email": "lucas.bernard@example.com",
                "street": "12 rue Victor Hugo",
                "zip": "33000",
                "city": "Bordeaux",
                "country_id": cls.env.ref("base.fr").id,
            }
        )
        # the refusals are read by a French clerk, in French
        cls._load_french(["stock_storage_fee"])
        cls.french_clerk = cls._create_staff(
            "tour_clerk_fr", "Claire Commis", cls.clerk_groups, lang="fr_FR"
        )

    def _delivery(self):
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "company_id": self.company.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.product_quad.id,
                            "product_uom_qty": 1,
                            "price_unit": 900.0,
                        }
                    )
                ],
            }
        )
        order.action_confirm()
        picking = order.picking_ids
        picking.carrier_id = self.carrier
        return picking

    def _fee_line(self, picking, fee_type):
        return picking.sale_id.order_line.filtered(
            lambda line: line.carrier_fee_type == fee_type
        )

    def test_appointment_storage_fee_and_address_change(self):
        picking = self._delivery()
        today = paris_today()
        self.run_tour(
            "stock_storage_fee_appointment_and_address_change",
            f"/odoo/action-stock.action_picking_tree_all/{picking.id}",
            self.clerk,
        )
        self.assertRecordValues(
            picking,
            [
                {
                    "carrier_last_slot_date": today + timedelta(days=2),
                    "customer_delivery_date": today + timedelta(days=6),
                    "storage_fee_days": 4,
                    "storage_fee_amount": 60.0,
                }
            ],
        )
        storage = self._fee_line(picking, "storage")
        self.assertRecordValues(
            storage, [{"product_uom_qty": 4.0, "price_unit": 15.0, "price_total": 72.0}]
        )
        self.assertEqual(picking.storage_fee_line_id, storage)
        change = self._fee_line(picking, "address_change")
        self.assertRecordValues(
            change, [{"product_uom_qty": 1.0, "price_unit": 35.5, "price_total": 42.6}]
        )
        notice = change.carrier_notice_attachment_id
        self.assertEqual(notice.name, "schenker_notice.pdf")
        self.assertEqual(notice.raw, b"%PDF-1.4 carrier notice")

    def test_refusals_leave_nothing_behind(self):
        """A carrier slot before the order and a paid address change without the
        carrier's notice: refused in the French clerk's language; no date, no
        line, no notice attached."""
        picking = self._delivery()
        order = picking.sale_id
        lines = order.order_line
        self.run_tour(
            "stock_storage_fee_address_change_refused",
            f"/odoo/action-stock.action_picking_tree_all/{picking.id}",
            self.french_clerk,
        )
        self.assertFalse(picking.carrier_last_slot_date, "no slot recorded")
        self.assertEqual(order.order_line, lines, "no fee line")
        self.assertFalse(
            self.env["ir.attachment"].search(
                [("res_model", "=", "sale.order"), ("res_id", "=", order.id)]
            ),
            "no carrier notice attached",
        )

    def test_carrier_notice_csv_import(self):
        picking = self._delivery()
        today = paris_today()
        self.run_tour(
            "stock_storage_fee_carrier_notice_import",
            f"/odoo/action-stock.action_picking_tree_all/{picking.id}",
            self.clerk,
        )
        self.assertRecordValues(
            picking,
            [
                {
                    "carrier_last_slot_date": today + timedelta(days=1),
                    "customer_delivery_date": today + timedelta(days=4),
                    "storage_fee_amount": 45.0,
                }
            ],
        )
        change = self._fee_line(picking, "address_change")
        self.assertEqual(change.price_unit, 25.0)
        self.assertEqual(change.carrier_notice_attachment_id.name, "schenker.csv")
