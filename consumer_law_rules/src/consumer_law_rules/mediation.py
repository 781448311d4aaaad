# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Consumer mediation: admissibility and the mediator's deadlines (L612-2, R612-5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ._values import as_date, optional_date
from .calendar import add_months
from .constants import (
    COMPLAINT_ANSWER_MAX_DAYS,
    MEDIATION_MAX_YEARS,
    MEDIATION_OUTCOME_DAYS,
    MEDIATION_REJECTION_NOTICE_DAYS,
)
from .exceptions import (
    AboveLegalCeilingError,
    BelowLegalFloorError,
    DateOrderError,
)

__all__ = [
    "Admissibility",
    "MediationDeadlines",
    "complaint_answer_due",
    "mediation_admissibility",
    "mediation_deadlines",
    "mediation_outcome_due",
    "mediation_request_limit",
]


@dataclass(frozen=True)
class Admissibility:
    """Whether a mediation request is admissible; ``reason`` names the L612-2 item."""

    admissible: bool
    reason: str | None = None


@dataclass(frozen=True)
class MediationDeadlines:
    """Deadlines of the mediator once the file is complete (not rolled)."""

    rejection_notice_by: date
    outcome_by: date
    article: str = "L612-2, R612-5"


def mediation_admissibility(
    written_complaint_on: date | None,
    request_on: date,
    *,
    before_other_body: bool = False,
    manifestly_unfounded: bool = False,
    outside_competence: bool = False,
) -> Admissibility:
    """Return whether a consumer may refer a dispute to the mediator (L612-2).

    Inadmissible when: 1° no prior written complaint to the merchant
    (``written_complaint_on`` is ``None``); 2° manifestly unfounded or abusive; 3°
    already examined or pending before another mediator or a court; 4° filed more than
    one year after the written complaint (the anniversary day is still admissible);
    5° outside the mediator's competence. The first ground found is returned.

    >>> mediation_admissibility(date(2025, 3, 10), date(2026, 3, 10))
    Admissibility(admissible=True, reason=None)
    >>> mediation_admissibility(date(2025, 3, 10), date(2026, 3, 11))
    Admissibility(admissible=False, reason='L612-2 4°')
    >>> mediation_admissibility(None, date(2026, 3, 11)).reason
    'L612-2 1°'

    :raise DateOrderError: the request is before the written complaint.
    """
    request_on = as_date(request_on, "request_on")
    complaint = optional_date(written_complaint_on, "written_complaint_on")
    if complaint is None:
        return Admissibility(False, "L612-2 1°")
    if request_on < complaint:
        raise DateOrderError(
            "The mediation request is before the written complaint.",
            field="request_on",
            article="L612-2",
        )
    if manifestly_unfounded:
        return Admissibility(False, "L612-2 2°")
    if before_other_body:
        return Admissibility(False, "L612-2 3°")
    if request_on > mediation_request_limit(complaint):
        return Admissibility(False, "L612-2 4°")
    if outside_competence:
        return Admissibility(False, "L612-2 5°")
    return Admissibility(True, None)


def mediation_deadlines(received_complete_on: date) -> MediationDeadlines:
    """Return the mediator's deadlines from the day the complete file is received.

    Rejection notified within 3 weeks (L612-2); outcome within 90 days (R612-5; the
    mediator may extend it for a complex dispute).

    >>> mediation_deadlines(date(2026, 5, 4))
    MediationDeadlines(rejection_notice_by=datetime.date(2026, 5, 25), \
outcome_by=datetime.date(2026, 8, 2), article='L612-2, R612-5')
    """
    received = as_date(received_complete_on, "received_complete_on")
    return MediationDeadlines(
        rejection_notice_by=received + timedelta(days=MEDIATION_REJECTION_NOTICE_DAYS),
        outcome_by=received + timedelta(days=MEDIATION_OUTCOME_DAYS),
    )


def mediation_request_limit(written_complaint_on: date) -> date:
    """Return the last day the consumer may refer the dispute to the mediator.

    One year after the written complaint to the merchant, the anniversary day
    included (L612-2 4°); a complaint of 29 February closes on 28 February.

    >>> mediation_request_limit(date(2025, 3, 10))
    datetime.date(2026, 3, 10)
    >>> mediation_request_limit(date(2024, 2, 29))
    datetime.date(2025, 2, 28)
    """
    complaint = as_date(written_complaint_on, "written_complaint_on")
    return add_months(complaint, 12 * MEDIATION_MAX_YEARS)


def mediation_outcome_due(
    received_complete_on: date, *, extended_until: date | None = None
) -> date:
    """Return the day the mediator's outcome is due (R612-5).

    90 days from the complete file; the mediator may extend the period at any time
    for a complex dispute, telling the parties: ``extended_until`` is the new day,
    which cannot be earlier than the 90th day.

    >>> mediation_outcome_due(date(2026, 5, 4))
    datetime.date(2026, 8, 2)
    >>> mediation_outcome_due(date(2026, 5, 4), extended_until=date(2026, 9, 1))
    datetime.date(2026, 9, 1)

    :raise DateOrderError: ``extended_until`` is before the 90th day.
    """
    outcome_by = mediation_deadlines(received_complete_on).outcome_by
    extended = optional_date(extended_until, "extended_until")
    if extended is None:
        return outcome_by
    if extended < outcome_by:
        raise DateOrderError(
            "An extension cannot end before the 90-day outcome date.",
            field="extended_until",
            article="R612-5",
        )
    return extended


def complaint_answer_due(written_complaint_on: date, *, days: int) -> date:
    """Return the day the merchant promised to answer a written complaint by.

    No article fixes it: the company's service commitment (``days`` after the
    complaint, calendar days, not rolled), between 1 and 365 days, since the
    consumer must be able to go to the mediator within the year that follows the
    complaint (L612-2 1° and 4°).

    >>> complaint_answer_due(date(2026, 3, 10), days=30)
    datetime.date(2026, 4, 9)

    :raise BelowLegalFloorError: ``days`` is below 1.
    :raise AboveLegalCeilingError: ``days`` is above 365.
    """
    complaint = as_date(written_complaint_on, "written_complaint_on")
    if isinstance(days, bool) or not isinstance(days, int):
        raise TypeError("days must be an int")
    if days < 1:
        raise BelowLegalFloorError("complaint_answer_days", days, 1, "L612-2 1°")
    if days > COMPLAINT_ANSWER_MAX_DAYS:
        raise AboveLegalCeilingError(
            "complaint_answer_days", days, COMPLAINT_ANSWER_MAX_DAYS, "L612-2 4°"
        )
    return complaint + timedelta(days=days)
