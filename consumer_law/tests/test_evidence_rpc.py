# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The evidence archive downloaded over HTTP by a manager of one company holds
her company's evidence only, whatever companies the browser asks for (issue:
one evidence core)."""

import base64
import io
import zipfile

from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .common import ConsumerLawCommon, EvidenceRpcMixin, rpc_password


@tagged("post_install", "-at_install")
class TestEvidenceArchiveHttp(EvidenceRpcMixin, ConsumerLawCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.version = cls._publish_history(
            cls._create_version(
                pdf_file=base64.b64encode(b"%PDF-1.4 own terms"),
                pdf_filename="own.pdf",
            )
        )
        other_document = cls.env["cgv.document"].create(
            {"name": "Other terms", "company_id": cls.other_company.id}
        )
        cls.other_version = cls._publish_history(
            cls._create_version(
                document=other_document,
                pdf_file=base64.b64encode(b"%PDF-1.4 other terms"),
                pdf_filename="other.pdf",
            )
        )
        cls.manager = cls._rpc_user(
            "archive_one_company",
            "consumer_law.consumer_law_group_manager",
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )
        cls.salesman = cls._rpc_user(
            "archive_salesman", "sales_team.group_sale_salesman_all_leads"
        )

    def _download(self, login, cids=None):
        self.authenticate(login, rpc_password(login))
        if cids:
            # the browser's company switcher: only companies the user may see
            self.opener.cookies["cids"] = cids
        return self.url_open("/consumer_law/evidence_archive")

    def test_one_company_manager_downloads_her_company_only(self):
        response = self._download(
            self.manager.login, cids=f"{self.company.id}-{self.other_company.id}"
        )
        self.assertEqual(response.status_code, 200)
        with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
            names = archive.namelist()
            contents = b"".join(archive.read(name) for name in names)
        self.assertIn(b"%PDF-1.4 own terms", contents)
        self.assertNotIn(b"%PDF-1.4 other terms", contents)
        self.assertFalse(
            [name for name in names if f"/{self.other_company.id}/" in name], names
        )
        # the archive's register says which companies it covered
        export = self.env["consumer.law.evidence.export"].search([], limit=1)
        self.assertEqual(export.company_ids, self.company)

    def test_salesperson_cannot_download_the_archive(self):
        count = self.env["consumer.law.evidence.export"].search_count([])
        with mute_logger("odoo.http"):
            response = self._download(self.salesman.login)
        self.assertNotEqual(response.status_code, 200)
        self.assertNotIn(b"%PDF-1.4", response.content)
        self.assertEqual(
            self.env["consumer.law.evidence.export"].search_count([]), count
        )
