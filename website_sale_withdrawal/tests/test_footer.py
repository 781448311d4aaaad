# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestWithdrawalFooter(HttpCase):
    def test_footer_links_public_withdrawal_page(self):
        """Every website page links the public withdrawal page from its footer."""
        response = self.url_open("/")
        self.assertEqual(response.status_code, 200)
        self.assertIn(
            '<a href="/withdrawal" class="o_sale_withdrawal_footer_link me-2">'
            "Withdraw from a contract</a>",
            response.text,
        )
        page = self.url_open("/withdrawal")
        self.assertEqual(page.status_code, 200)
        self.assertIn("Withdraw from a contract", page.text)
        self.assertIn('name="reference"', page.text)
