# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Terms of sale in the web client (Chromium): the check of the version in force,
the generator, the publication and the history import, and the evidence archive
download; the tours are in static/tests/tours/consumer_law_terms_tour.js."""

import base64
import hashlib
import time
from datetime import datetime
from io import BytesIO
from zipfile import ZipFile

from odoo.tests import tagged

from . import test_cgv_generate  # its outdated terms (not its tests)
from .tour_common import ConsumerTourCase


@tagged("post_install", "-at_install")
class TestTermsBackendTours(ConsumerTourCase):
    cgv_content = test_cgv_generate.OUTDATED_CGV

    def test_check_generate_publish(self):
        outdated = self.cgv_version
        findings = self.policy._get_findings()[0]
        self.assertTrue(findings, "the outdated terms have findings to show")
        self.run_tour(
            "consumer_law_terms_check_generate_publish",
            "/odoo/action-consumer_law.consumer_law_policy_action",
            self.manager,
        )
        new = self.document.version_ids - outdated
        self.assertEqual(len(new), 1, "one version generated")
        self.assertRecordValues(
            new,
            [
                {
                    "state": "published",
                    "published_by_id": self.manager.id,
                    "is_history_import": False,
                }
            ],
        )
        self.assertEqual(len(new.content_sha256), 64)
        self.assertTrue(new.pdf_file, "the published PDF is kept")
        self.assertNotEqual(new.content, outdated.content)
        self.assertEqual(self.document.current_version_id, new)

    def test_import_history(self):
        past = self.env["cgv.version"].create(
            {
                "document_id": self.document.id,
                "content": test_cgv_generate.OUTDATED_CGV,
                "lang": "en_US",
                "effective_date": datetime(2025, 3, 1, 9, 0),
            }
        )
        self.run_tour(
            "consumer_law_terms_import_history",
            f"/odoo/action-consumer_law.cgv_version_action/{past.id}",
            self.manager,
        )
        self.assertRecordValues(
            past,
            [
                {
                    "state": "published",
                    "is_history_import": True,
                    "published_by_id": self.manager.id,
                }
            ],
        )
        self.assertEqual(past.effective_date, datetime(2025, 3, 1, 9, 0))

    def test_verify_evidence_button(self):
        """The form's Verify button, clicked in the web client: the result is
        shown and noted in the chatter."""
        version = self.env["cgv.version"].create(
            {
                "document_id": self.document.id,
                "content": self.cgv_content,
                "lang": "en_US",
                "effective_date": datetime(2025, 3, 1, 9, 0),
                "pdf_file": base64.b64encode(b"%PDF-1.4 terms to verify"),
                "pdf_filename": "terms.pdf",
            }
        )
        version.action_publish_history()
        self.assertTrue(version._get_evidence_attachments())
        self.run_tour(
            "consumer_law_verify_evidence",
            f"/odoo/action-consumer_law.cgv_version_action/{version.id}",
            self.manager,
        )
        version.invalidate_recordset(["message_ids"])
        note = version.message_ids.filtered(
            lambda message: "every SHA-256 matches" in (message.body or "")
        )
        self.assertEqual(note.author_id, self.manager.partner_id)

    def test_evidence_archive_download(self):
        produced = []
        export_class = type(self.env["consumer.law.evidence.export"])
        build_archive = export_class._build_archive

        def capture(export):
            result = build_archive(export)
            produced.append(result)
            return result

        self.patch(export_class, "_build_archive", capture)
        self.run_tour("consumer_law_evidence_archive_download", "/odoo", self.manager)
        for _attempt in range(20):  # the server thread may still be zipping
            if produced:
                break
            time.sleep(0.5)
        self.assertEqual(len(produced), 1, "the archive was built for the download")
        filename, content = produced[0]
        self.assertTrue(filename.endswith(".zip"))
        self.assertTrue(ZipFile(BytesIO(content)).namelist(), "the terms' evidence")
        export = self.env["consumer.law.evidence.export"].search(
            [("user_id", "=", self.manager.id)]
        )
        self.assertEqual(export.archive_sha256, hashlib.sha256(content).hexdigest())
