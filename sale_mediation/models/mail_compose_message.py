# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from markupsafe import Markup

from odoo import api, models


class MailComposeMessage(models.TransientModel):
    _inherit = "mail.compose.message"

    @api.depends("composition_mode", "model", "res_domain", "res_ids", "template_id")
    def _compute_body(self):
        """Give the consumer mediator in the order confirmation mail.

        The mediator's name, address and website must reach the customer with
        the order (C. consom. L616-1, R616-1); the block is rendered in the
        customer's language after the template's body.
        """
        res = super()._compute_body()
        for composer in self:
            if (
                composer.model != "sale.order"
                or composer.composition_mode != "comment"
                or not composer.template_id
                or not composer.body
            ):
                continue
            res_ids = composer._evaluate_res_ids()
            if len(res_ids) != 1:
                continue
            order = self.env["sale.order"].browse(res_ids)
            mediator = order._get_consumer_mediator()
            if not mediator or composer.template_id not in (
                order._get_mediation_mail_templates()
            ):
                continue
            block = (
                self.env["ir.qweb"]
                .with_context(lang=order.partner_id.lang or self.env.lang)
                ._render("sale_mediation.mediator_notice", {"mediator": mediator})
            )
            composer.body = Markup(composer.body) + Markup(block)
        return res
