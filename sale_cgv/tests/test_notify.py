# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo.exceptions import UserError
from odoo.tests import Form

from .common import V2_DATE, SaleCgvCommon


class TestNotify(SaleCgvCommon):
    def test_notify_customers_of_period(self):
        """Customers with an order in the period get the new version's notice."""
        recent = self._create_order()
        recent._demo_confirm_cgv_history(datetime(2026, 3, 1, 10, 0), "phone")
        old_customer = self.env["res.partner"].create(
            {"name": "Old customer", "email": "old@example.com"}
        )
        old = self._create_order(partner=old_customer)
        old._demo_confirm_cgv_history(datetime(2026, 1, 5, 10, 0), "phone")
        version_v2 = self._publish_v2()
        action = version_v2.action_open_notify()
        wizard_form = Form(
            self.env["cgv.version.notify"].with_context(**action["context"])
        )
        wizard_form.date_from = date(2026, 2, 1)
        wizard_form.date_to = date(2026, 3, 31)
        self.assertEqual(wizard_form.partner_count, 1)
        self.assertEqual(wizard_form.change_summary, "Withdrawal extended to 30 days.")
        wizard = wizard_form.save()
        mails_before = self.env["mail.mail"].search([])
        wizard.action_notify()
        mails = self.env["mail.mail"].search([]) - mails_before
        self.assertEqual(len(mails), 1)
        self.assertEqual(mails.recipient_ids, self.consumer)
        self.assertIn("Withdrawal extended to 30 days.", mails.body_html)
        self.assertIn(version_v2._get_public_url(), mails.body_html)
        self.assertIn("our terms of sale change", mails.subject)
        self.assertIn(
            "1 customers notified of this version (orders from 02/01/2026 to "
            "03/31/2026).",
            version_v2.message_ids[0].body,
        )

    def test_notify_refused_without_customers(self):
        """An empty period is refused with the field named."""
        version_v2 = self._publish_v2()
        wizard = self.env["cgv.version.notify"].create(
            {
                "version_id": version_v2.id,
                "date_from": date(2020, 1, 1),
                "date_to": date(2020, 1, 31),
            }
        )
        with self.assertRaisesRegex(UserError, "Orders from: no customer"):
            wizard.action_notify()

    def test_notify_refused_for_draft(self):
        """Only a published version can be notified."""
        draft = self._create_version()
        with self.assertRaisesRegex(UserError, "Status: only a published version"):
            draft.action_open_notify()

    def test_notice_names_the_version_in_the_customer_language(self):
        """A French customer notified by an English-speaking manager reads the
        version's name in French; an English customer in English."""
        self.env["res.lang"]._activate_lang("fr_FR")
        document = self.env["cgv.document"].create(
            {"name": "Terms of sale", "company_id": self.company.id}
        )
        document.with_context(lang="fr_FR").name = "Conditions générales de vente"
        french = self.env["res.partner"].create(
            {"name": "Camille Martin", "email": "camille@example.com", "lang": "fr_FR"}
        )
        for partner in (self.consumer, french):
            order = self._create_order(partner=partner)
            order._demo_confirm_cgv_history(datetime(2026, 3, 1, 10, 0), "phone")
        version = self._publish_history(
            self._create_version(effective=V2_DATE, document=document)
        )
        wizard = self.env["cgv.version.notify"].create(
            {
                "version_id": version.id,
                "date_from": date(2026, 2, 1),
                "date_to": date(2026, 3, 31),
            }
        )
        mails_before = self.env["mail.mail"].search([])
        wizard.with_context(lang="en_US").action_notify()
        mails = self.env["mail.mail"].search([]) - mails_before
        french_mail = mails.filtered(lambda mail: mail.recipient_ids == french)
        english_mail = mails.filtered(lambda mail: mail.recipient_ids == self.consumer)
        self.assertIn("Conditions générales de vente v1", french_mail.body_html)
        self.assertNotIn("Terms of sale v1", french_mail.body_html)
        self.assertIn("Terms of sale v1", english_mail.body_html)
