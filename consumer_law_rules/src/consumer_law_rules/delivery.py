# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Delivery deadline and lateness (C. consom. L216-1, L216-6, L216-7).

These deadlines bind the merchant: they are never rolled over weekends or holidays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from ._values import as_date, as_days, optional_date
from .calendar import DayKind, LegalCalendar
from .constants import DELIVERY_DEFAULT_MAX_DAYS, DELIVERY_TERMINATION_REFUND_DAYS
from .exceptions import DateOrderError, RuleError

__all__ = [
    "TERMINATION_MODES",
    "Termination",
    "delivery_days_late",
    "delivery_deadline_from_days",
    "delivery_due_date",
    "late_delivery_date",
    "late_delivery_termination",
    "termination_refund_due_date",
]

TERMINATION_MODES: Final = ("after_notice", "essential_date", "refused")
"""How a consumer terminates for late delivery (L216-6): after a formal notice and
an extra period left unmet; at once when the date was essential; at once when the
merchant refused to deliver or clearly will not deliver."""
_TERMINATION_ARTICLES: Final = {
    "after_notice": "L216-6 I",
    "essential_date": "L216-6 II",
    "refused": "L216-6 II",
}


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


def delivery_due_date(
    contract_date: date,
    *,
    stated_date: date | None = None,
    promise_days: int = 0,
    day_kind: DayKind | str = DayKind.CALENDAR,
    paid_on: date | None = None,
    region: str = "FR",
) -> date:
    """Return the last day to deliver an order (L216-1).

    The date stated to the customer when there is one; else the terms' promise of
    ``promise_days`` days of ``day_kind`` counted from the validation *and* the
    payment (the later of ``contract_date`` and ``paid_on``); else 30 days after
    the contract. Never rolled: the date binds the merchant.

    >>> delivery_due_date(date(2026, 5, 4), promise_days=15, day_kind="ouvre")
    datetime.date(2026, 5, 28)
    >>> delivery_due_date(date(2026, 5, 4), promise_days=15, day_kind="ouvrable")
    datetime.date(2026, 5, 23)
    >>> delivery_due_date(date(2026, 5, 4))
    datetime.date(2026, 6, 3)

    :raise DateOrderError: a stated date before the contract, or a payment before it.
    """
    contract = as_date(contract_date, "contract_date")
    days = as_days(promise_days, "promise_days", "L216-1")
    if stated_date is not None or not days:
        return late_delivery_date(contract, stated_date)
    start = contract
    paid = optional_date(paid_on, "paid_on")
    if paid is not None:
        start = max(start, paid)
    return delivery_deadline_from_days(start, days, kind=day_kind, region=region)


@dataclass(frozen=True)
class Termination:
    """A termination for late delivery that the law accepts.

    :ivar effective_on: the day it took effect (the merchant received it, L216-6)
    :ivar refund_due: last day to refund every sum paid (L216-7)
    :ivar article: the paragraph of L216-6 relied on
    """

    effective_on: date
    refund_due: date
    article: str


def late_delivery_termination(
    due_on: date,
    terminated_on: date,
    *,
    mode: str = "after_notice",
    notice_on: date | None = None,
    extra_until: date | None = None,
) -> Termination:
    """Check a termination for late delivery and return its effects (L216-6, L216-7).

    ``after_notice``: the consumer gave formal notice once the date had passed
    (``notice_on`` after ``due_on``) with an extra period ending ``extra_until``,
    and terminated after it passed unmet. ``essential_date``: terminated at once,
    after the due date. ``refused``: the merchant refused to deliver (or clearly
    will not), at any time. ``terminated_on`` is the day the merchant received the
    termination; every sum is refunded within 14 days (L216-7). A contractual
    clause requiring more (e.g. "more than 30 days late") never applies.

    >>> late_delivery_termination(date(2026, 6, 3), date(2026, 6, 20),
    ...     notice_on=date(2026, 6, 5), extra_until=date(2026, 6, 15)).refund_due
    datetime.date(2026, 7, 4)

    :raise RuleError: unknown ``mode``, missing notice or extra period.
    :raise DateOrderError: a notice or a termination before the law allows it.
    """
    due = as_date(due_on, "due_on")
    terminated = as_date(terminated_on, "terminated_on")
    if mode not in TERMINATION_MODES:
        raise RuleError(
            f"mode must be one of {', '.join(TERMINATION_MODES)}.", field="mode"
        )
    article = _TERMINATION_ARTICLES[mode]
    if mode == "after_notice":
        notice = optional_date(notice_on, "notice_on")
        extra = optional_date(extra_until, "extra_until")
        if notice is None or extra is None:
            raise RuleError(
                "notice_on, extra_until: a termination after notice needs the "
                "notice and the extra period granted.",
                field="notice_on" if notice is None else "extra_until",
                article=article,
            )
        if notice <= due:
            raise DateOrderError(
                "The formal notice was given before the delivery date had passed.",
                field="notice_on",
                article=article,
            )
        if extra < notice:
            raise DateOrderError(
                "The extra period ends before the formal notice.",
                field="extra_until",
                article=article,
            )
        if terminated <= extra:
            raise DateOrderError(
                "The termination came before the extra period had passed.",
                field="terminated_on",
                article=article,
            )
    elif mode == "essential_date" and terminated <= due:
        raise DateOrderError(
            "The termination came before the delivery date had passed.",
            field="terminated_on",
            article=article,
        )
    return Termination(
        effective_on=terminated,
        refund_due=termination_refund_due_date(terminated),
        article=article,
    )
