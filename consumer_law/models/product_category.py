# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

from .product_template import WITHDRAWAL_EXCLUSIONS


class ProductCategory(models.Model):
    _inherit = "product.category"

    withdrawal_exclusion = fields.Selection(
        selection=WITHDRAWAL_EXCLUSIONS,
        help="Default exclusion from the right of withdrawal for the products of "
        "this category (C. consom. L221-28). It must be disclosed to the "
        "customer before the order.",
    )
    is_second_hand = fields.Boolean(
        string="Second-hand goods",
        help="Default for the products of this category: the conformity "
        "presumption is 12 months instead of 24 (C. consom. L217-7).",
    )
