# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

WITHDRAWAL_EXCLUSIONS = [
    ("financial_market", "L221-28 2°: price tied to financial-market fluctuations"),
    ("personalised", "L221-28 3°: made to the consumer's specifications"),
    ("perishable", "L221-28 4°: liable to deteriorate or expire rapidly"),
    ("hygiene_sealed", "L221-28 5°: sealed for hygiene, unsealed after delivery"),
    ("mixed", "L221-28 6°: inseparably mixed with other items"),
    ("alcohol", "L221-28 7°: alcoholic beverages at market-dependent price"),
    ("sealed_media", "L221-28 9°: sealed audio, video or software, unsealed"),
    ("press", "L221-28 10°: newspaper, periodical or magazine"),
    ("digital_content", "L221-28 13°: digital content without tangible medium"),
]


class ProductTemplate(models.Model):
    _inherit = "product.template"

    # === FIELDS === #
    withdrawal_exclusion = fields.Selection(
        selection=WITHDRAWAL_EXCLUSIONS,
        compute="_compute_withdrawal_exclusion",
        store=True,
        readonly=False,
        precompute=True,
        help="Reason this product is excluded from the right of withdrawal "
        "(C. consom. L221-28); empty when the right applies. Defaults to the "
        "product category's.",
    )
    is_second_hand = fields.Boolean(
        string="Second-hand goods",
        compute="_compute_is_second_hand",
        store=True,
        readonly=False,
        precompute=True,
        help="The conformity presumption is 12 months instead of 24 "
        "(C. consom. L217-7). Defaults to the product category's.",
    )

    # === COMPUTE METHODS === #
    @api.depends("categ_id")
    def _compute_withdrawal_exclusion(self):
        for template in self:
            template.withdrawal_exclusion = template.categ_id.withdrawal_exclusion

    @api.depends("categ_id")
    def _compute_is_second_hand(self):
        for template in self:
            template.is_second_hand = template.categ_id.is_second_hand
