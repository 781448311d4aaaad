# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Payment terms of the seed merchants: cheque hold and instalment fees.

*Cheque hold* (Rallye art. 5): an order paid by cheque is held for the policy's
number of days; without the cheque it is cancelled the next day ("held 7 days,
cancelled on the 8th day"). Days count from the day after the order, as every
period from an event (Reg. 1182/71 art. 3; CPC 641); no roll-over: the date binds
no consumer.

*Instalment fees* (SmallMX art. 8.2): a payment offer (Alma 2x/3x/4x, Pledg 3x to
12x) charges a percentage of the order total, within the offer's amount bounds;
half-up to the cent; the total with the fee is split into equal instalments, the
first one taking the cents left over. Since 20 November 2026 such credit falls under
Dir. 2023/2225, so rates are data, not constants.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from ._values import Money, as_date, as_days, money, to_decimal
from .constants import CHEQUE_HOLD_DAYS_DEFAULT
from .exceptions import DateOrderError, RuleError

__all__ = [
    "cheque_cancellation_date",
    "cheque_hold_days",
    "installment_amounts",
    "installment_fee",
]


def cheque_cancellation_date(ordered_on: date, *, hold_days: int = 7) -> date | None:
    """Return the first day an order still waiting for its cheque may be cancelled.

    The order day is not counted (Reg. 1182/71 art. 3(1); CPC 641); the order is
    held ``hold_days`` days and may be cancelled the day after (Rallye art. 5:
    7 days, cancelled on day 8; a contractual term, C. civ. 1103). ``hold_days`` 0
    means the terms never cancel: ``None``.

    >>> cheque_cancellation_date(date(2026, 12, 1))
    datetime.date(2026, 12, 9)
    >>> cheque_cancellation_date(date(2026, 12, 1), hold_days=0) is None
    True

    :raise NegativeValueError: negative ``hold_days``.
    """
    ordered = as_date(ordered_on, "ordered_on")
    days = as_days(hold_days, "cheque_hold_days")
    if days == CHEQUE_HOLD_DAYS_DEFAULT:
        return None
    return ordered + timedelta(days=days + 1)


def cheque_hold_days(ordered_on: date, cancellable_on: date) -> int:
    """Return the days an order was held for its cheque: the inverse of
    :func:`cheque_cancellation_date`, read from the order's own dates (what the
    customer is told, whatever the policy says today). The order day is not
    counted (Reg. 1182/71 art. 3(1)).

    >>> cheque_hold_days(date(2026, 12, 1), date(2026, 12, 9))
    7

    :raise DateOrderError: the cancellation day is not after the order day.
    """
    ordered = as_date(ordered_on, "ordered_on")
    cancellable = as_date(cancellable_on, "cancellable_on")
    if cancellable <= ordered:
        raise DateOrderError(
            "cancellable_on: an order is cancelled for its cheque after the order day.",
            field="cancellable_on",
        )
    return (cancellable - ordered).days - 1


def installment_fee(
    amount: Money,
    *,
    rate_percent: Money,
    min_amount: Money | None = None,
    max_amount: Money | None = None,
) -> Decimal | None:
    """Return the fee of paying ``amount`` in instalments, or ``None`` when the
    amount is outside the offer's bounds (both inclusive).

    Fee = amount x rate, half-up to the cent (SmallMX art. 8.2; the fee is
    disclosed before the order, L312-12 and L111-1).

    >>> installment_fee(2000, rate_percent="1.29", min_amount=10, max_amount=2000)
    Decimal('25.80')
    >>> installment_fee("2000.01", rate_percent="1.29", max_amount=2000) is None
    True

    :raise NegativeValueError: a negative amount, rate or bound.
    :raise RuleError: a minimum above the maximum.
    """
    value = to_decimal(amount, "amount")
    rate = to_decimal(rate_percent, "rate_percent")
    low = None if min_amount is None else to_decimal(min_amount, "min_amount")
    high = None if max_amount is None else to_decimal(max_amount, "max_amount")
    if low is not None and high is not None and low > high:
        raise RuleError(
            "min_amount: the minimum is above the maximum.", field="min_amount"
        )
    if (low is not None and value < low) or (high is not None and value > high):
        return None
    return money(value * rate / 100)


def installment_amounts(total: Money, count: int) -> list[Decimal]:
    """Return the amount of each instalment of ``total`` paid in ``count``.

    Equal instalments to the cent, the first one taking the cents the division
    leaves over (how the offers of SmallMX art. 8.2 show their schedule), so that
    they always add up to ``total``; shown per instalment before the order
    (L312-12, L111-1).

    >>> installment_amounts("910.60", 3)
    [Decimal('303.54'), Decimal('303.53'), Decimal('303.53')]
    >>> installment_amounts(100, 4)
    [Decimal('25.00'), Decimal('25.00'), Decimal('25.00'), Decimal('25.00')]

    :raise NegativeValueError: a negative total.
    :raise RuleError: fewer than one instalment.
    """
    cents = int(money(to_decimal(total, "total")) * 100)
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise RuleError(
            f"installment_count = {count!r}: an offer has at least one instalment.",
            field="installment_count",
        )
    share, rest = divmod(cents, count)
    amounts = [share + rest] + [share] * (count - 1)
    return [Decimal(amount).scaleb(-2) for amount in amounts]
