# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A merchant's consumer-law policy, its legal bounds, and the policy check.

:class:`Policy` holds the values a company configures (the Odoo addon maps its company
fields one to one onto these names), with the law's values as defaults.
:data:`FLOORS` gives the legal bound of each bounded field; :func:`check_floor` and
:func:`validate_policy` refuse a value beyond it. :func:`check_policy` never raises: it
returns :class:`~consumer_law_rules.findings.Finding` objects for the policy values and
for the text of the terms of sale.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final

from ._values import to_decimal
from .calendar import REGIONS, DayKind
from .cgv_lint import lint_cgv_text, mentions_mediator
from .constants import (
    ARCHIVE_THRESHOLD,
    ARCHIVE_YEARS,
    CHEQUE_HOLD_DAYS_DEFAULT,
    DATA_RETENTION_YEARS_DEFAULT,
    DEFAULT_HOLIDAY_REGION,
    ORDINANCE_2021_1247_EFFECTIVE,
    PRESUMPTION_MONTHS_NEW,
    PRESUMPTION_MONTHS_PRE_2022_SECOND_HAND,
    PRESUMPTION_MONTHS_SECOND_HAND,
    REFUND_MAX_DAYS,
    TRANSPORT_RESERVE_MIN_DAYS,
    WITHDRAWAL_MIN_DAYS,
)
from .exceptions import (
    AboveLegalCeilingError,
    BelowLegalFloorError,
    NegativeValueError,
    RuleError,
    UnknownRegionError,
)
from .findings import FINDING_CODES, Finding, make_finding, sort_findings
from .guarantee_notice import harmonised_notice_findings, repair_extension_findings
from .penalty import FORMAL_NOTICE_DEFAULT_DAYS
from .refund import PARTIAL_DELIVERY_REFUND_MODES

__all__ = [
    "FINDING_CODES",
    "FLOORS",
    "USUAL_COMPLAINT_WINDOW_DAYS",
    "Finding",
    "Policy",
    "check_floor",
    "check_policy",
    "validate_policy",
]


@dataclass(frozen=True)
class Policy:
    """A merchant's consumer-law settings; defaults are the legal values.

    >>> Policy().withdrawal_days, Policy(withdrawal_days=30).withdrawal_days
    (14, 30)
    """

    withdrawal_days: int = WITHDRAWAL_MIN_DAYS
    withdrawal_day_kind: DayKind | str = DayKind.CALENDAR
    refund_days: int = REFUND_MAX_DAYS
    merchant_pays_return: bool = False
    partial_delivery_refund: str = "prorata_value"
    presumption_months_new: int = PRESUMPTION_MONTHS_NEW
    presumption_months_second_hand: int = PRESUMPTION_MONTHS_SECOND_HAND
    transport_reserve_days: int = TRANSPORT_RESERVE_MIN_DAYS
    complaint_window_days: int = TRANSPORT_RESERVE_MIN_DAYS
    cheque_hold_days: int = CHEQUE_HOLD_DAYS_DEFAULT
    holiday_region: str = DEFAULT_HOLIDAY_REGION
    archive_threshold: Decimal = ARCHIVE_THRESHOLD
    archive_years: int = ARCHIVE_YEARS
    data_retention_years: int = DATA_RETENTION_YEARS_DEFAULT
    mediator_name: str = ""
    mediator_website: str = ""
    mediator_address: str = ""
    mediator_email: str = ""
    withdrawal_information_given: bool = True
    allow_pre_delivery_withdrawal: bool = True
    storage_fee_rate: Decimal = Decimal(0)
    retention_of_title: bool = False
    penalty_rate_percent: Decimal = Decimal(0)
    formal_notice_days: int = FORMAL_NOTICE_DEFAULT_DAYS
    cancellation_flat_fee: Decimal = Decimal(0)
    delivery_promise_days: int = 0
    delivery_day_kind: DayKind | str = DayKind.CALENDAR
    late_delivery_clause_days: int = 0
    sells_goods_online: bool = False
    harmonised_notice_shown: bool = False

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Policy:
        """Build a policy from a mapping of field names; missing keys get defaults.

        Unknown keys are ignored; ``None`` (and Odoo's ``False`` for text fields)
        mean "not set". Amounts are converted to ``Decimal``.

        >>> Policy.from_mapping({"withdrawal_days": 30, "mediator_name": False,
        ...                      "archive_threshold": 100.0}).archive_threshold
        Decimal('100.0')
        """
        kwargs: dict[str, Any] = {}
        for field in dataclasses.fields(cls):
            value = values.get(field.name)
            if value is None:
                continue
            if field.name in _TEXT_FIELDS:
                value = value or ""
            elif field.name in _AMOUNT_FIELDS and not isinstance(value, Decimal):
                value = Decimal(str(value))
            kwargs[field.name] = value
        return cls(**kwargs)


_TEXT_FIELDS: Final = frozenset(
    {
        "mediator_name",
        "mediator_website",
        "mediator_address",
        "mediator_email",
        "holiday_region",
        "partial_delivery_refund",
    }
)
_AMOUNT_FIELDS: Final = frozenset(
    {
        "archive_threshold",
        "storage_fee_rate",
        "penalty_rate_percent",
        "cancellation_flat_fee",
    }
)
_POLICY_FIELDS: Final = frozenset(field.name for field in dataclasses.fields(Policy))

FLOORS: Final[MappingProxyType[str, tuple[str, int | Decimal, str]]] = MappingProxyType(
    {
        "withdrawal_days": ("min", WITHDRAWAL_MIN_DAYS, "L221-18"),
        "refund_days": ("max", REFUND_MAX_DAYS, "L221-24"),
        "presumption_months_new": ("min", PRESUMPTION_MONTHS_NEW, "L217-7"),
        "presumption_months_second_hand": (
            "min",
            PRESUMPTION_MONTHS_SECOND_HAND,
            "L217-7",
        ),
        "transport_reserve_days": (
            "min",
            TRANSPORT_RESERVE_MIN_DAYS,
            "L133-3 C. com.",
        ),
        "complaint_window_days": (
            "min",
            TRANSPORT_RESERVE_MIN_DAYS,
            "L133-3 C. com.",
        ),
        "cheque_hold_days": ("min", 0, ""),
        "archive_threshold": ("max", ARCHIVE_THRESHOLD, "D213-1"),
        "archive_years": ("min", ARCHIVE_YEARS, "D213-2"),
        "data_retention_years": ("min", 0, ""),
        "storage_fee_rate": ("min", 0, "C. civ. 1103"),
        "penalty_rate_percent": ("min", 0, "C. civ. 1231-5"),
        "formal_notice_days": ("min", 0, "C. civ. 1344"),
        "cancellation_flat_fee": ("min", 0, "C. civ. 1103"),
        "delivery_promise_days": ("min", 0, "L216-1"),
        "late_delivery_clause_days": ("min", 0, "L216-6"),
    }
)
"""Legal bound of each bounded policy field: ``field -> (kind, value, article)``;
``kind`` is ``"min"`` or ``"max"``. Negative values are never valid."""

_FLOOR_CODES: Final = MappingProxyType(
    {
        "withdrawal_days": "withdrawal_period_below_legal_minimum",
        "refund_days": "refund_period_above_legal_maximum",
        "presumption_months_new": "conformity_presumption_outdated",
        "presumption_months_second_hand": "conformity_presumption_outdated",
        "transport_reserve_days": "transport_reserve_below_legal_minimum",
        "complaint_window_days": "complaint_window_below_legal_minimum",
        "archive_threshold": "archive_threshold_above_legal_maximum",
        "archive_years": "archive_period_below_legal_minimum",
    }
)

USUAL_COMPLAINT_WINDOW_DAYS: Final = frozenset({20, 21, 28, 30, 31, 45, 60, 90})
"""Complaint windows above 15 days that are not reported as suspicious."""


def check_floor(field: str, value: Any) -> None:
    """Raise if ``value`` is beyond the legal bound of policy field ``field``.

    Fields without a bound are accepted as they are.

    >>> check_floor("withdrawal_days", 30)
    >>> check_floor("refund_days", 20)
    Traceback (most recent call last):
    ...
    consumer_law_rules.exceptions.AboveLegalCeilingError: refund_days = 20 is above \
the legal ceiling 14 (L221-24).

    :raise NegativeValueError: a negative value.
    :raise BelowLegalFloorError: below a ``"min"`` bound.
    :raise AboveLegalCeilingError: above a ``"max"`` bound.
    :raise RuleError: ``field`` is not a policy field.
    """
    if field not in _POLICY_FIELDS:
        raise RuleError(f"{field} is not a policy field.", field=field)
    if field not in FLOORS:
        return
    kind, legal, article = FLOORS[field]
    number = to_decimal(value, field, article or None)
    if kind == "min" and number < legal:
        raise BelowLegalFloorError(field, value, legal, article)
    if kind == "max" and number > legal:
        raise AboveLegalCeilingError(field, value, legal, article)


def _as_policy(policy: Policy | Mapping[str, Any]) -> Policy:
    if isinstance(policy, Policy):
        return policy
    return Policy.from_mapping(policy)


def _check_choices(policy: Policy) -> None:
    for field in ("withdrawal_day_kind", "delivery_day_kind"):
        try:
            DayKind(getattr(policy, field))
        except ValueError:
            raise RuleError(
                f"{field} = {getattr(policy, field)!r} is not a day kind.",
                field=field,
            ) from None
    if policy.partial_delivery_refund not in PARTIAL_DELIVERY_REFUND_MODES:
        raise RuleError(
            f"partial_delivery_refund = {policy.partial_delivery_refund!r} is not one "
            f"of {', '.join(PARTIAL_DELIVERY_REFUND_MODES)}.",
            field="partial_delivery_refund",
        )
    if policy.holiday_region not in REGIONS:
        raise UnknownRegionError(policy.holiday_region, field="holiday_region")


def validate_policy(policy: Policy | Mapping[str, Any]) -> Policy:
    """Check every bounded field and choice of ``policy``; return it as a Policy.

    The first error found is raised (fields in declaration order, then choices).

    >>> validate_policy({"withdrawal_days": 30}).withdrawal_days
    30
    >>> validate_policy({"withdrawal_days": 7})
    Traceback (most recent call last):
    ...
    consumer_law_rules.exceptions.BelowLegalFloorError: withdrawal_days = 7 is below \
the legal floor 14 (L221-18).
    """
    result = _as_policy(policy)
    for field in FLOORS:
        check_floor(field, getattr(result, field))
    _check_choices(result)
    return result


def _policy_findings(policy: Policy, at: date | None) -> list[Finding]:
    findings: list[Finding] = []
    for field, code in _FLOOR_CODES.items():
        value = getattr(policy, field)
        if (
            field == "presumption_months_second_hand"
            and at is not None
            and at < ORDINANCE_2021_1247_EFFECTIVE
            and value >= PRESUMPTION_MONTHS_PRE_2022_SECOND_HAND
        ):
            # Before the 2022 reform the second-hand presumption was 6 months.
            continue
        try:
            check_floor(field, value)
        except NegativeValueError:
            findings.append(make_finding("negative_policy_value", [field]))
        except (BelowLegalFloorError, AboveLegalCeilingError) as error:
            findings.append(make_finding(code, [f"{field} = {value}"], str(error)))
        except (RuleError, TypeError):
            findings.append(make_finding("invalid_policy_value", [field]))
    for field in (
        "cheque_hold_days",
        "data_retention_years",
        "storage_fee_rate",
        "penalty_rate_percent",
        "formal_notice_days",
        "cancellation_flat_fee",
        "delivery_promise_days",
        "late_delivery_clause_days",
    ):
        try:
            check_floor(field, getattr(policy, field))
        except (RuleError, TypeError):
            findings.append(make_finding("negative_policy_value", [field]))
    try:
        _check_choices(policy)
    except RuleError as error:
        findings.append(make_finding("invalid_policy_value", [str(error.field)]))
    window = policy.complaint_window_days
    if (
        isinstance(window, int)
        and window > 15
        and window not in USUAL_COMPLAINT_WINDOW_DAYS
    ):
        findings.append(
            make_finding("suspicious_duration", [f"complaint_window_days = {window}"])
        )
    if not policy.withdrawal_information_given:
        findings.append(make_finding("withdrawal_information_missing"))
    findings += _contract_clause_findings(policy)
    return findings


def _contract_clause_findings(policy: Policy) -> list[Finding]:
    """A cancellation fee the policy applies may be defeated by the law (L221-23,
    L216-7). The late-delivery threshold (``late_delivery_clause_days``) is only
    recorded: it is never applied, and the text of the terms is what the check
    flags (``clause_more_restrictive_than_L216-6``)."""
    fee = policy.cancellation_flat_fee
    if isinstance(fee, Decimal | int) and fee > 0:
        return [
            make_finding(
                "cancellation_fee_legal_risk", [f"cancellation_flat_fee = {fee}"]
            )
        ]
    return []


def _mediator_findings(policy: Policy, cgv_text: str) -> list[Finding]:
    fields = (
        policy.mediator_name,
        policy.mediator_website,
        policy.mediator_address,
        policy.mediator_email,
    )
    if any(value.strip() for value in fields):
        missing = [
            label
            for label, present in (
                ("mediator_name", policy.mediator_name.strip()),
                ("mediator_website", policy.mediator_website.strip()),
                (
                    "mediator_address",
                    policy.mediator_address.strip() or policy.mediator_email.strip(),
                ),
            )
            if not present
        ]
        if not missing:
            return []
        return [make_finding("mediator_identity_incomplete", missing)]
    if cgv_text.strip():
        mentioned, with_website = mentions_mediator(cgv_text)
        if with_website:
            return []
        if mentioned:
            return [make_finding("mediator_identity_incomplete", ["terms of sale"])]
    return [make_finding("no_mediator")]


def check_policy(
    policy: Policy | Mapping[str, Any],
    cgv_text: str | None = "",
    at: date | None = None,
) -> tuple[Finding, ...]:
    """Return the findings of a merchant's policy and terms of sale.

    ``policy`` is a :class:`Policy` or a mapping of its field names (missing keys get
    the defaults). ``cgv_text`` (plain text or HTML, French or English; ``None`` or
    Odoo's ``False`` mean no text) is linted when given (see
    :mod:`consumer_law_rules.cgv_lint`). ``at`` (a date, or a datetime whose date is
    used) gates the date-dependent rules; ``None`` applies every rule
    known today. The mediator is looked for in the policy, else in the text
    (L612-1, L616-1, R616-1). Policy values are checked against :data:`FLOORS`
    (L221-18, L221-24, L217-7, C. com. L133-3, D213-1, D213-2). A consumer webshop
    (``sells_goods_online``) without ``harmonised_notice_shown`` is flagged from
    2026-09-27 and terms promising 6 months after a repair from 2026-07-31 (see
    :mod:`consumer_law_rules.guarantee_notice`). Findings are unique
    per code, sorted by severity (error, warning, info) then code.

    >>> [f.code for f in check_policy({"withdrawal_days": 7})]
    ['no_mediator', 'withdrawal_period_below_legal_minimum']
    >>> check_policy(Policy(mediator_name="CM2C", mediator_website="www.cm2c.net",
    ...                     mediator_email="cm2c@cm2c.net"))
    ()
    """
    the_policy = _as_policy(policy)
    cgv_text = cgv_text or ""
    day = at.date() if isinstance(at, datetime) else at
    findings = _policy_findings(the_policy, day)
    findings += _mediator_findings(the_policy, cgv_text)
    findings += harmonised_notice_findings(
        sells_goods_online=bool(the_policy.sells_goods_online),
        notice_shown=bool(the_policy.harmonised_notice_shown),
        at=day,
    )
    if cgv_text.strip():
        findings += lint_cgv_text(cgv_text, day)
        findings += repair_extension_findings(cgv_text, day)
    return sort_findings(findings)
