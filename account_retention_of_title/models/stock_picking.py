# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    # === FIELDS === #
    is_under_retention_of_title = fields.Boolean(
        string="Delivered under retention of title",
        compute="_compute_is_under_retention_of_title",
        search="_search_is_under_retention_of_title",
        help="The order retains title and is not fully paid: the goods delivered "
        "remain the merchant's property (C. civ. 2367).",
    )

    # === COMPUTE METHODS === #
    @api.depends("sale_id.title_state")
    def _compute_is_under_retention_of_title(self):
        for picking in self:
            picking.is_under_retention_of_title = (
                picking.picking_type_code == "outgoing"
                and picking.sale_id.title_state == "retained"
            )

    def _search_is_under_retention_of_title(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            return NotImplemented
        domain = [
            ("picking_type_code", "=", "outgoing"),
            ("sale_id.title_state", "=", "retained"),
        ]
        if (operator == "=") == value:
            return domain
        return ["!", "&", *domain]
