# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Delivery deadline and lateness (C. consom. L216-1, L216-6, L216-7).

These deadlines bind the merchant: they are never rolled over weekends or holidays.
"""

from __future__ import annotations

from datetime import date, timedelta

from ._values import as_date, as_days, optional_date
from .calendar import DayKind, LegalCalendar
from .constants import DELIVERY_DEFAULT_MAX_DAYS, DELIVERY_TERMINATION_REFUND_DAYS
from .exceptions import DateOrderError

__all__ = [
    "delivery_days_late",
    "delivery_deadline_from_days",
    "late_delivery_date",
    "termination_refund_due_date",
]


def late_delivery_date(contract_date: date, stated_date: date | None = None) -> date:
    """Return the last day to deliver (L216-1).

    The announced date when there is one, else 30 days after the contract.

    >>> late_delivery_date(date(2026, 5, 4))
    datetime.date(2026, 6, 3)
    >>> late_delivery_date(date(2026, 5, 4), date(2026, 5, 20))
    datetime.date(2026, 5, 20)

    :raise DateOrderError: the stated date is before the contract.
    """
    contract_date = as_date(contract_date, "contract_date")
    stated = optional_date(stated_date, "stated_date")
    if stated is None:
        return contract_date + timedelta(days=DELIVERY_DEFAULT_MAX_DAYS)
    if stated < contract_date:
        raise DateOrderError(
            "The announced delivery date is before the contract.",
            field="stated_date",
            article="L216-1",
        )
    return stated


def delivery_deadline_from_days(
    start_on: date,
    days: int,
    *,
    kind: DayKind | str = DayKind.CALENDAR,
    region: str = "FR",
) -> date:
    """Return the delivery date stated as ``days`` days of ``kind`` after ``start_on``.

    For terms such as "15 working days from validation" (L111-1 3°, L216-1); the start
    day is not counted, the result is not rolled.

    >>> delivery_deadline_from_days(date(2026, 5, 4), 15, kind="ouvre")
    datetime.date(2026, 5, 28)
    """
    return LegalCalendar(region).add_days(
        as_date(start_on, "start_on"), as_days(days, "days", "L216-1"), kind
    )


def delivery_days_late(deadline: date, delivered_on: date) -> int:
    """Return how many days after ``deadline`` the goods were delivered (0 if on time).

    The deadline (L216-1) binds the merchant and is not rolled; the count feeds the
    L241-4 tiers when the contract is terminated.

    >>> delivery_days_late(date(2026, 6, 3), date(2026, 6, 10))
    7
    >>> delivery_days_late(date(2026, 6, 3), date(2026, 6, 1))
    0
    """
    late = (as_date(delivered_on, "delivered_on") - as_date(deadline, "deadline")).days
    return max(late, 0)


def termination_refund_due_date(terminated_on: date) -> date:
    """Return the last day to refund after termination for late delivery (L216-7).

    ``terminated_on`` is the day the merchant received the termination (L216-6).

    >>> termination_refund_due_date(date(2026, 6, 10))
    datetime.date(2026, 6, 24)
    """
    return as_date(terminated_on, "terminated_on") + timedelta(
        days=DELIVERY_TERMINATION_REFUND_DAYS
    )
