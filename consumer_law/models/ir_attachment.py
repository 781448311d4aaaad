# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import UserError


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    def write(self, vals):
        if {"datas", "raw", "db_datas", "store_fname", "res_id"} & set(vals):
            self._check_cgv_pdf_unchanged()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_published_cgv_pdf(self):
        self._check_cgv_pdf_unchanged()

    def _check_cgv_pdf_unchanged(self):
        """The PDF of a published terms-of-sale version is evidence too."""
        pdfs = self.filtered(
            lambda attachment: attachment.res_model == "cgv.version"
            and attachment.res_field == "pdf_file"
        )
        if not pdfs:
            return
        versions = self.env["cgv.version"].sudo().browse(pdfs.mapped("res_id")).exists()
        if any(version.state != "draft" for version in versions):
            raise UserError(
                self.env._(
                    "PDF: the file of a published version of the terms of sale "
                    "cannot be changed or deleted."
                )
            )
