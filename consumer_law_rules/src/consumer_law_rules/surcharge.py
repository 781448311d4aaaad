# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Statutory surcharges on late refunds (C. consom. L242-4 and L241-4).

**L242-4** (refund after withdrawal paid after the L221-24 deadline). The text raises
the sums due by the legal interest rate if repaid at most 10 days late, by 5 % between
10 and 20 days, 10 % between 20 and 30, 20 % between 30 and 60, 50 % between 60 and 90,
then 5 more points per new month of delay up to the price of the products, then legal
interest. Readings chosen (``d`` = refund date - due date, in days):

a. 1-10 days: pro-rata legal interest, ``amount x rate x d / 365``; a flat percentage
   equal to the annual rate (6.67 % > 5 %) would make the schedule non-monotonic.
b. Overlapping edges ("between 10 and 20"): bands are upper-inclusive, so 11-20 days is
   5 %, 21-30 10 %, 31-60 20 %, 61-90 50 %.
c. "New month of delay" is every started block of 30 days beyond 90:
   ``50 + 5 x ceil((d - 90) / 30)`` %.
d. The base is all sums due (delivery included); the cap is the price of the products
   refunded. Legal interest beyond the cap is not computed here.
e. The rate is the consumer legal rate of the semester of the due date
   (:func:`late_refund_surcharge_for_dates` looks it up).

**L241-4** (refund after termination for late delivery, L216-7), no cap: contracts from
1 January 2022 (ord. 2021-1247): 10 % up to 14 days late, 20 % up to 30, 50 % beyond;
older contracts: 10 % up to 30 days, 20 % up to 60, 50 % beyond.

All amounts are rounded half-up to the cent.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

from ._values import Money, as_date, money, to_decimal
from .constants import (
    L241_4_BEYOND_PERCENT,
    L241_4_REFORM_EFFECTIVE,
    L241_4_TIERS,
    L241_4_TIERS_PRE_2022,
)
from .rates import legal_interest_rate

__all__ = [
    "late_delivery_refund_surcharge",
    "late_refund_surcharge",
    "late_refund_surcharge_for_dates",
    "late_refund_surcharge_percent",
]

# (last day of the band, percent) for L242-4 after the first 10 days.
_L242_4_BANDS: Final = ((20, Decimal(5)), (30, Decimal(10)), (60, Decimal(20)))
_L242_4_BASE_DAYS: Final = 90
_L242_4_BASE_PERCENT: Final = Decimal(50)
_L242_4_STEP_PERCENT: Final = Decimal(5)
_L242_4_STEP_DAYS: Final = 30
_INTEREST_DAYS: Final = 10

# L241-4 tiers: (last day of the tier, percent); beyond the last tier, 50 %.
_L241_4_TIERS_2022: Final = L241_4_TIERS
_L241_4_TIERS_OLD: Final = L241_4_TIERS_PRE_2022
_L241_4_BEYOND: Final = L241_4_BEYOND_PERCENT


def _as_int_days(days_late: object) -> int:
    if isinstance(days_late, bool) or not isinstance(days_late, int):
        raise TypeError("days_late must be an int")
    return days_late


def late_refund_surcharge_percent(days_late: int) -> Decimal | None:
    """Return the flat L242-4 percentage for ``days_late``.

    ``None`` means the 1-10 day band (pro-rata legal interest), ``0`` no delay.

    >>> [late_refund_surcharge_percent(d) for d in (0, 5, 11, 90, 91, 121)]
    [Decimal('0'), None, Decimal('5'), Decimal('50'), Decimal('55'), Decimal('60')]
    """
    days = _as_int_days(days_late)
    if days <= 0:
        return Decimal(0)
    if days <= _INTEREST_DAYS:
        return None
    for last_day, percent in _L242_4_BANDS:
        if days <= last_day:
            return percent
    if days <= _L242_4_BASE_DAYS:
        return _L242_4_BASE_PERCENT
    started_months = -(-(days - _L242_4_BASE_DAYS) // _L242_4_STEP_DAYS)
    return _L242_4_BASE_PERCENT + _L242_4_STEP_PERCENT * started_months


def late_refund_surcharge(
    amount_due: Money,
    days_late: int,
    *,
    product_price: Money,
    legal_rate_percent: Money,
) -> Decimal:
    """Return the L242-4 surcharge on a refund paid ``days_late`` days late.

    See the module notes for the readings chosen. The surcharge never exceeds
    ``product_price``.

    >>> late_refund_surcharge(100, 10, product_price=100, legal_rate_percent="6.67")
    Decimal('0.18')
    >>> late_refund_surcharge(100, 21, product_price=100, legal_rate_percent="6.67")
    Decimal('10.00')
    >>> late_refund_surcharge(110, 400, product_price=100, legal_rate_percent="6.67")
    Decimal('100.00')

    :raise NegativeValueError: a negative amount, price or rate.
    """
    amount = to_decimal(amount_due, "amount_due", "L242-4")
    price = to_decimal(product_price, "product_price", "L242-4")
    rate = to_decimal(legal_rate_percent, "legal_rate_percent", "L242-4")
    days = _as_int_days(days_late)
    percent = late_refund_surcharge_percent(days)
    if percent is None:
        raw = amount * rate / 100 * days / 365
    else:
        raw = amount * percent / 100
    return money(min(raw, price))


def late_refund_surcharge_for_dates(
    amount_due: Money,
    due_on: date,
    refunded_on: date,
    *,
    product_price: Money,
    legal_rate_percent: Money | None = None,
) -> Decimal:
    """Return the L242-4 surcharge from the due date and the refund date.

    The rate defaults to the consumer legal rate of the semester of ``due_on``.

    >>> late_refund_surcharge_for_dates(200, date(2026, 5, 18), date(2026, 5, 28),
    ...                                 product_price=180)
    Decimal('0.37')
    """
    due_on = as_date(due_on, "due_on")
    days = (as_date(refunded_on, "refunded_on") - due_on).days
    rate = (
        legal_interest_rate(due_on)
        if legal_rate_percent is None
        else (legal_rate_percent)
    )
    return late_refund_surcharge(
        amount_due, days, product_price=product_price, legal_rate_percent=rate
    )


def late_delivery_refund_surcharge(
    amount: Money, days_late: int, *, contract_date: date
) -> Decimal:
    """Return the L241-4 surcharge on a refund after termination paid late.

    ``days_late`` counts from the L216-7 deadline (14 days after termination). Tiers by
    contract date: from 2022-01-01 10 % (1-14 days), 20 % (15-30), 50 % beyond; before,
    10 % (1-30), 20 % (31-60), 50 % beyond. No cap.

    >>> late_delivery_refund_surcharge(100, 15, contract_date=date(2022, 1, 1))
    Decimal('20.00')
    >>> late_delivery_refund_surcharge(100, 15, contract_date=date(2021, 12, 31))
    Decimal('10.00')

    :raise NegativeValueError: a negative amount.
    """
    base = to_decimal(amount, "amount", "L241-4")
    days = _as_int_days(days_late)
    if days <= 0:
        return money(Decimal(0))
    recent = as_date(contract_date, "contract_date") >= L241_4_REFORM_EFFECTIVE
    tiers = _L241_4_TIERS_2022 if recent else _L241_4_TIERS_OLD
    percent = next((pct for last, pct in tiers if days <= last), _L241_4_BEYOND)
    return money(base * percent / 100)
