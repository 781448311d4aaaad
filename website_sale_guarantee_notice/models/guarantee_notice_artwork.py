# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import binascii

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools.mimetypes import guess_mimetype

# Formats of the Commission's official files the notice may be shown from,
# recognised by their content (never by the file name).
ARTWORK_MIMETYPES = (
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/svg+xml",
    "application/pdf",
)


class WebsiteGuaranteeNoticeArtwork(models.Model):
    """The Commission's official artwork of the harmonised notice on the legal
    guarantee, in one language (Implementing Regulation (EU) 2025/1960 publishes
    it in the 24 EU languages). It replaces the built-in rendering of the notice
    for customers of that language."""

    _name = "website.guarantee.notice.artwork"
    _description = "Harmonised Guarantee Notice Artwork"
    _order = "company_id, lang"
    _check_company_auto = True

    # === FIELDS === #
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    lang = fields.Selection(
        selection="_selection_lang",
        string="Language",
        required=True,
        default=lambda self: self.env.lang or "en_US",
    )
    datas = fields.Binary(
        string="Official artwork",
        required=True,
        attachment=True,
        help="The Commission's file for this language, not altered: an image "
        "(PNG, JPEG, GIF, WebP), an SVG or a PDF.",
    )
    filename = fields.Char()
    mimetype = fields.Char(compute="_compute_mimetype", store=True)
    is_pdf = fields.Boolean(compute="_compute_mimetype", store=True)

    _sql_constraints = [
        (
            "company_lang_uniq",
            "unique(company_id, lang)",
            "One official artwork per language and company.",
        ),
    ]

    # === COMPUTE METHODS === #
    @api.model
    def _selection_lang(self):
        return self.env["res.lang"].get_installed()

    @api.depends("datas")
    def _compute_mimetype(self):
        for artwork in self:
            artwork.mimetype = artwork._get_content_mimetype() or False
            artwork.is_pdf = artwork.mimetype == "application/pdf"

    # === CONSTRAINT METHODS === #
    @api.constrains("datas")
    def _check_datas(self):
        for artwork in self:
            mimetype = artwork._get_content_mimetype()
            if mimetype not in ARTWORK_MIMETYPES:
                raise ValidationError(
                    self.env._(
                        "Official artwork: the file %(name)s is %(type)s, not an "
                        "image, an SVG or a PDF. Upload the Commission's file of the "
                        "harmonised notice (Implementing Regulation (EU) 2025/1960).",
                        name=artwork.filename or "-",
                        type=mimetype or self.env._("unreadable"),
                    )
                )

    # === BUSINESS METHODS === #
    def _get_content_mimetype(self):
        """The type of the uploaded file, read from its content."""
        self.ensure_one()
        if not self.datas:
            return ""
        try:
            content = base64.b64decode(self.datas, validate=False)
        except (binascii.Error, ValueError):
            return ""
        return guess_mimetype(content, default="")
