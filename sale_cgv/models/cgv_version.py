# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo import api, fields, models
from odoo.exceptions import UserError


class CgvVersion(models.Model):
    _inherit = "cgv.version"

    # === FIELDS === #
    acceptance_count = fields.Integer(
        string="Acceptances", compute="_compute_acceptance_count"
    )
    public_url = fields.Char(
        string="Public page",
        compute="_compute_public_url",
        help="Stable address of this version, to give to customers.",
    )

    # === COMPUTE METHODS === #
    @api.depends("state")
    def _compute_acceptance_count(self):
        counts = dict(
            self.env["cgv.acceptance"]._read_group(
                [("version_id", "in", self.ids)],
                groupby=["version_id"],
                aggregates=["__count"],
            )
        )
        for version in self:
            version.acceptance_count = counts.get(version, 0)

    @api.depends("state")
    def _compute_public_url(self):
        for version in self:
            version.public_url = (
                version.get_base_url() + version._get_public_url()
                if version.id and version.state != "draft"
                else False
            )

    # === ACTION METHODS === #
    def action_view_acceptances(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_cgv.cgv_acceptance_action"
        )
        action["domain"] = [("version_id", "=", self.id)]
        action["context"] = {"create": False}
        return action

    def action_open_notify(self):
        """Open the "Notify customers" assistant of a published version."""
        self.ensure_one()
        if self.state != "published":
            raise UserError(
                self.env._(
                    "Status: only a published version can be notified to customers."
                )
            )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Notify customers"),
            "res_model": "cgv.version.notify",
            "view_mode": "form",
            "target": "new",
            "context": {"default_version_id": self.id},
        }

    # === BUSINESS METHODS === #
    def _get_public_url(self):
        """Return the stable public path of the version (by company and version)."""
        self.ensure_one()
        return f"/terms-of-sale/{self.company_id.id}/{self.id}"

    def _get_public_pdf_url(self):
        self.ensure_one()
        return f"{self._get_public_url()}/pdf"

    def _get_pdf_filename(self):
        self.ensure_one()
        return self.env._(
            "Terms of sale v%(number)s.pdf",
            number=self.version,
        )

    def _get_pdf_content(self):
        """Return the PDF given to customers.

        A published version gives the file stored at its publication (the
        uploaded PDF, or its text printed then), covered by its SHA-256: the
        file never changes, whatever happens to the company's letterhead later,
        and is never rendered again for an anonymous visitor. A draft (staff
        preview) is printed now.

        :return: bytes of the PDF
        """
        self.ensure_one()
        version_sudo = self.sudo()
        pdf_file = version_sudo.with_context(bin_size=False).pdf_file
        if pdf_file:
            return base64.b64decode(pdf_file)
        return version_sudo._render_pdf()

    def _render_pdf(self):
        self.ensure_one()
        content, _report_type = (
            self.env["ir.actions.report"]
            .sudo()
            ._render_qweb_pdf("sale_cgv.action_report_cgv_version", self.ids)
        )
        return content

    def _prepare_publication_pdf_vals(self):
        """Print the text as the version's PDF when no PDF was uploaded."""
        vals = super()._prepare_publication_pdf_vals()
        version_sudo = self.sudo()
        if version_sudo.pdf_file or not version_sudo.content:
            return vals
        vals.update(
            {
                "pdf_file": base64.b64encode(version_sudo._render_pdf()),
                "pdf_filename": self._get_pdf_filename(),
            }
        )
        return vals

    def _create_mail_attachment(self):
        """Create the attachment of the version for a mail composer."""
        self.ensure_one()
        return (
            self.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": self._get_pdf_filename(),
                    "raw": self._get_pdf_content(),
                    "res_model": "mail.compose.message",
                    "res_id": 0,
                    "type": "binary",
                    "mimetype": "application/pdf",
                }
            )
        )
