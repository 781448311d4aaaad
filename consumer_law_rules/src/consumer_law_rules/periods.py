# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Periods counted from an event (Reg. (EEC, Euratom) 1182/71 art. 3; CPC 641-642)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ._values import as_date, as_days
from .calendar import DayKind, LegalCalendar
from .exceptions import DateOrderError, RuleError

__all__ = ["Period", "period_from_event"]


@dataclass(frozen=True)
class Period:
    """A period from ``start`` to ``end``, both days included, under ``article``.

    >>> p = Period(date(2026, 5, 5), date(2026, 5, 18), "L221-18")
    >>> p.days, p.contains(date(2026, 5, 18)), p.contains(date(2026, 5, 19))
    (14, True, False)
    """

    start: date
    end: date
    article: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise DateOrderError(
                f"A period cannot end ({self.end}) before it starts ({self.start}).",
                field="end",
                article=self.article or None,
            )

    @property
    def days(self) -> int:
        """Number of days in the period, both ends included."""
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        """Return whether ``day`` falls within the period (both ends included).

        >>> Period(date(2026, 5, 3), date(2026, 5, 18), "L221-18").contains(
        ...     date(2026, 5, 3))
        True
        """
        return self.start <= as_date(day, "day") <= self.end


def period_from_event(
    event: date,
    days: int,
    *,
    kind: DayKind | str = DayKind.CALENDAR,
    calendar: LegalCalendar | None = None,
    roll: bool = True,
    article: str = "",
) -> Period:
    """Return the period of ``days`` days of ``kind`` opened by ``event``.

    The event day is not counted (1182/71 art. 3(1), L221-19 1°, CPC 641); the period
    starts the next day and ends on the ``days``-th qualifying day; with ``roll`` a last
    day on a Saturday, Sunday or holiday moves to the next working day (art. 3(4),
    L221-19 3°, CPC 642). ``calendar`` defaults to mainland France.

    >>> period_from_event(date(2026, 5, 2), 14, article="L221-18")
    Period(start=datetime.date(2026, 5, 3), end=datetime.date(2026, 5, 18), \
article='L221-18')

    :raise RuleError: ``days`` is zero.
    :raise NegativeValueError: ``days`` is negative.
    """
    event = as_date(event, "event")
    days = as_days(days, "days", article or None)
    if days == 0:
        raise RuleError("A period needs at least one day.", field="days")
    calendar = calendar or LegalCalendar()
    end = calendar.add_days(event, days, kind)
    if roll:
        end = calendar.roll_to_working_day(end)
    return Period(event + timedelta(days=1), end, article)
