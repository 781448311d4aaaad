# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import Command
from odoo.tests import HttpCase, tagged

from .common import ConsumerLawCommon, create_sale_vat
from .document_checks import DocumentChecksMixin

ORDER = "sale.action_report_saleorder"
INVOICE = "account.account_invoices"


@tagged("post_install", "-at_install")
class TestPrintedAmounts(DocumentChecksMixin, ConsumerLawCommon, HttpCase):
    """The order, the invoice and the credit note as a French and an English
    customer read them: every amount in euros in the reader's format
    ("2 058,00 €", "2,058.00 €"), each VAT rate printed with its amount; a
    document in another currency or format fails the checks."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._activate_french()
        # terms of sale in force (sale_cgv, when installed, requires them)
        cls._publish_history(cls._create_version())
        cls.vat_20 = create_sale_vat(cls.env, cls.company, 20.0)
        cls.vat_5 = create_sale_vat(cls.env, cls.company, 5.5)
        product_vals = {"type": "consu", "invoice_policy": "order"}
        cls.quad = cls.env["product.product"].create(
            {
                "name": "Quad 110cc",
                "list_price": 1029.0,
                "taxes_id": [Command.set(cls.vat_20.ids)],
                **product_vals,
            }
        )
        cls.book = cls.env["product.product"].create(
            {
                "name": "Collector's book",
                "list_price": 40.0,
                "taxes_id": [Command.set(cls.vat_5.ids)],
                **product_vals,
            }
        )
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Camille Martin",
                "email": "camille.martin@example.com",
                "street": "3 rue des Lilas",
                "zip": "69003",
                "city": "Lyon",
                "country_id": cls.env.ref("base.fr").id,
            }
        )

    def _order(self, **values):
        """Two quads at 1 029,00 € and a book at 40,00 € excl. tax: 2 058,00 €
        at 20 % (411,60 € of VAT) and 40,00 € at 5,5 % (2,20 €)."""
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    Command.create({"product_id": self.quad.id, "product_uom_qty": 2}),
                    Command.create({"product_id": self.book.id, "product_uom_qty": 1}),
                ],
                **values,
            }
        )
        order.action_confirm()
        return order

    def _check(self, lang, amounts):
        self.customer.lang = lang
        order = self._order()
        self.assertEqual(order.amount_total, 2511.80)
        invoice = order._create_invoices()
        invoice.invoice_date = date(2026, 5, 4)
        invoice.action_post()
        credit_note = invoice._reverse_moves()
        credit_note.action_post()
        for report, record in (
            (ORDER, order),
            (INVOICE, invoice),
            (INVOICE, credit_note),
        ):
            name = f"{record.display_name} ({lang})"
            text = self.print_pdf_text(report, record)
            self.assertAddressed(text, self.customer, name=name)
            for amount in amounts:
                self.assertIn(amount, text, name)
        return order

    def test_french_customer(self):
        """French: "2 511,80 €", "TVA 20 %" with 411,60 €, "TVA 5,5 %" with
        2,20 €."""
        self._check(
            "fr_FR",
            ("2 058,00 €", "2 511,80 €", "TVA 20 %", "411,60 €", "TVA 5,5 %", "2,20 €"),
        )

    def test_english_customer(self):
        """English: "2,511.80 €", "VAT 20%" with 411.60 €, "VAT 5.5%" with
        2.20 €."""
        self._check(
            "en_US",
            ("2,058.00 €", "2,511.80 €", "VAT 20%", "411.60 €", "VAT 5.5%", "2.20 €"),
        )

    def test_other_currency_or_format_fails(self):
        """The checks fail on an order in dollars, on a French document read
        with the English format, and on a VAT label whose rate is not that of
        its taxes."""
        self.customer.lang = "fr_FR"
        dollar = self.env.ref("base.USD")
        dollar.active = True
        pricelist = self.env["product.pricelist"].create(
            {
                "name": "Dollars",
                "currency_id": dollar.id,
                "company_id": self.company.id,
            }
        )
        in_dollars = self._order(pricelist_id=pricelist.id)
        self.assertEqual(in_dollars.currency_id, dollar)
        with self.assertRaises(AssertionError):
            self.print_pdf_text(ORDER, in_dollars)
        order = self._order()
        text = self.print_pdf_text(ORDER, order)
        with self.assertRaises(AssertionError):
            self.assertEuroAmounts(text, "en_US")
        with self.assertRaises(AssertionError):
            self.assertTotalsPrinted(text, order, "en_US")
        self.vat_5.tax_group_id = self.vat_20.tax_group_id
        with self.assertRaises(AssertionError):
            self.assertTotalsPrinted(text, order, "fr_FR")
