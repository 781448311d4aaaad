# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import CancellationFeeCommon


@tagged("post_install", "-at_install")
class TestInstallment(CancellationFeeCommon):
    """SmallMX: Alma 3x at 1.29 % for orders of 10.00 to 2,000.00 incl. tax."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.alma_3x = cls.env["sale.installment.offer"].create(
            {
                "name": "Alma 3x",
                "provider": "Alma",
                "installment_count": 3,
                "rate_percent": 1.29,
                "min_amount": 10.0,
                "max_amount": 2000.0,
                "is_credit": True,
                "financing_withdrawal_note": "You may withdraw from the credit "
                "within 14 days.",
            }
        )
        cls.product_untaxed = cls.env["product.product"].create(
            {"name": "Gift voucher", "type": "consu", "taxes_id": [Command.clear()]}
        )

    def _quotation(self, total, offer=None):
        return self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "installment_offer_id": offer and offer.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.product_untaxed.id,
                            "product_uom_qty": 1,
                            "price_unit": total,
                        }
                    )
                ],
            }
        )

    def _fee_line(self, order):
        return order.order_line.filtered("is_installment_fee")

    def test_fee_at_the_bounds(self):
        """10.00 -> 0.13; 2,000.00 -> 25.80; 2,000.01 is outside the offer."""
        for total, fee in ((10.0, 0.13), (2000.0, 25.8)):
            order = self._quotation(total, self.alma_3x)
            self.assertRecordValues(
                self._fee_line(order), [{"price_total": fee, "price_unit": fee}]
            )
            self.assertEqual(order.installment_fee_amount, fee)
            self.assertEqual(order.amount_total, total + fee)
        with self.assertRaisesRegex(UserError, "2,000.01"):
            self._quotation(2000.01, self.alma_3x)

    def test_fee_follows_the_order(self):
        """Changing the lines recomputes the fee; removing the offer removes it."""
        order = self._quotation(100.0, self.alma_3x)
        self.assertEqual(order.installment_fee_amount, 1.29)
        order.order_line.filtered(
            lambda line: not line.is_installment_fee
        ).price_unit = 200.0
        self.assertEqual(order.installment_fee_amount, 2.58)
        self.assertEqual(len(self._fee_line(order)), 1)
        self._fee_line(order).price_unit = 0.5
        self.assertEqual(order.installment_fee_amount, 2.58)
        order.installment_offer_id = False
        self.assertFalse(self._fee_line(order))

    def test_fee_disclosed_on_quotation_portal_and_invoice(self):
        order = self._quotation(1000.0, self.alma_3x)
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("sale.action_report_saleorder", order.ids)[0]
            .decode()
        )
        self.assertIn("Instalment fee", html)
        self.assertIn("withdraw from the credit", html)
        order.action_confirm()
        invoice = order._create_invoices()
        self.assertIn(12.9, invoice.invoice_line_ids.mapped("price_total"))
        self.assertIn("Alma 3x", " ".join(invoice.invoice_line_ids.mapped("name")))

    def test_offer_bounds_checked(self):
        with self.assertRaises(ValidationError):
            self.alma_3x.min_amount = 3000.0
        with self.assertRaises(ValidationError):
            self.alma_3x.rate_percent = -1.0
