# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo.tests import tagged
from odoo.tools import html2plaintext

from .common import V1_DATE, SaleCgvCommon


class TestReportsMail(SaleCgvCommon):
    def _confirm(self, order, **context):
        order._set_cgv_pending_acceptance(channel="email", user=self.env.user)
        order.with_context(**context).action_confirm()
        return order

    def test_confirmation_email_attaches_accepted_version(self):
        """The confirmation email carries the accepted version as PDF."""
        order = self._confirm(self._create_order(), send_email=True)
        message = order.message_ids.filtered(
            lambda message: message.attachment_ids.filtered(
                lambda attachment: attachment.name == "Terms of sale v1.pdf"
            )
        )
        self.assertEqual(len(message), 1)
        self.assertIn(self.consumer, message.partner_ids)
        attachment = message.attachment_ids.filtered(
            lambda attachment: attachment.name == "Terms of sale v1.pdf"
        )
        self.assertRecordValues(
            attachment, [{"res_model": "sale.order", "res_id": order.id}]
        )
        # In test mode the report engine renders HTML instead of PDF.
        self.assertIn(
            "Version 1 in force from", html2plaintext(attachment.raw.decode())
        )

    def test_composer_recompute_creates_no_new_attachment(self):
        """Recomputing the composer's attachments (template or records changed)
        reuses the terms and form files made for the order: none created again."""
        order = self._confirm(self._create_order())
        template = order._get_confirmation_template()
        composer = (
            self.env["mail.compose.message"]
            .with_context(active_model="sale.order", active_ids=order.ids)
            .create(
                {
                    "composition_mode": "comment",
                    "model": "sale.order",
                    "res_ids": str(order.ids),
                    "template_id": template.id,
                }
            )
        )
        ours = composer.attachment_ids.filtered(
            lambda attachment: (attachment.description or "").startswith("sale_cgv:")
        )
        self.assertIn("Terms of sale v1.pdf", ours.mapped("name"))
        self.assertEqual(len(ours), 2)  # the terms and the model withdrawal form
        attachments = self.env["ir.attachment"].sudo()
        domain = [("description", "=like", "sale_cgv:%")]
        count = attachments.search_count(domain)
        composer.template_id = False
        composer.template_id = template
        self.assertLessEqual(ours, composer.attachment_ids)
        self.assertEqual(attachments.search_count(domain), count)

    def test_confirmation_email_attaches_uploaded_pdf(self):
        """When the version has its own PDF, that exact file is attached."""
        pdf = b"%PDF-1.4 terms of sale v2"
        version = self._publish_history(
            self._create_version(
                effective=V1_DATE.replace(month=2),
                pdf_file=base64.b64encode(pdf),
                pdf_filename="cgv-v2.pdf",
            )
        )
        order = self._confirm(self._create_order(), send_email=True)
        self.assertEqual(order.cgv_version_id, version)
        attachment = order.message_ids.attachment_ids.filtered(
            lambda attachment: attachment.name == "Terms of sale v2.pdf"
        )
        self.assertEqual(attachment.raw, pdf)

    def test_quotation_email_has_no_terms_attachment(self):
        """Quotations are sent without the acceptance PDF (nothing accepted yet)."""
        order = self._create_order()
        action = order.action_quotation_send()
        composer = (
            self.env["mail.compose.message"]
            .with_context(**action["context"])
            .create({})
        )
        self.assertFalse(
            composer.attachment_ids.filtered(
                lambda attachment: attachment.name.startswith("Terms of sale")
            )
        )

    def test_order_report_prints_version(self):
        """The order PDF names the accepted version; the quotation the one in force."""
        order = self._create_order()
        html = self.env["ir.actions.report"]._render_qweb_html(
            "sale.action_report_saleorder", order.ids
        )[0]
        text = html2plaintext(html.decode())
        self.assertIn("Terms of sale applicable:", text)
        self.assertIn(self.version_v1.display_name, text)
        self._confirm(order)
        html = self.env["ir.actions.report"]._render_qweb_html(
            "sale.action_report_saleorder", order.ids
        )[0]
        text = html2plaintext(html.decode())
        self.assertIn("Terms of sale accepted:", text)
        self.assertIn(f"/terms-of-sale/{self.company.id}/{self.version_v1.id}", text)

    def test_version_report_prints_text(self):
        """The version PDF prints its text, number and the digest of the text
        (the stored digest covers the text and this PDF)."""
        html = self.env["ir.actions.report"]._render_qweb_html(
            "sale_cgv.action_report_cgv_version", self.version_v1.ids
        )[0]
        text = html2plaintext(html.decode())
        self.assertIn("Droit de rétractation", text)
        self.assertIn(self.version_v1._get_text_digest(), text)


@tagged("post_install", "-at_install")
class TestInvoice(SaleCgvCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.env["account.journal"].search(
            [("type", "=", "sale"), ("company_id", "=", cls.company.id)], limit=1
        ):
            cls.env["account.chart.template"].try_loading(
                "generic_coa", company=cls.company, install_demo=False
            )
        cls.product.property_account_income_id = cls.env["account.account"].search(
            [("account_type", "=", "income"), ("company_ids", "in", cls.company.id)],
            limit=1,
        )

    def test_invoice_carries_version_and_prints_it(self):
        """Invoices created from the order carry and print its version."""
        order = self._create_order()
        order._set_cgv_pending_acceptance(channel="paper", user=self.env.user)
        order.action_confirm()
        invoice = order._create_invoices()
        self.assertEqual(invoice.cgv_version_id, self.version_v1)
        invoice.action_post()
        html = self.env["ir.actions.report"]._render_qweb_html(
            "account.account_invoices", invoice.ids
        )[0]
        text = html2plaintext(html.decode())
        self.assertIn("Terms of sale accepted:", text)
        self.assertIn(self.version_v1.display_name, text)
