# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    consumer_storage_fee_rate = fields.Monetary(
        related="company_id.consumer_policy_id.storage_fee_rate",
        readonly=False,
    )
