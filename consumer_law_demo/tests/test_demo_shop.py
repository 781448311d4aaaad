# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.tests import TransactionCase, tagged

SHOPS = ("rallye", "minialuxe", "smallmx", "raynaud")


@tagged("post_install", "-at_install")
class TestDemoShop(TransactionCase):
    """The demo companies look like the French shops they model."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.raynaud = cls.env.ref("consumer_law_demo.company_raynaud")
        cls.env = cls.env(
            context=dict(cls.env.context, allowed_company_ids=cls.raynaud.ids)
        )
        cls.plate = cls.env.ref("consumer_law_demo.sw_demo_product_plate")

    def _ref(self, xmlid):
        return self.env.ref(f"consumer_law_demo.{xmlid}")

    def _raynaud_order(self, country_code, amount_incl_tax):
        """A draft Raynaud order of plates worth ``amount_incl_tax``, tax included."""
        partner = self.env["res.partner"].create(
            {
                "name": "Client démo",
                "country_id": self.env.ref(f"base.{country_code}").id,
                "is_consumer": True,
            }
        )
        return self.env["sale.order"].create(
            {
                "partner_id": partner.id,
                "company_id": self.raynaud.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.plate.id,
                            "product_uom_qty": 1,
                            "price_unit": amount_incl_tax,
                        }
                    )
                ],
            }
        )

    def _shipping(self, carrier_xmlid, order):
        """(subtotal, total) of the delivery line the carrier adds to ``order``."""
        carrier = self._ref(carrier_xmlid)
        rate = carrier.rate_shipment(order)
        self.assertTrue(rate["success"], rate.get("error_message"))
        order.set_delivery_line(carrier, rate["price"])
        line = order.order_line.filtered("is_delivery")
        return line.price_subtotal, line.price_total

    def test_french_chart_and_tax_included_prices(self):
        """Every shop keeps French books and shows consumer prices tax included."""
        for shop in SHOPS:
            company = self._ref(f"company_{shop}")
            with self.subTest(shop=shop):
                self.assertEqual(company.chart_template, "fr")
                self.assertEqual(company.currency_id, self.env.ref("base.EUR"))
                self.assertEqual(company.account_price_include, "tax_included")
                self.assertEqual(company.account_sale_tax_id.amount, 20.0)
                self.assertTrue(company.account_sale_tax_id.price_include)
                self.assertTrue(company.logo)
                self.assertEqual(company.country_id, self.env.ref("base.fr"))

    def test_demo_orders_carry_vat(self):
        """Confirmed demo orders of every shop carry the 20 % VAT in their price."""
        for shop in SHOPS:
            order = self._ref(f"sale_cgv_order_{shop}_v2")
            with self.subTest(shop=shop):
                self.assertEqual(order.state, "sale")
                self.assertAlmostEqual(
                    order.amount_tax, order.amount_total - order.amount_total / 1.2, 2
                )
                self.assertGreater(order.amount_tax, 0)

    def test_products_published_on_their_shop(self):
        """Each shop's products are on its own webshop."""
        for shop in SHOPS:
            product = self._ref(f"sale_cgv_product_{shop}")
            with self.subTest(shop=shop):
                self.assertTrue(product.is_published)
                self.assertEqual(product.website_id, self._ref(f"website_{shop}"))
                self.assertEqual(
                    product.website_id.company_id, self._ref(f"company_{shop}")
                )

    def test_raynaud_mainland_france_threshold(self):
        """Mainland France: 10 EUR tax included under 100 EUR, free from 100 EUR."""
        subtotal, total = self._shipping(
            "carrier_raynaud_fr", self._raynaud_order("fr", 99.99)
        )
        self.assertAlmostEqual(total, 10.0)
        self.assertAlmostEqual(subtotal, 8.33)
        _subtotal, total = self._shipping(
            "carrier_raynaud_fr", self._raynaud_order("fr", 100.0)
        )
        self.assertAlmostEqual(total, 0.0)

    def test_raynaud_european_union_threshold(self):
        """EU: 25 EUR plus VAT under 250 EUR (tax included), free from 250 EUR."""
        subtotal, total = self._shipping(
            "carrier_raynaud_eu", self._raynaud_order("de", 249.0)
        )
        self.assertAlmostEqual(subtotal, 25.0)
        self.assertAlmostEqual(total, 30.0)
        _subtotal, total = self._shipping(
            "carrier_raynaud_eu", self._raynaud_order("be", 250.0)
        )
        self.assertAlmostEqual(total, 0.0)

    def test_raynaud_switzerland_and_uk_without_vat(self):
        """Switzerland and the UK: 25 EUR without VAT under 250 EUR, free above."""
        for country in ("ch", "uk"):
            with self.subTest(country=country):
                order = self._raynaud_order(country, 200.0)
                subtotal, total = self._shipping("carrier_raynaud_export", order)
                self.assertAlmostEqual(subtotal, 25.0)
                self.assertAlmostEqual(total, 25.0)
        order = self._raynaud_order("ch", 360.0)
        _subtotal, total = self._shipping("carrier_raynaud_export", order)
        self.assertAlmostEqual(total, 0.0)

    def test_raynaud_delivers_nowhere_else(self):
        """No Raynaud carrier serves a customer outside its three zones."""
        carriers = self.env["delivery.carrier"].search(
            [("company_id", "=", self.raynaud.id)]
        )
        self.assertEqual(len(carriers), 3)
        for country, expected in (
            ("fr", "carrier_raynaud_fr"),
            ("it", "carrier_raynaud_eu"),
            ("uk", "carrier_raynaud_export"),
            ("us", None),
            ("jp", None),
        ):
            with self.subTest(country=country):
                order = self._raynaud_order(country, 50.0)
                available = carriers.available_carriers(
                    order.partner_shipping_id, order
                )
                self.assertEqual(
                    available, self._ref(expected) if expected else carriers.browse()
                )
