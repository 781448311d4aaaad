# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re

from odoo.tests import HttpCase, TransactionCase, tagged

from odoo.addons.sale_cgv.models.cgv_acceptance import PORTAL_CHANNELS

SHOPS = ("rallye", "minialuxe", "smallmx", "raynaud")
# Odoo's website placeholders, none of which a real shop shows
PLACEHOLDERS = (
    "+1 555",
    "555-555",
    "yourcompany",
    "OdooBot",
    "My Website",
    "My Company",
    "Company name",
    "Fake Buena Vista",
    "We are a team of passionate people",
)


def _demo_companies(env):
    return env["res.company"].browse(
        [env.ref(f"consumer_law_demo.company_{shop}").id for shop in SHOPS]
    )


@tagged("post_install", "-at_install")
class TestDemoBelievable(TransactionCase):
    """The demo orders and invoices are those of French shops: VAT on every
    sale, the customer's acceptance of the terms on every confirmed order."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.companies = _demo_companies(cls.env)
        cls.orders = cls.env["sale.order"].search(
            [("company_id", "in", cls.companies.ids)]
        )

    def _untaxed_by_law(self):
        """What French VAT does not apply to: instalment fees (financial services,
        CGI art. 261 C), the carrier's return cost passed through at cost, and
        contractual penalties (damages)."""
        return (
            self.env.ref("sale_cancellation_fee.product_installment_fee")
            | self.env.ref("sale_cancellation_fee.product_return_cost")
            | self.env.ref("account_retention_of_title.product_penalty")
        )

    def _taxable_lines(self, lines):
        """Product lines billed to a customer in France or the EU (exports to
        Switzerland and the UK are sold without French VAT)."""
        eu = self.env.ref("base.europe").country_ids
        return lines.filtered(
            lambda line: not line.display_type
            and line.product_id not in self._untaxed_by_law()
            and line.order_id.partner_shipping_id.country_id in eu
        )

    def test_every_demo_order_carries_vat(self):
        self.assertGreater(len(self.orders), 40)
        lines = self._taxable_lines(self.orders.order_line)
        untaxed = lines.filtered(lambda line: not line.tax_id)
        self.assertFalse(
            untaxed,
            "order lines without VAT: "
            + ", ".join(f"{line.order_id.name}: {line.name}" for line in untaxed),
        )
        for line in lines.filtered("tax_id"):
            with self.subTest(order=line.order_id.name, line=line.name):
                self.assertEqual(line.tax_id.mapped("amount"), [20.0])

    def test_every_demo_invoice_carries_vat(self):
        invoices = self.env["account.move"].search(
            [
                ("company_id", "in", self.companies.ids),
                ("move_type", "in", ("out_invoice", "out_refund")),
            ]
        )
        self.assertTrue(invoices)
        eu = self.env.ref("base.europe").country_ids
        lines = invoices.invoice_line_ids.filtered(
            lambda line: line.display_type == "product"
            and line.product_id not in self._untaxed_by_law()
            and line.move_id.partner_shipping_id.country_id in eu
        )
        untaxed = lines.filtered(lambda line: not line.tax_ids)
        self.assertFalse(
            untaxed,
            "invoice lines without VAT: "
            + ", ".join(f"{line.move_id.name}: {line.name}" for line in untaxed),
        )

    def test_every_confirmed_demo_order_has_its_acceptance(self):
        """Every order confirmed under a version of the terms (stamped) has the
        customer's acceptance: online for webshop orders, a few by staff."""
        stamped = self.orders.filtered("cgv_version_id")
        self.assertEqual(
            stamped, self.orders.filtered(lambda o: o.state == "sale") | stamped
        )
        missing = stamped.filtered(lambda order: not order.cgv_acceptance_ids)
        self.assertFalse(
            missing, f"orders without acceptance: {', '.join(missing.mapped('name'))}"
        )
        channels = stamped.cgv_acceptance_ids.mapped("channel")
        online = [channel for channel in channels if channel in PORTAL_CHANNELS]
        staff = [channel for channel in channels if channel not in PORTAL_CHANNELS]
        self.assertGreater(len(online), len(staff))
        self.assertGreaterEqual(len(staff), 3)
        for acceptance in stamped.cgv_acceptance_ids.sudo():
            with self.subTest(order=acceptance.order_id.name):
                if acceptance.channel in PORTAL_CHANNELS:
                    self.assertTrue(acceptance.ip_address)
                    self.assertTrue(acceptance.user_agent)
                else:
                    self.assertTrue(acceptance.user_id)

    def test_salespeople_not_the_technical_user(self):
        odoobot = self.env.ref("base.user_root")
        self.assertFalse(self.orders.filtered(lambda o: o.user_id == odoobot))

    def test_shops_bank_accounts_and_french_transfer_page(self):
        for shop in SHOPS:
            provider = self.env.ref(
                f"consumer_law_demo.payment_provider_transfer_{shop}"
            )
            account = self.env.ref(f"consumer_law_demo.bank_account_{shop}")
            with self.subTest(shop=shop):
                self.assertEqual(account.acc_type, "iban")
                self.assertIn(
                    account.acc_number,
                    str(provider.with_context(lang="en_US").pending_msg),
                )

    def test_vehicles_never_by_the_parts_carrier(self):
        """A mini-moto cannot go by the 9.90 parts parcel, a helmet can."""
        smallmx = self.env.ref("consumer_law_demo.company_smallmx")
        env = self.env(context=dict(self.env.context, allowed_company_ids=smallmx.ids))
        customer = env.ref("consumer_law_demo.sw_demo_customer")
        carriers = env["delivery.carrier"].search([("company_id", "=", smallmx.id)])
        parts = env.ref("consumer_law_demo.carrier_smallmx_colissimo")
        for product_xmlid, parts_allowed in (
            ("sw_demo_product_minimoto", False),
            ("sw_demo_product_helmet", True),
        ):
            order = env["sale.order"].create(
                {
                    "partner_id": customer.id,
                    "company_id": smallmx.id,
                    "order_line": [
                        (
                            0,
                            0,
                            {
                                "product_id": env.ref(
                                    f"consumer_law_demo.{product_xmlid}"
                                ).id
                            },
                        )
                    ],
                }
            )
            available = carriers.available_carriers(order.partner_shipping_id, order)
            with self.subTest(product=product_xmlid):
                self.assertEqual(parts in available, parts_allowed)
                self.assertTrue(available - parts)


@tagged("post_install", "-at_install")
class TestDemoShopPages(HttpCase):
    """The shops' pages show their own company, never Odoo's placeholders."""

    def _page(self, shop, path):
        response = self.url_open(path, headers={"Host": f"{shop}.localhost"})
        self.assertEqual(response.status_code, 200, f"{shop}{path}")
        return response.text

    def test_no_placeholder_on_the_shops_pages(self):
        for shop in SHOPS:
            company = self.env.ref(f"consumer_law_demo.company_{shop}")
            for path in ("/", "/shop", "/contactus", "/legal-notice", "/withdrawal"):
                with self.subTest(shop=shop, path=path):
                    html = self._page(shop, path)
                    text = re.sub(r"\s+", " ", html)
                    found = [p for p in PLACEHOLDERS if p in text]
                    self.assertFalse(found, f"placeholders on {shop}{path}: {found}")
                    self.assertIn(company.phone, text)
                    self.assertIn(company.email, text)
        legal = self._page("smallmx", "/legal-notice")
        self.assertIn("84455667000017", legal)
        self.assertIn("FR49844556670", legal)
