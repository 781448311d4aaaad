# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    consumer_retention_of_title = fields.Boolean(
        related="company_id.consumer_policy_id.retention_of_title",
        readonly=False,
    )
    consumer_penalty_rate_percent = fields.Float(
        related="company_id.consumer_policy_id.penalty_rate_percent",
        readonly=False,
    )
    consumer_formal_notice_days = fields.Integer(
        related="company_id.consumer_policy_id.formal_notice_days",
        readonly=False,
    )
