# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta
from io import BytesIO

from freezegun import freeze_time
from werkzeug.datastructures import FileStorage

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import TransactionCase

from odoo.addons.consumer_law import portal_input


class TestPortalInput(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.unit = cls.env.ref("uom.product_uom_unit")
        cls.kg = cls.env.ref("uom.product_uom_kgm")

    def _quantity(self, raw, uom=None, maximum=10):
        return portal_input.parse_quantity(
            self.env, raw, label="Quantity", uom=uom or self.unit, maximum=maximum
        )

    def test_quantity_not_finite_or_huge_refused(self):
        """nan, inf, 1e308, hex and words are not quantities."""
        for raw in ("nan", "NaN", "inf", "-inf", "1e308", "1e400", "0x10", "two"):
            with self.assertRaises(UserError, msg=raw):
                self._quantity(raw, maximum=None)

    def test_quantity_negative_fractional_or_above_maximum_refused(self):
        """Negative, half a piece, or more than allowed: refused."""
        for raw in ("-1", "0.5", "1,5", "11", "9" * 40):
            with self.assertRaises(UserError, msg=raw):
                self._quantity(raw)
        self.assertEqual(self._quantity("2"), 2.0)
        self.assertEqual(self._quantity(""), 0.0)
        # weights may be fractional
        self.assertEqual(self._quantity("1,5", uom=self.kg), 1.5)

    def test_text_length_bounded(self):
        """Texts longer than their bound are refused, not truncated."""
        with self.assertRaisesRegex(UserError, "at most 10 characters"):
            portal_input.parse_text(self.env, "x" * 11, label="Name", max_length=10)
        self.assertEqual(
            portal_input.parse_text(self.env, "  a\x00b  ", label="N", max_length=3),
            "ab",
        )
        with self.assertRaisesRegex(UserError, "only letters"):
            portal_input.parse_key(self.env, "abc%", label="Key")

    def test_email_normalised_or_refused(self):
        """The e-mail goes through Odoo's normalisation; anything else is refused."""
        self.assertEqual(
            portal_input.parse_email(self.env, " Camille@Example.com ", label="E-mail"),
            "camille@example.com",
        )
        for raw in (
            "not-an-email",
            "@example.com",
            "a@b@c",
            "x@example.com, y@example.com",
            "camille@localhost",
        ):
            with self.assertRaisesRegex(UserError, "not a valid e-mail", msg=raw):
                portal_input.parse_email(self.env, raw, label="E-mail")

    @staticmethod
    def _file(content, filename):
        return FileStorage(stream=BytesIO(content), filename=filename)

    def test_uploads_checked_by_content_and_named_safely(self):
        """Pictures and PDFs are recognised by their bytes; names lose paths."""
        uploads = portal_input.parse_uploads(
            self.env,
            [
                self._file(b"\xff\xd8\xff\xe0 photo", "../../etc/dent photo.exe"),
                self._file(b"", ""),  # the empty input of a form with no file
                self._file(b"%PDF-1.7 notice", "C:\\scans\\avis.pdf"),
                self._file(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "<script>.webp"),
            ],
            label="Photos",
        )
        self.assertEqual(
            [(upload["name"], upload["mimetype"]) for upload in uploads],
            [
                ("dent photo.jpg", "image/jpeg"),
                ("avis.pdf", "application/pdf"),
                ("script.webp", "image/webp"),
            ],
        )
        self.assertEqual(uploads[1]["raw"], b"%PDF-1.7 notice")

    def test_uploads_refused_when_other_kind_too_many_or_too_large(self):
        """An HTML page named .jpg, a sixth file or 10 MB + 1 byte are refused."""
        with self.assertRaisesRegex(UserError, "Photos: .*not a JPEG"):
            portal_input.parse_uploads(
                self.env, [self._file(b"<html>x</html>", "a.jpg")], label="Photos"
            )
        six = [self._file(b"\x89PNG\r\n\x1a\n", f"{n}.png") for n in range(6)]
        with self.assertRaisesRegex(UserError, "at most 5 files"):
            portal_input.parse_uploads(self.env, six, label="Photos")
        big = b"%PDF-" + b"0" * portal_input.UPLOAD_MAX_BYTES
        with self.assertRaisesRegex(UserError, "larger than 10 MB"):
            portal_input.parse_uploads(self.env, [self._file(big, "b.pdf")], label="D")

    def test_uploads_attached_to_the_record(self):
        """The checked files become attachments of the record they were sent for."""
        partner = self.env["res.partner"].create({"name": "Camille"})
        uploads = portal_input.parse_uploads(
            self.env, [self._file(b"%PDF-1.4 x", "lettre.pdf")], label="Documents"
        )
        attachments = portal_input.attach_uploads(partner, uploads)
        self.assertEqual(attachments.res_model, "res.partner")
        self.assertEqual(attachments.res_id, partner.id)
        self.assertEqual(attachments.raw, b"%PDF-1.4 x")
        self.assertEqual(attachments.mimetype, "application/pdf")

    def test_only_real_true_accepts(self):
        """Only the boolean true is an acceptance."""
        self.assertTrue(portal_input.parse_true(True))
        for value in ("true", 1, "on", [True], {"a": 1}, None, False):
            self.assertFalse(portal_input.parse_true(value), value)

    def test_rate_limit_progressive_block_and_hashed_addresses(self):
        """After 5 failures a client is blocked 1 minute, then 2, 4...; the address
        is stored hashed."""
        attempts = self.env["consumer.law.portal.attempt"]
        client = "203.0.113.7"
        now = fields.Datetime.now()
        with freeze_time(now):
            for _i in range(5):
                self.assertFalse(attempts._get_client_block_until("test", client))
                attempts._register_attempt("test", client, failed=True)
            until = attempts._get_client_block_until("test", client)
            self.assertEqual(until, now + timedelta(minutes=1))
        with freeze_time(now + timedelta(minutes=2)):
            self.assertFalse(attempts._get_client_block_until("test", client))
            attempts._register_attempt("test", client, failed=True)
            self.assertEqual(
                attempts._get_client_block_until("test", client),
                now + timedelta(minutes=4),
            )
        self.assertFalse(attempts._get_client_block_until("test", "198.51.100.1"))
        stored = attempts.search([("scope", "=", "test")])
        self.assertNotIn(client, stored.mapped("client_hash"))
        self.assertEqual(set(stored.mapped("client_hash")), {attempts._hash(client)})
