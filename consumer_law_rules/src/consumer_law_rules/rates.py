# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""French legal interest rates by semester (C. monét. fin. L313-2, D313-1-A).

Since 2015 two rates are published each semester: one for sums owed to natural persons
not acting for professional needs (``consumer=True``), one for every other case. The
table is data: add a row when the new arrêté is published.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

from ._values import as_date
from .exceptions import RuleError

__all__ = ["LEGAL_INTEREST_RATES", "legal_interest_rate"]

LEGAL_INTEREST_RATES: Final[tuple[tuple[date, Decimal, Decimal], ...]] = tuple(
    (date(year, month, 1), Decimal(individual), Decimal(other))
    for year, month, individual, other in (
        (2015, 1, "4.06", "0.93"),
        (2015, 7, "4.29", "0.99"),
        (2016, 1, "4.54", "1.01"),
        (2016, 7, "4.35", "0.93"),
        (2017, 1, "4.16", "0.90"),
        (2017, 7, "3.94", "0.90"),
        (2018, 1, "3.73", "0.89"),
        (2018, 7, "3.60", "0.88"),
        (2019, 1, "3.40", "0.86"),
        (2019, 7, "3.26", "0.87"),
        (2020, 1, "3.15", "0.87"),
        (2020, 7, "3.11", "0.84"),
        (2021, 1, "3.14", "0.79"),
        (2021, 7, "3.12", "0.76"),
        (2022, 1, "3.13", "0.76"),
        (2022, 7, "3.15", "0.77"),
        (2023, 1, "4.47", "2.06"),
        (2023, 7, "6.82", "4.22"),
        (2024, 1, "8.01", "5.07"),
        (2024, 7, "8.16", "4.92"),
        (2025, 1, "7.21", "3.71"),
        (2025, 7, "6.65", "2.76"),
        (2026, 1, "6.67", "2.62"),  # arrêté of 15 December 2025
    )
)
"""(first day of the semester, consumer rate %, other rate %), oldest first."""


def legal_interest_rate(on: date, *, consumer: bool = True) -> Decimal:
    """Return the legal interest rate (in %) of the semester containing ``on``.

    C. monét. fin. L313-2; used for the first 10 days of the L242-4 surcharge.

    A date after the last known semester gets the last known rate (the table must be
    kept up to date); a date before 2015 raises.

    >>> legal_interest_rate(date(2026, 3, 1)), legal_interest_rate(
    ...     date(2025, 7, 1), consumer=False)
    (Decimal('6.67'), Decimal('2.76'))

    :raise RuleError: ``on`` is before the first known semester.
    """
    on = as_date(on, "on")
    for start, individual, other in reversed(LEGAL_INTEREST_RATES):
        if start <= on:
            return individual if consumer else other
    raise RuleError(
        f"No legal interest rate is known before {LEGAL_INTEREST_RATES[0][0]}.",
        field="on",
        article="L313-2 C. monét. fin.",
    )
