# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import dataclasses
from decimal import Decimal

from odoo import api, fields, models

from odoo.addons.consumer_law.tools import rule_errors

import consumer_law_rules as rules

DAY_KINDS = [
    (rules.DayKind.CALENDAR.value, "Calendar days"),
    (rules.DayKind.OUVRABLE.value, "Working days, Monday to Saturday (ouvrables)"),
    (rules.DayKind.OUVRE.value, "Working days, Monday to Friday (ouvrés)"),
]
_DEFAULTS = rules.Policy()


class ConsumerLawPolicy(models.Model):
    _inherit = "consumer.law.policy"

    # === FIELDS === #
    cancellation_flat_fee = fields.Monetary(
        string="Cancellation fee (excl. tax)",
        default=float(_DEFAULTS.cancellation_flat_fee),
        tracking=True,
        help="Flat fee the terms of sale charge when the customer cancels an order "
        "after it was prepared, excluding tax (the company's sales tax is added). "
        "No legal value: owed only when the terms say so (C. civ. 1103), never on "
        "a withdrawal, a termination for late delivery or a lack of conformity "
        "(C. consom. L221-23, L216-7, L217-14). Default: 0.",
    )
    cancellation_fee_product_id = fields.Many2one(
        comodel_name="product.product",
        string="Cancellation fee product",
        default=lambda self: self.env.ref(
            "sale_cancellation_fee.product_cancellation_fee", raise_if_not_found=False
        ),
        check_company=True,
        help="Product of the fee line deducted from the refund.",
    )
    delivery_promise_days = fields.Integer(
        string="Delivery promise (days)",
        default=_DEFAULTS.delivery_promise_days,
        tracking=True,
        help="Days the terms of sale promise to deliver in, counted in the unit "
        "below. 0: no promise, the goods are due 30 days after the order at the "
        "latest (C. consom. L216-1). A date promised on the order comes first.",
    )
    delivery_day_kind = fields.Selection(
        selection=DAY_KINDS,
        string="Delivery promise unit",
        required=True,
        default=rules.DayKind(_DEFAULTS.delivery_day_kind).value,
        tracking=True,
        help="How the promised days are counted; public holidays of the delivery "
        "address's calendar never count as working days.",
    )
    is_delivery_promise_from_payment = fields.Boolean(
        string="Promise counted from payment",
        tracking=True,
        help="The promise runs from the validation of the order and its payment, "
        "whichever is later (e.g. '15 working days from validation and payment').",
    )
    late_delivery_clause_days = fields.Integer(
        string="Days late before the terms allow cancelling",
        default=_DEFAULTS.late_delivery_clause_days,
        tracking=True,
        help="What the terms of sale require before a late order may be cancelled "
        "(e.g. 'more than 30 days late'). Informative only: the customer may "
        "always terminate after a formal notice and an extra period left unmet, "
        "or at once when the date was essential (C. consom. L216-6). 0: no such "
        "clause.",
    )

    # === CONSTRAINT METHODS === #
    @api.constrains(
        "cancellation_flat_fee",
        "delivery_promise_days",
        "delivery_day_kind",
        "late_delivery_clause_days",
    )
    def _check_cancellation_values(self):
        """Refuse negative fees and periods (rules.FLOORS)."""
        for policy in self:
            with rule_errors(self.env, self._name):
                rules.validate_policy(policy._get_rules_policy())

    # === BUSINESS METHODS === #
    def _get_rules_policy(self):
        policy = super()._get_rules_policy()
        return dataclasses.replace(
            policy,
            cancellation_flat_fee=Decimal(str(self.cancellation_flat_fee)),
            delivery_promise_days=self.delivery_promise_days,
            delivery_day_kind=self.delivery_day_kind or rules.DayKind.CALENDAR,
            late_delivery_clause_days=self.late_delivery_clause_days,
        )
