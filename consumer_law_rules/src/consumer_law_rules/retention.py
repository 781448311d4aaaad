# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Retention of title (C. civ. 2367 to 2372; C. com. L624-9, L624-16).

The seller keeps the ownership of the goods until the price is fully paid (2367),
by a clause agreed in writing at the latest at delivery (2368, L624-16). On the
buyer's default he may take the goods back; their value is set off against what is
still owed and any surplus is owed back to the buyer (2371). When the buyer is in
insolvency proceedings, the goods must be claimed within three months of the
publication of the opening judgment in the BODACC (L624-9).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

from ._values import Money, as_date, money, to_decimal
from .calendar import add_months

__all__ = [
    "RETENTION_CLAIM_MONTHS",
    "retention_claim_deadline",
    "retention_surplus",
]

RETENTION_CLAIM_MONTHS: Final = 3
"""Months after the publication of the opening judgment to claim goods (L624-9)."""


def retention_claim_deadline(published_on: date) -> date:
    """Return the last day to claim goods sold under retention of title.

    Three months after the publication of the opening judgment in the BODACC
    (C. com. L624-9): same day number three months later, else the last day of that
    month (Reg. 1182/71 art. 3(2)(c), CPC 641). Not moved off weekends: claiming
    earlier is always possible, so the merchant is warned on the unrolled day.

    >>> retention_claim_deadline(date(2026, 3, 10))
    datetime.date(2026, 6, 10)
    >>> retention_claim_deadline(date(2026, 11, 30))  # no 30 February
    datetime.date(2027, 2, 28)
    """
    return add_months(as_date(published_on, "published_on"), RETENTION_CLAIM_MONTHS)


def retention_surplus(remaining_debt: Money, recovered_value: Money) -> Decimal:
    """Return what the seller owes back after recovering goods worth more than the debt.

    The value of the goods taken back is set off against the sums still owed; the
    surplus goes back to the buyer (C. civ. 2371). Half-up to the cent.

    >>> retention_surplus("700.00", "1000.00")
    Decimal('300.00')
    >>> retention_surplus(1000, 700)  # the seller still claims 300: nothing owed back
    Decimal('0.00')

    :raise NegativeValueError: a negative amount.
    """
    debt = to_decimal(remaining_debt, "remaining_debt", "C. civ. 2371")
    value = to_decimal(recovered_value, "recovered_value", "C. civ. 2371")
    return money(max(Decimal(0), value - debt))
