# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class StockLot(models.Model):
    _inherit = "stock.lot"

    # === FIELDS === #
    consumer_guarantee_ids = fields.One2many(
        comodel_name="sale.consumer.guarantee",
        inverse_name="lot_id",
        string="Guarantees",
    )
    consumer_guarantee_count = fields.Integer(
        compute="_compute_consumer_guarantee_count"
    )

    # === COMPUTE METHODS === #
    def _compute_consumer_guarantee_count(self):
        counts = dict(
            self.env["sale.consumer.guarantee"]._read_group(
                [("lot_id", "in", self.ids)], ["lot_id"], ["__count"]
            )
        )
        for lot in self:
            lot.consumer_guarantee_count = counts.get(lot, 0)

    # === ACTION METHODS === #
    def action_view_consumer_guarantees(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_consumer_return.sale_consumer_guarantee_action"
        )
        action["domain"] = [("lot_id", "=", self.id)]
        return action
