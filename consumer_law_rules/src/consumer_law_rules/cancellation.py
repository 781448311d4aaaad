# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Cancellation of an order by the customer before or during delivery.

A merchant's terms of sale may charge a flat fee when the customer cancels after the
order was prepared, plus the carrier's actual return cost once it was shipped or
refused at delivery (SmallMX art. 9.5 and 13: 50 EUR excl. tax, 60 EUR incl. tax).
Such a fee is contractual (C. civ. 1103, 1231-5) and never applies when the
cancellation is in fact:

* a withdrawal (L221-18, L221-23: no cost beyond the direct cost of return);
* a termination for late delivery (L216-6, L216-7: every sum paid is refunded);
* a termination for lack of conformity (L217-14, L217-17).

In those cases the customer's own return cost, when he paid one, is refunded too
(SmallMX art. 9.4; DESIGN.md). A fee actually charged is a legal risk: the clause
may be held unfair (``cancellation_fee_legal_risk``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from ._values import Money, money, to_decimal
from .exceptions import RuleError

__all__ = [
    "CANCELLATION_REASONS",
    "CANCELLATION_STAGES",
    "CancellationFee",
    "cancellation_fee",
]

CANCELLATION_STAGES: Final = (
    "confirmed",
    "prepared",
    "shipped",
    "refused_at_delivery",
    "delivered",
)
"""Stages of an order when it is cancelled, in the order they happen."""
CANCELLATION_REASONS: Final = (
    "withdrawal",
    "termination_for_late_delivery",
    "non_conformity",
)
"""Legal grounds under which a cancellation costs the customer nothing."""

_FEE_ARTICLE: Final = "C. civ. 1103"
_REASON_ARTICLES: Final = {
    "withdrawal": "L221-18, L221-23",
    "termination_for_late_delivery": "L216-6, L216-7",
    "non_conformity": "L217-14, L217-17",
}
_SHIPPED_STAGES: Final = ("shipped", "refused_at_delivery")


@dataclass(frozen=True)
class CancellationFee:
    """What a cancellation costs the customer and what he gets back.

    :ivar fee: the fee deducted (flat fee and return cost), incl. tax
    :ivar refund: the sums paid minus the fee (never negative), plus the customer's
        own return cost when a legal ground applies
    :ivar legal_risk: a fee is charged to the consumer (``cancellation_fee_legal_risk``)
    :ivar article: the article that rules the outcome
    """

    fee: Decimal
    refund: Decimal
    legal_risk: bool
    article: str


def _check_choice(value: object, choices: tuple[str, ...], field: str) -> None:
    if value not in choices:
        raise RuleError(f"{field} must be one of {', '.join(choices)}.", field=field)


def cancellation_fee(
    paid: Money,
    stage: str,
    *,
    flat_fee: Money,
    return_cost: Money = 0,
    reason: str | None = None,
    customer_paid_return_cost: Money = 0,
) -> CancellationFee:
    """Return the fee and the refund of a cancelled order.

    ``paid`` is what the customer paid (incl. tax), ``flat_fee`` the terms' flat fee
    (incl. tax), ``return_cost`` the carrier's actual return cost (only once the
    goods left: ``shipped`` or ``refused_at_delivery``). Before preparation nothing
    is charged; after preparation the flat fee; once shipped or refused, the flat
    fee plus the return cost. A ``reason`` (withdrawal, termination for late
    delivery, non-conformity) means no fee at all and the customer's own return
    cost refunded (L221-23, L216-7, L217-17). After delivery, only a reason ends
    the contract.

    >>> cancellation_fee(200, "prepared", flat_fee=60)
    CancellationFee(fee=Decimal('60.00'), refund=Decimal('140.00'), \
legal_risk=True, article='C. civ. 1103')
    >>> cancellation_fee(200, "refused_at_delivery", flat_fee=60, return_cost="35.5")
    CancellationFee(fee=Decimal('95.50'), refund=Decimal('104.50'), \
legal_risk=True, article='C. civ. 1103')
    >>> cancellation_fee(200, "shipped", flat_fee=60, return_cost=35,
    ...                  reason="termination_for_late_delivery",
    ...                  customer_paid_return_cost=12).refund
    Decimal('212.00')

    :raise NegativeValueError: a negative amount.
    :raise RuleError: unknown stage or reason, a return cost before shipping, or a
        cancellation after delivery without a legal reason.
    """
    paid_amount = to_decimal(paid, "paid")
    flat = to_decimal(flat_fee, "flat_fee", _FEE_ARTICLE)
    carrier_cost = to_decimal(return_cost, "return_cost", _FEE_ARTICLE)
    own_cost = to_decimal(customer_paid_return_cost, "customer_paid_return_cost")
    _check_choice(stage, CANCELLATION_STAGES, "stage")
    if reason is not None:
        _check_choice(reason, CANCELLATION_REASONS, "reason")
    if carrier_cost and stage not in _SHIPPED_STAGES:
        raise RuleError(
            "return_cost: a return cost only exists once the goods were shipped.",
            field="return_cost",
            article=_FEE_ARTICLE,
        )
    if reason is not None:
        return CancellationFee(
            fee=money(Decimal(0)),
            refund=money(paid_amount + own_cost),
            legal_risk=False,
            article=_REASON_ARTICLES[reason],
        )
    if stage == "delivered":
        raise RuleError(
            "stage: delivered goods come back by withdrawal or for lack of "
            "conformity, not by a cancellation.",
            field="stage",
            article="L221-18",
        )
    if own_cost:
        raise RuleError(
            "customer_paid_return_cost: refunded only under a legal reason.",
            field="customer_paid_return_cost",
        )
    fee = Decimal(0)
    if stage != "confirmed":
        fee = flat
    if stage in _SHIPPED_STAGES:
        fee += carrier_cost
    fee = money(fee)
    return CancellationFee(
        fee=fee,
        refund=money(max(paid_amount - fee, Decimal(0))),
        legal_risk=fee > 0,
        article=_FEE_ARTICLE,
    )
