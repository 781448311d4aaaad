# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from markupsafe import Markup

from odoo import models

CONFIRMATION_MAIL_KEY = "website_sale_guarantee_notice_confirmation"


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # === BUSINESS METHODS === #
    def _has_guarantee_notice(self):
        """The order's confirmation carries the harmonised notice (it repeats the
        pre-contractual information on a durable medium, Directive 2011/83 art.
        8(7))."""
        self.ensure_one()
        return self.company_id.guarantee_notice_enabled

    def _get_durability_label_products(self):
        """Products of the order whose producer's durability guarantee carries
        the harmonised label."""
        self.ensure_one()
        return self.order_line.product_id.product_tmpl_id.filtered(
            "show_durability_label"
        )

    def _get_guarantee_notice_values(self, mode="web"):
        self.ensure_one()
        lang = self.partner_id.lang or self.env.lang
        values = self.company_id._get_guarantee_notice_values(lang, mode=mode)
        values["label_products"] = self._get_durability_label_products()
        return values

    def _render_guarantee_notice_mail(self):
        """The notice (and the durability labels) for the confirmation mail, in
        the customer's language."""
        self.ensure_one()
        lang = self.partner_id.lang or self.env.lang
        order = self.with_context(lang=lang)
        return order.env["ir.qweb"]._render(
            "website_sale_guarantee_notice.guarantee_notice_confirmation",
            {"notice": order._get_guarantee_notice_values(mode="mail")},
        )

    def _send_order_notification_mail(self, mail_template):
        order = self
        if (
            mail_template
            and mail_template == self._get_confirmation_template()
            and self._has_guarantee_notice()
        ):
            order = self.with_context(**{CONFIRMATION_MAIL_KEY: self.id})
        return super(SaleOrder, order)._send_order_notification_mail(mail_template)

    def message_post(self, **kwargs):
        """Append the notice to the confirmation mail's body."""
        order = self
        order_id = self.env.context.get(CONFIRMATION_MAIL_KEY)
        if order_id and len(self) == 1 and self.id == order_id and "body" in kwargs:
            kwargs["body"] = (
                Markup(kwargs["body"] or "") + self._render_guarantee_notice_mail()
            )
            order = self.with_context(**{CONFIRMATION_MAIL_KEY: False})
        return super(SaleOrder, order).message_post(**kwargs)
