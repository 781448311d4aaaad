# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.tests import HttpCase, tagged
from odoo.tools import html2plaintext

from .common import ConsumerLawCommon, create_sale_vat
from .document_checks import DocumentChecksMixin, normalize


@tagged("post_install", "-at_install")
class TestCustomerPrices(DocumentChecksMixin, ConsumerLawCommon, HttpCase):
    """Prices as consumers read them on the portal, the order form and the
    invoice: tax-included lines with tax-included totals, the tax's invoice
    label, whole quantities without decimals."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # terms of sale in force (sale_cgv, when installed, requires them)
        cls._publish_history(cls._create_version())
        cls.tax = create_sale_vat(
            cls.env,
            cls.company,
            20.0,
            name="20% G (prices test)",
            invoice_label="VAT 20%",
            price_include_override="tax_included",
        )
        product = cls.env["product.product"].create(
            {
                "name": "Scale model",
                "type": "consu",
                "list_price": 60.0,
                "invoice_policy": "order",
                "taxes_id": [Command.set(cls.tax.ids)],
            }
        )
        customer = cls.env["res.partner"].create(
            {"name": "Camille Martin", "email": "camille@example.com"}
        )
        cls.order = cls.env["sale.order"].create(
            {
                "partner_id": customer.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": product.id,
                            "product_uom_qty": 2.0,
                            "price_unit": 60.0,
                        }
                    )
                ],
            }
        )
        cls.order.action_confirm()

    def _line_text(self, text):
        """The text of the order line's row (from the product to the total)."""
        line = text[text.index("Scale model") :]
        for end in ("Untaxed Amount", "Montant hors taxes"):
            line = line.split(end)[0]
        return line

    def test_portal_line(self):
        """Portal: "2", the invoice label, 120.00 on the line (not 100.00)."""
        response = self.url_open(self.order.get_portal_url())
        self.assertEqual(response.status_code, 200)
        text = normalize(html2plaintext(response.text))
        line = self._line_text(text)
        self.assertNotIn("20% G", text)
        self.assertIn("VAT 20%", line)
        self.assertRegex(line, r"120[.,]00")
        self.assertNotRegex(line, r"100[.,]00")
        self.assertRegex(line, r"Scale model 2 ")

    def test_order_form_and_invoice_lines(self):
        """Order form and invoice PDFs: the line's total is tax included like
        its unit price; the quantity reads 2."""
        invoice = self.order._create_invoices()
        invoice.action_post()
        for report, record in (
            ("sale.action_report_saleorder", self.order),
            ("account.account_invoices", invoice),
        ):
            line = self._line_text(self.print_pdf_text(report, record))
            self.assertRegex(line, r"Scale model 2 ", report)
            self.assertRegex(line, r"120[.,]00", report)
            self.assertNotRegex(line, r"100[.,]00", report)
