# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from unittest.mock import patch

from odoo.tests import HttpCase, tagged

from odoo.addons.sale_cgv.models.cgv_version import CgvVersion

from .common import PatientHttpMixin, SaleCgvCommon


@tagged("post_install", "-at_install")
class TestPublicPage(PatientHttpMixin, SaleCgvCommon, HttpCase):
    def test_published_version_page_and_pdf(self):
        """A published version has a public page and PDF by company and version."""
        url = self.version_v1._get_public_url()
        self.assertEqual(url, f"/terms-of-sale/{self.company.id}/{self.version_v1.id}")
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200)
        self.assertIn("Droit de rétractation", response.text)
        self.assertIn(self.version_v1.content_sha256, response.text)
        response = self.url_open(f"{url}/pdf")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "application/pdf")
        self.assertIn(
            "Terms%20of%20sale%20v1.pdf", response.headers["Content-Disposition"]
        )

    def test_draft_or_wrong_company_is_not_found(self):
        """Drafts and mismatched company ids are never served."""
        draft = self._create_version(content="<p>Secret draft</p>")
        response = self.url_open(f"/terms-of-sale/{self.company.id}/{draft.id}")
        self.assertEqual(response.status_code, 404)
        response = self.url_open(
            f"/terms-of-sale/{self.other_company.id}/{self.version_v1.id}"
        )
        self.assertEqual(response.status_code, 404)

    def test_pdf_rendered_once_at_publication_and_served_as_stored(self):
        """Publishing prints and stores the PDF, covered by the digest; the
        public route serves that file without rendering, unchanged after the
        letterhead changes."""
        version = self._publish_v2()
        stored = base64.b64decode(version.with_context(bin_size=False).pdf_file)
        self.assertTrue(stored)
        self.assertEqual(version.content_sha256, version._get_content_digest())
        self.assertTrue(version.is_integrity_verified)
        self.company.write({"report_header": "New letterhead, new address"})

        def no_rendering(*args, **kwargs):
            raise AssertionError("the public PDF must not be rendered per request")

        with patch.object(CgvVersion, "_render_pdf", no_rendering):
            response = self.url_open(f"{version._get_public_url()}/pdf")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, stored)
        self.assertTrue(version.is_integrity_verified)
