# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, timedelta
import re

from freezegun import freeze_time

from odoo import Command, fields
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import html2plaintext

from odoo.addons.consumer_law.tests.common import (
    COMPLIANT_CGV,
    create_french_company,
    send_queued_documents,
    use_company,
    use_website,
)
from odoo.addons.sale_consumer_refund.tests.common import setup_consumer_sale_fixtures


@tagged("post_install", "-at_install")
class TestWithdrawalPortal(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        use_company(cls, create_french_company(cls.env))
        cls._answer_as_test_company()
        cls.policy = cls.company._get_consumer_policy()
        cls.policy.is_receipt_on_validation = True
        setup_consumer_sale_fixtures(cls)
        # terms of sale in force (sale_cgv, when installed, refuses consumer
        # orders without them)
        document = cls.env["cgv.document"].create(
            {"name": "General terms of sale", "company_id": cls.company.id}
        )
        version = cls.env["cgv.version"].create(
            {
                "document_id": document.id,
                "content": COMPLIANT_CGV,
                "lang": "en_US",
                "effective_date": datetime(2026, 1, 1, 9, 0),
            }
        )
        version.action_publish_history()
        cls.portal_user = new_test_user(
            cls.env,
            login="wd_portal",
            password="wd_portal_pwd",
            email="camille.martin@example.com",
            groups="base.group_portal",
            partner_id=cls.customer.id,
        )
        cls.other_customer = cls.env["res.partner"].create(
            {"name": "Other Customer", "email": "other@example.com"}
        )
        cls.other_user = new_test_user(
            cls.env,
            login="wd_other",
            password="wd_other_pwd",
            email="other@example.com",
            groups="base.group_portal",
            partner_id=cls.other_customer.id,
        )
        # delivered two days ago (server time): the window is open
        cls.order = cls._delivered_order(days_ago=2)

    @classmethod
    def _answer_as_test_company(cls):
        """The public "Withdraw from a contract" page looks up orders of the
        company it answers for: the website's (``website`` installed), else
        the public user's. Make it the test's company, whose orders the tests
        create, as a shop's website is its own company's."""
        if "website" in cls.env:
            use_website(cls)
            return
        cls.env.ref("base.public_user").write(
            {
                "company_ids": [Command.link(cls.company.id)],
                "company_id": cls.company.id,
            }
        )

    @classmethod
    def _delivered_order(cls, days_ago, partner=None):
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
        shipped_at = fields.Datetime.now() - timedelta(days=days_ago)
        with freeze_time(shipped_at):
            for move in picking.move_ids:
                move.quantity = move.product_uom_qty
                move.picked = True
            picking._action_done()
        return order

    def _csrf(self, url):
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200)
        return re.search(r'name="csrf_token" value="([^"]+)"', response.text).group(1)

    def _submit(self, order, key, access_token=None, quantities=None):
        csrf = self._csrf("/withdrawal")
        lines = order._get_withdrawal_goods_lines()
        data = {
            "csrf_token": csrf,
            "submission_key": key,
            "name": "Camille Martin",
            "email": "camille.martin@example.com",
            "access_token": access_token or "",
        }
        for line in lines:
            data[f"qty_{line.id}"] = (quantities or {}).get(line, line.qty_delivered)
        return self.url_open(f"/my/orders/{order.id}/withdraw/confirm", data=data)

    def test_tour_logged_in(self):
        """The logged-in customer withdraws in two steps from the order page."""
        self.start_tour(
            self.order.get_portal_url(),
            "sale_withdrawal_portal_tour",
            login="wd_portal",
        )
        withdrawal = self.order.withdrawal_request_ids
        self.assertEqual(len(withdrawal), 1)
        self.assertRecordValues(
            withdrawal,
            [
                {
                    "channel": "portal",
                    "statement": "I changed my mind",
                    "email": "camille.martin@example.com",
                    "state": "received",
                }
            ],
        )
        self.assertEqual(withdrawal.line_ids.mapped("quantity"), [1.0, 1.0])
        send_queued_documents(self.env)
        self.assertTrue(withdrawal.acknowledgment_message_id)
        self.assertEqual(self.order.withdrawal_state, "exercised")

    def test_tour_guest_with_access_token(self):
        """A guest reaches the same function through the order's secure link."""
        self.order._portal_ensure_token()
        self.start_tour(self.order.get_portal_url(), "sale_withdrawal_portal_tour")
        withdrawal = self.order.withdrawal_request_ids
        self.assertEqual(len(withdrawal), 1)
        self.assertEqual(withdrawal.channel, "portal")
        send_queued_documents(self.env)
        self.assertTrue(withdrawal.acknowledgment_message_id)

    def test_other_customer_order_not_found(self):
        """Another customer's order gives 404, with or without a wrong token."""
        self.authenticate("wd_other", "wd_other_pwd")
        response = self.url_open(f"/my/orders/{self.order.id}/withdraw")
        self.assertEqual(response.status_code, 404)
        response = self.url_open(
            f"/my/orders/{self.order.id}/withdraw?access_token=wrong-token"
        )
        self.assertEqual(response.status_code, 404)
        csrf = self._csrf("/withdrawal")
        response = self.url_open(
            f"/my/orders/{self.order.id}/withdraw/confirm",
            data={"csrf_token": csrf, "submission_key": "x"},
        )
        self.assertEqual(response.status_code, 404)
        self.assertFalse(self.order.withdrawal_request_ids)

    def test_double_submit_creates_one_request(self):
        """Submitting the same confirmation twice creates one request."""
        self.authenticate("wd_portal", "wd_portal_pwd")
        first = self._submit(self.order, "key-1")
        second = self._submit(self.order, "key-1")
        self.assertEqual(first.status_code, 200)
        self.assertEqual(second.status_code, 200)
        withdrawal = self.order.withdrawal_request_ids
        self.assertEqual(len(withdrawal), 1)
        self.assertIn(withdrawal.name, second.text)
        self.assertEqual(withdrawal.line_ids.mapped("quantity"), [2.0, 1.0])

    def test_answered_at_once_acknowledgment_shown_once_sent(self):
        """The submission answers with the date and time before any document is
        produced; the page shows when the acknowledgment was sent, once sent."""
        self.authenticate("wd_portal", "wd_portal_pwd")
        response = self._submit(self.order, "key-ack")
        withdrawal = self.order.withdrawal_request_ids
        self.assertIn(withdrawal.name, response.text)
        self.assertIn("Paris time", response.text)
        self.assertIn("is being sent to", response.text)
        self.assertFalse(withdrawal.acknowledgment_message_id)
        send_queued_documents(self.env)
        self.assertTrue(withdrawal.acknowledgment_message_id)
        again = self.url_open(response.url)
        self.assertIn("was sent to", again.text)
        self.assertNotIn("is being sent to", again.text)

    def test_quantity_beyond_delivered_refused(self):
        """The server refuses quantities beyond the delivered ones."""
        self.authenticate("wd_portal", "wd_portal_pwd")
        bike = self.order._get_withdrawal_goods_lines()[0]
        response = self._submit(self.order, "key-2", quantities={bike: 5})
        self.assertIn("choose between 0 and 2.0", response.text)
        self.assertFalse(self.order.withdrawal_request_ids)

    def test_closed_window_refused_at_server_time(self):
        """A window closed at the server's time offers nothing and records nothing."""
        old = self._delivered_order(days_ago=40)
        self.authenticate("wd_portal", "wd_portal_pwd")
        page = self.url_open(old.get_portal_url())
        self.assertNotIn("Withdraw from contract here", page.text)
        response = self.url_open(f"/my/orders/{old.id}/withdraw")
        self.assertIn("Withdrawal not available", response.text)
        open_page = self.url_open(self.order.get_portal_url())
        self.assertIn("Withdraw from contract here", open_page.text)
        csrf = self._csrf("/withdrawal")
        line = old._get_withdrawal_goods_lines()[0]
        response = self.url_open(
            f"/my/orders/{old.id}/withdraw/confirm",
            data={"csrf_token": csrf, "submission_key": "k", f"qty_{line.id}": 1},
        )
        self.assertIn("Withdrawal not available", response.text)
        self.assertFalse(old.withdrawal_request_ids)

    def test_public_page_same_answer(self):
        """Known and unknown orders get the same answer; only a match is mailed,
        by the documents queue (nothing composed in the customer's request)."""
        mails = self.env["mail.mail"]
        csrf = self._csrf("/withdrawal")
        known = self.url_open(
            "/withdrawal",
            data={
                "csrf_token": csrf,
                "reference": self.order.name,
                "email": "Camille.Martin@example.com",
            },
        )
        domain = [("model", "=", "sale.order"), ("res_id", "=", self.order.id)]
        self.assertFalse(mails.search(domain))
        job = self._link_mails(self.order)
        self.assertEqual(len(job), 1)
        job._produce()  # what the queue does before sending it
        sent = mails.search(domain)
        self.assertEqual(len(sent), 1)
        self.assertIn(
            f"/my/orders/{self.order.id}/withdraw?access_token=", sent.body_html
        )
        self.assertEqual(sent.recipient_ids, self.customer)
        unknown = self.url_open(
            "/withdrawal",
            data={
                "csrf_token": csrf,
                "reference": "S99999",
                "email": "nobody@example.com",
            },
        )
        wrong_email = self.url_open(
            "/withdrawal",
            data={
                "csrf_token": csrf,
                "reference": self.order.name,
                "email": "x@example.com",
            },
        )
        message = "If this order reference and e-mail match an order"
        for response in (known, unknown, wrong_email):
            self.assertEqual(response.status_code, 200)
            self.assertIn(message, response.text)

        def page(response):
            # the same page, but for the per-request security token
            return re.sub(r"[0-9a-f]{40}o[0-9]+", "", response.text)

        self.assertEqual(page(known), page(unknown))
        self.assertEqual(page(known), page(wrong_email))
        self.assertEqual(
            len(
                mails.search(
                    [("model", "=", "sale.order"), ("res_id", "=", self.order.id)]
                )
            ),
            1,
        )

    def test_french_legal_labels_and_acknowledgment(self):
        """In French the function carries the legal labels ("Renoncer au contrat
        ici", "Confirmer la rétractation") and the acknowledgment is in French."""
        french = self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["sale_withdrawal"], ["fr_FR"], overwrite=True
        )
        self.customer.lang = "fr_FR"
        prefix = ""
        if "website" in self.env:
            # with the Website app, the page language comes from the URL
            self.env["website"].search([]).language_ids |= french
            prefix = "/fr"
        self.authenticate("wd_portal", "wd_portal_pwd")
        page = self.url_open(prefix + self.order.get_portal_url())
        self.assertIn("Renoncer au contrat ici", page.text)
        lines = self.order._get_withdrawal_goods_lines()
        data = {
            "csrf_token": self._csrf("/withdrawal"),
            "submission_key": "key-fr",
            "name": "Camille Martin",
            "email": "camille.martin@example.com",
            **{f"qty_{line.id}": line.qty_delivered for line in lines},
        }
        review = self.url_open(
            f"{prefix}/my/orders/{self.order.id}/withdraw/review", data=data
        )
        self.assertIn("Confirmer la rétractation", review.text)
        # quantities as Odoo's portal shows them: whole units without decimals
        review_text = " ".join(html2plaintext(review.text).split())
        self.assertIn(f"2 x {self.product_bike.display_name}", review_text)
        self.assertNotIn("2.0 x", review_text)
        self.url_open(f"{prefix}/my/orders/{self.order.id}/withdraw/confirm", data=data)
        withdrawal = self.order.withdrawal_request_ids
        self.assertEqual(len(withdrawal), 1)
        send_queued_documents(self.env)
        message = withdrawal.acknowledgment_message_id
        self.assertIn("Nous accusons réception de votre rétractation", message.body)
        self.assertIn("accusé de réception de votre rétractation", message.subject)
        body = " ".join(html2plaintext(message.body).split())
        self.assertIn(f"2 x {self.product_bike.display_name}", body)

    # === attacks === #
    def _public(self, reference, email, **extra):
        return self.url_open(
            "/withdrawal",
            data={
                "csrf_token": self._csrf("/withdrawal"),
                "reference": reference,
                "email": email,
                **extra,
            },
        )

    def _link_mails(self, order):
        """The link mails queued for ``order`` (one job per accepted request,
        composed and sent by the documents queue)."""
        return (
            self.env["consumer.law.document.job"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "sale.order"),
                    ("res_id", "=", order.id),
                    ("kind", "=", "withdrawal_link"),
                ]
            )
        )

    def test_internal_user_refused_on_portal_routes(self):
        """Staff logged in cannot withdraw as the customer on the portal, even
        with the order's secure link; nothing is recorded."""
        self.order._portal_ensure_token()
        new_test_user(
            self.env,
            login="wd_staff",
            password="wd_staff_pwd",
            groups="sales_team.group_sale_salesman_all_leads",
        )
        self.authenticate("wd_staff", "wd_staff_pwd")
        token = self.order.access_token
        response = self.url_open(
            f"/my/orders/{self.order.id}/withdraw?access_token={token}"
        )
        self.assertEqual(response.status_code, 403)
        self.assertIn("Withdrawal by the customer only", response.text)
        response = self._submit(self.order, "key-staff", access_token=token)
        self.assertEqual(response.status_code, 403)
        self.assertFalse(self.order.withdrawal_request_ids)

    def test_portal_quantities_not_finite_fractional_negative_refused(self):
        """nan, inf, 1e308, negative and half quantities are refused with a
        message naming the field; nothing is recorded."""
        self.authenticate("wd_portal", "wd_portal_pwd")
        bike = self.order._get_withdrawal_goods_lines()[0]
        for index, raw in enumerate(("nan", "inf", "1e308", "-1", "0.5", "1e-9x")):
            response = self._submit(self.order, f"key-q{index}", quantities={bike: raw})
            self.assertEqual(response.status_code, 200, raw)
            self.assertIn("Quantity of Mini bike", response.text, raw)
        self.assertFalse(self.order.withdrawal_request_ids)

    def test_portal_oversized_fields_and_bad_email_refused(self):
        """Oversized statement, name or key, and an address that is not an
        e-mail, are refused; nothing is recorded."""
        self.authenticate("wd_portal", "wd_portal_pwd")
        csrf = self._csrf("/withdrawal")
        lines = self.order._get_withdrawal_goods_lines()
        base = {
            "csrf_token": csrf,
            "name": "Camille Martin",
            "email": "camille.martin@example.com",
            **{f"qty_{line.id}": 1 for line in lines},
        }
        cases = [
            ({"statement": "x" * 4001, "submission_key": "k1"}, "Statement"),
            ({"name": "n" * 129, "submission_key": "k2"}, "Name"),
            ({"submission_key": "k" * 65}, "Submission key"),
            ({"submission_key": "k'; drop"}, "Submission key"),
            ({"email": "camille at example", "submission_key": "k5"}, "not a valid"),
        ]
        for extra, message in cases:
            response = self.url_open(
                f"/my/orders/{self.order.id}/withdraw/confirm",
                data={**base, **extra},
            )
            self.assertEqual(response.status_code, 200)
            self.assertIn(message, response.text)
        self.assertFalse(self.order.withdrawal_request_ids)

    def test_portal_acknowledgment_goes_to_the_order_customer(self):
        """An address typed in the form is added, never replaces the customer's."""
        self.authenticate("wd_portal", "wd_portal_pwd")
        lines = self.order._get_withdrawal_goods_lines()
        data = {
            "csrf_token": self._csrf("/withdrawal"),
            "submission_key": "key-mail",
            "name": "Camille Martin",
            "email": "someone.else@example.org",
            **{f"qty_{line.id}": 1 for line in lines},
        }
        self.url_open(f"/my/orders/{self.order.id}/withdraw/confirm", data=data)
        withdrawal = self.order.withdrawal_request_ids
        send_queued_documents(self.env)
        recipients = withdrawal.acknowledgment_message_id.partner_ids
        self.assertIn(self.customer, recipients)
        self.assertIn("someone.else@example.org", recipients.mapped("email"))

    def test_portal_submissions_rate_limited_per_order(self):
        """More than 5 new withdrawals of one order in an hour are refused."""
        self.policy.allow_pre_delivery_withdrawal = True
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.product_bike.id,
                            "product_uom_qty": 10,
                            "price_unit": 50.0,
                        }
                    )
                ],
            }
        )
        order.action_confirm()
        self.authenticate("wd_portal", "wd_portal_pwd")
        line = order._get_withdrawal_goods_lines()
        for index in range(6):
            response = self._submit(order, f"key-rate-{index}", quantities={line: 1})
        self.assertEqual(len(order.withdrawal_request_ids), 5)
        self.assertIn("Too many withdrawals", response.text)

    def test_public_page_exact_match_and_company_scope(self):
        """Wildcards and other companies' orders send nothing, and the answer is
        the same as for a known order."""
        message = "If this order reference and e-mail match an order"
        prefix = self.order.name[:-1]
        for reference in (f"{prefix}%", f"{prefix}_", self.order.name.lower()):
            response = self._public(reference, "camille.martin@example.com")
            self.assertIn(message, response.text)
        self.assertFalse(self._link_mails(self.order))
        other_company = self.env["res.company"].create({"name": "Other Shop SAS"})
        other_order = (
            self.env["sale.order"]
            .with_company(other_company)
            .create(
                {
                    "partner_id": self.customer.id,
                    "company_id": other_company.id,
                    "order_line": [
                        Command.create(
                            {"product_id": self.product_service.id, "price_unit": 1.0}
                        )
                    ],
                }
            )
        )
        other_order.state = "sale"
        response = self._public(other_order.name, "camille.martin@example.com")
        self.assertIn(message, response.text)
        self.assertFalse(self._link_mails(other_order))
        known = self._public(self.order.name, "camille.martin@example.com")
        self.assertIn(message, known.text)
        self.assertEqual(len(self._link_mails(self.order)), 1)

    def test_public_page_caps_lengths_and_honeypot(self):
        """Oversized fields are refused; a bot filling the honeypot gets the
        usual answer and no mail."""
        response = self._public("S" * 65, "camille.martin@example.com")
        self.assertIn("at most 64 characters", response.text)
        response = self._public(
            self.order.name,
            "camille.martin@example.com",
            website_url="http://spam.example.com",
        )
        self.assertIn("If this order reference and e-mail match", response.text)
        self.assertFalse(self._link_mails(self.order))

    def test_public_page_rate_limits_and_hashed_addresses(self):
        """At most 3 links per order an hour; a client failing 5 times is
        blocked; client addresses are stored hashed only."""
        for _i in range(4):
            self._public(self.order.name, "camille.martin@example.com")
        self.assertEqual(len(self._link_mails(self.order)), 3)
        send_queued_documents(self.env)
        self.assertEqual(set(self._link_mails(self.order).mapped("state")), {"done"})
        for index in range(5):
            self._public(f"S9{index}999", "nobody@example.com")
        blocked = self._public(self.order.name, "camille.martin@example.com")
        self.assertIn("Too many attempts", blocked.text)
        attempts = self.env["consumer.law.portal.attempt"].search(
            [("scope", "=", "sale_withdrawal.public_link")]
        )
        self.assertEqual(len(attempts), 9)
        self.assertNotIn("127.0.0.1", attempts.mapped("client_hash"))
        self.assertEqual(
            set(attempts.mapped("client_hash")),
            {attempts._hash("127.0.0.1")},
        )
