# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from werkzeug.exceptions import NotFound

from odoo import http
from odoo.http import content_disposition, request


class CgvPublicController(http.Controller):
    """Stable public pages of the published terms of sale.

    A version, once published, is public: anybody may read the exact text a
    customer accepted, years later (C. consom. L221-13, L213-1). Drafts are
    never shown.
    """

    def _get_public_version_sudo(self, company_id, version_id):
        version_sudo = request.env["cgv.version"].sudo().browse(version_id).exists()
        if (
            not version_sudo
            or version_sudo.company_id.id != company_id
            or version_sudo.state not in ("published", "archived")
        ):
            raise NotFound()
        return version_sudo

    @http.route(
        "/terms-of-sale/<int:company_id>/<int:version_id>",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def cgv_version_page(self, company_id, version_id, **kwargs):
        version_sudo = self._get_public_version_sudo(company_id, version_id)
        return request.render(
            "sale_cgv.cgv_version_public_page",
            {"version": version_sudo, "company": version_sudo.company_id},
        )

    @http.route(
        "/terms-of-sale/<int:company_id>/<int:version_id>/pdf",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def cgv_version_pdf(self, company_id, version_id, **kwargs):
        version_sudo = self._get_public_version_sudo(company_id, version_id)
        content = version_sudo._get_pdf_content()
        filename = version_sudo._get_pdf_filename()
        return request.make_response(
            content,
            headers=[
                ("Content-Type", "application/pdf"),
                ("Content-Length", len(content)),
                ("Content-Disposition", content_disposition(filename)),
            ],
        )
