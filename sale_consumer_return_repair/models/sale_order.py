# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # === BUSINESS METHODS === #
    def _get_confirmation_children_fields(self):
        # Repair's confirmation reads the order's repair orders for each line
        return super()._get_confirmation_children_fields() + ["repair_order_ids"]
