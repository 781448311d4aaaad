# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Archiving of electronic contracts and retention of customer data.

C. consom. L213-1, D213-1, D213-2: an electronic contract of 120 EUR or more (read
including tax) is kept 10 years from its conclusion when delivered at once, else until
delivery and then 10 years from the delivery.
"""

from __future__ import annotations

from datetime import date

from ._values import Money, as_date, as_days, optional_date, to_decimal
from .calendar import add_months
from .constants import ARCHIVE_THRESHOLD, ARCHIVE_YEARS
from .exceptions import AboveLegalCeilingError, BelowLegalFloorError, DateOrderError

__all__ = ["archive_until", "data_retention_until"]


def archive_until(
    total_incl_tax: Money,
    concluded_on: date,
    delivered_on: date | None = None,
    *,
    threshold: Money = ARCHIVE_THRESHOLD,
    years: int = ARCHIVE_YEARS,
) -> date | None:
    """Return the day until which the contract must be kept, or ``None`` below 120 EUR.

    From the delivery when it comes after the conclusion, else from the conclusion
    (D213-2); ``None`` when the total is below the threshold (exactly 120 is kept).
    A merchant may keep more (lower threshold, more years), never less.

    >>> archive_until("120.00", date(2026, 5, 4), date(2026, 5, 12))
    datetime.date(2036, 5, 12)
    >>> archive_until("119.99", date(2026, 5, 4)) is None
    True

    :raise AboveLegalCeilingError: ``threshold`` above 120.
    :raise BelowLegalFloorError: ``years`` below 10.
    :raise DateOrderError: delivered before the conclusion.
    """
    total = to_decimal(total_incl_tax, "total_incl_tax", "D213-1")
    limit = to_decimal(threshold, "threshold", "D213-1")
    if limit > ARCHIVE_THRESHOLD:
        raise AboveLegalCeilingError("threshold", limit, ARCHIVE_THRESHOLD, "D213-1")
    years = as_days(years, "years", "D213-2")
    if years < ARCHIVE_YEARS:
        raise BelowLegalFloorError("years", years, ARCHIVE_YEARS, "D213-2")
    concluded = as_date(concluded_on, "concluded_on")
    delivered = optional_date(delivered_on, "delivered_on")
    if delivered is not None and delivered < concluded:
        raise DateOrderError(
            "The goods cannot be delivered before the contract is concluded.",
            field="delivered_on",
            article="D213-2",
        )
    if total < limit:
        return None
    start = delivered if delivered is not None else concluded
    return add_months(start, 12 * years)


def data_retention_until(last_purchase_on: date, *, years: int) -> date:
    """Return the day until which a customer's data may be kept for prospecting.

    Counted from the last purchase (end of the commercial relationship), as the CNIL
    recommends for a 3-year retention (RGPD art. 5(1)(e)); months follow Reg. 1182/71
    art. 3(2)(c).

    >>> data_retention_until(date(2024, 2, 29), years=3)
    datetime.date(2027, 2, 28)

    :raise NegativeValueError: ``years`` negative.
    """
    return add_months(
        as_date(last_purchase_on, "last_purchase_on"), 12 * as_days(years, "years")
    )
