# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from freezegun import freeze_time

from odoo.tests import tagged

from .common import CancellationFeeCommon


@tagged("post_install", "-at_install")
class TestStoredLanguage(CancellationFeeCommon):
    """Text stored by an English-speaking user or the daily action in a French
    company: internal notes and activities in the company's language."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.env["ir.module.module"]._load_module_terms(
            ["sale_cancellation_fee"], ["fr_FR"], overwrite=True
        )
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.company.partner_id.lang = "fr_FR"

    @freeze_time("2026-04-22 10:00:00")
    def test_cancellation_note_in_company_language(self):
        """The chatter note of a cancellation recorded by an English-speaking
        user is in French, the company's language."""
        self._cancel()
        bodies = self.order.message_ids.mapped("body")
        self.assertTrue(
            any("Commande annulée par le client" in body for body in bodies), bodies
        )
        self.assertFalse(any("Order cancelled by the customer" in b for b in bodies))

    def test_late_delivery_activity_in_company_language(self):
        """The daily action's late-delivery activity reads in French."""
        order = self._create_order(confirm_at=datetime(2026, 5, 4, 8, 0))
        with freeze_time("2026-06-05 10:00:00"):
            activities = self.env[
                "sale.order"
            ]._cron_schedule_late_delivery_activities()
        activity = activities.filtered(lambda a: a.res_id == order.id)
        self.assertEqual(
            activity.summary,
            "Date de livraison dépassée : livrer ou attendre une résolution",
        )
