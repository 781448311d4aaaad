# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Refund obligations by legal ground: article, due date and late surcharge.

Every ground that ends in the merchant owing money back (a withdrawal, a termination
for late delivery, a lack of conformity, a cancellation, a hidden defect, a
commercial gesture) is one *refund obligation*: an amount, a day it started, a last
day to pay, and a surcharge when paid late. This module says, for each ground, which
article sets the due date and which surcharge applies:

============================  ==============================  =====================
ground                        due date                         late surcharge
============================  ==============================  =====================
``withdrawal``                L221-24 (deferral until goods    L242-4
                              back or proof of shipment)
``late_delivery``             L216-7: 14 days after the        L241-4 (tiers by
                              termination reached the merchant contract date)
``conformity``                L217-17: 14 days after the       none (legal interest)
                              goods came back or the proof
                              of shipment; 14 days after the
                              decision when nothing comes back
``cancellation``,             the policy's refund delay from   none (legal interest)
``hidden_defect``,            the day the obligation started
``commercial_gesture``        (contractual)
============================  ==============================  =====================

Merchant deadlines are never rolled over weekends or holidays (LEGAL_RULES §0).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Final

from ._values import Money, as_date, as_days, money, optional_date, to_decimal
from .constants import CONFORMITY_REFUND_DAYS, REFUND_MAX_DAYS
from .delivery import termination_refund_due_date
from .exceptions import RuleError
from .refund import refund_due_date
from .surcharge import late_delivery_refund_surcharge, late_refund_surcharge_for_dates

__all__ = [
    "REFUND_GROUNDS",
    "refund_obligation_article",
    "refund_obligation_due_date",
    "refund_obligation_surcharge",
]

REFUND_GROUNDS: Final = (
    "withdrawal",
    "conformity",
    "late_delivery",
    "cancellation",
    "hidden_defect",
    "commercial_gesture",
)
"""The legal grounds of a refund obligation (DESIGN.md, ``sale.consumer.refund``)."""

_ARTICLES: Final = {
    "withdrawal": "L221-24",
    "conformity": "L217-17",
    "late_delivery": "L216-7",
    "cancellation": "C. civ. 1229",
    "hidden_defect": "C. civ. 1644",
    "commercial_gesture": "",
}
_SURCHARGE_ARTICLES: Final = {"withdrawal": "L242-4", "late_delivery": "L241-4"}


def _check_ground(ground: str) -> str:
    if ground not in REFUND_GROUNDS:
        raise RuleError(
            f"ground must be one of {', '.join(REFUND_GROUNDS)}.", field="ground"
        )
    return ground


def refund_obligation_article(ground: str, *, surcharge: bool = False) -> str:
    """Return the article that sets the due date (or, with ``surcharge``, the late
    surcharge) of a refund on ``ground``; ``""`` when no article applies.

    >>> refund_obligation_article("late_delivery")
    'L216-7'
    >>> refund_obligation_article("withdrawal", surcharge=True)
    'L242-4'
    >>> refund_obligation_article("conformity", surcharge=True)
    ''

    :raise RuleError: unknown ``ground``.
    """
    _check_ground(ground)
    if surcharge:
        return _SURCHARGE_ARTICLES.get(ground, "")
    return _ARTICLES[ground]


def refund_obligation_due_date(
    ground: str,
    started_on: date,
    *,
    days: int = REFUND_MAX_DAYS,
    goods_back_on: date | None = None,
    shipment_proof_on: date | None = None,
    merchant_collects: bool = False,
    goods_come_back: bool = True,
) -> date:
    """Return the last day to pay a refund obligation on ``ground``, never rolled.

    ``started_on`` is the day the obligation started: the merchant informed of the
    withdrawal, the termination received (L216-6), the conformity decision, the
    cancellation. ``days`` is the policy's refund delay (at most 14 for a
    withdrawal, L221-24); the statutory grounds use their own 14 days.

    >>> refund_obligation_due_date("withdrawal", date(2026, 5, 6),
    ...                            goods_back_on=date(2026, 5, 27))
    datetime.date(2026, 5, 27)
    >>> refund_obligation_due_date("late_delivery", date(2026, 6, 10))
    datetime.date(2026, 6, 24)
    >>> refund_obligation_due_date("conformity", date(2026, 6, 1),
    ...                            shipment_proof_on=date(2026, 6, 5))
    datetime.date(2026, 6, 19)
    >>> refund_obligation_due_date("cancellation", date(2026, 6, 1), days=10)
    datetime.date(2026, 6, 11)

    :raise RuleError: unknown ``ground``.
    :raise AboveLegalCeilingError: a withdrawal delay above 14 days.
    """
    _check_ground(ground)
    started_on = as_date(started_on, "started_on")
    if ground == "withdrawal":
        return refund_due_date(
            started_on,
            days,
            goods_back_on=goods_back_on,
            shipment_proof_on=shipment_proof_on,
            merchant_collects=merchant_collects,
        )
    if ground == "late_delivery":
        return termination_refund_due_date(started_on)
    if ground == "conformity":
        return _conformity_refund_due_date(
            started_on,
            goods_back_on=goods_back_on,
            shipment_proof_on=shipment_proof_on,
            goods_come_back=goods_come_back,
        )
    return started_on + timedelta(days=as_days(days, "days"))


def _conformity_refund_due_date(
    decided_on: date,
    *,
    goods_back_on: date | None,
    shipment_proof_on: date | None,
    goods_come_back: bool,
) -> date:
    """14 days from the first of the goods back and the proof of shipment; until
    one of them is known (or when nothing comes back, as for a price reduction),
    14 days from the decision (L217-17)."""
    events = [
        event
        for event in (
            optional_date(goods_back_on, "goods_back_on"),
            optional_date(shipment_proof_on, "shipment_proof_on"),
        )
        if event is not None
    ]
    start = max(decided_on, min(events)) if events and goods_come_back else decided_on
    return start + timedelta(days=CONFORMITY_REFUND_DAYS)


def refund_obligation_surcharge(
    ground: str,
    amount_due: Money,
    due_on: date,
    paid_on: date,
    *,
    product_price: Money,
    contract_date: date,
    legal_rate_percent: Money | None = None,
) -> Decimal:
    """Return the statutory surcharge on a refund paid (or unpaid) on ``paid_on``.

    Withdrawal: L242-4 on the sums due, capped at ``product_price``. Termination
    for late delivery: L241-4 tiers chosen by ``contract_date``, no cap. Other
    grounds carry no statutory surcharge (only legal interest, claimed in court):
    zero.

    >>> refund_obligation_surcharge("late_delivery", 100, date(2026, 6, 24),
    ...                             date(2026, 7, 9), product_price=100,
    ...                             contract_date=date(2026, 5, 1))
    Decimal('20.00')
    >>> refund_obligation_surcharge("conformity", 100, date(2026, 6, 24),
    ...                             date(2026, 9, 1), product_price=100,
    ...                             contract_date=date(2026, 5, 1))
    Decimal('0.00')

    :raise RuleError: unknown ``ground``.
    :raise NegativeValueError: a negative amount.
    """
    _check_ground(ground)
    amount = to_decimal(amount_due, "amount_due")
    due_on = as_date(due_on, "due_on")
    days_late = (as_date(paid_on, "paid_on") - due_on).days
    if days_late <= 0:
        return money(Decimal(0))
    if ground == "withdrawal":
        return late_refund_surcharge_for_dates(
            amount,
            due_on,
            paid_on,
            product_price=product_price,
            legal_rate_percent=legal_rate_percent,
        )
    if ground == "late_delivery":
        return late_delivery_refund_surcharge(
            amount, days_late, contract_date=contract_date
        )
    return money(Decimal(0))
