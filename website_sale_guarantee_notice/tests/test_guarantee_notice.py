# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import datetime
import shutil
import subprocess
import tempfile
from unittest import skipUnless

from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import HttpCase, tagged
from odoo.tools import html2plaintext, mute_logger

from odoo.addons.consumer_law.tests.common import (
    create_french_company,
    use_company,
    use_website,
)

# a 1x1 transparent PNG
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
    "60e6kgAAAABJRU5ErkJggg=="
)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@tagged("post_install", "-at_install")
class TestGuaranteeNotice(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        use_company(cls, create_french_company(cls.env))
        use_website(cls)
        cls.company.guarantee_notice_enabled = True
        cls.producer = cls.env["res.partner"].create(
            {"name": "Apollo Motors Factory", "is_company": True}
        )
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Camille Martin",
                "email": "camille.martin@example.com",
                "street": "1 rue de Rivoli",
                "city": "Paris",
                "zip": "75001",
                "country_id": cls.env.ref("base.fr").id,
                "phone": "+33 1 23 45 67 89",
                "lang": "en_US",
            }
        )
        cls.env["res.users"].create(
            {
                "name": "Camille Martin",
                "login": "gn_shopper",
                "password": "gn_shopper",
                "partner_id": cls.customer.id,
                "groups_id": [Command.set(cls.env.ref("base.group_portal").ids)],
            }
        )
        cls.durable = cls.env["product.template"].create(
            {
                "name": "Durable quad",
                "type": "consu",
                "list_price": 900.0,
                "is_published": True,
                "taxes_id": [Command.clear()],
                "has_durability_guarantee": True,
                "durability_producer_id": cls.producer.id,
                "durability_years": 5,
            }
        )
        cls.plain = cls.env["product.template"].create(
            {
                "name": "Plain helmet",
                "type": "consu",
                "list_price": 40.0,
                "is_published": True,
                "taxes_id": [Command.clear()],
            }
        )
        cls.env.ref("payment.payment_provider_transfer").write(
            {"state": "enabled", "is_published": True, "company_id": cls.company.id}
        )

    def _order(self, partner=None):
        return self.env["sale.order"].create(
            {
                "partner_id": (partner or self.customer).id,
                "website_id": self.website.id,
                "order_line": [
                    Command.create({"product_id": product.product_variant_id.id})
                    for product in (self.durable, self.plain)
                ],
            }
        )

    def _french(self):
        french = self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["website_sale_guarantee_notice"], ["fr_FR"], overwrite=True
        )
        self.website.language_ids |= french
        return french

    # --- durability label ---------------------------------------------------------
    def test_label_only_for_a_free_whole_producer_guarantee_over_2_years(self):
        self.assertTrue(self.durable.show_durability_label)
        self.assertFalse(self.plain.show_durability_label)
        cases = (
            ({"durability_years": 2}, "2 years or less"),
            ({"is_durability_free": False}, "not free of charge"),
            ({"is_durability_whole_good": False}, "does not cover the whole good"),
            (
                {"durability_producer_id": self.company.partner_id.id},
                "not given by a producer",
            ),
            ({"durability_producer_id": False}, "not given by a producer"),
        )
        for values, reason in cases:
            with (
                self.subTest(values=values),
                self.assertRaises(ValidationError) as caught,
            ):
                self.durable.write(values)
            self.assertIn(reason, str(caught.exception))
            self.assertIn("Directive 2011/83 art. 22a", str(caught.exception))
        self.assertEqual(self.durable.durability_years, 5)

    # --- artwork ------------------------------------------------------------------
    def test_artwork_refused_unless_image_svg_or_pdf(self):
        artworks = self.env["website.guarantee.notice.artwork"]
        with self.assertRaises(ValidationError) as caught:
            artworks.create(
                {
                    "lang": "en_US",
                    "filename": "notice.png",  # the name does not count
                    "datas": base64.b64encode(b"just some text, not an image"),
                }
            )
        self.assertIn("not an image, an SVG or a PDF", str(caught.exception))
        self.assertFalse(artworks.search([]))
        for content, mimetype in (
            (PNG, "image/png"),
            (SVG, "image/svg+xml"),
            (PDF, "application/pdf"),
        ):
            artwork = artworks.create(
                {"lang": "en_US", "datas": base64.b64encode(content)}
            )
            self.assertEqual(artwork.mimetype, mimetype)
            values = self.company._get_guarantee_notice_values("en_US")
            self.assertEqual(values["artwork"], artwork)
            self.assertTrue(values["artwork_embedded"])
            # a French customer gets the English artwork when none is French
            self.assertEqual(
                self.company._get_guarantee_notice_values("fr_FR")["artwork"], artwork
            )
            response = self.url_open(f"/guarantee_notice/artwork/{artwork.id}")
            self.assertEqual(response.content, content)
            self.assertEqual(response.headers["Content-Type"], mimetype)
            artwork.unlink()

    def test_uploaded_artwork_replaces_the_built_in_rendering(self):
        artwork = self.env["website.guarantee.notice.artwork"].create(
            {"lang": "en_US", "datas": base64.b64encode(PNG)}
        )
        page = self.url_open(self.durable.website_url).text
        self.assertIn(f"/guarantee_notice/artwork/{artwork.id}", page)
        self.assertNotIn("o_guarantee_notice_title", page)

    # --- the shop, in English and French --------------------------------------------
    def test_product_page_notice_and_label(self):
        page = self.url_open(self.durable.website_url).text
        self.assertIn("Legal guarantee of conformity", page)
        self.assertIn("Minimum 2 years", page)
        self.assertIn("guarantees-returns/index_en.htm", page)
        self.assertIn("/report/barcode/?barcode_type=QR", page)
        self.assertIn("o_durability_label", page)
        plain = self.url_open(self.plain.website_url).text
        self.assertIn("Legal guarantee of conformity", plain)
        self.assertNotIn("o_durability_label", plain)
        # the QR code is generated by the shop itself
        values = self.company._get_guarantee_notice_values("en_US")
        qr = self.url_open(values["qr_src"])
        self.assertEqual(qr.headers["Content-Type"], "image/png")
        # switched off: nothing
        self.company.guarantee_notice_enabled = False
        self.assertNotIn(
            "o_guarantee_notice", self.url_open(self.durable.website_url).text
        )

    def test_product_page_in_french(self):
        self._french()
        page = self.url_open("/fr" + self.durable.website_url).text
        self.assertIn("Garantie légale de conformité", page)
        self.assertIn("2 ans minimum", page)
        self.assertIn("guarantees-returns/index_fr.htm", page)
        self.assertIn("Garantie commerciale de durabilité", page)

    def test_tour_english(self):
        self.start_tour(
            self.durable.website_url,
            "website_sale_guarantee_notice_en",
            login="gn_shopper",
        )

    def test_tour_french(self):
        self._french()
        self.customer.lang = "fr_FR"
        self.start_tour(
            "/fr" + self.durable.website_url,
            "website_sale_guarantee_notice_fr",
            login="gn_shopper",
        )

    # --- portal, mail, PDF ----------------------------------------------------------
    def test_portal_order_page(self):
        order = self._order()
        self.authenticate("gn_shopper", "gn_shopper")
        page = self.url_open(order.get_portal_url()).text
        self.assertIn("Legal guarantee of conformity", page)
        self.assertIn("o_durability_label", page)
        self._french()
        self.customer.lang = "fr_FR"
        page = self.url_open("/fr" + order.get_portal_url()).text
        self.assertIn("Garantie légale de conformité", page)

    def test_confirmation_mail_in_english_and_french(self):
        for lang, title, years in (
            ("en_US", "Legal guarantee of conformity", "5 years"),
            ("fr_FR", "Garantie légale de conformité", "5 ans"),
        ):
            with self.subTest(lang=lang):
                if lang == "fr_FR":
                    self._french()
                self.customer.lang = lang
                order = self._order()
                with mute_logger("odoo.addons.mail.models.mail_mail"):
                    order._send_order_confirmation_mail()
                mails = order.message_ids.filtered(
                    lambda message: "o_guarantee_notice" in (message.body or "")
                )
                self.assertEqual(len(mails), 1)
                body = mails.body
                text = html2plaintext(body)
                self.assertIn(title, text)
                self.assertIn(years, " ".join(text.split()), text[-1500:])
                # absolute links: the mail is read outside the shop
                self.assertIn(self.company.get_base_url() + "/report/barcode/", body)

    @skipUnless(shutil.which("pdftotext"), "pdftotext is not installed")
    def test_order_pdf(self):
        order = self._order()
        report = self.env["ir.actions.report"].with_context(
            force_report_rendering=True
        )
        pdf, _type = report._render_qweb_pdf(
            "sale.action_report_saleorder", order.ids
        )
        html, _type = report._render_qweb_html(
            "sale.action_report_saleorder", order.ids
        )
        self.assertIn(b"data:image/png;base64,", html)
        if pdf[:4] != b"%PDF":  # no wkhtmltopdf: Odoo answers the HTML
            self.skipTest("wkhtmltopdf is not available")
        with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
            file.write(pdf)
            file.flush()
            text = subprocess.run(
                ["pdftotext", "-layout", file.name, "-"],
                capture_output=True,
                check=True,
                text=True,
            ).stdout
        text = " ".join(text.split())
        self.assertIn("Legal guarantee of conformity", text)
        self.assertIn("Minimum 2 years", text)
        self.assertIn("Commercial guarantee of durability", text)
        self.assertIn("5 years", text)

    # --- the terms check ----------------------------------------------------------
    def test_policy_check_flags_a_shop_without_the_notice(self):
        policy = self.company._get_consumer_policy()
        at = datetime(2026, 9, 27, 12, 0)
        self.company.guarantee_notice_enabled = False
        codes = [finding.code for finding in policy._get_findings(at)[0]]
        self.assertIn("harmonised_notice_missing", codes)
        before = [
            finding.code for finding in policy._get_findings(datetime(2026, 9, 26))[0]
        ]
        self.assertNotIn("harmonised_notice_missing", before)
        self.company.guarantee_notice_enabled = True
        codes = [finding.code for finding in policy._get_findings(at)[0]]
        self.assertNotIn("harmonised_notice_missing", codes)
