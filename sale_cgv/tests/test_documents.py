# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from odoo.tests import HttpCase, tagged

from odoo.addons.consumer_law.tests.document_checks import DocumentChecksMixin

from odoo.addons.consumer_law.tests.common import COMPLIANT_CGV

from .common import SaleCgvCommon

VERSION = "sale_cgv.action_report_cgv_version"
FORM = "sale_cgv.action_report_withdrawal_form"
NOTIFY = "sale_cgv.mail_template_cgv_version_notify"
CONTENT = {
    "fr_FR": COMPLIANT_CGV,
    "en_US": "<h2>Right of withdrawal</h2><p>The consumer may withdraw within "
    "fourteen days of receiving the goods, without giving any reason.</p>",
}
TITLES = {"fr_FR": "Conditions générales de vente", "en_US": "Terms of sale"}
HEADINGS = {"fr_FR": "Droit de rétractation", "en_US": "Right of withdrawal"}


@tagged("post_install", "-at_install")
class TestDocuments(DocumentChecksMixin, SaleCgvCommon, HttpCase):
    """The terms of sale and the model withdrawal form as printed, the notice of
    a new version as received, in French and in English."""

    documents_addon = "sale_cgv"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._activate_french()
        cls.consumer.write(
            {
                "street": "3 rue des Lilas",
                "zip": "69003",
                "city": "Lyon",
                "country_id": cls.env.ref("base.fr").id,
            }
        )

    def test_every_document_checked(self):
        """Every PDF report and mail template of the addon is checked below."""
        self.assertAllCovered("ir.actions.report", (VERSION, FORM))
        self.assertAllCovered("mail.template", (NOTIFY,))

    def _check(self, lang):
        self.consumer.lang = lang
        order = self._create_order()
        order._set_cgv_pending_acceptance(channel="email", user=self.env.user)
        order.action_confirm()
        text = self.print_pdf_text(FORM, order)
        self.assertCustomerText(text, lang, name=f"withdrawal form ({lang})")
        self.assertIn(order.name, text)
        # the terms are printed in their own language
        document = self.env["cgv.document"].create(
            {"name": TITLES[lang], "company_id": self.company.id}
        )
        version = self._create_version(
            content=CONTENT[lang],
            lang=lang,
            effective=datetime(2026, 9, 1, 9, 0),
            document=document,
        )
        text = self.print_pdf_text(VERSION, version)
        self.assertCustomerText(text, lang, name=f"terms of sale ({lang})")
        self.assertIn(HEADINGS[lang], text)
        self.assertMailReceived(
            NOTIFY,
            self.consumer.with_context(
                sale_cgv_version_name="v2",
                sale_cgv_version_url=version.get_base_url() + "/terms",
                sale_cgv_change_summary="",
                sale_cgv_company_name=self.company.name,
            ),
            lang,
            expected=(self.consumer.name,),
        )

    def test_documents_french(self):
        """French customer: form, terms and notice in French."""
        self._check("fr_FR")

    def test_documents_english(self):
        """English customer: form, terms and notice in English."""
        self._check("en_US")
