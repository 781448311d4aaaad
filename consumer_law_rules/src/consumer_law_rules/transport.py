# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Reserves to the carrier for damage or partial loss (C. com. L133-3; L224-65).

C. com. L133-3 gives 3 days following receipt, public holidays not counted; C. consom.
L224-65 gives a consumer 10 days when the carrier cannot show he could really check the
goods. Reading chosen: count the days after receipt skipping Sundays and public
holidays of the region (Saturdays count, i.e. *jours ouvrables*), with no further
roll-over. Only the carrier is concerned: the consumer's rights against the merchant
(L216-4, legal guarantee) never depend on these reserves.
"""

from __future__ import annotations

from datetime import date

from ._values import as_date, as_days
from .calendar import DayKind, LegalCalendar
from .constants import TRANSPORT_RESERVE_CONSUMER_DAYS, TRANSPORT_RESERVE_MIN_DAYS

__all__ = ["transport_reserve_deadline"]


def transport_reserve_deadline(
    received_on: date,
    days: int = TRANSPORT_RESERVE_MIN_DAYS,
    region: str = "FR",
    *,
    consumer_could_not_check: bool = False,
) -> date:
    """Return the last day to notify reasoned reserves to the carrier.

    ``days`` below 3 are not applied (L133-3 floor); ``consumer_could_not_check``
    raises the floor to 10 days (L224-65). Sundays and public holidays are skipped,
    Saturdays count; the result is not rolled further.

    >>> transport_reserve_deadline(date(2026, 5, 1))  # Fri (1 May): Sat, Mon, Tue
    datetime.date(2026, 5, 5)
    >>> transport_reserve_deadline(date(2026, 5, 7))  # 8 May holiday, Sunday skipped
    datetime.date(2026, 5, 12)

    :raise NegativeValueError: ``days`` is negative.
    """
    received_on = as_date(received_on, "received_on")
    days = as_days(days, "days", "L133-3 C. com.")
    floor = TRANSPORT_RESERVE_MIN_DAYS
    if consumer_could_not_check:
        floor = TRANSPORT_RESERVE_CONSUMER_DAYS
    return LegalCalendar(region).add_days(
        received_on, max(days, floor), DayKind.OUVRABLE
    )
