# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Legal guarantee of conformity, commercial guarantee, hidden defects.

C. consom. L217-3, L217-7, L217-13, L217-28; C. civ. 1648, 2232; Dir. 2019/771
art. 10(1) as amended by Dir. (EU) 2024/1799 (repair extension of contracts from
2026-07-31); Dir. 2011/83 art. 22a (harmonised durability label). Ends of guarantees are
not rolled over weekends or holidays: they are the last day a defect may appear, not a
deadline for an act.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from ._values import as_date, as_days, optional_date
from .calendar import add_months
from .constants import (
    COMMERCIAL_IMMOBILISATION_MIN_DAYS,
    CONFORMITY_GUARANTEE_YEARS,
    CONFORMITY_REMEDY_DAYS,
    DURABILITY_LABEL_MIN_YEARS,
    HIDDEN_DEFECT_LONG_STOP_YEARS,
    HIDDEN_DEFECT_YEARS,
    ORDINANCE_2021_1247_EFFECTIVE,
    PRESUMPTION_MONTHS_NEW,
    PRESUMPTION_MONTHS_PRE_2022_NEW,
    PRESUMPTION_MONTHS_PRE_2022_SECOND_HAND,
    PRESUMPTION_MONTHS_SECOND_HAND,
    REPAIR_EXTENSION_MONTHS,
    REPAIR_EXTENSION_MONTHS_2024_1799,
    RIGHT_TO_REPAIR_EFFECTIVE,
)
from .exceptions import DateOrderError, RuleError

__all__ = [
    "REMEDIES",
    "Guarantee",
    "commercial_guarantee_end",
    "commercial_guarantee_extension",
    "conformity_guarantee",
    "durability_label_refusal",
    "guarantee_after_remedy",
    "hidden_defect_deadline",
    "repair_extension_article",
    "repair_extension_months",
]

REMEDIES: Final = ("repair", "replacement", "chosen_replacement")
"""``repair``; ``replacement`` (repair chosen, the seller replaced instead);
``chosen_replacement`` (the consumer chose replacement)."""


@dataclass(frozen=True)
class Guarantee:
    """A legal guarantee of conformity: ``start`` (delivery) to ``end`` (L217-3).

    ``presumption_end`` is the last day a defect is presumed to have existed at
    delivery.
    """

    start: date
    end: date
    presumption_end: date
    article: str


def conformity_guarantee(
    delivered_on: date,
    *,
    second_hand: bool = False,
    contract_date: date | None = None,
    presumption_months: int | None = None,
) -> Guarantee:
    """Return the legal guarantee of conformity of goods delivered on ``delivered_on``.

    End: 2 years after delivery (L217-3). Presumption (L217-7): contracts from
    2022-01-01 (or ``contract_date`` unknown) 24 months new / 12 months second hand;
    older contracts 24 / 6 months. A longer ``presumption_months`` granted by the
    merchant applies; a shorter one does not.

    >>> g = conformity_guarantee(date(2024, 2, 29), second_hand=True)
    >>> g.end, g.presumption_end
    (datetime.date(2026, 2, 28), datetime.date(2025, 2, 28))
    >>> conformity_guarantee(date(2021, 6, 1), second_hand=True,
    ...                      contract_date=date(2021, 5, 20)).presumption_end
    datetime.date(2021, 12, 1)
    """
    delivered_on = as_date(delivered_on, "delivered_on")
    contract = optional_date(contract_date, "contract_date")
    reformed = contract is None or contract >= ORDINANCE_2021_1247_EFFECTIVE
    if reformed:
        months = (
            PRESUMPTION_MONTHS_SECOND_HAND if second_hand else PRESUMPTION_MONTHS_NEW
        )
        article = "L217-3, L217-7"
    else:
        months = (
            PRESUMPTION_MONTHS_PRE_2022_SECOND_HAND
            if second_hand
            else PRESUMPTION_MONTHS_PRE_2022_NEW
        )
        article = "L217-7 (before 2022-01-01)"
    if presumption_months is not None:
        months = max(months, presumption_months)
    return Guarantee(
        start=delivered_on,
        end=add_months(delivered_on, 12 * CONFORMITY_GUARANTEE_YEARS),
        presumption_end=add_months(delivered_on, months),
        article=article,
    )


def repair_extension_months(
    repairs: int = 1, *, contract_date: date | None = None
) -> int:
    """Return the months a legal guarantee gains from ``repairs`` repairs.

    Contracts from 2026-07-31 (:data:`RIGHT_TO_REPAIR_EFFECTIVE`; ``contract_date``
    unknown = today's law): 12 months, once, whatever the number of repairs (Dir.
    2019/771 art. 10(1) as amended by Dir. (EU) 2024/1799), and never less than the
    national rule of 6 months per repair (L217-13; the directive lets a Member State
    give more). Older contracts: 6 months per repair (L217-13).

    >>> repair_extension_months(contract_date=date(2026, 7, 30))
    6
    >>> repair_extension_months(contract_date=date(2026, 7, 31))
    12
    >>> repair_extension_months(3, contract_date=date(2026, 8, 1))
    18
    >>> repair_extension_months(0)
    0

    :raise NegativeValueError: a negative number of repairs.
    """
    repairs = as_days(repairs, "repairs", "L217-13")
    national = REPAIR_EXTENSION_MONTHS * repairs
    contract = optional_date(contract_date, "contract_date")
    if not repairs or (contract is not None and contract < RIGHT_TO_REPAIR_EFFECTIVE):
        return national
    return max(REPAIR_EXTENSION_MONTHS_2024_1799, national)


def repair_extension_article(contract_date: date | None = None) -> str:
    """Return the article of the repair extension of a contract of ``contract_date``.

    >>> repair_extension_article(date(2026, 7, 30))
    'L217-13'
    >>> repair_extension_article(date(2026, 7, 31))
    'L217-13; Dir. 2019/771 art. 10(1) (Dir. (EU) 2024/1799)'
    """
    contract = optional_date(contract_date, "contract_date")
    if contract is not None and contract < RIGHT_TO_REPAIR_EFFECTIVE:
        return "L217-13"
    return "L217-13; Dir. 2019/771 art. 10(1) (Dir. (EU) 2024/1799)"


def guarantee_after_remedy(
    end: date,
    *,
    remedy: str,
    remedy_delivered_on: date | None = None,
    contract_date: date | None = None,
) -> date:
    """Return the guarantee end after a remedy under the legal guarantee.

    ``"repair"``: the guarantee is extended once by 12 months for contracts from
    2026-07-31 (Dir. (EU) 2024/1799; ``contract_date`` ``None`` = today's law), by 6
    months for older contracts (L217-13); see :func:`repair_extension_months` for
    several repairs of one good. ``"replacement"`` (the consumer chose repair, the
    seller replaced instead): a new 2-year guarantee from the delivery of the
    replacement (L217-13 al. 2). ``"chosen_replacement"``: unchanged. Never shortens
    the guarantee. Month ends are kept (31 Aug + 6 months = 28 Feb).

    >>> guarantee_after_remedy(date(2028, 8, 20), remedy="repair",
    ...                        contract_date=date(2026, 8, 15))  # R2R-01
    datetime.date(2029, 8, 20)
    >>> guarantee_after_remedy(date(2028, 7, 30), remedy="repair",
    ...                        contract_date=date(2026, 7, 30))  # R2R-02
    datetime.date(2029, 1, 30)
    >>> guarantee_after_remedy(date(2026, 3, 1), remedy="replacement",
    ...                        remedy_delivered_on=date(2025, 10, 15))
    datetime.date(2027, 10, 15)

    :raise RuleError: unknown remedy, or a replacement without its delivery date.
    """
    end = as_date(end, "end")
    if remedy not in REMEDIES:
        raise RuleError(
            f"remedy must be one of {', '.join(REMEDIES)}.",
            field="remedy",
            article="L217-13",
        )
    if remedy == "repair":
        return add_months(end, repair_extension_months(contract_date=contract_date))
    optional_date(contract_date, "contract_date")
    if remedy == "chosen_replacement":
        return end
    delivered = optional_date(remedy_delivered_on, "remedy_delivered_on")
    if delivered is None:
        raise RuleError(
            "The delivery date of the replacement is required.",
            field="remedy_delivered_on",
            article="L217-13",
        )
    return max(end, add_months(delivered, 12 * CONFORMITY_GUARANTEE_YEARS))


def durability_label_refusal(
    years: int, *, free_of_charge: bool, whole_good: bool, from_producer: bool
) -> str:
    """Return why a commercial guarantee of durability may not use the harmonised
    label ('' when it may).

    The label is for a guarantee offered by the **producer**, at no extra cost, on the
    **whole good**, for **more than 2 years** (Dir. 2011/83 art. 22a as amended by
    Dir. (EU) 2024/825; Impl. Reg. (EU) 2025/1960). A seller's own or paid extended
    warranty never qualifies. The reason is one of ``"not_producer"``, ``"paid"``,
    ``"partial"``, ``"too_short"``, checked in that order.

    >>> durability_label_refusal(5, free_of_charge=True, whole_good=True,
    ...                          from_producer=True)
    ''
    >>> durability_label_refusal(2, free_of_charge=True, whole_good=True,
    ...                          from_producer=True)
    'too_short'

    :raise NegativeValueError: negative ``years``.
    """
    years = as_days(years, "years", "Dir. 2011/83 art. 22a")
    if not from_producer:
        return "not_producer"
    if not free_of_charge:
        return "paid"
    if not whole_good:
        return "partial"
    if years <= DURABILITY_LABEL_MIN_YEARS:
        return "too_short"
    return ""


def commercial_guarantee_end(
    delivered_on: date, *, months: int, extension_days: int = 0
) -> date | None:
    """Return the last day of a commercial guarantee of ``months`` from delivery.

    The term is the merchant's (L217-22: the contract states its duration);
    ``extension_days`` are the immobilisations already added under L217-28
    (see :func:`commercial_guarantee_extension`). ``None`` without a commercial
    guarantee (0 months).

    >>> commercial_guarantee_end(date(2026, 1, 31), months=3)
    datetime.date(2026, 4, 30)
    >>> commercial_guarantee_end(date(2026, 1, 31), months=12, extension_days=10)
    datetime.date(2027, 2, 10)
    >>> commercial_guarantee_end(date(2026, 1, 31), months=0) is None
    True

    :raise NegativeValueError: negative ``months`` or ``extension_days``.
    """
    delivered_on = as_date(delivered_on, "delivered_on")
    months = as_days(months, "months", "L217-22")
    extension_days = as_days(extension_days, "extension_days", "L217-28")
    if not months:
        return None
    return add_months(delivered_on, months) + timedelta(days=extension_days)


def conformity_remedy_deadline(
    requested_on: date, *, days: int = CONFORMITY_REMEDY_DAYS
) -> date:
    """Return the last day to repair or replace a non-conforming good.

    L217-10: the repair or the replacement takes place within a reasonable time
    that may not exceed 30 days following the consumer's request (calendar days,
    not rolled); past it, the consumer may claim a price reduction or the
    cancellation of the contract (L217-14 2°).

    >>> conformity_remedy_deadline(date(2026, 5, 6))
    datetime.date(2026, 6, 5)
    >>> conformity_remedy_deadline(date(2026, 5, 6), days=15)
    datetime.date(2026, 5, 21)

    :raise NegativeValueError: negative ``days``.
    :raise RuleError: more than the legal 30 days.
    """
    requested_on = as_date(requested_on, "requested_on")
    days = as_days(days, "days", "L217-10")
    if days > CONFORMITY_REMEDY_DAYS:
        raise RuleError(
            f"days: the remedy is due within {CONFORMITY_REMEDY_DAYS} days of the "
            "request at the latest",
            field="days",
            article="L217-10",
        )
    return requested_on + timedelta(days=days)


def commercial_guarantee_extension(
    end: date,
    *,
    requested_on: date,
    returned_on: date,
    made_available_on: date | None = None,
) -> date:
    """Return the commercial-guarantee end after an immobilisation for repair.

    L217-28: an immobilisation of at least 7 days is added to the remaining term,
    counted from the consumer's request or from the later handing over of the good
    (``made_available_on``) until the good is returned to him.

    >>> commercial_guarantee_extension(date(2027, 1, 10), requested_on=date(2026, 3, 2),
    ...                                returned_on=date(2026, 3, 12))
    datetime.date(2027, 1, 20)
    >>> commercial_guarantee_extension(date(2027, 1, 10), requested_on=date(2026, 3, 2),
    ...                                returned_on=date(2026, 3, 8))
    datetime.date(2027, 1, 10)

    :raise DateOrderError: returned before the immobilisation started.
    """
    end = as_date(end, "end")
    start = as_date(requested_on, "requested_on")
    available = optional_date(made_available_on, "made_available_on")
    if available is not None and available > start:
        start = available
    returned = as_date(returned_on, "returned_on")
    if returned < start:
        raise DateOrderError(
            "The good is returned before the immobilisation started.",
            field="returned_on",
            article="L217-28",
        )
    immobilised = returned - start
    if immobilised.days >= COMMERCIAL_IMMOBILISATION_MIN_DAYS:
        return end + immobilised
    return end


def hidden_defect_deadline(discovered_on: date, *, sold_on: date) -> date:
    """Return the last day to act for a hidden defect.

    Two years from the discovery (C. civ. 1648), within a 20-year long-stop from the
    sale (C. civ. 2232; Cass. ch. mixte, 21 July 2023).

    >>> hidden_defect_deadline(date(2026, 5, 4), sold_on=date(2020, 1, 15))
    datetime.date(2028, 5, 4)
    >>> hidden_defect_deadline(date(2025, 6, 1), sold_on=date(2006, 1, 15))
    datetime.date(2026, 1, 15)

    :raise DateOrderError: discovered before the sale.
    """
    discovered = as_date(discovered_on, "discovered_on")
    sold = as_date(sold_on, "sold_on")
    if discovered < sold:
        raise DateOrderError(
            "A hidden defect cannot be discovered before the sale.",
            field="discovered_on",
            article="C. civ. 1648",
        )
    return min(
        add_months(discovered, 12 * HIDDEN_DEFECT_YEARS),
        add_months(sold, 12 * HIDDEN_DEFECT_LONG_STOP_YEARS),
    )
