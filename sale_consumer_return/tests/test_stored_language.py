# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from .common import ConsumerReturnCommon


@tagged("post_install", "-at_install")
class TestStoredLanguage(ConsumerReturnCommon):
    """A claim of a French customer decided by an English-speaking user of a
    French company: what the customer receives in French (the reason in the
    decision e-mail, the replacement line), the chatter note and the
    activities in the company's language."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.env["ir.module.module"]._load_module_terms(
            ["sale_consumer_return"], ["fr_FR"], overwrite=True
        )
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.company.partner_id.lang = "fr_FR"
        cls.customer.lang = "fr_FR"
        cls.order = cls._delivered()
        cls.bike_line, cls.helmet_line = cls.order._get_consumer_goods_lines()

    def test_replacement_in_customer_language(self):
        """Reason and replacement line in French, chatter note in French."""
        claim = self._decide(
            self.order, "wrong_item", "replacement", quantities={self.helmet_line: 1}
        )
        self.assertTrue(
            claim.decision_reason.startswith("Garantie légale jusqu'au 04/05/2028"),
            claim.decision_reason,
        )
        self.assertEqual(
            claim.replacement_line_ids.name,
            f"Remplacement ({claim.name})\u00a0: {self.helmet_line.name}",
        )
        notes = claim.message_ids.mapped("body")
        self.assertTrue(any("Décision&nbsp;:" in body for body in notes), notes)
        self.assertFalse(any("Legal guarantee until" in body for body in notes))

    def test_portal_claim_activity_in_company_language(self):
        """A claim sent from the portal by a customer browsing in English
        leaves staff an activity in French."""
        post = {
            "ground": "conformity",
            "description": "The helmet's strap is broken.",
            "submission_key": "language-test",
            f"qty_{self.helmet_line.id}": "1",
        }
        claim = self.env["sale.consumer.return"]._portal_submit(
            self.order.sudo(), post, {}, "127.0.0.1"
        )
        self.assertEqual(
            claim.activity_ids.mapped("summary"), ["Décider la réclamation du client"]
        )

    def test_hidden_defect_before_the_sale_in_clerk_language(self):
        """A French clerk reads why a defect discovered before the sale is no
        hidden defect in French, in words (not the rules' technical message)."""
        wizard = self._decide_wizard(
            self.order.with_context(lang="fr_FR"),
            "hidden_defect",
            "refund",
            discovery_date=date(2026, 4, 1),
        )
        self.assertEqual(
            wizard.decision_reason,
            "Date de découverte\u00a0: le 01/04/2026 est antérieur à la vente du "
            "20/04/2026\u00a0; un vice caché est découvert par l'acheteur après la "
            "vente (C. civ. 1641, 1648).",
        )
