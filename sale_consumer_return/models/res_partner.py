# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    # === FIELDS === #
    consumer_guarantee_count = fields.Integer(
        compute="_compute_consumer_guarantee_count",
        groups="consumer_law.consumer_law_group_user",
    )

    # === COMPUTE METHODS === #
    def _compute_consumer_guarantee_count(self):
        counts = dict(
            self.env["sale.consumer.guarantee"]._read_group(
                [("commercial_partner_id", "in", self.commercial_partner_id.ids)],
                ["commercial_partner_id"],
                ["__count"],
            )
        )
        for partner in self:
            partner.consumer_guarantee_count = counts.get(
                partner.commercial_partner_id, 0
            )

    # === ACTION METHODS === #
    def action_view_consumer_guarantees(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_consumer_return.sale_consumer_guarantee_action"
        )
        action["domain"] = [
            ("commercial_partner_id", "=", self.commercial_partner_id.id)
        ]
        return action
