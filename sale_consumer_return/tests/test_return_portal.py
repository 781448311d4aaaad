# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, timedelta
import re

from freezegun import freeze_time

from odoo import Command, fields
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.consumer_law.tests.common import (
    COMPLIANT_CGV,
    create_french_company,
    send_queued_documents,
    use_company,
)
from odoo.addons.sale_consumer_refund.tests.common import setup_consumer_sale_fixtures


@tagged("post_install", "-at_install")
class TestReturnPortal(HttpCase):
    """ "Report a problem" on the portal, as customer and as guest."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        use_company(cls, create_french_company(cls.env))
        cls.policy = cls.company._get_consumer_policy()
        cls.policy.is_receipt_on_validation = True
        setup_consumer_sale_fixtures(cls)
        document = cls.env["cgv.document"].create(
            {"name": "General terms of sale", "company_id": cls.company.id}
        )
        cls.env["cgv.version"].create(
            {
                "document_id": document.id,
                "content": COMPLIANT_CGV,
                "lang": "en_US",
                "effective_date": datetime(2026, 1, 1, 9, 0),
            }
        ).action_publish_history()
        cls.portal_user = new_test_user(
            cls.env,
            login="ret_portal",
            password="ret_portal_pwd",
            email="camille.martin@example.com",
            groups="base.group_portal",
            partner_id=cls.customer.id,
        )
        cls.other_customer = cls.env["res.partner"].create(
            {"name": "Other Customer", "email": "other@example.com"}
        )
        cls.other_user = new_test_user(
            cls.env,
            login="ret_other",
            password="ret_other_pwd",
            groups="base.group_portal",
            partner_id=cls.other_customer.id,
        )
        cls.order = cls._delivered_order()

    @classmethod
    def _delivered_order(cls, partner=None):
        order = cls.env["sale.order"].create(
            {
                "partner_id": (partner or cls.customer).id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": cls.product_bike.id,
                            "product_uom_qty": 2,
                            "price_unit": 50.0,
                        }
                    ),
                    Command.create(
                        {
                            "product_id": cls.product_helmet.id,
                            "product_uom_qty": 1,
                            "price_unit": 30.0,
                        }
                    ),
                ],
            }
        )
        order.action_confirm()
        picking = order.picking_ids
        with freeze_time(fields.Datetime.now() - timedelta(days=2)):
            for move in picking.move_ids:
                move.quantity = move.product_uom_qty
                move.picked = True
            picking._action_done()
        return order

    def _claims(self, order=None):
        return self.env["sale.consumer.return"].search(
            [("order_id", "=", (order or self.order).id)]
        )

    def _submit(self, order, key, access_token=None, quantities=None, **extra):
        url = f"/my/orders/{order.id}/problem"
        if access_token:
            url += f"?access_token={access_token}"
        page = self.url_open(url)
        self.assertEqual(page.status_code, 200)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        bike_line = order.order_line[0]
        data = {
            "csrf_token": csrf,
            "submission_key": key,
            "access_token": access_token or "",
            "ground": "conformity",
            "description": "The engine does not start",
            f"qty_{bike_line.id}": (quantities or {}).get(bike_line, 1),
            **extra,
        }
        return self.url_open(f"/my/orders/{order.id}/problem/submit", data=data)

    def test_tour_customer(self):
        """The customer reports a problem from the order page and sees it
        recorded; an acknowledgment is e-mailed by the queued job, and the
        claim's page then shows when."""
        self.start_tour(
            self.order.get_portal_url(),
            "sale_consumer_return_portal_tour",
            login="ret_portal",
        )
        claim = self._claims()
        self.assertRecordValues(
            claim,
            [
                {
                    "ground": "transport_damage",
                    "channel": "portal",
                    "state": "claimed",
                    "description": "The box arrived crushed and the frame is bent",
                }
            ],
        )
        self.assertEqual(claim.line_ids.quantity, 1.0)
        self.assertFalse(claim.acknowledgment_sent_at)
        send_queued_documents(self.env)
        claim.invalidate_recordset(["acknowledgment_sent_at"])
        self.assertTrue(claim.acknowledgment_sent_at)
        self.assertTrue(
            any(
                "we received your claim" in (subject or "")
                for subject in claim.message_ids.mapped("subject")
            )
        )
        self.assertTrue(claim.activity_ids)

    def test_tour_guest_with_access_token(self):
        """A guest reaches the form through the order's secure link."""
        self.start_tour(self.order.get_portal_url(), "sale_consumer_return_portal_tour")
        self.assertEqual(len(self._claims()), 1)

    def test_other_customer_order_not_found(self):
        """Another customer's order, or a wrong token, is not found (IDOR)."""
        self.authenticate("ret_other", "ret_other_pwd")
        response = self.url_open(f"/my/orders/{self.order.id}/problem")
        self.assertEqual(response.status_code, 404)
        self.authenticate(None, None)
        response = self.url_open(
            f"/my/orders/{self.order.id}/problem?access_token=wrong-token"
        )
        self.assertEqual(response.status_code, 404)
        claim = self._submit(self.order, "k-idor", self.order._portal_ensure_token())
        self.assertEqual(claim.status_code, 200)
        self.authenticate("ret_other", "ret_other_pwd")
        status = self.url_open(
            f"/my/orders/{self.order.id}/problem/{self._claims().id}"
        )
        self.assertEqual(status.status_code, 404)
        own = self._delivered_order(partner=self.other_customer)
        status = self.url_open(f"/my/orders/{own.id}/problem/{self._claims().id}")
        self.assertEqual(status.status_code, 404)

    def test_double_submit_creates_one_claim(self):
        """The same form submitted twice records one claim."""
        token = self.order._portal_ensure_token()
        self._submit(self.order, "same-key", token)
        second = self._submit(self.order, "same-key", token)
        self.assertEqual(second.status_code, 200)
        self.assertEqual(len(self._claims()), 1)

    def test_bad_input_refused(self):
        """More than delivered, no description, unknown ground, a fake photo: a
        clear error and nothing recorded."""
        token = self.order._portal_ensure_token()
        bike_line = self.order.order_line[0]
        cases = [
            ({"quantities": {bike_line: 3}}, "choose between 0 and 2"),
            ({"description": ""}, "Description of the problem: this field is required"),
            ({"ground": "withdrawal"}, "Kind of problem"),
            ({"quantities": {bike_line: "1e309"}}, "is not a quantity"),
        ]
        for index, (extra, message) in enumerate(cases):
            response = self._submit(self.order, f"bad-{index}", token, **extra)
            self.assertIn(message, response.text)
        self.assertFalse(self._claims())

    def test_photo_attached_and_fake_refused(self):
        """A PNG photo is attached to the claim; a text file posing as a photo is
        refused."""
        token = self.order._portal_ensure_token()
        page = self.url_open(f"/my/orders/{self.order.id}/problem?access_token={token}")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        bike_line = self.order.order_line[0]
        data = {
            "csrf_token": csrf,
            "submission_key": "photo",
            "access_token": token,
            "ground": "conformity",
            "description": "Scratched frame",
            f"qty_{bike_line.id}": 1,
        }
        fake = self.url_open(
            f"/my/orders/{self.order.id}/problem/submit",
            data=dict(data, submission_key="fake"),
            files={"photos": ("photo.jpg", b"not a picture", "image/jpeg")},
        )
        self.assertIn("is not a JPEG, PNG or WebP picture", fake.text)
        self.assertFalse(self._claims())
        png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
        self.url_open(
            f"/my/orders/{self.order.id}/problem/submit",
            data=data,
            files={"photos": ("frame.png", png, "image/png")},
        )
        attachments = self.env["ir.attachment"].search(
            [
                ("res_model", "=", "sale.consumer.return"),
                ("res_id", "=", self._claims().id),
            ]
        )
        self.assertEqual(attachments.mapped("name"), ["frame.png"])

    def test_status_page_shows_decision(self):
        """The customer sees the decision and the return instructions."""
        token = self.order._portal_ensure_token()
        self._submit(self.order, "status", token)
        claim = self._claims()
        wizard = self.env["sale.consumer.return.decide"].create(
            {
                "return_id": claim.id,
                "outcome": "repair",
                "customer_choice": "repair",
            }
        )
        wizard.action_summary()
        wizard.action_confirm()
        page = self.url_open(
            f"/my/orders/{self.order.id}/problem/{claim.id}?access_token={token}"
        )
        self.assertIn("Repair", page.text)
        self.assertIn(claim.return_picking_id.name and claim.name, page.text)
        self.assertIn("L217-3", page.text)

    def test_internal_user_refused_on_portal_routes(self):
        """Staff do not act as the customer on the portal."""
        self.authenticate("admin", "admin")
        response = self.url_open(f"/my/orders/{self.order.id}/problem")
        self.assertEqual(response.status_code, 403)

    def test_rate_limit(self):
        """At most 5 new claims of one order per hour."""
        token = self.order._portal_ensure_token()
        self.order.order_line[0].product_uom_qty = 2
        for _index in range(5):
            self.env["consumer.law.portal.attempt"]._register_attempt(
                "sale_consumer_return.portal_claim", "127.0.0.1", subject=self.order.id
            )
        response = self._submit(self.order, "limited", token)
        self.assertIn("Too many problems", response.text)
        self.assertFalse(self._claims())
