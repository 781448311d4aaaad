# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    consumer_cgv_block_without_version = fields.Boolean(
        related="company_id.consumer_policy_id.cgv_block_without_version",
        readonly=False,
    )
    consumer_cgv_require_staff_channel = fields.Boolean(
        related="company_id.consumer_policy_id.cgv_require_staff_channel",
        readonly=False,
    )
