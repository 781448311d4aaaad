# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import datetime
import hashlib

from freezegun import freeze_time
import pytz

from odoo import fields
from odoo.exceptions import UserError

from .common import ConsumerLawCommon

PDF_BYTES = b"%PDF-1.4\n% minimal terms of sale\n%%EOF\n"


class TestCgvVersion(ConsumerLawCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.v1 = cls._publish_history(
            cls._create_version(
                content="<p>v1</p>", effective=datetime(2025, 1, 1, 0, 0)
            )
        )
        cls.v2 = cls._publish_history(
            cls._create_version(
                content="<p>v2</p>", effective=datetime(2026, 1, 1, 9, 0)
            )
        )

    # --- publication and immutability --------------------------------------
    def test_publish_freezes_digest_and_author(self):
        """Publishing stores the SHA-256 of the content, who and when."""
        with freeze_time("2026-03-01 10:00:00"):
            draft = self._create_version(
                content="<p>v3</p>", effective=datetime(2026, 3, 2, 0, 0)
            )
            draft.action_publish()
        # the PDF rendered at publication (when a report is installed, as with
        # sale_cgv) is covered too
        pdf = draft.with_context(bin_size=False).pdf_file
        expected = hashlib.sha256(
            b"<p>v3</p>\0" + (base64.b64decode(pdf) if pdf else b"")
        ).hexdigest()
        self.assertRecordValues(
            draft,
            [
                {
                    "state": "published",
                    "content_sha256": expected,
                    "published_at": datetime(2026, 3, 1, 10, 0, 0),
                    "published_by_id": self.env.uid,
                    "is_integrity_verified": True,
                }
            ],
        )

    def test_publication_note_in_company_language(self):
        """A French company's publication note is in French, whoever publishes."""
        self.env["ir.module.module"]._load_module_terms(
            ["consumer_law"], ["fr_FR"], overwrite=True
        )
        self.company.partner_id.lang = "fr_FR"
        with freeze_time("2026-03-01 10:00:00"):
            draft = self._create_version(
                content="<p>v3</p>", effective=datetime(2026, 3, 2, 0, 0)
            )
            draft.with_context(lang="en_US").action_publish()
        self.assertIn(
            f"Version {draft.version} publiée, en vigueur à partir du",
            draft.message_ids[0].body,
        )

    def test_digest_covers_pdf(self):
        """The digest covers the PDF as well as the text."""
        draft = self._create_version(
            content="<p>v3</p>",
            pdf_file=base64.b64encode(PDF_BYTES),
            pdf_filename="cgv.pdf",
        )
        self._publish_history(draft)
        self.assertEqual(
            draft.content_sha256,
            hashlib.sha256(b"<p>v3</p>\0" + PDF_BYTES).hexdigest(),
        )

    def test_published_version_cannot_be_modified(self):
        """Text, date, language and PDF of a published version are frozen."""
        for vals in (
            {"content": "<p>changed</p>"},
            {"effective_date": datetime(2026, 2, 1)},
            {"lang": "fr_FR"},
            {"pdf_file": base64.b64encode(PDF_BYTES)},
            {"document_id": self.env["cgv.document"].create({"name": "Other"}).id},
        ):
            with self.subTest(vals=list(vals)), self.assertRaises(UserError):
                self.v2.write(vals)
        self.assertEqual(self.v2.content, "<p>v2</p>")

    def test_sudo_cannot_modify_published_version(self):
        """Not even a sudo'ed staff button can change or delete evidence."""
        with self.assertRaises(UserError):
            self.v2.sudo().write({"content": "<p>changed</p>"})
        with self.assertRaises(UserError):
            self.v2.sudo().unlink()
        self.assertTrue(self.v2.exists())

    def test_published_version_cannot_be_deleted(self):
        """Deleting a published or archived version is refused."""
        self.v1.action_archive_version()
        for version in (self.v1, self.v2):
            with self.assertRaises(UserError):
                version.unlink()

    def test_draft_version_can_be_deleted(self):
        """A draft is not evidence yet and can be deleted."""
        draft = self._create_version(content="<p>draft</p>")
        draft.unlink()
        self.assertFalse(draft.exists())

    def test_published_version_cannot_return_to_draft(self):
        """The state of a published version only moves forward."""
        with self.assertRaises(UserError):
            self.v2.write({"state": "draft"})
        with self.assertRaises(UserError):
            self.v2.action_publish()
        self.assertEqual(self.v2.state, "published")

    def test_create_cannot_skip_publication(self):
        """A version created with state 'published' is still a draft."""
        version = self._create_version(content="<p>x</p>", state="published")
        self.assertEqual(version.state, "draft")
        self.assertFalse(version.content_sha256)

    def test_pdf_attachment_of_published_version_frozen(self):
        """The stored PDF attachment cannot be rewritten or deleted."""
        draft = self._create_version(
            content="<p>v3</p>", pdf_file=base64.b64encode(PDF_BYTES)
        )
        self._publish_history(draft)
        attachment = (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "cgv.version"),
                    ("res_id", "=", draft.id),
                    ("res_field", "=", "pdf_file"),
                ]
            )
        )
        self.assertTrue(attachment)
        with self.assertRaises(UserError):
            attachment.write({"raw": b"%PDF-1.4 forged"})
        with self.assertRaises(UserError):
            attachment.unlink()
        self.assertTrue(draft.is_integrity_verified)

    def test_tampering_breaks_integrity(self):
        """A change made behind the ORM's back shows in the integrity check."""
        self.env.cr.execute(
            "UPDATE cgv_version SET content = %s WHERE id = %s",
            ("<p>forged</p>", self.v2.id),
        )
        self.v2.invalidate_recordset()
        self.assertFalse(self.v2.is_integrity_verified)

    def test_publish_without_content_refused(self):
        """A version with neither text nor PDF cannot be published."""
        draft = self._create_version(content=False)
        with self.assertRaisesRegex(UserError, "Content"):
            self._publish_history(draft)
        self.assertEqual(draft.state, "draft")

    def test_backdated_publication_refused(self):
        """A version cannot take effect before the moment it is published."""
        with freeze_time("2026-03-01 10:00:00"):
            draft = self._create_version(
                content="<p>v3</p>", effective=datetime(2026, 2, 1)
            )
            with self.assertRaisesRegex(UserError, "Effective date"):
                draft.action_publish()
        self.assertEqual(draft.state, "draft")

    def test_version_numbers_increase_per_document(self):
        """Versions are numbered 1, 2, 3 per terms-of-sale document."""
        other = self.env["cgv.document"].create({"name": "B2B terms"})
        first_other = self._create_version(document=other)
        third = self._create_version()
        self.assertEqual((self.v1.version, self.v2.version), (1, 2))
        self.assertEqual(third.version, 3)
        self.assertEqual(first_other.version, 1)

    def test_new_version_copies_text_as_draft(self):
        """'New version' opens a draft copy with the next number."""
        action = self.v2.action_new_version()
        new = self.env["cgv.version"].browse(action["res_id"])
        self.assertRecordValues(
            new,
            [
                {
                    "state": "draft",
                    "version": 3,
                    "content": "<p>v2</p>",
                    "content_sha256": False,
                }
            ],
        )

    def test_document_with_published_versions_cannot_be_deleted(self):
        """The terms of sale holding evidence cannot be deleted."""
        with self.assertRaises(UserError):
            self.document.unlink()

    # --- version in force -----------------------------------------------------
    def test_in_force_at_exact_effective_instant(self):
        """The new version applies from its effective instant, not a second before."""
        in_force = self.env["cgv.version"]._get_in_force
        self.assertEqual(
            in_force(self.company, datetime(2026, 1, 1, 8, 59, 59)), self.v1
        )
        self.assertEqual(in_force(self.company, datetime(2026, 1, 1, 9, 0, 0)), self.v2)

    def test_in_force_before_any_version_is_empty(self):
        """Before the first effective date no version is in force."""
        in_force = self.env["cgv.version"]._get_in_force(
            self.company, datetime(2024, 12, 31, 23, 59, 59)
        )
        self.assertFalse(in_force)

    def test_in_force_uses_utc_not_user_timezone(self):
        """Midnight in Paris on 1 March is 23:00 UTC on 28 February."""
        paris_midnight = pytz.timezone("Europe/Paris").localize(datetime(2026, 3, 1))
        effective = paris_midnight.astimezone(pytz.utc).replace(tzinfo=None)
        self.assertEqual(effective, datetime(2026, 2, 28, 23, 0))
        v3 = self._publish_history(
            self._create_version(content="<p>v3</p>", effective=effective)
        )
        in_force = self.env["cgv.version"].with_context(tz="Europe/Paris")._get_in_force
        self.assertEqual(
            in_force(self.company, datetime(2026, 2, 28, 22, 59, 59)), self.v2
        )
        self.assertEqual(in_force(self.company, datetime(2026, 2, 28, 23, 30)), v3)

    def test_in_force_accepts_string_instant(self):
        """The instant may be given as an Odoo datetime string."""
        in_force = self.env["cgv.version"]._get_in_force(
            self.company, fields.Datetime.to_string(datetime(2025, 6, 1))
        )
        self.assertEqual(in_force, self.v1)

    def test_in_force_by_language_with_fallback(self):
        """A customer's language is preferred, then the company's, then any."""
        self.company.partner_id.lang = "en_US"
        french = self._publish_history(
            self._create_version(
                content="<p>fr</p>", lang="fr_FR", effective=datetime(2026, 1, 1, 9, 0)
            )
        )
        in_force = self.env["cgv.version"]._get_in_force
        at = datetime(2026, 6, 1)
        self.assertEqual(in_force(self.company, at, lang="fr_FR"), french)
        self.assertEqual(in_force(self.company, at, lang="en_US"), self.v2)
        self.assertEqual(in_force(self.company, at, lang="de_DE"), self.v2)
        self.company.partner_id.lang = "fr_FR"
        self.assertEqual(in_force(self.company, at, lang="de_DE"), french)

    def test_archived_version_stays_in_force_for_the_past(self):
        """An archived version is still the one in force before its archiving."""
        with freeze_time("2026-05-01 12:00:00"):
            self.v2.action_archive_version()
        self.assertEqual(self.v2.archived_at, datetime(2026, 5, 1, 12, 0))
        in_force = self.env["cgv.version"]._get_in_force
        self.assertEqual(in_force(self.company, datetime(2026, 4, 1)), self.v2)
        self.assertEqual(in_force(self.company, datetime(2026, 5, 2)), self.v1)

    def test_in_force_ignores_drafts_and_other_companies(self):
        """Drafts and other companies' versions are never in force."""
        self._create_version(content="<p>draft</p>", effective=datetime(2026, 2, 1))
        other_document = self.env["cgv.document"].create(
            {"name": "Other", "company_id": self.other_company.id}
        )
        other = self._publish_history(
            self._create_version(
                document=other_document, effective=datetime(2026, 2, 1)
            )
        )
        in_force = self.env["cgv.version"]._get_in_force
        self.assertEqual(in_force(self.company, datetime(2026, 3, 1)), self.v2)
        self.assertEqual(in_force(self.other_company, datetime(2026, 3, 1)), other)

    def test_document_shows_current_version(self):
        """The document shows the version in force now."""
        with freeze_time("2026-06-01"):
            self.document.invalidate_recordset(["current_version_id"])
            self.assertEqual(self.document.current_version_id, self.v2)
            self.assertEqual(self.document.version_count, 2)
