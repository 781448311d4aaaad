# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class MailComposeMessage(models.TransientModel):
    _inherit = "mail.compose.message"

    @api.depends("composition_mode", "model", "res_domain", "res_ids", "template_id")
    def _compute_attachment_ids(self):
        """Attach the accepted terms of sale to the order confirmation email.

        The confirmation is the durable medium on which the customer receives the
        contract terms (C. consom. L221-13): the exact accepted version is joined
        as a PDF.
        """
        res = super()._compute_attachment_ids()
        for composer in self:
            if (
                composer.model != "sale.order"
                or composer.composition_mode != "comment"
                or not composer.template_id
            ):
                continue
            res_ids = composer._evaluate_res_ids()
            if len(res_ids) != 1:
                continue
            order = self.env["sale.order"].browse(res_ids)
            if not order.cgv_version_id or order.state != "sale":
                continue
            if composer.template_id not in order._get_cgv_mail_templates():
                continue
            composer.attachment_ids |= order._get_cgv_mail_attachments()
        return res
