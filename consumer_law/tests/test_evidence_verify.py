# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The "Verify evidence files" button of the evidence forms: on every form of
an evidence model that holds files, clicked over HTTP as the web client does,
its result shown and noted in the chatter, a tampered file reported."""

import base64

from lxml import etree

from odoo.tests import HttpCase, new_test_user, tagged

from ..models.consumer_law_evidence_mixin import evidence_model_names
from .common import ConsumerLawCommon

BUTTON = "action_verify_evidence"


def holds_files(model):
    """Whether records of ``model`` hold evidence files: binary evidence fields,
    or uploads and letters of a customer's act."""
    return bool(
        getattr(model, "_consumer_law_evidence_fields", ())
        or hasattr(model, "_customer_act_fields")
    )


@tagged("post_install", "-at_install")
class TestEvidenceVerify(ConsumerLawCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(
            cls.env,
            login="verify_manager",
            password="verify_manager-pw-2026",
            groups="consumer_law.consumer_law_group_manager,"
            "sales_team.group_sale_manager",
        )
        cls.version = cls._publish_history(
            cls._create_version(
                pdf_file=base64.b64encode(b"%PDF-1.4 terms to verify"),
                pdf_filename="terms.pdf",
            )
        )

    def _click(self, record):
        """Click the form's button as the web client does."""
        self.authenticate("verify_manager", "verify_manager-pw-2026")
        return self.make_jsonrpc_request(
            "/web/dataset/call_button",
            {
                "model": record._name,
                "method": BUTTON,
                "args": [record.ids],
                "kwargs": {"context": {}},
            },
        )

    def test_every_evidence_form_with_files_has_the_button(self):
        """Not only in the Action menu: in the form's header, for every evidence
        model that holds files (a new one is covered without a new test)."""
        checked = []
        for name in sorted(evidence_model_names(self.env.registry)):
            model = self.env[name]
            if model._abstract or not holds_files(model):
                continue
            arch = etree.fromstring(
                model.get_views([(False, "form")])["views"]["form"]["arch"]
            )
            with self.subTest(model=name):
                self.assertTrue(
                    arch.xpath(f"//header/button[@name='{BUTTON}'][@type='object']"),
                    f"{name}: no Verify button in the form's header",
                )
            checked.append(name)
        self.assertIn("cgv.version", checked)

    def test_click_reports_and_notes_the_result(self):
        """Clicked on a published version: every digest matches, the result is
        shown and noted; after the file was tampered with outside Odoo (in the
        database), the mismatch is shown and noted with the file's name."""
        notes_before = len(self.version.message_ids)
        result = self._click(self.version)
        self.assertEqual(result["params"]["type"], "success")
        self.assertIn("1 file(s), every SHA-256 matches", result["params"]["message"])
        self.version.invalidate_recordset(["message_ids"])
        note = self.version.message_ids[0]
        self.assertEqual(len(self.version.message_ids), notes_before + 1)
        self.assertIn("every SHA-256 matches", note.body)
        self.assertEqual(note.author_id, self.manager.partner_id)
        attachment = self.version._get_evidence_attachments()
        # tampered with in the database, around every guard of the ORM
        self.env.cr.execute(
            "UPDATE ir_attachment SET store_fname = NULL, db_datas = %s WHERE id = %s",
            [b"%PDF-1.4 forged", attachment.id],
        )
        attachment.invalidate_recordset()
        result = self._click(self.version)
        self.assertEqual(result["params"]["type"], "danger")
        self.assertTrue(result["params"]["sticky"])
        self.assertIn(attachment.name, result["params"]["message"])
        self.version.invalidate_recordset(["message_ids"])
        self.assertIn("no longer match", self.version.message_ids[0].body)
        self.assertIn(attachment.name, self.version.message_ids[0].body)
