# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo import http
from odoo.http import request


class GuaranteeNoticeController(http.Controller):
    @http.route(
        "/guarantee_notice/artwork/<int:artwork_id>",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def guarantee_notice_artwork(self, artwork_id, **kw):
        """The merchant's official notice artwork, public like the notice itself
        (shown on the shop, linked from the confirmation mail)."""
        artwork_sudo = (
            request.env["website.guarantee.notice.artwork"].sudo().browse(artwork_id)
        )
        if not artwork_sudo.exists() or not artwork_sudo.datas:
            raise request.not_found()
        content = base64.b64decode(artwork_sudo.datas)
        return request.make_response(
            content,
            headers=[
                ("Content-Type", artwork_sudo.mimetype),
                ("Content-Length", str(len(content))),
                ("Cache-Control", "public, max-age=3600"),
                ("X-Content-Type-Options", "nosniff"),
                # an SVG opened on its own runs no script
                (
                    "Content-Security-Policy",
                    "default-src 'none'; img-src 'self' data:; "
                    "style-src 'unsafe-inline'",
                ),
            ],
        )
