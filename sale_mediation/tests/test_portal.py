# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime
import re

from odoo import Command
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.consumer_law.tests.common import (
    COMPLIANT_CGV,
    create_french_company,
    send_queued_documents,
    use_company,
)
from odoo.addons.sale_consumer_refund.tests.common import setup_consumer_sale_fixtures

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@tagged("post_install", "-at_install")
class TestComplaintPortal(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        use_company(cls, create_french_company(cls.env))
        setup_consumer_sale_fixtures(cls)
        cls.mediator = cls.env["consumer.mediator"].create(
            {
                "name": "Médiation Exemple SAS",
                "street": "1 rue de la Paix",
                "zip": "75002",
                "city": "Paris",
                "website": "https://mediation.example.org",
                "email": "contact@mediation.example.org",
            }
        )
        cls.company._get_consumer_policy().mediator_id = cls.mediator
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
            login="cmp_portal",
            password="cmp_portal_pwd",
            email="camille.martin@example.com",
            groups="base.group_portal",
            partner_id=cls.customer.id,
        )
        cls.other_customer = cls.env["res.partner"].create(
            {"name": "Other Customer", "email": "other@example.com"}
        )
        cls.other_user = new_test_user(
            cls.env,
            login="cmp_other",
            password="cmp_other_pwd",
            email="other@example.com",
            groups="base.group_portal",
            partner_id=cls.other_customer.id,
        )
        cls.order = cls._confirmed_order(cls.customer)
        cls.other_order = cls._confirmed_order(cls.other_customer)

    @classmethod
    def _confirmed_order(cls, partner):
        order = cls.env["sale.order"].create(
            {
                "partner_id": partner.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": cls.product_helmet.id,
                            "product_uom_qty": 1,
                            "price_unit": 30.0,
                        }
                    )
                ],
            }
        )
        order.action_confirm()
        return order

    def _csrf(self, url):
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200)
        return re.search(r'name="csrf_token" value="([^"]+)"', response.text).group(1)

    def _post(self, order, access_token="", files=None, **values):
        data = {
            "csrf_token": self._csrf("/web/login"),
            "access_token": access_token,
            "subject": "Cracked visor",
            "description": "The visor is cracked.",
            "submission_key": values.pop("submission_key", "key-1"),
            **values,
        }
        return self.url_open(
            f"/my/orders/{order.id}/complaint", data=data, files=files or {}
        )

    def test_tour_logged_in(self):
        """The logged-in customer writes to the merchant from the order page."""
        self.start_tour(
            self.order.get_portal_url(),
            "sale_mediation_portal_tour",
            login="cmp_portal",
        )
        complaint = self.order.complaint_ids
        self.assertRecordValues(
            complaint,
            [
                {
                    "channel": "portal",
                    "subject": "Damaged helmet",
                    "description": "The helmet arrived with a cracked visor.",
                    "partner_id": self.customer.id,
                    "state": "received",
                    "is_written": True,
                }
            ],
        )
        send_queued_documents(self.env)
        self.assertTrue(complaint.acknowledged_at)
        self.authenticate("cmp_portal", "cmp_portal_pwd")
        page = self.url_open(self.order.get_portal_url())
        self.assertIn("Damaged helmet", page.text)
        self.assertIn(complaint._get_portal_url(), page.text)

    def test_tour_guest_with_access_token(self):
        """A guest files it through the order's secure link."""
        self.order._portal_ensure_token()
        self.start_tour(self.order.get_portal_url(), "sale_mediation_portal_tour")
        complaint = self.order.complaint_ids
        self.assertEqual(len(complaint), 1)
        self.assertEqual(complaint.channel, "portal")
        send_queued_documents(self.env)
        self.assertTrue(complaint.acknowledged_at)

    def test_documents_attached_and_checked(self):
        """Pictures are attached; a file that is not a picture or PDF by its
        content is refused and nothing is written."""
        self.authenticate("cmp_portal", "cmp_portal_pwd")
        response = self._post(
            self.order,
            files={"documents": ("notes.png", b"MZ not a picture", "image/png")},
        )
        self.assertIn("is not a JPEG, PNG or WebP picture", response.text)
        self.assertFalse(self.order.complaint_ids)
        response = self._post(
            self.order, files={"documents": ("visor.png", PNG, "image/png")}
        )
        complaint = self.order.complaint_ids
        self.assertEqual(complaint.document_ids.mapped("name"), ["visor.png"])
        self.assertIn("visor.png", response.text)

    def test_double_submit_and_rate_limit(self):
        """The same form twice files one complaint; more than 3 new ones about
        an order within an hour are refused."""
        self.authenticate("cmp_portal", "cmp_portal_pwd")
        self._post(self.order, submission_key="key-a")
        self._post(self.order, submission_key="key-a")
        self.assertEqual(len(self.order.complaint_ids), 1)
        self._post(self.order, submission_key="key-b")
        self._post(self.order, submission_key="key-c")
        response = self._post(self.order, submission_key="key-d")
        self.assertIn("Too many messages", response.text)
        self.assertEqual(len(self.order.complaint_ids), 3)

    def test_bad_input_refused(self):
        """Missing subject, overlong message and a bad e-mail are refused."""
        self.authenticate("cmp_portal", "cmp_portal_pwd")
        for values, error in (
            ({"subject": ""}, "Subject: this field is required."),
            ({"description": "x" * 4001}, "at most 4000 characters"),
            ({"email": "a@b@c"}, "is not a valid e-mail address"),
        ):
            response = self._post(self.order, **values)
            self.assertIn(error, response.text)
        self.assertFalse(self.order.complaint_ids)

    def test_idor_other_customer_and_tokens(self):
        """Another customer's order, a wrong token and another order's
        complaint all give 404; nothing is filed."""
        self.order._portal_ensure_token()
        complaint = self.env["consumer.complaint"].create(
            {"order_id": self.order.id, "subject": "Late parcel"}
        )
        self.authenticate("cmp_other", "cmp_other_pwd")
        for url in (
            f"/my/orders/{self.order.id}/complaint",
            f"/my/orders/{self.order.id}/complaint?access_token=wrong",
            f"/my/orders/{self.order.id}/complaints/{complaint.id}",
            f"/my/orders/{self.other_order.id}/complaints/{complaint.id}",
            f"/my/orders/{self.order.id}/complaints/{complaint.id}/letter",
        ):
            self.assertEqual(self.url_open(url).status_code, 404, url)
        response = self._post(self.order)
        self.assertEqual(response.status_code, 404)
        response = self._post(self.order, access_token="wrong-token")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(self.order.complaint_ids, complaint)
        # the right token opens it, for a guest too
        self.authenticate(None, None)
        token = self.order.access_token
        page = self.url_open(
            f"/my/orders/{self.order.id}/complaints/{complaint.id}?access_token={token}"
        )
        self.assertEqual(page.status_code, 200)
        self.assertIn("Late parcel", page.text)
        # but not another order's complaint through this token
        other = self.env["consumer.complaint"].create(
            {"order_id": self.other_order.id, "subject": "Secret"}
        )
        page = self.url_open(
            f"/my/orders/{self.order.id}/complaints/{other.id}?access_token={token}"
        )
        self.assertEqual(page.status_code, 404)

    def test_internal_user_refused(self):
        """Staff do not file complaints as the customer."""
        self.authenticate("admin", "admin")
        response = self.url_open(f"/my/orders/{self.order.id}/complaint")
        self.assertEqual(response.status_code, 403)

    def test_customer_follows_answer_and_letter(self):
        """The customer sees the answer and downloads the referral letter."""
        complaint = self.env["consumer.complaint"].create(
            {
                "order_id": self.order.id,
                "subject": "Cracked visor",
                "complaint_date": date(2026, 5, 2),
            }
        )
        complaint.answer = "We cannot take it back."
        complaint.action_send_answer()
        complaint.mediation_request_date = complaint.answer_date
        complaint.action_send_referral_letter()
        self.authenticate("cmp_portal", "cmp_portal_pwd")
        page = self.url_open(complaint._get_portal_url())
        self.assertIn("We cannot take it back.", page.text)
        self.assertIn("download the referral letter", page.text)
        letter = self.url_open(complaint._get_portal_url().rstrip("/") + "/letter")
        self.assertEqual(letter.status_code, 200)
        self.assertEqual(letter.content, complaint.referral_letter_id.raw)
        listing = self.url_open("/my/complaints")
        self.assertIn(complaint.name, listing.text)
