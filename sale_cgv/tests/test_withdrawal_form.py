# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tools import html2plaintext

from .common import SaleCgvCommon

FORM_NAME = "Withdrawal form %s.pdf"


class TestWithdrawalForm(SaleCgvCommon):
    def _confirm(self, order):
        order._set_cgv_pending_acceptance(channel="email", user=self.env.user)
        order.with_context(send_email=True).action_confirm()
        return order

    def _form_attachments(self, order):
        return order.message_ids.attachment_ids.filtered(
            lambda attachment: attachment.name == FORM_NAME % order.name
        )

    def test_consumer_confirmation_mail_carries_withdrawal_form(self):
        """A consumer's confirmation mail joins the model form (L221-5) to the
        accepted terms, prefilled with the order and the customer."""
        order = self._confirm(self._create_order())
        form = self._form_attachments(order)
        self.assertEqual(len(form), 1)
        # One mail carries both: the accepted terms and the form.
        self.assertTrue(
            order.message_ids.filtered(
                lambda message: form in message.attachment_ids
                and message.attachment_ids.filtered(
                    lambda attachment: attachment.name.startswith("Terms of sale")
                )
            )
        )
        # In test mode the report engine renders HTML instead of PDF.
        text = " ".join(html2plaintext(form.raw.decode()).split())
        self.assertIn("Model withdrawal form", text)
        self.assertIn("withdraw from my/our (*) contract", text)
        self.assertIn(self.consumer.name, text)
        self.assertIn(order.company_id.name, text)
        days = order.company_id._get_consumer_policy().withdrawal_days
        self.assertIn(f"within {days} days", text)

    def test_business_confirmation_mail_has_no_withdrawal_form(self):
        """A business customer has no right of withdrawal: no form."""
        order = self._confirm(self._create_order(partner=self.business))
        self.assertFalse(self._form_attachments(order))

    def test_withdrawal_form_printable_from_order(self):
        """Staff can print the form of any order (Print menu)."""
        order = self._create_order()
        html = self.env["ir.actions.report"]._render_qweb_html(
            "sale_cgv.action_report_withdrawal_form", order.ids
        )[0]
        text = html2plaintext(html.decode())
        self.assertIn("(*) Delete as appropriate.", text)
        self.assertIn(order.name, text)
