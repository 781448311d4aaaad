# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date
import hashlib
import shutil
import subprocess
import tempfile

from odoo.tests import HttpCase, tagged

from odoo.addons.consumer_law.tests.common import send_queued_documents

from .common import SaleMediationCommon


def pdf_text(pdf):
    """The text of a PDF, extracted by poppler's pdftotext, on one line."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        output = subprocess.run(
            ["pdftotext", "-layout", handle.name, "-"],
            check=True,
            capture_output=True,
        ).stdout.decode()
    return " ".join(output.split())


@tagged("post_install", "-at_install")
class TestReferralLetter(SaleMediationCommon, HttpCase):
    """The referral letter is a real PDF (wkhtmltopdf), in the customer's
    language, with the mediator's identity. An HTTP case: wkhtmltopdf fetches
    the report's assets from the test server."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.env["ir.module.module"]._load_module_terms(
            ["sale_mediation"], ["fr_FR"], overwrite=True
        )

    def setUp(self):
        super().setUp()
        if not shutil.which("pdftotext") or not shutil.which("wkhtmltopdf"):
            self.fail("pdftotext and wkhtmltopdf are needed to check the letter")

    def _send_letter(self):
        complaint = self._create_complaint(mediation_request_date=date(2026, 5, 20))
        complaint = complaint.with_context(force_report_rendering=True)
        complaint.action_send_referral_letter()
        send_queued_documents(complaint.env)
        return complaint

    def _check_mediator(self, text):
        self.assertIn("Médiation Exemple SAS", text)
        self.assertIn("1 rue de la Paix", text)
        self.assertIn("https://mediation.example.org", text)
        self.assertIn("contact@mediation.example.org", text)
        self.assertIn("CECMC-2026-042", text)
        self.assertIn("Use the form on the mediator's website.", text)

    def test_letter_in_english(self):
        """An English-speaking customer gets the letter in English, as a PDF
        stored with its SHA-256 and e-mailed."""
        complaint = self._send_letter()
        pdf = complaint.referral_letter_id.raw
        self.assertTrue(pdf.startswith(b"%PDF-"))
        self.assertEqual(
            complaint.referral_letter_sha256, hashlib.sha256(pdf).hexdigest()
        )
        text = pdf_text(pdf)
        self.assertIn("Referral to the consumer mediator", text)
        self.assertIn("What to send the mediator", text)
        self.assertIn("05/02/2027", text)  # one year after the complaint
        self._check_mediator(text)
        message = complaint.message_ids.filtered(
            lambda message: "referring your complaint" in (message.subject or "")
        )
        self.assertEqual(len(message), 1)
        self.assertEqual(message.attachment_ids.mimetype, "application/pdf")
        self.assertIn(self.customer, message.partner_ids)

    def test_letter_in_french(self):
        """A French-speaking customer gets the letter in French."""
        self.customer.lang = "fr_FR"
        complaint = self._send_letter()
        text = pdf_text(complaint.referral_letter_id.raw)
        self.assertIn("Saisine du médiateur de la consommation", text)
        self.assertIn("Ce qu'il faut envoyer au médiateur", text)
        self.assertIn("02/05/2027", text)
        self._check_mediator(text)
        self.assertNotIn("Referral to the consumer mediator", text)
