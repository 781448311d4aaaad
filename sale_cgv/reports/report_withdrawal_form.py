# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.tools import format_date

from odoo.addons.consumer_law.tools import render_clause


class ReportWithdrawalForm(models.AbstractModel):
    """The model withdrawal form (annex to R221-1) of consumer orders.

    L221-5 2°: the consumer receives the model form with the contract
    information; it is printed for an order and joined to its confirmation mail.
    """

    _name = "report.sale_cgv.report_withdrawal_form"
    _description = "Model Withdrawal Form"

    @api.model
    def _get_report_values(self, docids, data=None):
        orders = self.env["sale.order"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "sale.order",
            "docs": orders,
            "form_by_order": {
                order.id: render_clause(
                    self.env,
                    "consumer_law.cgv_model_withdrawal_form",
                    self._get_form_values(order),
                    order.partner_id.lang or self.env.lang,
                )
                for order in orders
            },
        }

    @api.model
    def _get_form_values(self, order):
        """Values of consumer_law.cgv_model_withdrawal_form for one order."""
        company = order.company_id
        partner = order.partner_id
        lang_env = self.with_context(lang=partner.lang).env
        return {
            "order_name": order.name,
            "company_contact": company._get_withdrawal_contact(),
            "withdrawal_days": company._get_consumer_policy().withdrawal_days,
            "withdrawal_url": company._get_withdrawal_function_url(),
            "order_goods": ", ".join(
                line.name.splitlines()[0]
                for line in order.order_line
                if not line.display_type and line.product_id.type != "service"
            )
            or False,
            "order_date": format_date(lang_env, order.date_order),
            "customer_name": partner.name,
            "customer_address": ", ".join(
                line.strip(" ,")
                for line in partner._display_address(without_company=True).splitlines()
                if line.strip(" ,")
            )
            or False,
        }

    @api.model
    def _create_mail_attachment(self, order):
        """The form of a consumer order as an attachment for a mail composer
        (empty for other customers, who have no right of withdrawal)."""
        if not order.partner_id.is_consumer:
            return self.env["ir.attachment"]
        content, _report_type = (
            self.env["ir.actions.report"]
            .sudo()
            ._render_qweb_pdf("sale_cgv.action_report_withdrawal_form", order.ids)
        )
        return (
            self.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": self.env._(
                        "Withdrawal form %(order)s.pdf", order=order.name
                    ),
                    "raw": content,
                    "res_model": "mail.compose.message",
                    "res_id": 0,
                    "type": "binary",
                    "mimetype": "application/pdf",
                }
            )
        )
