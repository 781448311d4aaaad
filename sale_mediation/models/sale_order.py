# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # === FIELDS === #
    complaint_ids = fields.One2many(
        comodel_name="consumer.complaint",
        inverse_name="order_id",
        string="Complaints",
    )
    complaint_count = fields.Integer(compute="_compute_complaint_count")

    # === COMPUTE METHODS === #
    @api.depends("complaint_ids")
    def _compute_complaint_count(self):
        counts = dict(
            self.env["consumer.complaint"]._read_group(
                [("order_id", "in", self.ids)], ["order_id"], ["__count"]
            )
        )
        for order in self:
            order.complaint_count = counts.get(order, 0)

    # === ACTION METHODS === #
    def action_view_complaints(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_mediation.consumer_complaint_action"
        )
        action["domain"] = [("order_id", "=", self.id)]
        action["context"] = {
            "default_order_id": self.id,
            "default_partner_id": self.partner_id.id,
        }
        return action

    # === BUSINESS METHODS === #
    def _get_consumer_mediator(self):
        """The mediator of the order's company (L616-1), or an empty record."""
        self.ensure_one()
        return self.company_id.sudo()._get_consumer_policy().mediator_id

    def _get_mediation_mail_templates(self):
        """The mails that carry the mediator's details: the order confirmation."""
        self.ensure_one()
        return self._get_confirmation_template() or self.env["mail.template"]
