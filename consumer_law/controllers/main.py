# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import http
from odoo.http import content_disposition, request


class EvidenceArchiveController(http.Controller):
    @http.route(
        "/consumer_law/evidence_archive", type="http", auth="user", methods=["GET"]
    )
    def evidence_archive(self, **kwargs):
        """Download every piece of evidence as one ZIP (managers only)."""
        filename, content = request.env["consumer.law.evidence.export"]._build_archive()
        return request.make_response(
            content,
            headers=[
                ("Content-Type", "application/zip"),
                ("Content-Length", len(content)),
                ("Content-Disposition", content_disposition(filename)),
            ],
        )
