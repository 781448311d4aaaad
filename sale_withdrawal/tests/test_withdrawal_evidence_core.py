# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The withdrawal's stored computed and related fields are the flow's (issue:
one evidence core)."""

from datetime import date
import hashlib
import importlib.util

from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged
from odoo.tools.misc import file_path

from odoo.addons.consumer_law.tests.common import send_queued_documents

from .common import SaleWithdrawalCommon


@tagged("post_install", "-at_install")
class TestWithdrawalEvidenceCore(SaleWithdrawalCommon):
    def test_state_and_refund_due_date_not_writable(self):
        salesman = new_test_user(
            self.env, login="wec_all", groups="sales_team.group_sale_salesman_all_leads"
        )
        order = self._delivered_order()
        withdrawal = self._create_request(order)
        before = withdrawal.read(["state", "refund_due_date", "received_at"])[0]
        for target in (withdrawal.with_user(salesman), withdrawal.sudo()):
            for vals in (
                {"state": "refunded"},
                {"refund_due_date": date(2030, 1, 1)},
                {"received_at": "2026-05-01 08:00:00"},
                {"acknowledged_at": False},
            ):
                with self.subTest(vals=vals), self.assertRaises(UserError):
                    target.write(vals)
        withdrawal.invalidate_recordset()
        self.assertEqual(
            withdrawal.read(["state", "refund_due_date", "received_at"])[0], before
        )

    def test_staff_cannot_record_a_portal_withdrawal(self):
        order = self._delivered_order()
        with self.assertRaisesRegex(UserError, "portal"):
            self._create_request(order, channel="portal")
        with self.assertRaisesRegex(UserError, "cannot be duplicated"):
            self._create_request(order).copy()

    def _acknowledged_request(self):
        withdrawal = self._create_request(self._delivered_order())
        send_queued_documents(self.env)
        copy = withdrawal.acknowledgment_message_id.attachment_ids
        self.assertEqual(len(copy), 1)
        return withdrawal, copy

    def test_acknowledgment_mail_copy_sealed(self):
        """The PDF attached to the acknowledgment mail is the customer's copy of
        the evidence: sealed with the acknowledgment's digest, never replaced,
        relinked or deleted (sudo() included)."""
        withdrawal, copy = self._acknowledged_request()
        self.assertEqual(copy.consumer_law_sha256, withdrawal.acknowledgment_sha256)
        for label, attempt in (
            ("replace", lambda a: a.write({"raw": b"%PDF-1.4 forged"})),
            ("relink", lambda a: a.write({"res_id": a.res_id + 1})),
            ("unlink", lambda a: a.unlink()),
        ):
            with self.subTest(attempt=label), self.assertRaises(UserError):
                attempt(copy.sudo())
        self.assertFalse(copy._get_consumer_law_digest_mismatches())

    def test_migration_seals_the_acknowledgment_copies_already_mailed(self):
        """18.0.2.1.0 seals the copies mailed before it (recognised by their
        content), leaves any other file of the chatter alone, and keeps the
        acknowledgment's own digest."""
        withdrawal, copy = self._acknowledged_request()
        other = withdrawal.message_post(
            body="staff note", attachments=[("note.txt", b"a staff note")]
        ).attachment_ids
        # as before this version: the mailed copy had no digest
        self.env.cr.execute(
            "UPDATE ir_attachment SET consumer_law_sha256 = NULL WHERE id = %s",
            [copy.id],
        )
        copy.invalidate_recordset()
        digest = withdrawal.acknowledgment_sha256
        path = file_path("sale_withdrawal/migrations/18.0.2.1.0/post-migration.py")
        spec = importlib.util.spec_from_file_location("swd_post_migration", path)
        script = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(script)
        script.migrate(self.env.cr, "18.0.2.0.0")
        copy.invalidate_recordset()
        self.assertEqual(copy.consumer_law_sha256, digest)
        self.assertFalse(other.consumer_law_sha256)
        self.assertEqual(withdrawal.acknowledgment_sha256, digest)
        self.assertEqual(hashlib.sha256(copy.raw).hexdigest(), digest)
        with self.assertRaisesRegex(UserError, "this file is evidence"):
            copy.sudo().unlink()
