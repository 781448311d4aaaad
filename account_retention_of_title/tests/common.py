# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from freezegun import freeze_time

from odoo import Command, fields

from odoo.addons.consumer_law.tests.common import ConsumerLawCommon, create_sale_vat


class RetentionCommon(ConsumerLawCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # terms of sale in force (sale_cgv, when installed, requires them)
        cls._publish_history(cls._create_version())
        cls.policy.write(
            {
                "retention_of_title": True,
                "penalty_rate_percent": 10.0,
                "formal_notice_days": 8,
            }
        )
        cls.tax_20 = create_sale_vat(
            cls.env, cls.company, 20.0, name="VAT 20% (retention tests)"
        )
        cls.product_car = cls.env["product.product"].create(
            {
                "name": "Ferrari 250 GTO 1:18",
                "is_storable": True,
                "tracking": "lot",
                "list_price": 250.0,
                "invoice_policy": "order",
                "taxes_id": [Command.set(cls.tax_20.ids)],
            }
        )
        cls.lot = cls.env["stock.lot"].create(
            {
                "name": "GTO-2026-A",
                "product_id": cls.product_car.id,
                "company_id": cls.company.id,
            }
        )
        cls.warehouse = cls.env["stock.warehouse"].search(
            [("company_id", "=", cls.company.id)], limit=1
        )
        cls.env["stock.quant"]._update_available_quantity(
            cls.product_car, cls.warehouse.lot_stock_id, 100, lot_id=cls.lot
        )
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Garage Miniatures SARL",
                "is_company": True,
                "email": "garage.miniatures@example.com",
                "country_id": cls.env.ref("base.fr").id,
            }
        )
        cls.bank_journal = cls.env["account.journal"].search(
            [("company_id", "=", cls.company.id), ("type", "=", "bank")], limit=1
        )

    @classmethod
    def _create_order(cls, qty=2, partner=None, confirm=True):
        """An order of ``qty`` cars at 250 € + 20 % VAT, confirmed 2 Nov 2026."""
        with freeze_time(datetime(2026, 11, 2, 10, 0)):
            order = cls.env["sale.order"].create(
                {
                    "partner_id": (partner or cls.customer).id,
                    "order_line": [
                        Command.create(
                            {
                                "product_id": cls.product_car.id,
                                "product_uom_qty": qty,
                                "price_unit": 250.0,
                            }
                        )
                    ],
                }
            )
            if confirm:
                order.action_confirm()
        return order

    @classmethod
    def _deliver(cls, order):
        picking = order.picking_ids
        picking.action_assign()
        for move in picking.move_ids:
            move.quantity = move.product_uom_qty
        picking.move_ids.picked = True
        picking._action_done()
        return picking

    @classmethod
    def _invoice(cls, order, invoice_date=None, due_date=None):
        invoice = order._create_invoices()
        invoice_date = invoice_date or fields.Date.today()
        invoice.write(
            {
                "invoice_date": invoice_date,
                "invoice_payment_term_id": False,
                "invoice_date_due": due_date or invoice_date,
            }
        )
        invoice.action_post()
        return invoice

    @classmethod
    def _pay(cls, invoice, amount, payment_date):
        return (
            cls.env["account.payment.register"]
            .with_context(active_model="account.move", active_ids=invoice.ids)
            .create(
                {
                    "amount": amount,
                    "payment_date": payment_date,
                    "journal_id": cls.bank_journal.id,
                }
            )
            ._create_payments()
        )
