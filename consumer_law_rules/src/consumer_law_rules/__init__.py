# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""French/EU consumer-law date and money arithmetic, with no Odoo dependency.

Pure functions: dates, ``Decimal`` amounts and strings in; dates, ``Decimal`` amounts
and frozen dataclasses out. Nothing here reads the clock, converts time zones or does
I/O.

>>> from datetime import date
>>> import consumer_law_rules as clr
>>> clr.withdrawal_deadline(date(2026, 5, 11))  # +14 = Whit Monday 25 May
datetime.date(2026, 5, 26)
"""

from __future__ import annotations

from .archive import archive_until, data_retention_until
from .calendar import (
    OVERSEAS_REGIONS,
    REGIONS,
    DayKind,
    LegalCalendar,
    add_months,
    easter_sunday,
    region_for_address,
)
from .cancellation import (
    CANCELLATION_REASONS,
    CANCELLATION_STAGES,
    CancellationFee,
    cancellation_fee,
)
from .cgv_lint import lint_cgv_text, normalize_text
from .constants import (
    ARCHIVE_THRESHOLD,
    ARCHIVE_YEARS,
    CHEQUE_HOLD_DAYS_DEFAULT,
    COMMERCIAL_IMMOBILISATION_MIN_DAYS,
    COMPLAINT_ANSWER_DAYS_DEFAULT,
    COMPLAINT_ANSWER_MAX_DAYS,
    CONFORMITY_GUARANTEE_YEARS,
    CONFORMITY_REFUND_DAYS,
    CONFORMITY_REMEDY_DAYS,
    DATA_RETENTION_YEARS_DEFAULT,
    DEFAULT_HOLIDAY_REGION,
    DELIVERY_DEFAULT_MAX_DAYS,
    DELIVERY_TERMINATION_REFUND_DAYS,
    HAMON_EFFECTIVE,
    HIDDEN_DEFECT_LONG_STOP_YEARS,
    HIDDEN_DEFECT_YEARS,
    L241_4_BEYOND_PERCENT,
    L241_4_REFORM_EFFECTIVE,
    L241_4_TIERS,
    LEGAL_GUARANTEE_BOX_MANDATORY,
    LEGAL_GUARANTEE_FINE_MAX,
    LEGAL_GUARANTEE_FINE_TURNOVER_PERCENT,
    MEDIATION_MAX_YEARS,
    MEDIATION_OUTCOME_DAYS,
    MEDIATION_REJECTION_NOTICE_DAYS,
    ODR_COMPLAINTS_STOPPED,
    ODR_PLATFORM_CLOSED,
    ORDINANCE_2021_1247_EFFECTIVE,
    PRESUMPTION_24_MONTHS_EFFECTIVE,
    PRESUMPTION_MONTHS_NEW,
    PRESUMPTION_MONTHS_PRE_2022_NEW,
    PRESUMPTION_MONTHS_PRE_2022_SECOND_HAND,
    PRESUMPTION_MONTHS_SECOND_HAND,
    RECODIFICATION_2016_EFFECTIVE,
    REFUND_MAX_DAYS,
    REPAIR_EXTENSION_MONTHS,
    RETURN_MAX_DAYS,
    TRANSPORT_RESERVE_CONSUMER_DAYS,
    TRANSPORT_RESERVE_MIN_DAYS,
    WITHDRAWAL_FUNCTION_MANDATORY,
    WITHDRAWAL_INFO_MISSING_EXTENSION_MONTHS,
    WITHDRAWAL_MIN_DAYS,
)
from .delivery import (
    TERMINATION_MODES,
    Termination,
    delivery_days_late,
    delivery_deadline_from_days,
    delivery_due_date,
    late_delivery_date,
    late_delivery_termination,
    termination_refund_due_date,
)
from .exceptions import (
    AboveLegalCeilingError,
    BelowLegalFloorError,
    DateOrderError,
    NegativeValueError,
    RuleError,
    UnknownRegionError,
)
from .findings import FINDING_CODES, SEVERITIES, Finding
from .guarantee import (
    REMEDIES,
    Guarantee,
    commercial_guarantee_end,
    commercial_guarantee_extension,
    conformity_guarantee,
    conformity_remedy_deadline,
    guarantee_after_remedy,
    hidden_defect_deadline,
)
from .mediation import (
    Admissibility,
    MediationDeadlines,
    complaint_answer_due,
    mediation_admissibility,
    mediation_deadlines,
    mediation_outcome_due,
    mediation_request_limit,
)
from .obligation import (
    REFUND_GROUNDS,
    refund_obligation_article,
    refund_obligation_due_date,
    refund_obligation_surcharge,
)
from .payment import cheque_cancellation_date, installment_fee
from .penalty import (
    FORMAL_NOTICE_DEFAULT_DAYS,
    PENALTY_ARTICLE,
    formal_notice_deadline,
    penalty_amount,
)
from .periods import Period, period_from_event
from .policy import (
    FLOORS,
    Policy,
    check_floor,
    check_policy,
    validate_policy,
)
from .rates import LEGAL_INTEREST_RATES, legal_interest_rate
from .refund import (
    PARTIAL_DELIVERY_REFUND_MODES,
    refund_delivery_share,
    refund_due_date,
)
from .retention import (
    RETENTION_CLAIM_MONTHS,
    retention_claim_deadline,
    retention_surplus,
)
from .storage import StorageFee, storage_fee
from .surcharge import (
    late_delivery_refund_surcharge,
    late_refund_surcharge,
    late_refund_surcharge_for_dates,
    late_refund_surcharge_percent,
)
from .terms_text import TermsText
from .transport import transport_reserve_deadline
from .withdrawal import (
    is_withdrawal_timely,
    withdrawal_deadline,
    withdrawal_deadline_without_information,
    withdrawal_period,
)

__version__ = "1.0.0"

__all__ = [
    "CANCELLATION_REASONS",
    "CANCELLATION_STAGES",
    "TERMINATION_MODES",
    "CancellationFee",
    "Termination",
    "cancellation_fee",
    "cheque_cancellation_date",
    "delivery_due_date",
    "installment_fee",
    "late_delivery_termination",
    "ARCHIVE_THRESHOLD",
    "ARCHIVE_YEARS",
    "CHEQUE_HOLD_DAYS_DEFAULT",
    "COMMERCIAL_IMMOBILISATION_MIN_DAYS",
    "COMPLAINT_ANSWER_DAYS_DEFAULT",
    "COMPLAINT_ANSWER_MAX_DAYS",
    "CONFORMITY_GUARANTEE_YEARS",
    "CONFORMITY_REFUND_DAYS",
    "CONFORMITY_REMEDY_DAYS",
    "DATA_RETENTION_YEARS_DEFAULT",
    "DEFAULT_HOLIDAY_REGION",
    "L241_4_BEYOND_PERCENT",
    "L241_4_TIERS",
    "LEGAL_GUARANTEE_FINE_MAX",
    "LEGAL_GUARANTEE_FINE_TURNOVER_PERCENT",
    "TermsText",
    "DELIVERY_DEFAULT_MAX_DAYS",
    "DELIVERY_TERMINATION_REFUND_DAYS",
    "FINDING_CODES",
    "FLOORS",
    "FORMAL_NOTICE_DEFAULT_DAYS",
    "HAMON_EFFECTIVE",
    "HIDDEN_DEFECT_LONG_STOP_YEARS",
    "HIDDEN_DEFECT_YEARS",
    "L241_4_REFORM_EFFECTIVE",
    "LEGAL_GUARANTEE_BOX_MANDATORY",
    "LEGAL_INTEREST_RATES",
    "MEDIATION_MAX_YEARS",
    "MEDIATION_OUTCOME_DAYS",
    "MEDIATION_REJECTION_NOTICE_DAYS",
    "ODR_COMPLAINTS_STOPPED",
    "ODR_PLATFORM_CLOSED",
    "ORDINANCE_2021_1247_EFFECTIVE",
    "OVERSEAS_REGIONS",
    "PARTIAL_DELIVERY_REFUND_MODES",
    "PENALTY_ARTICLE",
    "PRESUMPTION_24_MONTHS_EFFECTIVE",
    "PRESUMPTION_MONTHS_NEW",
    "PRESUMPTION_MONTHS_PRE_2022_NEW",
    "PRESUMPTION_MONTHS_PRE_2022_SECOND_HAND",
    "PRESUMPTION_MONTHS_SECOND_HAND",
    "RECODIFICATION_2016_EFFECTIVE",
    "REFUND_GROUNDS",
    "REFUND_MAX_DAYS",
    "REGIONS",
    "REMEDIES",
    "REPAIR_EXTENSION_MONTHS",
    "RETENTION_CLAIM_MONTHS",
    "RETURN_MAX_DAYS",
    "SEVERITIES",
    "TRANSPORT_RESERVE_CONSUMER_DAYS",
    "TRANSPORT_RESERVE_MIN_DAYS",
    "WITHDRAWAL_FUNCTION_MANDATORY",
    "WITHDRAWAL_INFO_MISSING_EXTENSION_MONTHS",
    "WITHDRAWAL_MIN_DAYS",
    "AboveLegalCeilingError",
    "Admissibility",
    "BelowLegalFloorError",
    "DateOrderError",
    "DayKind",
    "Finding",
    "Guarantee",
    "LegalCalendar",
    "MediationDeadlines",
    "NegativeValueError",
    "Period",
    "Policy",
    "RuleError",
    "StorageFee",
    "UnknownRegionError",
    "__version__",
    "add_months",
    "archive_until",
    "check_floor",
    "check_policy",
    "commercial_guarantee_end",
    "commercial_guarantee_extension",
    "complaint_answer_due",
    "conformity_guarantee",
    "conformity_remedy_deadline",
    "data_retention_until",
    "delivery_days_late",
    "delivery_deadline_from_days",
    "easter_sunday",
    "formal_notice_deadline",
    "guarantee_after_remedy",
    "hidden_defect_deadline",
    "is_withdrawal_timely",
    "late_delivery_date",
    "late_delivery_refund_surcharge",
    "late_refund_surcharge",
    "late_refund_surcharge_for_dates",
    "late_refund_surcharge_percent",
    "legal_interest_rate",
    "lint_cgv_text",
    "mediation_admissibility",
    "mediation_deadlines",
    "mediation_outcome_due",
    "mediation_request_limit",
    "normalize_text",
    "penalty_amount",
    "period_from_event",
    "refund_delivery_share",
    "refund_due_date",
    "refund_obligation_article",
    "refund_obligation_due_date",
    "refund_obligation_surcharge",
    "region_for_address",
    "retention_claim_deadline",
    "retention_surplus",
    "storage_fee",
    "termination_refund_due_date",
    "transport_reserve_deadline",
    "validate_policy",
    "withdrawal_deadline",
    "withdrawal_deadline_without_information",
    "withdrawal_period",
]
