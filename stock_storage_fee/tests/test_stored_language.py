# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from .common import StorageFeeCommon


@tagged("post_install", "-at_install")
class TestStoredLanguage(StorageFeeCommon):
    """A French customer's fee line reads in French and the chatter note in the
    company's language, whoever (here an English-speaking user) bills it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.env["ir.module.module"]._load_module_terms(
            ["stock_storage_fee"], ["fr_FR"], overwrite=True
        )
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.company.partner_id.lang = "fr_FR"
        cls.customer.lang = "fr_FR"

    def test_storage_fee_line_in_customer_language(self):
        """Line label in French with French dates; chatter note in French."""
        picking = self._create_delivery()
        picking.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 5, 4),
            }
        )
        picking.action_invoice_storage_fee()
        self.assertEqual(
            picking.storage_fee_line_id.name,
            f"Magasinage transporteur pour {picking.name} : 4 jour(s) après le "
            "dernier créneau proposé (30/04/2026) jusqu'au 04/05/2026",
        )
        self.assertIn(
            f"Magasinage de 4 jour(s) ajouté pour {picking.display_name}.",
            picking.sale_id.message_ids[0].body,
        )
