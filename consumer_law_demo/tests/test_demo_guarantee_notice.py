# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date
from urllib.parse import urlsplit

from odoo.tests import HttpCase, tagged

SHOPS = ("rallye", "minialuxe", "smallmx", "raynaud")
# a published product of each shop
PRODUCTS = {
    "rallye": "sale_cgv_product_rallye",
    "minialuxe": "sale_cgv_product_minialuxe",
    "smallmx": "gn_demo_product_quad",
    "raynaud": "sw_demo_product_plate",
}


@tagged("post_install", "-at_install")
class TestDemoGuaranteeNotice(HttpCase):
    """EU rules since mid-2026 in the demo: the four shops show the harmonised
    notice in French and English, SmallMX's quad carries the durability label,
    a Raynaud repair of a contract after 31 July 2026 gains 12 months."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.module.module"]._load_module_terms(
            ["website_sale_guarantee_notice"], ["fr_FR"], overwrite=True
        )

    def _ref(self, xmlid):
        return self.env.ref(f"consumer_law_demo.{xmlid}")

    def _page(self, shop, path, lang="fr_FR"):
        """Open ``path`` on the shop's own website (chosen by its domain) in
        ``lang`` (the visitor's language cookie)."""
        host = urlsplit(self._ref(f"website_{shop}").domain).hostname
        self.opener.cookies.set("frontend_lang", lang)
        return self.url_open(path, headers={"Host": f"{host}:{self.http_port()}"}).text

    def test_every_shop_shows_the_notice_in_french_and_english(self):
        for shop in SHOPS:
            product = self._ref(PRODUCTS[shop]).product_tmpl_id
            company = self._ref(f"company_{shop}")
            with self.subTest(shop=shop):
                self.assertTrue(company.guarantee_notice_enabled)
                self.assertEqual(product.website_id.company_id, company)
                french = self._page(shop, product.website_url)
                self.assertIn(f"product.template({product.id},)", french)
                self.assertIn("Garantie légale de conformité", french)
                self.assertIn("2 ans minimum", french)
                english = self._page(shop, product.website_url, lang="en_US")
                self.assertIn("Legal guarantee of conformity", english)
                self.assertIn("Minimum 2 years", english)
                self.assertEqual(
                    "o_durability_label" in french, shop == "smallmx", shop
                )

    def test_smallmx_durability_label(self):
        quad = self._ref("gn_demo_product_quad").product_tmpl_id
        self.assertTrue(quad.show_durability_label)
        page = self._page("smallmx", quad.website_url)
        self.assertIn("Garantie commerciale de durabilité", page)
        self.assertIn("Vosges Quad Industrie (demo)", page)

    def test_raynaud_repair_gains_12_months(self):
        order = self._ref("gn_demo_order_raynaud_repair")
        self.assertGreaterEqual(order.date_order.date(), date(2026, 7, 31))
        claim = order.consumer_return_ids
        self.assertEqual((claim.ground, claim.outcome), ("conformity", "repair"))
        self.assertTrue(claim.repaired_on)
        unit = claim.line_ids.guarantee_ids
        self.assertEqual(unit.repair_count, 1)
        self.assertEqual(unit.repair_extension_months, 12)
        self.assertEqual(unit.contract_date_source, "confirmation")
        self.assertIn("12", claim.remedy_information)

    def test_compliance_pack_counts_the_extension(self):
        raynaud = self._ref("company_raynaud")
        figures = self.env["consumer.law.exposure"]._refresh(raynaud)
        extension = figures.filtered(lambda f: f.topic == "guarantee_extensions")
        self.assertEqual(extension.item_count, 1)
