# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import HttpCase, tagged

from odoo.addons.consumer_law.tests.document_checks import DocumentChecksMixin

from .common import CancellationFeeCommon

CHEQUE = "sale_cancellation_fee.mail_template_cheque_cancellation"


@tagged("post_install", "-at_install")
class TestDocuments(DocumentChecksMixin, CancellationFeeCommon, HttpCase):
    """The cancellation for a missing cheque as received in French and English."""

    documents_addon = "sale_cancellation_fee"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._activate_french()

    def test_every_document_checked(self):
        """Every PDF report and mail template of the addon is checked below."""
        self.assertAllCovered("ir.actions.report", ())
        self.assertAllCovered("mail.template", (CHEQUE,))

    def _check(self, lang, expected):
        self.customer.lang = lang
        self.policy.cheque_hold_days = 7
        self.order.cheque_cancellation_date = date(2026, 4, 28)
        self.assertMailReceived(CHEQUE, self.order, lang, expected=expected)

    def test_mail_french(self):
        """French: dates in the French format."""
        self._check("fr_FR", (self.order.name, "28/04/2026"))

    def test_mail_english(self):
        """English: dates in the English format."""
        self._check("en_US", (self.order.name, "04/28/2026"))

    def test_mail_hold_read_from_the_order(self):
        """The hold the customer is told is the order's own (order day to
        cancellation day), even when the policy no longer holds orders: was
        'held  days' without a number."""
        self.customer.lang = "en_US"
        self.policy.cheque_hold_days = 0
        self.order.cheque_cancellation_date = date(2026, 4, 28)
        self.assertEqual(self.order.cheque_hold_days, 7)
        self.assertMailReceived(
            CHEQUE, self.order, "en_US", expected=("an order is held 7 days",)
        )
