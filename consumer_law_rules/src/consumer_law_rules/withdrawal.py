# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Right of withdrawal: the window after receipt (C. consom. L221-18 to L221-21).

The window runs from the day after the receipt of the goods (the *last* receipt when
one order is delivered in several shipments, L221-18) for 14 days; a last day on a
Saturday, Sunday or public holiday moves to the next working day (L221-19). A merchant
may grant more (e.g. 30 days, or days of another kind): the most favourable of the law
and the clause wins, a shorter clause is never applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from ._values import as_date, as_days, last_date, optional_date
from .calendar import DayKind, LegalCalendar, add_months
from .constants import WITHDRAWAL_INFO_MISSING_EXTENSION_MONTHS, WITHDRAWAL_MIN_DAYS
from .periods import Period

__all__ = [
    "is_withdrawal_timely",
    "withdrawal_deadline",
    "withdrawal_deadline_without_information",
    "withdrawal_period",
]

_ARTICLE = "L221-18"


def _end_from(
    start_event: date, days: int, calendar: LegalCalendar, kind: DayKind | str
) -> date:
    """Last day counted from ``start_event``: the better of the law and the clause."""
    legal = calendar.roll_to_working_day(start_event + timedelta(WITHDRAWAL_MIN_DAYS))
    clause = calendar.roll_to_working_day(calendar.add_days(start_event, days, kind))
    return max(legal, clause)


def withdrawal_deadline(
    receipt_dates: date | Iterable[date],
    days: int = WITHDRAWAL_MIN_DAYS,
    region: str = "FR",
    *,
    kind: DayKind | str = DayKind.CALENDAR,
) -> date:
    """Return the last day of the withdrawal window (L221-18, L221-19).

    ``receipt_dates`` is one date or several: the last receipt counts (several goods of
    one order delivered separately). ``days`` below 14 is not applied: the law's 14
    days are (most favourable wins); ``kind`` is the unit of ``days``. The end is rolled
    past Saturdays, Sundays and the public holidays of ``region``.

    >>> withdrawal_deadline(date(2026, 5, 4))  # Mon + 14 = Mon 18 May
    datetime.date(2026, 5, 18)
    >>> withdrawal_deadline([date(2026, 5, 2), date(2026, 5, 11)])  # Whit Mon 25 May
    datetime.date(2026, 5, 26)
    >>> withdrawal_deadline(date(2026, 4, 24), 30)  # 24 May is Sunday, 25 Whit Monday
    datetime.date(2026, 5, 26)

    :raise NegativeValueError: ``days`` is negative.
    :raise RuleError: ``receipt_dates`` is empty.
    :raise UnknownRegionError: unknown ``region``.
    """
    return withdrawal_period(receipt_dates, days, region, kind=kind).end


def withdrawal_period(
    receipt_dates: date | Iterable[date],
    days: int = WITHDRAWAL_MIN_DAYS,
    region: str = "FR",
    *,
    kind: DayKind | str = DayKind.CALENDAR,
) -> Period:
    """Return the withdrawal window: from the day after the last receipt to its end.

    Same rules as :func:`withdrawal_deadline` (L221-18, L221-19).

    >>> withdrawal_period(date(2026, 5, 2))
    Period(start=datetime.date(2026, 5, 3), end=datetime.date(2026, 5, 18), \
article='L221-18')
    """
    received = last_date(receipt_dates, "receipt_dates")
    days = as_days(days, "days", _ARTICLE)
    calendar = LegalCalendar(region)
    end = _end_from(received, days, calendar, kind)
    return Period(received + timedelta(days=1), end, _ARTICLE)


def withdrawal_deadline_without_information(
    receipt_dates: date | Iterable[date],
    days: int = WITHDRAWAL_MIN_DAYS,
    region: str = "FR",
    *,
    information_given_on: date | None = None,
    kind: DayKind | str = DayKind.CALENDAR,
) -> date:
    """Return the end of the window when the withdrawal information was missing.

    L221-20: the window is extended by 12 months from the end of the initial window
    (the rolled end, the consumer's safe side), then rolled again. If the information
    is given before that extended end, the window ends ``days`` (at least 14) after the
    consumer received it, rolled, and never before the initial end.

    >>> withdrawal_deadline_without_information(date(2026, 5, 4))
    datetime.date(2027, 5, 18)
    >>> withdrawal_deadline_without_information(
    ...     date(2026, 5, 4), information_given_on=date(2026, 9, 1))
    datetime.date(2026, 9, 15)
    """
    received = last_date(receipt_dates, "receipt_dates")
    days = as_days(days, "days", "L221-20")
    calendar = LegalCalendar(region)
    initial_end = _end_from(received, days, calendar, kind)
    extended_end = calendar.roll_to_working_day(
        add_months(initial_end, WITHDRAWAL_INFO_MISSING_EXTENSION_MONTHS)
    )
    informed = optional_date(information_given_on, "information_given_on")
    if informed is None or informed > extended_end:
        return extended_end
    return max(initial_end, _end_from(informed, days, calendar, kind))


def is_withdrawal_timely(sent_on: date, deadline: date) -> bool:
    """Return whether a withdrawal sent on ``sent_on`` meets ``deadline``.

    Sending the statement before the window ends suffices (L221-21; Dir. 2011/83 art.
    11(2)). The caller converts the sending instant to its Europe/Paris date.

    >>> is_withdrawal_timely(date(2026, 5, 18), date(2026, 5, 18))
    True
    >>> is_withdrawal_timely(date(2026, 5, 19), date(2026, 5, 18))
    False
    """
    return as_date(sent_on, "sent_on") <= as_date(deadline, "deadline")
