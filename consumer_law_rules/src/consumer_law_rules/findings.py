# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Findings of the policy and terms-of-sale check, and the table of their codes.

Codes are stable identifiers (the flag names of LEGAL_RULES §16 where it names them);
the addon translates a finding by its code. ``message`` and ``fix`` are short English
texts for logs and tests.

>>> FINDING_CODES["no_mediator"]
('error', 'L612-1, L616-1')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

__all__ = ["FINDING_CODES", "SEVERITIES", "Finding", "make_finding", "sort_findings"]

SEVERITIES: Final = ("error", "warning", "info")
"""Severities, most serious first: error = contrary to mandatory law; warning =
outdated, misleading, incomplete or a legal risk; info = to double-check."""


@dataclass(frozen=True)
class Finding:
    """One problem found in a merchant's policy or terms of sale."""

    code: str
    severity: str
    article: str
    message: str
    fix: str
    evidence: tuple[str, ...] = ()


# code: (severity, article, message, fix)
_CATALOGUE: Final[MappingProxyType[str, tuple[str, str, str, str]]] = MappingProxyType(
    {
        "withdrawal_period_below_legal_minimum": (
            "error",
            "L221-18",
            "The withdrawal period is shorter than the legal 14 days.",
            "State a withdrawal period of at least 14 calendar days from receipt.",
        ),
        "refund_period_above_legal_maximum": (
            "error",
            "L221-24",
            "The refund period after withdrawal exceeds the legal 14 days.",
            "Refund within 14 days of being informed of the withdrawal.",
        ),
        "conformity_presumption_outdated": (
            "error",
            "L217-7",
            "The presumption of conformity defects is shorter than the law's "
            "(24 months new, 12 months second-hand).",
            "State 24 months (12 months for second-hand goods).",
        ),
        "no_mediator": (
            "error",
            "L612-1, L616-1",
            "No consumer mediator is named.",
            "Join a consumer mediator and give its name, contact details and website.",
        ),
        "mediator_identity_incomplete": (
            "warning",
            "L616-1, R616-1",
            "The consumer mediator's name, website or contact details are missing.",
            "Give the mediator's name, website and postal or e-mail address.",
        ),
        "withdrawal_information_missing": (
            "error",
            "L221-5, L221-20",
            "The withdrawal information is not given: the window is extended by "
            "12 months.",
            "Give the withdrawal conditions, deadline and model form before the "
            "contract.",
        ),
        "withdrawal_function_not_mentioned": (
            "error",
            "L221-21; Dir. 2023/2673 art. 11a",
            "The terms do not mention the online withdrawal function.",
            "State that a 'withdraw from contract here' function exists and where.",
        ),
        "obsolete_article_reference": (
            "warning",
            "Ord. 2016-301; Ord. 2021-1247",
            "The terms cite repealed or renumbered articles.",
            "Cite the current articles (L221-18 ff., L216-6, L217-3 ff., L217-28).",
        ),
        "obsolete_odr_reference": (
            "warning",
            "Reg. (EU) 2024/3228",
            "The terms refer to the EU online dispute resolution platform, closed on "
            "20 July 2025.",
            "Remove the ODR platform link and name the consumer mediator instead.",
        ),
        "missing_legal_guarantee_box": (
            "error",
            "D211-2",
            "The mandatory legal-guarantee box is missing.",
            "Insert the D211-2 box text (legal guarantee of conformity and hidden "
            "defects).",
        ),
        "clause_unopened_vehicle_condition": (
            "error",
            "L221-23",
            "Withdrawal is subject to the goods being unopened or unused.",
            "Accept every return within the window; claim only the depreciation "
            "from excessive handling.",
        ),
        "late_delivery_surcharge_clause_outdated": (
            "error",
            "L241-4",
            "The late-refund surcharge tiers are the pre-2022 ones (30/60 days).",
            "Use 10 % up to 14 days, 20 % up to 30 days, 50 % beyond.",
        ),
        "mediation_prior_to_court_clause": (
            "error",
            "L612-4",
            "The terms make mediation a precondition to going to court.",
            "Present mediation as an option; never bar or delay court action.",
        ),
        "annex_excludes_delivery_refund": (
            "error",
            "L221-24",
            "The terms exclude the initial delivery cost from the withdrawal refund.",
            "Refund the initial (standard) delivery cost on withdrawal.",
        ),
        "risk_transfer_at_carrier": (
            "error",
            "L216-4, L216-5",
            "Delivery or risk is deemed to pass when the goods are handed to the "
            "carrier.",
            "Risk passes when the consumer takes physical possession of the goods.",
        ),
        "clause_more_restrictive_than_L216-6": (
            "error",
            "L216-6",
            "Termination for late delivery is restricted beyond the law.",
            "Allow termination after a formal notice by any durable medium and "
            "an unmet extra time.",
        ),
        "cancellation_fee_legal_risk": (
            "warning",
            "L221-23, L216-7",
            "A cancellation fee may be charged where the law allows none.",
            "Never charge it on a withdrawal or a termination for late delivery.",
        ),
        "commercial_guarantee_duration_unit_missing": (
            "warning",
            "L217-22",
            "A guarantee duration has a number but no unit.",
            "State the duration with its unit (e.g. 'one (1) year').",
        ),
        "legal_guarantee_restricted": (
            "error",
            "L217-9, L241-5",
            "The legal guarantee is restricted (packaging, exchange only, costs, "
            "expert, etc.).",
            "Remove the conditions: the legal guarantee is free and unconditional.",
        ),
        "suspicious_duration": (
            "info",
            "L133-3 C. com.; L224-65",
            "An unusual number of days is stated (possible typo).",
            "Check the number of days stated.",
        ),
        "transport_reserve_below_legal_minimum": (
            "error",
            "L133-3 C. com.",
            "The transport-reserve window is shorter than 3 days.",
            "Allow at least 3 days (10 days when the consumer could not check).",
        ),
        "complaint_window_below_legal_minimum": (
            "error",
            "L133-3 C. com.; L224-65",
            "The complaint window for damaged goods is shorter than 3 days.",
            "Allow at least 3 days after receipt.",
        ),
        "archive_threshold_above_legal_maximum": (
            "error",
            "D213-1",
            "Contracts from 120 EUR must be archived; the threshold is higher.",
            "Archive every contract of 120 EUR or more.",
        ),
        "archive_period_below_legal_minimum": (
            "error",
            "D213-2",
            "Contracts must be kept 10 years; the period is shorter.",
            "Keep the contracts for at least 10 years.",
        ),
        "negative_policy_value": (
            "error",
            "",
            "A policy value is negative.",
            "Enter zero or a positive value.",
        ),
        "invalid_policy_value": (
            "error",
            "",
            "A policy value is not one of the accepted choices.",
            "Choose one of the accepted values.",
        ),
    }
)

FINDING_CODES: Final[MappingProxyType[str, tuple[str, str]]] = MappingProxyType(
    {code: (entry[0], entry[1]) for code, entry in _CATALOGUE.items()}
)
"""Every finding code: ``code -> (severity, article)``."""


def make_finding(code: str, evidence: Iterable[str] = (), message: str = "") -> Finding:
    """Build the finding of ``code`` from the catalogue.

    >>> make_finding("no_mediator").severity
    'error'
    """
    severity, article, default_message, fix = _CATALOGUE[code]
    return Finding(
        code, severity, article, message or default_message, fix, tuple(evidence)
    )


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Merge findings of one code (evidence joined) and sort by severity then code."""
    merged: dict[str, Finding] = {}
    for finding in findings:
        previous = merged.get(finding.code)
        if previous is None:
            merged[finding.code] = finding
            continue
        evidence = previous.evidence + tuple(
            item for item in finding.evidence if item not in previous.evidence
        )
        merged[finding.code] = Finding(
            previous.code,
            previous.severity,
            previous.article,
            previous.message,
            previous.fix,
            evidence,
        )
    return tuple(
        sorted(merged.values(), key=lambda f: (SEVERITIES.index(f.severity), f.code))
    )
