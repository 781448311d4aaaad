# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Carrier storage fee when the customer postpones a delivery by appointment.

Freight carriers deliver on an appointment the customer books among the slots they
propose. A customer who agrees a later date pays the carrier's storage
(*magasinage*) for every calendar day after the last proposed slot, at the daily rate
of the terms of sale (SmallMX art. 9.5: 15 EUR per day). The fee is contractual
(C. civ. 1103): no legal minimum, never negative.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ._values import Money, as_date, money, to_decimal

__all__ = ["StorageFee", "storage_fee"]

STORAGE_FEE_ARTICLE = "C. civ. 1103"
"""The storage fee is owed because the terms of sale say so (binding contract)."""


@dataclass(frozen=True)
class StorageFee:
    """The storage owed for a postponed delivery.

    :ivar days: calendar days after the last proposed slot (0 when on or before it)
    :ivar fee: ``days`` x the daily rate, half-up to the cent
    """

    days: int
    fee: Decimal


def storage_fee(
    last_slot_on: date, chosen_on: date, *, rate_per_day: Money
) -> StorageFee:
    """Return the storage fee of a delivery postponed beyond the carrier's slots.

    Every calendar day after the last proposed slot counts, weekends and public
    holidays included (they are days of storage; Reg. 1182/71 art. 3(3)); the day
    of the last slot itself costs nothing. A date on or before the last slot costs
    nothing. The rate comes from the terms of sale (C. civ. 1103).

    >>> storage_fee(date(2026, 4, 30), date(2026, 5, 4), rate_per_day="15")
    StorageFee(days=4, fee=Decimal('60.00'))
    >>> storage_fee(date(2026, 4, 30), date(2026, 4, 30), rate_per_day=15).fee
    Decimal('0.00')

    :raise NegativeValueError: ``rate_per_day`` is negative.
    """
    last_slot = as_date(last_slot_on, "last_slot_on")
    chosen = as_date(chosen_on, "chosen_on")
    rate = to_decimal(rate_per_day, "rate_per_day", STORAGE_FEE_ARTICLE)
    days = max(0, (chosen - last_slot).days)
    return StorageFee(days=days, fee=money(rate * days))
