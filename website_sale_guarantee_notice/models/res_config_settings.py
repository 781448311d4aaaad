# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    guarantee_notice_enabled = fields.Boolean(
        related="company_id.guarantee_notice_enabled", readonly=False
    )
