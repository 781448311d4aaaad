# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Contractual penalty on unpaid sums after a fruitless formal notice.

A penalty clause (*clause pénale*) fixes in advance the damages owed for a failure
to pay; it is only owed once the debtor was put on notice (*mise en demeure*) and
did not perform (C. civ. 1231, 1231-5 al. 5, 1344). The judge may reduce or raise a
manifestly excessive or derisory penalty (C. civ. 1231-5 al. 2): the merchant claims
it, he does not set it off silently. Rallye Miniatures: 10 % of the unpaid sums.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Final

from ._values import Money, as_date, as_days, money, to_decimal

__all__ = [
    "FORMAL_NOTICE_DEFAULT_DAYS",
    "PENALTY_ARTICLE",
    "formal_notice_deadline",
    "penalty_amount",
]

PENALTY_ARTICLE: Final = "C. civ. 1231-5"
"""Penalty clauses: owed after a formal notice, reducible by the judge."""
FORMAL_NOTICE_DEFAULT_DAYS: Final = 8
"""Customary delay granted by a formal notice (*sous huitaine*); no legal value."""


def formal_notice_deadline(
    notice_on: date, *, days: int = FORMAL_NOTICE_DEFAULT_DAYS
) -> date:
    """Return the last day the debtor has to pay after a formal notice.

    Calendar days from the day of the registered letter, that day not counted
    (Reg. 1182/71 art. 3(1)); the penalty may be claimed from the next day when the
    sums are still unpaid (C. civ. 1231, 1344).

    >>> formal_notice_deadline(date(2026, 11, 2), days=8)
    datetime.date(2026, 11, 10)

    :raise NegativeValueError: ``days`` is negative.
    """
    return as_date(notice_on, "notice_on") + timedelta(
        days=as_days(days, "days", "C. civ. 1344")
    )


def penalty_amount(
    sums_owed: Money, *, rate_percent: Money, formal_notice_fruitless: bool
) -> Decimal:
    """Return the contractual penalty on the unpaid sums.

    ``rate_percent`` of ``sums_owed``, half-up to the cent, but 0 while no formal
    notice has remained without effect (C. civ. 1231-5 al. 5). A judge may reduce it
    (C. civ. 1231-5 al. 2).

    >>> penalty_amount("250.00", rate_percent=10, formal_notice_fruitless=True)
    Decimal('25.00')
    >>> penalty_amount("250.00", rate_percent=10, formal_notice_fruitless=False)
    Decimal('0.00')

    :raise NegativeValueError: a negative amount or rate.
    """
    owed = to_decimal(sums_owed, "sums_owed", PENALTY_ARTICLE)
    rate = to_decimal(rate_percent, "rate_percent", PENALTY_ARTICLE)
    if not formal_notice_fruitless:
        return money(Decimal(0))
    return money(owed * rate / 100)
