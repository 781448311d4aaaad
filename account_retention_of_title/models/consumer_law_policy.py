# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from decimal import Decimal

from odoo import api, fields, models
from odoo.tools.translate import LazyTranslate

from odoo.addons.consumer_law.tools import rule_errors

_lt = LazyTranslate(__name__)

LEGAL_RETENTION_CLAUSE = _lt(
    "Retention of title: the goods remain our property until the full payment of "
    "the price and its accessories (articles 2367 to 2372 of the French Civil "
    "Code). The risks pass to the buyer on delivery. On a payment default we may "
    "take the goods back; their value is set off against the sums still owed and "
    "any surplus is returned to the buyer (article 2371)."
)

import consumer_law_rules as rules


class ConsumerLawPolicy(models.Model):
    _inherit = "consumer.law.policy"

    # === FIELDS === #
    retention_of_title = fields.Boolean(
        string="Retention of title",
        default=rules.Policy().retention_of_title,
        tracking=True,
        help="The goods remain the merchant's property until the price is fully "
        "paid (C. civ. 2367). Agreed in writing at the latest at delivery (C. civ. "
        "2368, C. com. L624-16). Default for the company's orders; customers and "
        "orders may override it. Legal default: no (title passes at the sale, "
        "C. civ. 1583).",
    )
    retention_clause = fields.Text(
        string="Retention-of-title clause",
        translate=True,
        help="Wording printed on invoices carrying retention of title, per "
        "language. Empty: the legal wording citing C. civ. 2367 to 2372.",
    )
    penalty_rate_percent = fields.Float(
        string="Penalty after formal notice (%)",
        digits=(5, 2),
        default=float(rules.Policy().penalty_rate_percent),
        tracking=True,
        help="Contractual penalty on the sums still unpaid once a formal notice "
        "has remained without effect (penalty clause, C. civ. 1231-5; a judge may "
        "reduce it). 0: the terms of sale have no penalty clause.",
    )
    formal_notice_days = fields.Integer(
        string="Formal notice period (days)",
        default=rules.FORMAL_NOTICE_DEFAULT_DAYS,
        tracking=True,
        help="Calendar days a formal notice gives the customer to pay, counted "
        "from the day of the registered letter (C. civ. 1344). Customary: 8 days.",
    )

    # === CONSTRAINT METHODS === #
    @api.constrains("penalty_rate_percent", "formal_notice_days")
    def _check_penalty_values(self):
        for policy in self:
            with rule_errors(self.env, self._name):
                rules.check_floor(
                    "penalty_rate_percent",
                    Decimal(str(policy.penalty_rate_percent)),
                )
                rules.check_floor("formal_notice_days", policy.formal_notice_days)

    # === BUSINESS METHODS === #
    def _get_retention_clause_text(self):
        """The clause in the environment's language: the policy's wording, or the
        legal wording citing C. civ. 2367 to 2372 when the policy has none."""
        self.ensure_one()
        return self.retention_clause or LEGAL_RETENTION_CLAUSE._translate(
            self.env.lang or "en_US"
        )
