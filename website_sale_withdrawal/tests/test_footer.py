# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from lxml import html

from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestWithdrawalFooter(HttpCase):
    def _footer_link(self, path):
        response = self.url_open(path)
        self.assertEqual(response.status_code, 200)
        links = html.fromstring(response.content).xpath(
            "//footer//a[contains(@class, 'o_sale_withdrawal_footer_link')]"
        )
        self.assertEqual(len(links), 1, f"one withdrawal link in the footer of {path}")
        return links[0]

    def test_footer_links_public_withdrawal_page(self):
        """Every website page links the public withdrawal page from its footer
        (under the page's language prefix when the website has several)."""
        link = self._footer_link("/")
        href = link.get("href")
        self.assertRegex(href, r"^(/[a-z]{2}(_[A-Z]{2})?)?/withdrawal$")
        self.assertEqual(link.text_content().strip(), "Withdraw from a contract")
        page = self.url_open(href)
        self.assertEqual(page.status_code, 200)
        self.assertIn("Withdraw from a contract", page.text)
        self.assertIn('name="reference"', page.text)
        # the public page links itself from its own footer too
        self.assertEqual(self._footer_link(href).get("href"), href)
