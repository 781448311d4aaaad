# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged

from odoo.addons.consumer_law.tests.document_checks import DocumentChecksMixin

from .common import SaleWithdrawalCommon

DECLARATION = "sale_withdrawal.action_report_withdrawal_declaration"
ACKNOWLEDGMENT = "sale_withdrawal.mail_template_withdrawal_acknowledgment"
LINK = "sale_withdrawal.mail_template_withdrawal_link"


@tagged("post_install", "-at_install")
class TestDocuments(DocumentChecksMixin, SaleWithdrawalCommon, HttpCase):
    """The withdrawal declaration as printed and the withdrawal e-mails as
    received, for a French- and an English-speaking customer."""

    documents_addon = "sale_withdrawal"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._activate_french()
        cls.order = cls._delivered_order()

    def _request(self, lang):
        self.customer.lang = lang
        return self._create_request(self.order)

    def test_every_document_checked(self):
        """Every PDF report and mail template of the addon is checked below."""
        self.assertAllCovered("ir.actions.report", (DECLARATION,))
        self.assertAllCovered("mail.template", (ACKNOWLEDGMENT, LINK))

    def _check(self, lang, expected):
        withdrawal = self._request(lang)
        expected = (self.order.name, *expected)
        text = self.print_pdf_text(DECLARATION, withdrawal)
        self.assertCustomerText(text, lang, name=f"declaration ({lang})")
        self.assertAddressed(text, self.customer, name=f"declaration ({lang})")
        for value in expected:
            self.assertIn(value, text)
        self.assertMailReceived(
            ACKNOWLEDGMENT, withdrawal, lang, expected=(withdrawal.name,)
        )
        self.assertMailReceived(LINK, self.order, lang, expected=(self.order.name,))

    def test_documents_french(self):
        """French: declaration and e-mails in French."""
        self._check("fr_FR", ("se rétracte du contrat de la commande",))

    def test_documents_english(self):
        """English: declaration and e-mails in English."""
        self._check("en_US", ("withdraws from the contract of order",))
