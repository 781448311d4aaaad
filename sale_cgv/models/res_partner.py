# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    # === FIELDS === #
    cgv_acceptance_count = fields.Integer(
        string="Accepted terms of sale",
        compute="_compute_cgv_acceptance_count",
        groups="consumer_law.consumer_law_group_user",
    )

    # === COMPUTE METHODS === #
    @api.depends("commercial_partner_id")
    def _compute_cgv_acceptance_count(self):
        commercial_partners = self.commercial_partner_id
        counts = dict(
            self.env["cgv.acceptance"]._read_group(
                [("commercial_partner_id", "in", commercial_partners.ids)],
                groupby=["commercial_partner_id"],
                aggregates=["__count"],
            )
        )
        for partner in self:
            partner.cgv_acceptance_count = counts.get(partner.commercial_partner_id, 0)

    # === ACTION METHODS === #
    def action_view_cgv_acceptances(self):
        """List the terms of sale accepted by the customer and its contacts."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_cgv.cgv_acceptance_action"
        )
        action["domain"] = [
            ("commercial_partner_id", "=", self.commercial_partner_id.id)
        ]
        action["context"] = {"create": False}
        return action

    # === BUSINESS METHODS === #
    def _document_job_cgv_version_notify(self, version_id, change_summary=""):
        """Run by the queued job: mail the customer the new version of the
        terms and its summary of changes; return the mail."""
        self.ensure_one()
        version = self.env["cgv.version"].sudo().browse(version_id).exists()
        if not version:
            return self.env["mail.mail"]
        template = self.env.ref("sale_cgv.mail_template_cgv_version_notify")
        mail_id = template.with_context(
            # the customer reads the version's name in his own language
            sale_cgv_version_name=version._get_name_in(self.lang or self.env.lang),
            sale_cgv_version_url=version.public_url,
            sale_cgv_change_summary=change_summary or "",
            sale_cgv_company_name=version.company_id.name,
        ).send_mail(self.id, email_values={"auto_delete": False})
        return self.env["mail.mail"].sudo().browse(mail_id)
