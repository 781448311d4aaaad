# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import json

from odoo import Command
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .common import PatientHttpMixin, SaleCgvCommon

# A 1x1 PNG: the portal requires some signature image.
SIGNATURE = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
    "AAAABJRU5ErkJggg=="
)


@tagged("post_install", "-at_install")
class TestPortal(PatientHttpMixin, SaleCgvCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.portal_user = cls.env["res.users"].create(
            {
                "name": "Alice Martin",
                "login": "cgv_portal",
                "password": "cgv_portal",
                "partner_id": cls.consumer.id,
                "groups_id": [Command.set(cls.env.ref("base.group_portal").ids)],
            }
        )

    def _create_quotation(self, **kw):
        values = {"state": "sent", "require_signature": True, "require_payment": False}
        values.update(kw)
        order = self._create_order(**values)
        order._portal_ensure_token()
        return order

    def _tick(self, order, accepted=True):
        return self.make_jsonrpc_request(
            f"/my/orders/{order.id}/cgv",
            {"access_token": order.access_token, "accepted": accepted},
        )

    def _sign(self, order, signature=SIGNATURE):
        return self.make_jsonrpc_request(
            f"/my/orders/{order.id}/accept",
            {
                "access_token": order.access_token,
                "name": "Alice Martin",
                "signature": signature,
            },
        )

    def _json(self, route, params):
        return self.make_jsonrpc_request(route, params)

    def test_sign_without_ticking_is_refused(self):
        """The server refuses a signature when the box was not ticked."""
        order = self._create_quotation()
        result = self._sign(order)
        self.assertIn("please tick", result["error"])
        self.assertRecordValues(order, [{"state": "sent", "signature": False}])
        self.assertFalse(order.cgv_acceptance_ids)

    def test_sign_after_unticking_is_refused(self):
        """Unticking the box withdraws the acceptance."""
        order = self._create_quotation()
        self._tick(order)
        self._tick(order, accepted=False)
        result = self._sign(order)
        self.assertIn("please tick", result["error"])
        self.assertEqual(order.state, "sent")

    def test_sign_after_ticking_records_portal_acceptance(self):
        """Ticking then signing confirms and records IP address and user agent."""
        order = self._create_quotation()
        self.assertEqual(
            self._tick(order), {"accepted": True, "version_id": self.version_v1.id}
        )
        result = self._sign(order)
        self.assertNotIn("error", result)
        self.assertRecordValues(
            order, [{"state": "sale", "cgv_version_id": self.version_v1.id}]
        )
        acceptance = order.cgv_acceptance_ids
        self.assertRecordValues(
            acceptance,
            [
                {
                    "version_id": self.version_v1.id,
                    "partner_id": self.consumer.id,
                    "channel": "portal_signature",
                    "ip_address": "127.0.0.1",
                    "user_id": False,
                }
            ],
        )
        self.assertTrue(acceptance.user_agent.startswith("python-requests"))

    def test_new_version_after_ticking_must_be_accepted(self):
        """A version published after the tick must be accepted again."""
        order = self._create_quotation()
        self._tick(order)
        version_v2 = self._publish_v2()
        result = self._sign(order)
        self.assertIn("(version 2)", result["error"])
        self._tick(order)
        self._sign(order)
        self.assertEqual(order.cgv_version_id, version_v2)

    def _jsonrpc_error(self, route, params):
        """Call a JSON route and return the error it answers."""
        response = self.url_open(
            route,
            data=json.dumps({"jsonrpc": "2.0", "method": "call", "params": params}),
            headers={"Content-Type": "application/json"},
        )
        return response.json()["error"]["data"]

    @mute_logger("odoo.http")
    def test_pay_without_ticking_is_refused(self):
        """The payment transaction route refuses when the box was not ticked."""
        order = self._create_quotation(require_payment=True)
        order.require_signature = False
        error = self._jsonrpc_error(
            f"/my/orders/{order.id}/transaction",
            {"access_token": order.access_token, "amount": order.amount_total},
        )
        self.assertEqual(error["name"], "odoo.exceptions.ValidationError")
        self.assertIn("please tick", error["message"])
        self.assertFalse(order.transaction_ids)

    def test_payment_after_ticking_records_payment_acceptance(self):
        """The acceptance ticked before paying is recorded when payment confirms."""
        order = self._create_quotation()
        self._tick(order)
        order.sudo()._check_cgv_portal_acceptance()
        transaction = self._create_payment_transaction(order)
        # The payment provider's callback confirms the order as superuser.
        transaction._set_done()
        order.sudo().action_confirm()
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

    def _create_payment_transaction(self, order):
        provider = self.env["payment.provider"].create(
            {"name": "Dummy provider (sale_cgv)", "code": "none", "state": "test"}
        )
        return self.env["payment.transaction"].create(
            {
                "provider_id": provider.id,
                "payment_method_id": self.env.ref("payment.payment_method_unknown").id,
                "amount": order.amount_total,
                "currency_id": order.currency_id.id,
                "partner_id": order.partner_id.id,
                "reference": f"{order.name}-cgv-test",
                "operation": "online_redirect",
                "sale_order_ids": [Command.set(order.ids)],
            }
        )

    def test_failed_payment_does_not_record_payment_channel(self):
        """The box ticked before a payment that never succeeded: when staff
        confirm, the acceptance is a portal checkbox, not a payment."""
        order = self._create_quotation()
        self._tick(order)
        order.sudo()._check_cgv_portal_acceptance()
        transaction = self._create_payment_transaction(order)
        transaction._set_canceled()
        order.action_confirm()
        self.assertEqual(order.cgv_acceptance_ids.channel, "portal_checkbox")

    def test_failed_signature_does_not_record_signature_channel(self):
        """A signature refused by the route (no signature data) leaves no
        "signature" channel: staff confirmation records a portal checkbox."""
        order = self._create_quotation()
        self._tick(order)
        result = self._sign(order, signature=None)
        self.assertTrue(result.get("error"))
        self.assertEqual(order.state, "sent")
        order.action_confirm()
        self.assertEqual(order.cgv_acceptance_ids.channel, "portal_checkbox")

    def test_internal_user_cannot_tick_for_the_customer(self):
        """Staff logged in cannot tick the customer's box on the portal."""
        order = self._create_quotation()
        self.authenticate("admin", "admin")
        result = self._json(
            f"/my/orders/{order.id}/cgv",
            {"access_token": order.access_token, "accepted": True},
        )
        self.assertIn("logged in as staff", result["error"])
        self.assertFalse(order.sudo().cgv_pending_id)

    def test_accepted_must_be_a_real_true(self):
        """ "true" as a string, 1 or a list are not an acceptance."""
        order = self._create_quotation()
        for value in ("true", 1, [True], "false"):
            result = self._json(
                f"/my/orders/{order.id}/cgv",
                {"access_token": order.access_token, "accepted": value},
            )
            self.assertIn("true or false", result["error"])
        self.assertFalse(order.sudo().cgv_pending_id)

    def test_portal_lists_accepted_versions(self):
        """The customer portal lists the versions the customer accepted."""
        order = self._create_quotation()
        self._tick(order)
        self._sign(order)
        self.authenticate("cgv_portal", "cgv_portal")
        response = self.url_open("/my/terms-of-sale")
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.version_v1.display_name, response.text)
        self.assertIn(order.name, response.text)
        response = self.url_open(order.get_portal_url())
        self.assertIn(self.version_v1._get_public_url(), response.text)

    def test_portal_sign_tour(self):
        """Browser: tick the terms of sale and sign on the portal."""
        order = self._create_quotation()
        self.start_tour(
            order.get_portal_url(), "sale_cgv_portal_sign", login="cgv_portal"
        )
        self.assertRecordValues(
            order,
            [{"state": "sale", "cgv_version_id": self.version_v1.id}],
        )
        self.assertRecordValues(
            order.cgv_acceptance_ids,
            [{"channel": "portal_signature", "ip_address": "127.0.0.1"}],
        )
        self.assertIn("Chrom", order.cgv_acceptance_ids.user_agent)
