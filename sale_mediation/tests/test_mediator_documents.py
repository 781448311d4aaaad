# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import re

from odoo.tests import tagged
from odoo.tools import html2plaintext

from .common import SaleMediationCommon

ODR = re.compile(r"ec\.europa\.eu/consumers/odr|ODR platform|plateforme RLL", re.I)


@tagged("post_install", "-at_install")
class TestMediatorDocuments(SaleMediationCommon):
    """The mediator is named on invoices, order forms and the confirmation
    mail (L616-1, R616-1), never with the closed EU ODR platform."""

    def _text(self, report, records):
        html = self.env["ir.actions.report"]._render_qweb_html(report, records.ids)[0]
        return " ".join(html2plaintext(html.decode()).split())

    def test_invoice_names_the_mediator(self):
        """The customer invoice names the mediator, its address, website and
        registration number."""
        invoice = self.order._create_invoices()
        invoice.action_post()
        text = self._text("account.report_invoice", invoice)
        self.assertIn("Médiation Exemple SAS", text)
        self.assertIn("1 rue de la Paix, 75002 Paris", text)
        self.assertIn("https://mediation.example.org", text)
        self.assertIn("CECMC-2026-042", text)
        self.assertEqual(text.count("Consumer mediation:"), 1)
        self.assertFalse(ODR.search(text))

    def test_no_mediator_no_notice(self):
        """Without a mediator, nothing is printed (the terms check flags it)."""
        self.policy.mediator_id = False
        invoice = self.order._create_invoices()
        invoice.action_post()
        self.assertNotIn(
            "Consumer mediation:", self._text("account.report_invoice", invoice)
        )

    def test_order_form_names_the_mediator(self):
        """The order form names the mediator once."""
        text = self._text("sale.report_saleorder", self.order)
        self.assertEqual(text.count("Médiation Exemple SAS"), 1)

    def test_confirmation_mail_names_the_mediator(self):
        """The order confirmation mail names the mediator, in the customer's
        language."""
        self.order._send_order_confirmation_mail()
        message = self.order.message_ids.filtered(
            lambda message: "o_consumer_mediator_notice" in (message.body or "")
        )
        self.assertEqual(len(message), 1)
        body = " ".join(html2plaintext(message.body).split())
        self.assertIn("Médiation Exemple SAS", body)
        self.assertIn("https://mediation.example.org", body)
        self.assertFalse(ODR.search(body))
        self.assertIn(self.customer, message.partner_ids)

    def test_confirmation_mail_in_french(self):
        """In French, the mediator block is in French."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["sale_mediation"], ["fr_FR"], overwrite=True
        )
        self.customer.lang = "fr_FR"
        self.order._send_order_confirmation_mail()
        message = self.order.message_ids.filtered(
            lambda message: "o_consumer_mediator_notice" in (message.body or "")
        )
        body = " ".join(html2plaintext(message.body).split())
        self.assertIn("Médiation de la consommation", body)

    def test_quotation_mail_has_no_mediator_block(self):
        """Other mails of the order are left alone."""
        template = self.env.ref("sale.email_template_edi_sale")
        self.order.message_post_with_source(template, subtype_xmlid="mail.mt_comment")
        self.assertFalse(
            self.order.message_ids.filtered(
                lambda message: "o_consumer_mediator_notice" in (message.body or "")
            )
        )
