# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import dataclasses

from odoo import models


class ConsumerLawPolicy(models.Model):
    _inherit = "consumer.law.policy"

    # === BUSINESS METHODS === #
    def _get_rules_policy(self):
        """A company with a webshop sells goods online to consumers: the policy
        check flags it when it shows no harmonised notice (from 27 September
        2026)."""
        policy = super()._get_rules_policy()
        company = self.company_id
        has_shop = bool(
            self.env["website"].sudo().search_count([("company_id", "=", company.id)])
        )
        return dataclasses.replace(
            policy,
            sells_goods_online=has_shop,
            harmonised_notice_shown=company.guarantee_notice_enabled,
        )
