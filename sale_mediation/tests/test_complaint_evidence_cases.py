# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The attacks of the review on complaints, referral letters and customers'
documents, each refused and changing nothing (issue: one evidence core)."""

from datetime import date
import importlib.util

from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged
from odoo.tools.misc import file_path

from odoo.addons.consumer_law import portal_input

from .common import SaleMediationCommon


@tagged("post_install", "-at_install")
class TestComplaintEvidenceCases(SaleMediationCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman_all = new_test_user(
            cls.env, login="cpe_all", groups="sales_team.group_sale_salesman_all_leads"
        )
        cls.law_manager = new_test_user(
            cls.env,
            login="cpe_law_manager",
            groups="sales_team.group_sale_manager,"
            "consumer_law.consumer_law_group_manager",
        )

    def test_salesperson_cannot_declare_inadmissible_complaint_admissible(self):
        """The admissibility of the mediation (L612-2) is a manager's judgment."""
        complaint = self._create_complaint(
            mediation_request_date=date(2026, 5, 20),
            is_manifestly_unfounded=True,
            unfounded_reason="Third identical complaint this month.",
        )
        self.assertFalse(complaint.mediation_admissible)
        with self.assertRaisesRegex(UserError, "evidence"):
            complaint.with_user(self.salesman_all).write(
                {"is_manifestly_unfounded": False}
            )
        self.assertTrue(complaint.is_manifestly_unfounded)
        with self.assertRaises(UserError):
            complaint.with_user(self.salesman_all).action_send_referral_letter()
        self.assertFalse(complaint.referral_letter_id)
        # the manager may judge it again, with the chatter keeping the change
        complaint.with_user(self.law_manager).write({"is_manifestly_unfounded": False})
        self.assertFalse(complaint.is_manifestly_unfounded)

    def test_referral_letter_cannot_be_replaced_or_deleted(self):
        complaint = self._create_complaint(mediation_request_date=date(2026, 5, 20))
        complaint.action_send_referral_letter()
        letter = complaint.referral_letter_id
        digest = complaint.referral_letter_sha256
        self.assertEqual(letter.consumer_law_sha256, digest)
        for env_letter in (
            letter.with_user(self.salesman_all),
            letter.with_user(self.law_manager),
            letter.sudo(),
        ):
            with self.assertRaises(UserError):
                env_letter.write({"raw": b"%PDF-1.4 forged"})
            with self.assertRaises(UserError):
                env_letter.write({"res_id": complaint.id + 1})
            with self.assertRaises(UserError):
                env_letter.unlink()
        self.assertTrue(letter.exists())
        self.assertFalse(letter._get_consumer_law_digest_mismatches())
        complaint.action_verify_evidence()

    def test_referral_letter_mail_copy_sealed_and_migrated(self):
        """The letter's copy attached to the mail that sent it is sealed too;
        18.0.1.1.0 seals the copies mailed before it (recognised by content)."""
        complaint = self._create_complaint(mediation_request_date=date(2026, 5, 20))
        complaint.action_send_referral_letter()
        digest = complaint.referral_letter_sha256
        copy = (
            complaint.message_ids.attachment_ids - complaint.referral_letter_id
        ).filtered(lambda attachment: attachment.name.endswith(".pdf"))
        self.assertEqual(len(copy), 1)
        self.assertEqual(copy.consumer_law_sha256, digest)
        with self.assertRaises(UserError):
            copy.sudo().unlink()
        # as before this version: the mailed copy had no digest
        self.env.cr.execute(
            "UPDATE ir_attachment SET consumer_law_sha256 = NULL WHERE id = %s",
            [copy.id],
        )
        copy.invalidate_recordset()
        path = file_path("sale_mediation/migrations/18.0.1.1.0/post-migration.py")
        spec = importlib.util.spec_from_file_location("smd_post_migration", path)
        script = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(script)
        script.migrate(self.env.cr, "18.0.1.0.0")
        copy.invalidate_recordset()
        self.assertEqual(copy.consumer_law_sha256, digest)
        with self.assertRaises(UserError):
            copy.sudo().write({"raw": b"%PDF-1.4 forged"})

    def test_customer_documents_cannot_be_overwritten_or_deleted(self):
        complaint = self._create_complaint()
        photo = portal_input.attach_uploads(
            complaint.sudo(),
            [{"name": "visor.png", "raw": b"\x89PNG photo", "mimetype": "image/png"}],
        )
        self.assertTrue(photo.consumer_law_sha256)
        for env_photo in (photo.with_user(self.salesman_all), photo.sudo()):
            with self.assertRaises(UserError):
                env_photo.write({"datas": "Zm9yZ2Vk"})
            with self.assertRaises(UserError):
                env_photo.unlink()
        self.assertEqual(photo.raw, b"\x89PNG photo")

    def test_complaint_cannot_be_copied(self):
        complaint = self._create_complaint()
        count = self.env["consumer.complaint"].search_count([])
        for target in (
            complaint.with_user(self.salesman_all),
            complaint.with_user(self.law_manager),
            complaint.sudo(),
        ):
            with self.assertRaisesRegex(UserError, "cannot be duplicated"):
                target.copy()
        self.assertEqual(self.env["consumer.complaint"].search_count([]), count)

    def test_staff_cannot_record_a_portal_complaint(self):
        with self.assertRaisesRegex(UserError, "Channel"):
            self._create_complaint(channel="portal")

    def test_complaint_as_received_frozen(self):
        complaint = self._create_complaint()
        for vals in (
            {"complaint_date": date(2026, 1, 1)},
            {"description": "rewritten"},
            {"channel": "phone"},
            {"answer_due_date": date(2030, 1, 1)},
        ):
            with self.subTest(vals=vals), self.assertRaises(UserError):
                complaint.sudo().write(vals)
        self.assertEqual(complaint.complaint_date, date(2026, 5, 2))
