# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import datetime
import hashlib

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user

from odoo.addons.consumer_law.tests.common import send_queued_documents
from odoo.addons.consumer_law.tests.document_checks import pdf_text

from .common import SaleWithdrawalCommon


class TestWithdrawalEvidence(SaleWithdrawalCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman = new_test_user(
            cls.env,
            login="wd_ev_salesman",
            groups="sales_team.group_sale_salesman",
        )
        cls.other_salesman = new_test_user(
            cls.env,
            login="wd_ev_other_salesman",
            groups="sales_team.group_sale_salesman",
        )
        cls.manager = new_test_user(
            cls.env,
            login="wd_ev_manager",
            groups="sales_team.group_sale_manager",
        )
        cls.portal_user = new_test_user(
            cls.env,
            login="wd_ev_portal",
            groups="base.group_portal",
            partner_id=cls.customer.id,
        )
        cls.order = cls._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        cls.order.user_id = cls.salesman
        cls.bike_line, cls.helmet_line = cls.order._get_withdrawal_goods_lines()
        cls.withdrawal = cls._create_request(
            cls.order, {cls.bike_line: 1}, statement="I withdraw."
        )

    def setUp(self):
        super().setUp()
        # the scheduler sends the acknowledgment (in a test: no SMTP connection)
        send_queued_documents(self.env)

    def test_declaration_frozen_for_salesman_and_manager(self):
        """Order, goods, quantities, instants, channel and statement cannot be
        changed by RPC, by the salesperson nor the sales manager."""
        other_order = self._delivered_order()
        attacks = [
            {"order_id": other_order.id},
            {"received_at": datetime(2026, 5, 11, 9, 0)},
            {"sent_at": datetime(2026, 5, 9, 9, 0)},
            {"channel": "letter"},
            {"statement": "changed"},
            {"email": "attacker@example.com"},
            {"line_ids": [Command.create({"sale_line_id": self.helmet_line.id})]},
            {"line_ids": [Command.clear()]},
        ]
        for user in (self.salesman, self.manager):
            for vals in attacks:
                with self.assertRaisesRegex(UserError, "is evidence"):
                    self.withdrawal.with_user(user).write(vals)
        line = self.withdrawal.line_ids
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            line.with_user(self.manager).write({"quantity": 2.0})
        with self.assertRaisesRegex(UserError, "cannot be (removed|deleted)"):
            line.sudo().unlink()
        with self.assertRaisesRegex(UserError, "cannot be added"):
            self.env["sale.withdrawal.request.line"].with_user(self.manager).create(
                {"request_id": self.withdrawal.id, "sale_line_id": self.helmet_line.id}
            )
        self.assertRecordValues(
            self.withdrawal, [{"channel": "email", "statement": "I withdraw."}]
        )
        self.assertEqual(self.withdrawal.line_ids.quantity, 1.0)

    def test_flow_fields_not_writable_even_with_context_tricks(self):
        """Acknowledgment and cancellation data are written by their flows only,
        whatever the context an RPC caller sends."""
        attacks = [
            {"is_cancelled": True},
            {"acknowledged_at": datetime(2026, 5, 1)},
            {"acknowledgment_sha256": "0" * 64},
        ]
        for vals in attacks:
            with self.assertRaisesRegex(UserError, "is evidence"):
                self.withdrawal.with_user(self.manager).with_context(
                    consumer_law_evidence_write=True
                ).write(vals)
        self.assertEqual(self.withdrawal.state, "received")

    def test_admissibility_judged_again_on_change(self):
        """A late withdrawal accepted as a commercial gesture cannot become a
        legal withdrawal by unticking the gesture."""
        late = self._create_request(
            self._delivered_order(),
            sent_at=datetime(2026, 5, 25, 9, 0),
            is_commercial_gesture=True,
        )
        with self.assertRaisesRegex(UserError, "after the end of the withdrawal"):
            late.with_user(self.manager).write({"is_commercial_gesture": False})
        self.assertTrue(late.is_commercial_gesture)

    def test_rpc_quantities_not_finite_fractional_or_negative_refused(self):
        """RPC creations with huge, negative or fractional unit quantities are
        refused and leave nothing."""
        count = self.env["sale.withdrawal.request"].search_count([])
        for quantity in (1e308, -1.0, 0.5):
            with self.assertRaises(UserError, msg=quantity):
                self._create_request(self.order, {self.helmet_line: quantity})
        self.assertEqual(self.env["sale.withdrawal.request"].search_count([]), count)

    def test_deletion_refused_once_acknowledged(self):
        """An acknowledged withdrawal cannot be deleted, even by a manager."""
        with self.assertRaisesRegex(UserError, "acknowledged withdrawal"):
            self.withdrawal.with_user(self.manager).unlink()
        self.assertTrue(self.withdrawal.exists())

    def test_cancellation_by_manager_with_reason_only(self):
        """Salespeople cannot cancel; managers must write a reason, kept on the
        request and in the chatter."""
        with self.assertRaises(AccessError):
            self.withdrawal.with_user(self.salesman).action_cancel()
        with self.assertRaises(AccessError):
            self.withdrawal.with_user(self.salesman)._cancel("no")
        with self.assertRaisesRegex(UserError, "Cancellation reason"):
            self.withdrawal.with_user(self.manager)._cancel("   ")
        wizard = (
            self.env["sale.withdrawal.request.cancel"]
            .with_user(self.manager)
            .create(
                {
                    "request_ids": [Command.set(self.withdrawal.ids)],
                    "reason": "Customer renounced in writing",
                }
            )
        )
        wizard.action_cancel()
        self.assertRecordValues(
            self.withdrawal,
            [
                {
                    "state": "cancel",
                    "cancel_reason": "Customer renounced in writing",
                    "cancelled_by_id": self.manager.id,
                }
            ],
        )
        self.assertIn(
            "Customer renounced in writing", self.withdrawal.message_ids[0].body
        )

    def test_cancellation_note_in_company_language(self):
        """The chatter note of a cancellation by an English-speaking manager
        of a French company is in French, the company's language."""
        self.env["ir.module.module"]._load_module_terms(
            ["sale_withdrawal"], ["fr_FR"], overwrite=True
        )
        self.withdrawal.company_id.partner_id.lang = "fr_FR"
        self.manager.lang = "en_US"
        self.withdrawal.with_user(self.manager)._cancel("Renounced in writing")
        self.assertIn("Rétractation annulée par", self.withdrawal.message_ids[0].body)

    def test_acknowledgment_pdf_stored_hashed_and_mailed(self):
        """The acknowledgment carries the declaration as a PDF whose SHA-256 is
        stored and printed in the mail; sending again sends the same file."""
        withdrawal = self.withdrawal
        pdf = base64.b64decode(
            withdrawal.with_context(bin_size=False).acknowledgment_pdf
        )
        self.assertEqual(
            withdrawal.acknowledgment_sha256, hashlib.sha256(pdf).hexdigest()
        )
        # rendered alone in a test run, the report engine gives the HTML; in a
        # batch (several declarations waiting), the queue's pass makes real PDFs
        text = pdf_text(pdf) if pdf.startswith(b"%PDF") else pdf.decode()
        for expected in (self.order.name, "Mini bike", "I withdraw.", "Paris time"):
            self.assertIn(expected, text)
        message = withdrawal.acknowledgment_message_id
        self.assertIn(withdrawal.acknowledgment_sha256, message.body)
        self.assertEqual(message.attachment_ids.raw, pdf)
        digest = withdrawal.acknowledgment_sha256
        withdrawal.action_send_acknowledgment()
        send_queued_documents(self.env)
        self.assertEqual(withdrawal.acknowledgment_sha256, digest)
        self.assertEqual(withdrawal.acknowledgment_message_id, message)
        resent = withdrawal.message_ids.filtered(
            lambda msg: msg.message_type == "comment" and msg != message
        )
        self.assertEqual(len(resent), 1)
        self.assertEqual(resent.attachment_ids.raw, pdf)
        attachment = (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", withdrawal._name),
                    ("res_field", "=", "acknowledgment_pdf"),
                    ("res_id", "=", withdrawal.id),
                ]
            )
        )
        for vals in ({"res_id": self.order.id}, {"res_field": False}, {"raw": b"x"}):
            with self.assertRaisesRegex(UserError, "this file is evidence"):
                attachment.write(vals)
        with self.assertRaisesRegex(UserError, "this file is evidence"):
            attachment.unlink()

    def test_acknowledgment_always_to_the_order_customer(self):
        """A typed address is added to the order's customer, never replaces it;
        a typed value that is not an e-mail is refused."""
        withdrawal = self._create_request(
            self.order, {self.helmet_line: 1}, email="camille.perso@example.org"
        )
        send_queued_documents(self.env)
        recipients = withdrawal.acknowledgment_message_id.partner_ids
        self.assertIn(self.customer, recipients)
        self.assertIn("camille.perso@example.org", recipients.mapped("email"))
        with self.assertRaisesRegex(ValidationError, "not a valid e-mail"):
            self._create_request(self.order, {self.bike_line: 1}, email="not an email")

    def test_salesman_sees_requests_of_his_orders_only(self):
        """A salesperson with "own documents" sees the requests of his orders
        (and unassigned ones), not those of another salesperson's orders."""
        self.assertEqual(
            self.withdrawal.with_user(self.salesman).name, self.withdrawal.name
        )
        with self.assertRaises(AccessError):
            self.withdrawal.with_user(self.other_salesman).read(["name"])
        with self.assertRaises(AccessError):
            self.withdrawal.line_ids.with_user(self.other_salesman).read(["quantity"])
        self.assertFalse(
            self.env["sale.withdrawal.request"]
            .with_user(self.other_salesman)
            .search([("id", "=", self.withdrawal.id)])
        )
        self.assertTrue(self.withdrawal.with_user(self.manager).read(["name"]))

    def test_portal_user_reads_no_staff_fields(self):
        """The customer reads his request, not the staff-only fields."""
        withdrawal = self.withdrawal.with_user(self.portal_user)
        self.assertEqual(withdrawal.read(["name"])[0]["name"], self.withdrawal.name)
        for field in ("submission_key", "cancel_reason", "cancelled_by_id"):
            with self.assertRaises(AccessError, msg=field):
                withdrawal.read([field])
