# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import json

from odoo import Command, http
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.consumer_law.tests.common import use_website
from odoo.addons.sale_cgv.tests.common import SaleCgvCommon


@tagged("post_install", "-at_install")
class TestCheckout(SaleCgvCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        use_website(cls)
        cls.consumer.write(
            {
                "street": "1 rue de Rivoli",
                "city": "Paris",
                "zip": "75001",
                "country_id": cls.env.ref("base.fr").id,
                "phone": "+33 1 23 45 67 89",
            }
        )
        cls.portal_user = cls.env["res.users"].create(
            {
                "name": "Alice Martin",
                "login": "cgv_shopper",
                "password": "cgv_shopper",
                "partner_id": cls.consumer.id,
                "groups_id": [Command.set(cls.env.ref("base.group_portal").ids)],
            }
        )
        cls.shop_product = cls.env["product.product"].create(
            {
                "name": "CGV scale model",
                "type": "consu",
                "list_price": 80.0,
                "sale_ok": True,
                "is_published": True,
                "website_published": True,
                "taxes_id": [Command.clear()],
            }
        )
        transfer = cls.env.ref("payment.payment_provider_transfer")
        transfer.write(
            {"state": "enabled", "is_published": True, "company_id": cls.company.id}
        )
        transfer._transfer_ensure_pending_msg_is_set()

    def _create_cart(self):
        order = self._create_order(website_id=self.website.id)
        order._portal_ensure_token()
        return order

    def _jsonrpc_error(self, route, params):
        """Call a JSON route and return the error it answers."""
        response = self.url_open(
            route,
            data=json.dumps({"jsonrpc": "2.0", "method": "call", "params": params}),
            headers={"Content-Type": "application/json"},
        )
        return response.json()["error"]["data"]

    @mute_logger("odoo.http")
    def test_checkout_payment_without_ticking_is_refused(self):
        """The shop's transaction route refuses when the box was not ticked."""
        order = self._create_cart()
        error = self._jsonrpc_error(
            f"/shop/payment/transaction/{order.id}",
            {"access_token": order.access_token, "amount": order.amount_total},
        )
        self.assertEqual(error["name"], "odoo.exceptions.ValidationError")
        self.assertIn("please tick", error["message"])
        self.assertFalse(order.transaction_ids)
        self.assertEqual(order.state, "draft")

    def test_checkout_tour_records_acceptance(self):
        """Browser: buy on the shop ticking the box; payment records the proof."""
        self.assertTrue(self.env.ref("website_sale.accept_terms_and_conditions").active)
        self.start_tour("/shop", "website_sale_cgv_checkout", login="cgv_shopper")
        order = self.env["sale.order"].search(
            [
                ("partner_id", "=", self.consumer.id),
                ("website_id", "=", self.website.id),
            ]
        )
        self.assertEqual(len(order), 1)
        self.assertEqual(order.transaction_ids.provider_id.code, "custom")
        pending = order.sudo().cgv_pending_id
        self.assertRecordValues(
            pending,
            [
                {
                    "version_id": self.version_v1.id,
                    "channel": "portal_payment",
                    "ip_address": "127.0.0.1",
                }
            ],
        )
        self.assertIn("Chrom", pending.user_agent)
        # The merchant receives the transfer: the payment confirms the order.
        order.transaction_ids._set_done()
        order.transaction_ids._check_amount_and_confirm_order()
        self.assertRecordValues(
            order, [{"state": "sale", "cgv_version_id": self.version_v1.id}]
        )
        self.assertRecordValues(
            order.cgv_acceptance_ids,
            [
                {
                    "channel": "portal_payment",
                    "ip_address": "127.0.0.1",
                    "version_id": self.version_v1.id,
                }
            ],
        )

    def _validate_free_cart(self, ticked, cart_left_session=False):
        """Put a free cart in the shopper's session and validate it; with
        ``cart_left_session``, a guest's session only remembers the last order
        (the cart was cleared), which core's route then validates."""
        self.shop_product.list_price = 0.0
        order = self._create_order(
            website_id=self.website.id,
            order_line=[
                Command.create({"product_id": self.shop_product.id, "price_unit": 0.0})
            ],
        )
        if ticked:
            order._set_cgv_pending_acceptance(
                version=self.version_v1, ip_address="127.0.0.1", user_agent="Test"
            )
        if cart_left_session:
            # a guest whose cart left the session: only the last order remains
            session = self.authenticate(None, None)
            session["sale_last_order_id"] = order.id
        else:
            session = self.authenticate("cgv_shopper", "cgv_shopper")
            session["sale_order_id"] = order.id
        http.root.session_store.save(session)
        with mute_logger("odoo.http"):
            self.url_open("/shop/payment/validate", allow_redirects=False)
        return order

    def test_free_order_without_ticking_is_refused(self):
        """An order without payment is not confirmed unless the box was ticked."""
        order = self._validate_free_cart(ticked=False)
        self.assertRecordValues(order, [{"state": "draft", "cgv_version_id": False}])
        self.assertFalse(order.cgv_acceptance_ids)

    def test_free_order_ticked_records_checkout_acceptance(self):
        """A ticked free order is confirmed with a webshop-checkout acceptance."""
        order = self._validate_free_cart(ticked=True)
        self.assertRecordValues(
            order, [{"state": "sale", "cgv_version_id": self.version_v1.id}]
        )
        self.assertRecordValues(
            order.cgv_acceptance_ids,
            [
                {
                    "channel": "portal_checkout",
                    "version_id": self.version_v1.id,
                    "ip_address": "127.0.0.1",
                }
            ],
        )

    def test_free_order_without_ticking_refused_when_cart_left_session(self):
        """The check follows core's lookup: with only the last order in the
        session, an unticked free order is still refused."""
        order = self._validate_free_cart(ticked=False, cart_left_session=True)
        self.assertRecordValues(order, [{"state": "draft", "cgv_version_id": False}])
        self.assertFalse(order.cgv_acceptance_ids)
