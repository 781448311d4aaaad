# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import HttpCase, tagged

from odoo.addons.consumer_law.tests.document_checks import DocumentChecksMixin

from .common import SaleMediationCommon

REPORTS = ("sale_mediation.action_report_referral_letter",)
TEMPLATES = (
    "sale_mediation.mail_template_complaint_acknowledgment",
    "sale_mediation.mail_template_complaint_answer",
    "sale_mediation.mail_template_complaint_referral",
)


@tagged("post_install", "-at_install")
class TestDocuments(DocumentChecksMixin, SaleMediationCommon, HttpCase):
    """The referral letter as printed and the complaint e-mails as received, for
    a French- and an English-speaking customer."""

    documents_addon = "sale_mediation"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._activate_french()

    def _complaint(self, lang):
        self.customer.lang = lang
        complaint = self._create_complaint(
            mediation_request_date=date(2026, 5, 20),
            answer="We replace the visor free of charge.",
        )
        return complaint

    def test_every_document_checked(self):
        """Every PDF report and mail template of the addon is checked below."""
        self.assertAllCovered("ir.actions.report", REPORTS)
        self.assertAllCovered("mail.template", TEMPLATES)

    def _check_letter(self, lang, title):
        complaint = self._complaint(lang)
        text = self.print_pdf_text(REPORTS[0], complaint)
        self.assertCustomerText(text, lang, name=f"referral letter ({lang})")
        self.assertAddressed(text, self.customer, name=f"referral letter ({lang})")
        self.assertIn(title, text)

    def test_referral_letter_french(self):
        """The French letter: in French, addressed to the customer (not
        ``res.partner(…)``), no raw value."""
        self._check_letter("fr_FR", "Saisine du médiateur de la consommation")

    def test_referral_letter_english(self):
        """The English letter: in English, addressed to the customer."""
        self._check_letter("en_US", "Referral to the consumer mediator")

    def _check_mails(self, lang, expected):
        complaint = self._complaint(lang)
        for template in TEMPLATES:
            self.assertMailReceived(
                template, complaint, lang, expected=(expected[template],)
            )

    def test_mails_french(self):
        """The complaint e-mails reach a French customer in French (the answer's
        translation loads: its msgid matches the template)."""
        self._check_mails(
            "fr_FR",
            {
                TEMPLATES[0]: "Camille Martin",
                TEMPLATES[1]: "Au sujet de votre réclamation",
                TEMPLATES[2]: "Camille Martin",
            },
        )

    def test_mails_english(self):
        """The complaint e-mails reach an English customer in English."""
        self._check_mails(
            "en_US",
            {
                TEMPLATES[0]: "Camille Martin",
                TEMPLATES[1]: "About your complaint",
                TEMPLATES[2]: "Camille Martin",
            },
        )
