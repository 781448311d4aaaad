# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    # === FIELDS === #
    # the inverse of the guarantees' picking: their stored dates follow the
    # delivery's, and the ORM finds them through it (from the cache) rather than
    # searching the guarantees at every change of the delivery
    consumer_guarantee_ids = fields.One2many(
        comodel_name="sale.consumer.guarantee",
        inverse_name="picking_id",
        string="Guarantees",
        readonly=True,
    )
    consumer_guarantee_count = fields.Integer(
        compute="_compute_consumer_guarantee_count"
    )

    # === COMPUTE METHODS === #
    def _compute_consumer_guarantee_count(self):
        counts = dict(
            self.env["sale.consumer.guarantee"]._read_group(
                [("picking_id", "in", self.ids)], ["picking_id"], ["__count"]
            )
        )
        for picking in self:
            picking.consumer_guarantee_count = counts.get(picking, 0)

    # === CRUD METHODS === #
    def _action_done(self):
        result = super()._action_done()
        self.env["sale.consumer.guarantee"]._create_from_deliveries(self)
        self.env["sale.consumer.return"]._recompute_remedy_done_dates(self)
        return result

    def action_cancel(self):
        result = super().action_cancel()
        self.env["sale.consumer.return"]._recompute_remedy_done_dates(self)
        return result

    # === ACTION METHODS === #
    def action_view_consumer_guarantees(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_consumer_return.sale_consumer_guarantee_action"
        )
        action["domain"] = [("picking_id", "=", self.id)]
        return action
