# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from urllib.parse import urlencode

from odoo import fields, models

# The Commission's "Your Europe" page on guarantees and returns, the target of the
# notice's QR code and link (Impl. Reg. (EU) 2025/1960), in the 24 EU languages.
YOUR_EUROPE_URL = (
    "https://europa.eu/youreurope/citizens/consumers/shopping/guarantees-returns/"
    "index_%s.htm"
)
YOUR_EUROPE_LANGS = frozenset(
    ("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr")
    + ("hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv")
)
QR_SIZE = 150


class ResCompany(models.Model):
    _inherit = "res.company"

    # === FIELDS === #
    guarantee_notice_enabled = fields.Boolean(
        string="Harmonised guarantee notice",
        default=True,
        help="Show the EU harmonised notice on the legal guarantee of conformity "
        "on every product page, in the cart, next to the order button, in the "
        "order confirmation (mail and PDF) and on the portal order page. Mandatory "
        "for a shop selling goods to consumers from 27 September 2026 (Directive "
        "2011/83 art. 6(1)(l), 22a as amended by Directive (EU) 2024/825; "
        "Implementing Regulation (EU) 2025/1960).",
    )
    guarantee_notice_artwork_ids = fields.One2many(
        comodel_name="website.guarantee.notice.artwork",
        inverse_name="company_id",
        string="Official notice artwork",
    )

    # === BUSINESS METHODS === #
    def _get_guarantee_notice_artwork(self, lang):
        """The merchant's official artwork for ``lang``, else the English one,
        else none (the built-in rendering is used)."""
        self.ensure_one()
        artworks = self.sudo().guarantee_notice_artwork_ids
        for code in (lang, "en_US"):
            artwork = artworks.filtered(lambda artwork, code=code: artwork.lang == code)
            if artwork:
                return artwork[:1]
        return artworks.browse()

    def _get_guarantee_notice_values(self, lang, mode="web"):
        """Values of the notice in ``lang`` for ``mode`` ("web": the shop and the
        portal; "mail": absolute links; "pdf": embedded images)."""
        self.ensure_one()
        lang = lang or "en_US"
        short = lang.split("_")[0]
        url = YOUR_EUROPE_URL % (short if short in YOUR_EUROPE_LANGS else "en")
        query = urlencode(
            {
                "barcode_type": "QR",
                "value": url,
                "width": QR_SIZE,
                "height": QR_SIZE,
                "quiet": 0,
            }
        )
        base_url = self.get_base_url() if mode == "mail" else ""
        qr_src = f"{base_url}/report/barcode/?{query}"
        artwork = self._get_guarantee_notice_artwork(lang)
        artwork_src = artwork and f"{base_url}/guarantee_notice/artwork/{artwork.id}"
        if mode == "pdf":
            # wkhtmltopdf gets the images inline: no HTTP call while printing
            png = self.env["ir.actions.report"].barcode(
                "QR", url, width=QR_SIZE, height=QR_SIZE, quiet=False
            )
            qr_src = "data:image/png;base64," + base64.b64encode(png).decode()
            if artwork and not artwork.is_pdf:
                artwork_src = f"data:{artwork.mimetype};base64," + (
                    artwork.datas.decode()
                    if isinstance(artwork.datas, bytes)
                    else artwork.datas
                )
        return {
            "company": self,
            "your_europe_url": url,
            "qr_src": qr_src,
            "artwork": artwork,
            "artwork_src": artwork_src or "",
            # a PDF artwork is embedded on the shop only; mails and printed
            # documents link to it next to the built-in rendering
            "artwork_embedded": bool(artwork) and (mode == "web" or not artwork.is_pdf),
            "mode": mode,
        }
