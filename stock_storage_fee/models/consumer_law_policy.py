# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from decimal import Decimal

from odoo import api, fields, models

from odoo.addons.consumer_law.tools import rule_errors

import consumer_law_rules as rules


class ConsumerLawPolicy(models.Model):
    _inherit = "consumer.law.policy"

    # === FIELDS === #
    storage_fee_rate = fields.Monetary(
        string="Carrier storage fee per day",
        default=float(rules.Policy().storage_fee_rate),
        tracking=True,
        help="Daily storage (magasinage) charged when the customer chooses a "
        "delivery date after the last slot proposed by a carrier delivering by "
        "appointment; default rate of such carriers. No legal value: owed only "
        "when the terms of sale say so (C. civ. 1103). Default: 0.",
    )

    # === CONSTRAINT METHODS === #
    @api.constrains("storage_fee_rate")
    def _check_storage_fee_rate(self):
        for policy in self:
            with rule_errors(self.env, self._name):
                rules.check_floor(
                    "storage_fee_rate", Decimal(str(policy.storage_fee_rate))
                )
