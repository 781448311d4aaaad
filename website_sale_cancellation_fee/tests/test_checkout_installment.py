# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import re

from odoo import Command, http
from odoo.tests import HttpCase, tagged

from odoo.addons.consumer_law.tests.common import use_website
from odoo.addons.sale_cancellation_fee.tests.common import CancellationFeeCommon


@tagged("post_install", "-at_install")
class TestCheckoutInstallment(CancellationFeeCommon, HttpCase):
    """The payment step discloses the eligible offers and their fees; the server
    sets only an eligible offer of the website's company on the cart."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        use_website(cls)
        cls.customer.phone = "+33 4 78 00 00 00"
        cls.env["res.users"].create(
            {
                "name": cls.customer.name,
                "login": "instalment_shopper",
                "password": "instalment_shopper",
                "partner_id": cls.customer.id,
                "groups_id": [Command.set(cls.env.ref("base.group_portal").ids)],
            }
        )
        offer_vals = {"provider": "Alma", "company_id": cls.company.id}
        cls.alma_3x = cls.env["sale.installment.offer"].create(
            {
                **offer_vals,
                "name": "Alma 3x",
                "installment_count": 3,
                "rate_percent": 1.29,
                "min_amount": 10.0,
                "max_amount": 2000.0,
            }
        )
        cls.big_only = cls.env["sale.installment.offer"].create(
            {
                **offer_vals,
                "name": "Alma 10x big orders",
                "installment_count": 10,
                "rate_percent": 5.0,
                "min_amount": 5000.0,
            }
        )
        cls.product_shop = cls.env["product.product"].create(
            {
                "name": "Shop voucher",
                # a service: no delivery method to choose before the payment step
                "type": "service",
                "list_price": 100.0,
                "sale_ok": True,
                "is_published": True,
                "taxes_id": [Command.clear()],
            }
        )

    def setUp(self):
        super().setUp()
        self.cart = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "website_id": self.website.id,
                "order_line": [
                    Command.create(
                        {"product_id": self.product_shop.id, "product_uom_qty": 1}
                    )
                ],
            }
        )
        session = self.authenticate("instalment_shopper", "instalment_shopper")
        session["sale_order_id"] = self.cart.id
        http.root.session_store.save(session)

    def _payment_page(self):
        response = self.url_open("/shop/payment")
        self.assertEqual(response.status_code, 200)
        return response.text

    def _choose(self, offer_id, csrf):
        self.url_open(
            "/shop/installment_offer",
            data={"offer_id": offer_id, "csrf_token": csrf},
            allow_redirects=False,
        )
        self.cart.invalidate_recordset()

    def test_payment_step_discloses_eligible_offers(self):
        """100.00 in the cart: Alma 3x with its 1.29 fee; not the big-order offer."""
        html = self._payment_page()
        self.assertIn("Alma 3x", html)
        self.assertIn("1.29", html)
        self.assertNotIn("Alma 10x big orders", html)

    def test_payment_step_shows_each_instalment(self):
        """100.00 + 1.29 fee in 3 instalments: 33.77 first, then 2 of 33.76."""
        html = self._payment_page()
        amounts = re.search(
            r'o_installment_amounts">(.*?)</span>\s*</label>', html, re.S
        ).group(1)
        text = re.sub(r"<[^>]+>|\s+", " ", amounts)
        self.assertRegex(text, r"first instalment of .*33\.77.*then 2 of .*33\.76")

    def test_choose_offer_adds_fee_line(self):
        csrf = re.search(
            r'name="csrf_token" value="([^"]+)"', self._payment_page()
        ).group(1)
        self._choose(str(self.alma_3x.id), csrf)
        self.assertEqual(self.cart.installment_offer_id, self.alma_3x)
        self.assertEqual(self.cart.installment_fee_amount, 1.29)
        # an offer the cart is not eligible for is ignored
        self._choose(str(self.big_only.id), csrf)
        self.assertEqual(self.cart.installment_offer_id, self.alma_3x)
        self._choose("", csrf)
        self.assertFalse(self.cart.installment_offer_id)
        self.assertFalse(self.cart.order_line.filtered("is_installment_fee"))

    def test_portal_shows_fee_line_and_financing_withdrawal(self):
        """The customer's order page shows the fee line and, for a credit, the
        financing's own withdrawal right."""
        self.alma_3x.write(
            {
                "is_credit": True,
                "financing_withdrawal_note": "You may withdraw from the credit "
                "within 14 days.",
            }
        )
        self.cart.installment_offer_id = self.alma_3x
        self.cart._portal_ensure_token()
        html = self.url_open(
            f"/my/orders/{self.cart.id}?access_token={self.cart.access_token}"
        ).text
        self.assertIn("Instalment fee: Alma 3x", html)
        self.assertIn("withdraw from the credit within 14 days", html)
