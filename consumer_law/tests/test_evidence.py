# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import datetime, timedelta
import io
import zipfile

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user

from .common import ConsumerLawCommon

PDF = b"%PDF-1.4 terms of sale"


class TestVersionEvidence(ConsumerLawCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(
            cls.env,
            login="cl_ev_manager",
            groups="consumer_law.consumer_law_group_manager",
        )
        cls.user = new_test_user(
            cls.env, login="cl_ev_user", groups="consumer_law.consumer_law_group_user"
        )
        cls.version = cls._publish_history(
            cls._create_version(pdf_file=base64.b64encode(PDF), pdf_filename="v1.pdf")
        )

    def _pdf_attachment(self, version):
        return self.env["ir.attachment"].search(
            [
                ("res_model", "=", "cgv.version"),
                ("res_field", "=", "pdf_file"),
                ("res_id", "=", version.id),
            ]
        )

    def test_manager_rpc_write_of_publication_fields_refused(self):
        """A manager cannot write state, dates or hash, on a draft or published
        version, even with sudo."""
        draft = self._create_version(effective=datetime(2030, 1, 1))
        attacks = [
            {"state": "published"},
            {"published_at": fields.Datetime.now()},
            {"content_sha256": "0" * 64},
            {"is_history_import": True},
        ]
        for vals in attacks:
            with self.assertRaisesRegex(UserError, "set only by publishing"):
                draft.with_user(self.manager).write(vals)
            with self.assertRaises(UserError):
                self.version.sudo().write(vals)
        with self.assertRaises(UserError):
            self.version.sudo().write({"archived_at": fields.Datetime.now()})
        self.assertEqual(draft.state, "draft")

    def test_context_keys_do_not_open_evidence(self):
        """Context keys an RPC caller can send change nothing: the evidence key
        as a JSON value, or the old history-import key on a backdated publish."""
        with self.assertRaises(UserError):
            self.version.with_context(consumer_law_evidence_write=True).write(
                {"state": "draft"}
            )
        draft = self._create_version(effective=datetime(2026, 1, 2, 9, 0))
        with self.assertRaisesRegex(UserError, "cannot take effect before"):
            draft.with_context(consumer_law_import_history=True).with_user(
                self.manager
            ).action_publish()
        self.assertEqual(draft.state, "draft")

    def test_create_or_import_cannot_publish(self):
        """Creating (or importing) a version with publication data gives a draft."""
        version = self.env["cgv.version"].create(
            {
                "document_id": self.document.id,
                "content": "<p>forged</p>",
                "state": "published",
                "published_at": datetime(2020, 1, 1),
                "content_sha256": "f" * 64,
            }
        )
        self.assertRecordValues(
            version,
            [{"state": "draft", "published_at": False, "content_sha256": False}],
        )
        result = self.env["cgv.version"].load(
            ["document_id/.id", "content", "state", "content_sha256"],
            [[str(self.document.id), "<p>imported</p>", "published", "a" * 64]],
        )
        imported = self.env["cgv.version"].browse(result["ids"])
        self.assertEqual(imported.state, "draft")
        self.assertFalse(imported.content_sha256)

    def test_backdated_publish_refused(self):
        """A version effective yesterday cannot be published as a normal version."""
        draft = self._create_version(
            effective=fields.Datetime.now() - timedelta(days=1)
        )
        with self.assertRaisesRegex(UserError, "cannot take effect before"):
            draft.with_user(self.manager).action_publish()
        self.assertEqual(draft.state, "draft")

    def test_history_import_manager_only_and_recorded(self):
        """Only managers import past versions, and the version says who did it."""
        draft = self._create_version(effective=datetime(2025, 6, 1, 9, 0))
        with self.assertRaises(AccessError):
            draft.with_user(self.user).action_publish_history()
        draft.with_user(self.manager).action_publish_history()
        self.assertRecordValues(
            draft,
            [
                {
                    "state": "published",
                    "is_history_import": True,
                    "published_by_id": self.manager.id,
                    "effective_date": datetime(2025, 6, 1, 9, 0),
                }
            ],
        )
        self.assertIn("imported as history by", draft.message_ids[0].body)

    def test_document_company_and_name_frozen_once_published(self):
        """A document with a published version keeps its company and title."""
        with self.assertRaisesRegex(UserError, "company and title"):
            self.document.with_user(self.manager).write({"name": "Renamed"})
        with self.assertRaisesRegex(UserError, "company and title"):
            self.document.write({"company_id": self.other_company.id})
        with self.assertRaisesRegex(UserError, "company and title"):
            self.document.update_field_translations("name", {"fr_FR": "Autre"})
        draft_document = self.env["cgv.document"].create({"name": "Draft terms"})
        draft_document.name = "Still free"
        self.assertEqual(draft_document.name, "Still free")

    def test_published_pdf_attachment_cannot_be_relinked(self):
        """The published PDF cannot be detached, moved, replaced or deleted, and
        no file can be attached in its place, even with sudo."""
        attachment = self._pdf_attachment(self.version).sudo()
        self.assertEqual(len(attachment), 1)
        other = self._create_version(effective=datetime(2030, 1, 1))
        attacks = [
            {"res_field": False},
            {"res_model": "res.partner"},
            {"res_id": other.id},
            {"raw": b"%PDF-1.4 other terms"},
        ]
        for vals in attacks:
            with self.assertRaisesRegex(UserError, "this file is evidence"):
                attachment.write(vals)
        with self.assertRaisesRegex(UserError, "this file is evidence"):
            attachment.unlink()
        with self.assertRaisesRegex(UserError, "this file is evidence"):
            self.env["ir.attachment"].sudo().create(
                {
                    "name": "forged.pdf",
                    "raw": b"%PDF-1.4 forged",
                    "res_model": "cgv.version",
                    "res_field": "pdf_file",
                    "res_id": self.version.id,
                }
            )
        # a draft's file, not yet evidence, moves onto the published one: refused
        draft_file = self.env["ir.attachment"].create(
            {"name": "draft.pdf", "raw": b"%PDF draft", "res_model": "res.partner"}
        )
        with self.assertRaisesRegex(UserError, "this file is evidence"):
            draft_file.write(
                {
                    "res_model": "cgv.version",
                    "res_field": "pdf_file",
                    "res_id": self.version.id,
                }
            )
        self.assertTrue(self.version.is_integrity_verified)

    def test_uninstall_refused_while_evidence_not_downloaded(self):
        """Uninstalling the base addon with published versions is refused until a
        manager downloads the evidence archive (a ZIP with the PDFs and hashes)."""
        module = self.env.ref("base.module_consumer_law")
        state = module.state
        with self.assertRaisesRegex(UserError, "download the evidence archive"):
            module.button_uninstall()
        self.assertEqual(module.state, state)
        with self.assertRaises(AccessError):
            self.env["consumer.law.evidence.export"].with_user(
                self.user
            )._build_archive()
        # the archive covers the manager's companies: here every company of the
        # database, which may hold other evidence (a demo database does)
        self.manager.company_ids = self.env["res.company"].search([])
        with freeze_time(fields.Datetime.now() + timedelta(seconds=2)):
            filename, content = (
                self.env["consumer.law.evidence.export"]
                .with_user(self.manager)
                ._build_archive()
            )
        self.assertTrue(filename.endswith(".zip"))
        archive = zipfile.ZipFile(io.BytesIO(content))
        names = archive.namelist()
        self.assertIn("terms_of_sale/versions.csv", names)
        version = self.version
        pdf_name = (
            f"terms_of_sale/{self.company.id}/{version.id}-v{version.version}.pdf"
        )
        self.assertEqual(archive.read(pdf_name), PDF)
        self.assertIn(
            self.version.content_sha256,
            archive.read("terms_of_sale/versions.csv").decode(),
        )
        export = self.env["consumer.law.evidence.export"].search([], limit=1)
        self.assertEqual(export.user_id, self.manager)
        # downloaded: the uninstall check no longer refuses
        module._check_consumer_law_evidence_kept()
