# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The obligation judged against today: its state, due soon, days late and the
statutory surcharge owed (never stored: they move with the clock)."""

from datetime import timedelta
from decimal import Decimal

from odoo import api, models
from odoo.exceptions import UserError
from odoo.osv import expression
from odoo.tools import float_compare

from odoo.addons.consumer_law.tools import paris_today, rule_errors

import consumer_law_rules as rules

from .sale_consumer_refund import REFUND_DUE_SOON_DAYS, format_article


class SaleConsumerRefund(models.Model):
    _inherit = "sale.consumer.refund"

    # === COMPUTE METHODS === #
    @api.depends("is_cancelled", "refund_date", "due_date")
    def _compute_state(self):
        today = paris_today()
        soon = today + timedelta(days=REFUND_DUE_SOON_DAYS)
        for refund in self:
            refund.state = refund._get_state(today)
            refund.is_due_soon = (
                refund.state == "to_refund"
                and bool(refund.due_date)
                and refund.due_date <= soon
            )

    @api.depends(
        "due_date",
        "refund_date",
        "amount",
        "goods_amount",
        "is_cancelled",
        "credit_note_id",
        "surcharge_added_amount",
        "contract_date",
    )
    def _compute_surcharge(self):
        today = paris_today()
        for refund in self:
            refund.update(refund._get_surcharge_values(today))

    # === SEARCH METHODS === #
    def _search_state(self, operator, value):
        if operator not in ("=", "!=", "in", "not in"):
            raise UserError(self.env._("State: unsupported search operator."))
        states = [value] if isinstance(value, str) else list(value or ())
        domain = expression.OR([self._get_state_domain(state) for state in states])
        if operator in ("!=", "not in"):
            return ["!", *expression.normalize_domain(domain)]
        return domain

    def _search_is_due_soon(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Due soon: unsupported search operator."))
        soon = paris_today() + timedelta(days=REFUND_DUE_SOON_DAYS)
        domain = expression.AND(
            [self._get_state_domain("to_refund"), [("due_date", "<=", soon)]]
        )
        if (operator == "=") != value:
            return ["!", *expression.normalize_domain(domain)]
        return domain

    # === BUSINESS METHODS === #
    def _get_state(self, today):
        self.ensure_one()
        if self.is_cancelled:
            return "cancelled"
        if self.refund_date:
            return "refunded"
        if self.due_date and self.due_date < today:
            return "late"
        return "to_refund"

    @api.model
    def _get_state_domain(self, state):
        today = paris_today()
        open_domain = [("is_cancelled", "=", False), ("refund_date", "=", False)]
        return {
            "cancelled": [("is_cancelled", "=", True)],
            "refunded": [("is_cancelled", "=", False), ("refund_date", "!=", False)],
            "late": [*open_domain, ("due_date", "<", today)],
            "to_refund": [
                *open_domain,
                "|",
                ("due_date", "=", False),
                ("due_date", ">=", today),
            ],
        }.get(state, [(0, "=", 1)])

    def _get_surcharge_article(self):
        self.ensure_one()
        article = rules.refund_obligation_article(self.ground, surcharge=True)
        return format_article(article) or self.env._("no statutory surcharge")

    def _get_surcharge_values(self, today):
        """Return the late-refund values on ``today``: days late, surcharge owed,
        and whether more can be added to the refund than was added already."""
        self.ensure_one()
        days_late, surcharge = self._get_surcharge_at(today)
        return {
            "days_late": days_late,
            "surcharge_amount": surcharge,
            "can_be_surcharged": bool(
                self.credit_note_id
                and float_compare(
                    surcharge,
                    self.surcharge_added_amount,
                    precision_rounding=self.currency_id.rounding or 0.01,
                )
                > 0
            ),
        }

    def _get_surcharge_at(self, today):
        """Return (days late, surcharge owed) at ``today`` or at the refund date."""
        self.ensure_one()
        if self.is_cancelled or not self.due_date or not self.ground:
            return 0, 0.0
        end = self.refund_date or today
        days_late = (end - self.due_date).days
        if days_late <= 0:
            return 0, 0.0
        with rule_errors(self.env, self._name):
            surcharge = rules.refund_obligation_surcharge(
                self.ground,
                Decimal(str(self.amount)),
                self.due_date,
                end,
                product_price=Decimal(str(self.goods_amount)),
                contract_date=self.contract_date or self.started_on,
            )
        return days_late, float(surcharge)
