# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ConsumerLawPolicy(models.Model):
    _inherit = "consumer.law.policy"

    # === FIELDS === #
    is_collecting_returns = fields.Boolean(
        string="Merchant collects withdrawn goods",
        tracking=True,
        help="The merchant offered to collect the goods himself: the refund cannot "
        "be deferred until the goods come back (C. consom. L221-24).",
    )
