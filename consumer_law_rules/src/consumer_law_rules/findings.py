# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Findings of the policy and terms-of-sale check, and the table of their codes.

Codes are stable identifiers (the flag names of LEGAL_RULES §16 where it names them).
A finding carries its ``code``, ``severity``, ``article`` and ``params``: the legal
numbers and dates of the rule (taken from :mod:`consumer_law_rules.constants`) and the
values the merchant stated. The addon words a finding from its code and params only,
in the user's language; ``message`` and ``fix`` are the English defaults built from
the same params, for logs and tests.

>>> FINDING_CODES["no_mediator"]
('error', 'L612-1, L616-1')
>>> make_finding("withdrawal_period_below_legal_minimum").message
'The withdrawal period is shorter than the legal 14 days.'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from .constants import (
    ARCHIVE_THRESHOLD,
    ARCHIVE_YEARS,
    CONFORMITY_GUARANTEE_YEARS,
    HARMONISED_NOTICE_MANDATORY,
    L241_4_BEYOND_PERCENT,
    L241_4_REFORM_EFFECTIVE,
    L241_4_TIERS,
    LEGAL_GUARANTEE_BOX_MANDATORY,
    ODR_PLATFORM_CLOSED,
    PRESUMPTION_MONTHS_NEW,
    PRESUMPTION_MONTHS_SECOND_HAND,
    REFUND_MAX_DAYS,
    REPAIR_EXTENSION_MONTHS,
    REPAIR_EXTENSION_MONTHS_2024_1799,
    RIGHT_TO_REPAIR_EFFECTIVE,
    TRANSPORT_RESERVE_CONSUMER_DAYS,
    TRANSPORT_RESERVE_MIN_DAYS,
    WITHDRAWAL_FUNCTION_MANDATORY,
    WITHDRAWAL_INFO_MISSING_EXTENSION_MONTHS,
    WITHDRAWAL_MIN_DAYS,
)

__all__ = [
    "FINDING_CODES",
    "FINDING_PARAMS",
    "SEVERITIES",
    "Finding",
    "make_finding",
    "sort_findings",
]

SEVERITIES: Final = ("error", "warning", "info")
"""Severities, most serious first: error = contrary to mandatory law; warning =
outdated, misleading, incomplete or a legal risk; info = to double-check."""

_EMPTY: Final[Mapping[str, object]] = MappingProxyType({})


@dataclass(frozen=True)
class Finding:
    """One problem found in a merchant's policy or terms of sale.

    ``params`` are the values the message is built from; ``sentences`` quote the
    sentences of the terms the finding comes from, in their original wording.
    """

    code: str
    severity: str
    article: str
    message: str
    fix: str
    evidence: tuple[str, ...] = ()
    params: Mapping[str, object] = field(default_factory=lambda: _EMPTY)
    sentences: tuple[str, ...] = ()


(_TIER1_DAYS, _TIER1_PERCENT), (_TIER2_DAYS, _TIER2_PERCENT) = L241_4_TIERS
_BEYOND = L241_4_BEYOND_PERCENT

# code: (severity, article, message, fix, params). Messages and fixes are
# %-templates over params (plus the params given when the finding is made).
_CATALOGUE: Final[
    MappingProxyType[str, tuple[str, str, str, str, Mapping[str, object]]]
] = MappingProxyType(
    {
        "withdrawal_period_below_legal_minimum": (
            "error",
            "L221-18",
            "The withdrawal period is shorter than the legal %(legal_days)s days.",
            "State a withdrawal period of at least %(legal_days)s calendar days from "
            "receipt.",
            {"legal_days": WITHDRAWAL_MIN_DAYS},
        ),
        "refund_period_above_legal_maximum": (
            "error",
            "L221-24",
            "The refund period after withdrawal exceeds the legal %(legal_days)s days.",
            "Refund within %(legal_days)s days of being informed of the withdrawal.",
            {"legal_days": REFUND_MAX_DAYS},
        ),
        "conformity_presumption_outdated": (
            "error",
            "L217-7",
            "The presumption of conformity defects is shorter than the law's "
            "(%(months_new)s months new, %(months_second_hand)s months second-hand).",
            "State %(months_new)s months (%(months_second_hand)s months for "
            "second-hand goods).",
            {
                "months_new": PRESUMPTION_MONTHS_NEW,
                "months_second_hand": PRESUMPTION_MONTHS_SECOND_HAND,
            },
        ),
        "no_mediator": (
            "error",
            "L612-1, L616-1",
            "No consumer mediator is named.",
            "Join a consumer mediator and give its name, contact details and website.",
            {},
        ),
        "mediator_identity_incomplete": (
            "warning",
            "L616-1, R616-1",
            "The consumer mediator's name, website or contact details are missing.",
            "Give the mediator's name, website and postal or e-mail address.",
            {},
        ),
        "withdrawal_information_missing": (
            "error",
            "L221-5, L221-20",
            "The withdrawal information is not given: the window is extended by "
            "%(extension_months)s months.",
            "Give the withdrawal conditions, deadline and model form before the "
            "contract.",
            {"extension_months": WITHDRAWAL_INFO_MISSING_EXTENSION_MONTHS},
        ),
        "withdrawal_function_not_mentioned": (
            "error",
            "L221-21; Dir. 2023/2673 art. 11a",
            "The terms do not mention the online withdrawal function, mandatory "
            "since %(mandatory_from)s.",
            "State that a 'withdraw from contract here' function exists and where.",
            {"mandatory_from": WITHDRAWAL_FUNCTION_MANDATORY},
        ),
        "obsolete_article_reference": (
            "warning",
            "Ord. 2016-301; Ord. 2021-1247",
            "The terms cite repealed or renumbered articles: %(references)s.",
            "Cite the current articles (%(current_articles)s).",
            {
                "references": "",
                "current_articles": "L221-18 ff., L216-6, L217-3 ff., L217-28",
            },
        ),
        "obsolete_odr_reference": (
            "warning",
            "Reg. (EU) 2024/3228",
            "The terms refer to the EU online dispute resolution platform, closed on "
            "%(closed_on)s.",
            "Remove the ODR platform link and name the consumer mediator instead.",
            {"closed_on": ODR_PLATFORM_CLOSED},
        ),
        "missing_legal_guarantee_box": (
            "error",
            "D211-2",
            "The mandatory legal-guarantee box is missing (mandatory since "
            "%(mandatory_from)s).",
            "Insert the D211-2 box text (legal guarantee of conformity and hidden "
            "defects).",
            {"mandatory_from": LEGAL_GUARANTEE_BOX_MANDATORY},
        ),
        "clause_unopened_vehicle_condition": (
            "error",
            "L221-23",
            "Withdrawal is subject to the goods being unopened, unused or in their "
            "original packaging.",
            "Accept every return within the window; claim only the depreciation "
            "from excessive handling.",
            {},
        ),
        "late_delivery_surcharge_clause_outdated": (
            "error",
            "L241-4",
            "The late-refund surcharge tiers are those of contracts before "
            "%(reform_date)s.",
            "Use %(tier1_percent)s %% up to %(tier1_days)s days, %(tier2_percent)s %% "
            "up to %(tier2_days)s days, %(beyond_percent)s %% beyond.",
            {
                "reform_date": L241_4_REFORM_EFFECTIVE,
                "tier1_days": _TIER1_DAYS,
                "tier1_percent": _TIER1_PERCENT,
                "tier2_days": _TIER2_DAYS,
                "tier2_percent": _TIER2_PERCENT,
                "beyond_percent": _BEYOND,
            },
        ),
        "mediation_prior_to_court_clause": (
            "error",
            "L612-4; R212-2 10°",
            "The terms make a prior step (mediation, registered letter) a "
            "precondition to going to court.",
            "Present mediation as an option; never bar or delay court action.",
            {},
        ),
        "annex_excludes_delivery_refund": (
            "error",
            "L221-24",
            "The terms exclude the initial delivery cost from the withdrawal refund.",
            "Refund the initial (standard) delivery cost on withdrawal.",
            {"contradicts_body": False},
        ),
        "risk_transfer_at_carrier": (
            "error",
            "L216-4, L216-5",
            "Delivery or risk is deemed to pass when the goods are handed to the "
            "carrier.",
            "Risk passes when the consumer takes physical possession of the goods.",
            {},
        ),
        "clause_more_restrictive_than_L216-6": (
            "error",
            "L216-6",
            "Termination for late delivery is restricted beyond the law.",
            "Allow termination after a formal notice by any durable medium and "
            "an unmet extra time.",
            {},
        ),
        "cancellation_fee_legal_risk": (
            "warning",
            "L221-23, L216-7",
            "A cancellation fee may be charged where the law allows none.",
            "Never charge it on a withdrawal or a termination for late delivery.",
            {},
        ),
        "commercial_guarantee_duration_unit_missing": (
            "warning",
            "L217-22",
            "A guarantee duration has a number but no unit.",
            "State the duration with its unit (e.g. 'one (1) year').",
            {},
        ),
        "legal_guarantee_restricted": (
            "error",
            "L217-9, L241-5",
            "The legal guarantee is restricted (packaging, exchange only, costs, "
            "expert, manufacturer's warranty only, etc.).",
            "Remove the conditions: the legal guarantee is free and unconditional.",
            {},
        ),
        "transport_reserve_forfeits_rights": (
            "error",
            "L216-4, L217-3",
            "Missing the transport-reserve or complaint window is said to forfeit "
            "the customer's rights against the merchant.",
            "Keep the window informative: the customer keeps the %(guarantee_years)s-"
            "year legal guarantee against the merchant.",
            {"guarantee_years": CONFORMITY_GUARANTEE_YEARS},
        ),
        "suspicious_duration": (
            "info",
            "L133-3 C. com.; L224-65",
            "An unusual number of days is stated (possible typo).",
            "Check the number of days stated.",
            {},
        ),
        "transport_reserve_below_legal_minimum": (
            "error",
            "L133-3 C. com.",
            "The transport-reserve window is shorter than %(legal_days)s days.",
            "Allow at least %(legal_days)s days (%(consumer_days)s days when the "
            "consumer could not check).",
            {
                "legal_days": TRANSPORT_RESERVE_MIN_DAYS,
                "consumer_days": TRANSPORT_RESERVE_CONSUMER_DAYS,
            },
        ),
        "complaint_window_below_legal_minimum": (
            "error",
            "L133-3 C. com.; L224-65",
            "The complaint window for damaged goods is shorter than %(legal_days)s "
            "days.",
            "Allow at least %(legal_days)s days after receipt.",
            {"legal_days": TRANSPORT_RESERVE_MIN_DAYS},
        ),
        "archive_threshold_above_legal_maximum": (
            "error",
            "D213-1",
            "Contracts from %(threshold)s EUR must be archived; the threshold is "
            "higher.",
            "Archive every contract of %(threshold)s EUR or more.",
            {"threshold": ARCHIVE_THRESHOLD},
        ),
        "archive_period_below_legal_minimum": (
            "error",
            "D213-2",
            "Contracts must be kept %(years)s years; the period is shorter.",
            "Keep the contracts for at least %(years)s years.",
            {"years": ARCHIVE_YEARS},
        ),
        "harmonised_notice_missing": (
            "error",
            "Dir. 2011/83 art. 5(1)(e), 6(1)(l), 22a (Dir. (EU) 2024/825); "
            "Impl. Reg. (EU) 2025/1960",
            "The online shop sells to consumers without the harmonised notice on "
            "the legal guarantee, mandatory since %(mandatory_from)s.",
            "Show the harmonised notice prominently on the product pages, before the "
            "order button and in the order confirmation.",
            {"mandatory_from": HARMONISED_NOTICE_MANDATORY},
        ),
        "repair_extension_outdated": (
            "error",
            "L217-13; Dir. 2019/771 art. 10(1) (Dir. (EU) 2024/1799)",
            "The terms promise %(old_months)s months of extension after a repair; "
            "contracts from %(effective_from)s get %(legal_months)s months.",
            "State that a repair under the legal guarantee extends it by "
            "%(legal_months)s months for contracts from %(effective_from)s "
            "(%(old_months)s months before).",
            {
                "old_months": REPAIR_EXTENSION_MONTHS,
                "legal_months": REPAIR_EXTENSION_MONTHS_2024_1799,
                "effective_from": RIGHT_TO_REPAIR_EFFECTIVE,
            },
        ),
        "negative_policy_value": (
            "error",
            "",
            "A policy value is negative.",
            "Enter zero or a positive value.",
            {},
        ),
        "invalid_policy_value": (
            "error",
            "",
            "A policy value is not one of the accepted choices.",
            "Choose one of the accepted values.",
            {},
        ),
    }
)

FINDING_CODES: Final[MappingProxyType[str, tuple[str, str]]] = MappingProxyType(
    {code: (entry[0], entry[1]) for code, entry in _CATALOGUE.items()}
)
"""Every finding code: ``code -> (severity, article)``."""

FINDING_PARAMS: Final[MappingProxyType[str, Mapping[str, object]]] = MappingProxyType(
    {code: entry[4] for code, entry in _CATALOGUE.items()}
)
"""Default params of every code (the legal values the message states)."""


def make_finding(
    code: str,
    evidence: Iterable[str] = (),
    message: str = "",
    *,
    params: Mapping[str, object] | None = None,
    sentences: Iterable[str] = (),
) -> Finding:
    """Build the finding of ``code`` from the catalogue.

    ``params`` add to (or override) the code's default params; the English message
    and fix are the catalogue's templates filled with them.

    >>> make_finding("no_mediator").severity
    'error'
    >>> make_finding("archive_period_below_legal_minimum").params["years"]
    10
    """
    severity, article, template, fix_template, defaults = _CATALOGUE[code]
    merged = MappingProxyType({**defaults, **(params or {})})
    return Finding(
        code,
        severity,
        article,
        message or template % merged,
        fix_template % merged,
        tuple(evidence),
        merged,
        tuple(dict.fromkeys(sentences)),
    )


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Merge findings of one code (evidence and sentences joined) and sort by
    severity then code."""
    merged: dict[str, Finding] = {}
    for finding in findings:
        previous = merged.get(finding.code)
        if previous is None:
            merged[finding.code] = finding
            continue
        evidence = previous.evidence + tuple(
            item for item in finding.evidence if item not in previous.evidence
        )
        sentences = previous.sentences + tuple(
            item for item in finding.sentences if item not in previous.sentences
        )
        merged[finding.code] = Finding(
            previous.code,
            previous.severity,
            previous.article,
            previous.message,
            previous.fix,
            evidence,
            previous.params,
            sentences,
        )
    return tuple(
        sorted(merged.values(), key=lambda f: (SEVERITIES.index(f.severity), f.code))
    )
