# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Refund after withdrawal (C. consom. L221-24).

The merchant refunds all sums paid, including the initial delivery, at the latest 14
days after he is informed of the withdrawal. Unless he offered to collect the goods he
may defer the refund until he gets the goods back or a proof of shipment, whichever
comes first. This deadline binds the merchant: it is never rolled over weekends or
holidays (meeting the unrolled date is compliant under every reading).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Final

from ._values import Money, as_date, as_days, money, optional_date, to_decimal
from .constants import REFUND_MAX_DAYS
from .exceptions import AboveLegalCeilingError, RuleError

__all__ = [
    "PARTIAL_DELIVERY_REFUND_MODES",
    "refund_delivery_share",
    "refund_due_date",
]

_ARTICLE = "L221-24"

PARTIAL_DELIVERY_REFUND_MODES: Final = ("prorata_value", "full", "none")
"""How the delivery cost is shared when only part of an order is withdrawn."""


def refund_due_date(
    notified_on: date,
    days: int = REFUND_MAX_DAYS,
    goods_back_on: date | None = None,
    shipment_proof_on: date | None = None,
    *,
    merchant_collects: bool = False,
) -> date:
    """Return the last day to refund a withdrawal (L221-24), never rolled.

    Base = ``notified_on`` + ``days``. Unless the merchant collects the goods, he may
    wait for the first of the goods coming back and the proof of shipment: the due date
    is then the later of the base and that first event. An event before the
    notification (goods sent back first) leaves the base.

    >>> refund_due_date(date(2026, 5, 4))
    datetime.date(2026, 5, 18)
    >>> refund_due_date(date(2026, 5, 4), goods_back_on=date(2026, 5, 25),
    ...                 shipment_proof_on=date(2026, 5, 21))
    datetime.date(2026, 5, 21)
    >>> refund_due_date(date(2026, 5, 2))  # Sat 16 May: not rolled
    datetime.date(2026, 5, 16)

    :raise AboveLegalCeilingError: ``days`` above 14.
    :raise NegativeValueError: ``days`` negative.
    """
    notified_on = as_date(notified_on, "notified_on")
    days = as_days(days, "days", _ARTICLE)
    if days > REFUND_MAX_DAYS:
        raise AboveLegalCeilingError("days", days, REFUND_MAX_DAYS, _ARTICLE)
    due = notified_on + timedelta(days=days)
    if merchant_collects:
        return due
    events = [
        event
        for event in (
            optional_date(goods_back_on, "goods_back_on"),
            optional_date(shipment_proof_on, "shipment_proof_on"),
        )
        if event is not None
    ]
    if events:
        due = max(due, min(events))
    return due


def refund_delivery_share(
    delivery_amount: Money,
    *,
    returned_value: Money,
    total_goods_value: Money,
    mode: str = "prorata_value",
    standard_delivery_amount: Money | None = None,
) -> Decimal:
    """Return the part of the initial delivery cost to refund (L221-24).

    A full withdrawal (``returned_value`` equal to ``total_goods_value``) always
    refunds the whole delivery cost. For a partial one the law is silent; the merchant's
    ``mode`` decides: ``"prorata_value"`` (delivery x returned / total), ``"full"`` or
    ``"none"``. The extra cost of a dearer delivery mode the consumer expressly chose is
    not owed: pass the cheapest standard cost as ``standard_delivery_amount`` to cap
    the base. Rounded half-up to the cent.

    >>> refund_delivery_share("9.90", returned_value=30, total_goods_value=90)
    Decimal('3.30')
    >>> refund_delivery_share(10, returned_value=90, total_goods_value=90, mode="none")
    Decimal('10.00')

    :raise RuleError: unknown ``mode``, or more returned than bought.
    :raise NegativeValueError: a negative amount.
    """
    delivery = to_decimal(delivery_amount, "delivery_amount", _ARTICLE)
    returned = to_decimal(returned_value, "returned_value", _ARTICLE)
    total = to_decimal(total_goods_value, "total_goods_value", _ARTICLE)
    if mode not in PARTIAL_DELIVERY_REFUND_MODES:
        raise RuleError(
            f"mode must be one of {', '.join(PARTIAL_DELIVERY_REFUND_MODES)}.",
            field="mode",
        )
    if returned > total:
        raise RuleError(
            "returned_value cannot exceed total_goods_value.",
            field="returned_value",
            article=_ARTICLE,
        )
    if standard_delivery_amount is not None:
        standard = to_decimal(standard_delivery_amount, "standard_delivery_amount")
        delivery = min(delivery, standard)
    if returned == total or mode == "full":
        return money(delivery)
    if mode == "none":
        return money(Decimal(0))
    return money(delivery * returned / total)
