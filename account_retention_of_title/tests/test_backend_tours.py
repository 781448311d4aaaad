# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The formal notice of an overdue invoice and the penalty clause applied after
it, in the web client (Chromium); the tour is in
static/tests/tours/account_retention_of_title_backend_tour.js."""

from datetime import timedelta

from odoo import Command
from odoo.tests import tagged

from odoo.addons.consumer_law.tests.tour_common import ConsumerTourCase
from odoo.addons.consumer_law.tools import paris_today


@tagged("post_install", "-at_install")
class TestRetentionBackendTours(ConsumerTourCase):
    extra_groups = "account.group_account_invoice"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.policy.write(
            {
                "retention_of_title": True,
                "penalty_rate_percent": 10.0,
                "formal_notice_days": 8,
            }
        )
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Garage Miniatures SARL",
                "is_company": True,
                "email": "garage.miniatures@example.com",
                "country_id": cls.env.ref("base.fr").id,
            }
        )
        product = cls.env["product.product"].create(
            {
                "name": "Ferrari 250 GTO 1:18",
                "type": "consu",
                "list_price": 250.0,
                "invoice_policy": "order",
                "taxes_id": [Command.clear()],
            }
        )
        order = cls.env["sale.order"].create(
            {
                "partner_id": cls.customer.id,
                "company_id": cls.company.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": product.id,
                            "product_uom_qty": 1,
                            "price_unit": 200.0,
                        }
                    )
                ],
            }
        )
        order.action_confirm()
        cls.invoice = order._create_invoices()
        day = paris_today() - timedelta(days=30)
        cls.invoice.write(
            {
                "invoice_date": day,
                "invoice_payment_term_id": False,
                "invoice_date_due": day + timedelta(days=10),
            }
        )
        cls.invoice.action_post()

    def test_formal_notice_then_penalty(self):
        invoice = self.invoice
        self.run_tour(
            "account_retention_of_title_notice_and_penalty",
            f"/odoo/action-account.action_move_out_invoice_type/{invoice.id}",
            self.clerk,
        )
        notice_date = paris_today() - timedelta(days=10)
        self.assertEqual(invoice.formal_notice_date, notice_date)
        self.assertEqual(
            invoice.formal_notice_deadline, notice_date + timedelta(days=8)
        )
        self.assertTrue(
            any("1A 234 567 8901 2" in message.body for message in invoice.message_ids)
        )
        penalty = invoice.penalty_invoice_id
        self.assertRecordValues(
            penalty,
            [
                {
                    "move_type": "out_invoice",
                    "state": "draft",
                    "partner_id": self.customer.id,
                    "penalty_origin_id": invoice.id,
                    "amount_total": 20.0,
                }
            ],
        )
        self.assertIn("C. civ. 1231-5", penalty.invoice_line_ids.name)
