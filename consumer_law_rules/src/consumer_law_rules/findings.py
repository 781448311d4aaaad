# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Findings of the policy and terms-of-sale check, and the table of their codes.

Codes are stable identifiers (the flag names of LEGAL_RULES §16 where it names them).
A finding carries its ``code``, ``severity``, ``article`` and ``params``: the legal
numbers and dates of the rule (taken from :mod:`consumer_law_rules.constants`) and the
values the merchant stated. Each code's words live once, in
:data:`FINDING_TEMPLATES`: ``message`` and ``fix`` are those English templates filled
with the params; the addons translate the same templates into the user's language
and fill them with the params formatted for it.

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
    "FINDING_TEMPLATES",
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

# code: (severity, article, params). The message and fix of each code are in
# FINDING_TEMPLATES, %-templates over these params (plus the params given when the
# finding is made).
_CATALOGUE: Final[MappingProxyType[str, tuple[str, str, Mapping[str, object]]]] = (
    MappingProxyType(
        {
            "withdrawal_period_below_legal_minimum": (
                "error",
                "L221-18",
                {"legal_days": WITHDRAWAL_MIN_DAYS},
            ),
            "refund_period_above_legal_maximum": (
                "error",
                "L221-24",
                {"legal_days": REFUND_MAX_DAYS},
            ),
            "conformity_presumption_outdated": (
                "error",
                "L217-7",
                {
                    "months_new": PRESUMPTION_MONTHS_NEW,
                    "months_second_hand": PRESUMPTION_MONTHS_SECOND_HAND,
                },
            ),
            "no_mediator": (
                "error",
                "L612-1, L616-1",
                {},
            ),
            "mediator_identity_incomplete": (
                "warning",
                "L616-1, R616-1",
                {},
            ),
            "withdrawal_information_missing": (
                "error",
                "L221-5, L221-20",
                {"extension_months": WITHDRAWAL_INFO_MISSING_EXTENSION_MONTHS},
            ),
            "withdrawal_function_not_mentioned": (
                "error",
                "L221-21; Dir. 2023/2673 art. 11a",
                {"mandatory_from": WITHDRAWAL_FUNCTION_MANDATORY},
            ),
            "obsolete_article_reference": (
                "warning",
                "Ord. 2016-301; Ord. 2021-1247",
                {
                    "references": "",
                    "current_articles": "L221-18 ff., L216-6, L217-3 ff., L217-28",
                },
            ),
            "obsolete_odr_reference": (
                "warning",
                "Reg. (EU) 2024/3228",
                {"closed_on": ODR_PLATFORM_CLOSED},
            ),
            "missing_legal_guarantee_box": (
                "error",
                "D211-2",
                {"mandatory_from": LEGAL_GUARANTEE_BOX_MANDATORY},
            ),
            "clause_unopened_vehicle_condition": (
                "error",
                "L221-23",
                {},
            ),
            "late_delivery_surcharge_clause_outdated": (
                "error",
                "L241-4",
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
                {},
            ),
            "annex_excludes_delivery_refund": (
                "error",
                "L221-24",
                {"contradicts_body": False},
            ),
            "risk_transfer_at_carrier": (
                "error",
                "L216-4, L216-5",
                {},
            ),
            "clause_more_restrictive_than_L216-6": (
                "error",
                "L216-6",
                {},
            ),
            "cancellation_fee_legal_risk": (
                "warning",
                "L221-23, L216-7",
                {},
            ),
            "commercial_guarantee_duration_unit_missing": (
                "warning",
                "L217-22",
                {},
            ),
            "legal_guarantee_restricted": (
                "error",
                "L217-9, L241-5",
                {},
            ),
            "transport_reserve_forfeits_rights": (
                "error",
                "L216-4, L217-3",
                {"guarantee_years": CONFORMITY_GUARANTEE_YEARS},
            ),
            "suspicious_duration": (
                "info",
                "L133-3 C. com.; L224-65",
                {},
            ),
            "transport_reserve_below_legal_minimum": (
                "error",
                "L133-3 C. com.",
                {
                    "legal_days": TRANSPORT_RESERVE_MIN_DAYS,
                    "consumer_days": TRANSPORT_RESERVE_CONSUMER_DAYS,
                },
            ),
            "complaint_window_below_legal_minimum": (
                "error",
                "L133-3 C. com.; L224-65",
                {"legal_days": TRANSPORT_RESERVE_MIN_DAYS},
            ),
            "archive_threshold_above_legal_maximum": (
                "error",
                "D213-1",
                {"threshold": ARCHIVE_THRESHOLD},
            ),
            "archive_period_below_legal_minimum": (
                "error",
                "D213-2",
                {"years": ARCHIVE_YEARS},
            ),
            "harmonised_notice_missing": (
                "error",
                "Dir. 2011/83 art. 5(1)(e), 6(1)(l), 22a (Dir. (EU) 2024/825); "
                "Impl. Reg. (EU) 2025/1960",
                {"mandatory_from": HARMONISED_NOTICE_MANDATORY},
            ),
            "repair_extension_outdated": (
                "error",
                "L217-13; Dir. 2019/771 art. 10(1) (Dir. (EU) 2024/1799)",
                {
                    "old_months": REPAIR_EXTENSION_MONTHS,
                    "legal_months": REPAIR_EXTENSION_MONTHS_2024_1799,
                    "effective_from": RIGHT_TO_REPAIR_EFFECTIVE,
                },
            ),
            "negative_policy_value": (
                "error",
                "",
                {},
            ),
            "invalid_policy_value": (
                "error",
                "",
                {},
            ),
        }
    )
)

FINDING_TEMPLATES: Final[MappingProxyType[str, tuple[str, str]]] = MappingProxyType(
    {
        "withdrawal_period_below_legal_minimum": (
            "The withdrawal period is shorter than the legal %(legal_days)s days.",
            "State a withdrawal period of at least %(legal_days)s days from the day "
            "after receipt.",
        ),
        "refund_period_above_legal_maximum": (
            "The refund delay after a withdrawal exceeds the legal %(legal_days)s "
            "days.",
            "Refund within %(legal_days)s days of being informed of the withdrawal.",
        ),
        "conformity_presumption_outdated": (
            "The conformity presumption is shorter than the law's (%(months_new)s "
            "months, %(months_second_hand)s for second-hand goods).",
            "State %(months_new)s months (%(months_second_hand)s months for "
            "second-hand goods).",
        ),
        "no_mediator": (
            "No consumer mediator is named.",
            "Adhere to a consumer mediator and name it in the terms of sale and on "
            "the website.",
        ),
        "mediator_identity_incomplete": (
            "The mediator's identity is incomplete (name, address or website missing).",
            "Give the mediator's name, contact details and website.",
        ),
        "withdrawal_information_missing": (
            "Customers are not informed of their right of withdrawal: the period runs "
            "%(extension_months)s more months.",
            "Give the withdrawal information and the model form before the order.",
        ),
        "withdrawal_function_not_mentioned": (
            'The online withdrawal function ("withdraw from contract here") is not '
            "mentioned.",
            "State that the withdrawal function exists and where to find it (since "
            "%(mandatory_from)s).",
        ),
        "obsolete_article_reference": (
            "The terms of sale cite repealed or renumbered articles: %(references)s.",
            "Cite the current articles (%(current_articles)s).",
        ),
        "obsolete_odr_reference": (
            "The terms of sale still refer to the EU online dispute resolution "
            "platform, closed on %(closed_on)s.",
            "Remove the link to the ODR platform and name your consumer mediator "
            "instead.",
        ),
        "missing_legal_guarantee_box": (
            "The legal-guarantee box, mandatory since %(mandatory_from)s, is missing.",
            "Insert the legal text of the conformity and hidden-defect guarantees box.",
        ),
        "clause_unopened_vehicle_condition": (
            "The terms of sale put conditions on goods returned after a withdrawal "
            "(unopened, unused, complete, original packaging): this is not a legal "
            "exclusion.",
            "Accept withdrawals of opened goods; only claim a depreciation for "
            "excessive handling.",
        ),
        "late_delivery_surcharge_clause_outdated": (
            "The late-delivery refund surcharges use the tiers of contracts before "
            "%(reform_date)s.",
            "Use %(tier1_percent)s %% up to %(tier1_days)s days, %(tier2_percent)s %% "
            "up to %(tier2_days)s days and %(beyond_percent)s %% beyond.",
        ),
        "mediation_prior_to_court_clause": (
            "The terms of sale make a prior step (mediation or registered letter) a "
            "prerequisite to going to court.",
            "Present mediation as optional; the customer may go to court directly.",
        ),
        "annex_excludes_delivery_refund": (
            "The terms of sale exclude the refund of delivery costs on withdrawal.",
            "Refund the initial standard delivery cost on withdrawal.",
        ),
        "risk_transfer_at_carrier": (
            "Delivery or risk is said to pass at handover to the carrier.",
            "Risk passes when the customer takes physical possession of the goods.",
        ),
        "clause_more_restrictive_than_L216-6": (
            "Cancellation for late delivery is subject to conditions stricter than "
            "the law.",
            "Allow termination after a formal notice left unmet, by any durable "
            "medium.",
        ),
        "cancellation_fee_legal_risk": (
            "The terms of sale charge cancellation fees, which must never apply to a "
            "withdrawal.",
            "Exclude withdrawals and late-delivery terminations from any cancellation "
            "fee.",
        ),
        "commercial_guarantee_duration_unit_missing": (
            "A commercial guarantee duration has no unit.",
            "State the duration with its unit (months or years).",
        ),
        "legal_guarantee_restricted": (
            "The terms of sale restrict the legal guarantee (claim window, original "
            "packaging or resale condition, exchange only, approved expert, "
            "manufacturer's warranty only or fees).",
            "Remove conditions that limit the legal guarantee; they are deemed "
            "unwritten.",
        ),
        "transport_reserve_forfeits_rights": (
            "Missing the transport-reserve or complaint window is said to forfeit the "
            "customer's rights against the merchant.",
            "Keep the window informative: the customer keeps the "
            "%(guarantee_years)s-year legal guarantee against the merchant.",
        ),
        "suspicious_duration": (
            "An unusual duration is stated (possible typo).",
            "Check the durations stated in the terms of sale.",
        ),
        "transport_reserve_below_legal_minimum": (
            "The transport-reserve window is shorter than %(legal_days)s days.",
            "Allow at least %(legal_days)s days (%(consumer_days)s days when the "
            "customer could not check the goods).",
        ),
        "complaint_window_below_legal_minimum": (
            "The complaint window for damaged goods is shorter than %(legal_days)s "
            "days.",
            "Allow at least %(legal_days)s days after receipt.",
        ),
        "archive_threshold_above_legal_maximum": (
            "Contracts from %(threshold)s € must be archived; the threshold is higher.",
            "Archive every contract of %(threshold)s € or more.",
        ),
        "archive_period_below_legal_minimum": (
            "Contracts must be kept %(years)s years; the period is shorter.",
            "Keep the contracts for at least %(years)s years.",
        ),
        "harmonised_notice_missing": (
            "The online shop sells to consumers without the harmonised notice on the "
            "legal guarantee, mandatory since %(mandatory_from)s.",
            "Show the harmonised notice prominently on the product pages, before the "
            "order button and in the order confirmation.",
        ),
        "repair_extension_outdated": (
            "The terms promise %(old_months)s months of extension after a repair; "
            "contracts from %(effective_from)s get %(legal_months)s months.",
            "State that a repair under the legal guarantee extends it by "
            "%(legal_months)s months for contracts from %(effective_from)s "
            "(%(old_months)s months before).",
        ),
        "negative_policy_value": (
            "A policy value is negative.",
            "Enter zero or a positive value.",
        ),
        "invalid_policy_value": (
            "A policy value is not one of the accepted choices.",
            "Choose one of the accepted values.",
        ),
    }
)
"""Every finding code: ``code -> (message, fix)``, English %-templates over the
finding's params. The one wording of each finding: the addons translate these
templates (their French is in ``consumer_law/i18n/fr.po``) and fill them with the
params formatted for the user's language."""

FINDING_CODES: Final[MappingProxyType[str, tuple[str, str]]] = MappingProxyType(
    {code: (entry[0], entry[1]) for code, entry in _CATALOGUE.items()}
)
"""Every finding code: ``code -> (severity, article)``."""

FINDING_PARAMS: Final[MappingProxyType[str, Mapping[str, object]]] = MappingProxyType(
    {code: entry[2] for code, entry in _CATALOGUE.items()}
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
    severity, article, defaults = _CATALOGUE[code]
    template, fix_template = FINDING_TEMPLATES[code]
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
