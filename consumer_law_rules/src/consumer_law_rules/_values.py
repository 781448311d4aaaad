# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Small conversions shared by the rule modules (dates, days, money)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .exceptions import NegativeValueError, RuleError

Money = Decimal | int | float | str
"""An amount: ``Decimal``, ``int``, ``str`` or ``float`` (converted through ``str``)."""

CENT = Decimal("0.01")


def as_date(value: object, field: str) -> date:
    """Return ``value`` as a ``date``; a ``datetime`` keeps its own date.

    No timezone conversion is made: pass Europe/Paris local values.

    >>> as_date(datetime(2026, 5, 4, 23, 30), "received_on")
    datetime.date(2026, 5, 4)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise TypeError(f"{field} must be a date, not {type(value).__name__}")


def optional_date(value: object, field: str) -> date | None:
    """Like :func:`as_date` but ``None`` (and Odoo's ``False``) give ``None``."""
    if value is None or value is False:
        return None
    return as_date(value, field)


def last_date(values: date | Iterable[date], field: str) -> date:
    """Return the latest date of one date or an iterable of dates."""
    if isinstance(values, date):
        return as_date(values, field)
    dates = [as_date(value, field) for value in values]
    if not dates:
        raise RuleError(f"{field} must contain at least one date.", field=field)
    return max(dates)


def as_days(value: object, field: str, article: str | None = None) -> int:
    """Return a non-negative whole number of days (or months, years)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{field} must be an int, not {type(value).__name__}")
    if value < 0:
        raise NegativeValueError(field, value, article=article)
    return value


def to_decimal(value: object, field: str, article: str | None = None) -> Decimal:
    """Return a finite, non-negative ``Decimal``; floats go through ``str()``.

    >>> to_decimal(0.1, "amount") + to_decimal("0.2", "amount")
    Decimal('0.3')
    """
    if isinstance(value, bool):
        raise TypeError(f"{field} must be an amount, not bool")
    if isinstance(value, float):
        value = str(value)
    if not isinstance(value, Decimal | int | str):
        raise TypeError(f"{field} must be an amount, not {type(value).__name__}")
    try:
        result = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise RuleError(f"{field} = {value!r} is not an amount.", field=field) from None
    if not result.is_finite():
        raise RuleError(f"{field} = {value!r} is not an amount.", field=field)
    if result < 0:
        raise NegativeValueError(field, value, article=article)
    return result


def money(value: Decimal) -> Decimal:
    """Round half-up to the cent.

    >>> money(Decimal("2.345"))
    Decimal('2.35')
    """
    return value.quantize(CENT, rounding=ROUND_HALF_UP)
