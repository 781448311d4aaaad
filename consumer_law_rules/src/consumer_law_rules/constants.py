# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Legal numbers and effective dates, each in exactly one place.

Articles are those of the Code de la consommation unless stated otherwise. Policy field
defaults (:class:`consumer_law_rules.policy.Policy`) import these values.

>>> WITHDRAWAL_MIN_DAYS, REFUND_MAX_DAYS, ARCHIVE_THRESHOLD
(14, 14, Decimal('120'))
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

# --- Withdrawal (L221-18 to L221-28) ---------------------------------------------
WITHDRAWAL_MIN_DAYS: Final = 14
"""Withdrawal period, calendar days from receipt (L221-18)."""
WITHDRAWAL_INFO_MISSING_EXTENSION_MONTHS: Final = 12
"""Extension when the withdrawal information was not given (L221-20)."""
RETURN_MAX_DAYS: Final = 14
"""Days the consumer has to send the goods back after withdrawing (L221-23)."""
HAMON_EFFECTIVE: Final = date(2014, 6, 14)
"""Contracts from this day have 14 days to withdraw (loi 2014-344, art. 34)."""
RECODIFICATION_2016_EFFECTIVE: Final = date(2016, 7, 1)
"""Ord. 2016-301: the L121-16 ff. articles became L221-1 ff."""
WITHDRAWAL_FUNCTION_MANDATORY: Final = date(2026, 6, 19)
"""Online withdrawal function mandatory (Dir. 2023/2673 art. 11a; L221-21)."""

# --- Refund after withdrawal (L221-24) and late-refund surcharge (L242-4) ---------
REFUND_MAX_DAYS: Final = 14
"""Refund at the latest 14 days after the merchant is informed (L221-24)."""

# --- Delivery (L216-1 ff.) and late-delivery surcharge (L241-4) -------------------
DELIVERY_DEFAULT_MAX_DAYS: Final = 30
"""No delivery date stated: at most 30 days after the contract (L216-1)."""
DELIVERY_TERMINATION_REFUND_DAYS: Final = 14
"""Refund after termination for late delivery (L216-7)."""
CONFORMITY_REFUND_DAYS: Final = 14
"""Refund after a price reduction or termination for lack of conformity: 14 days
from the goods coming back or the proof of their shipment (L217-17)."""
L241_4_REFORM_EFFECTIVE: Final = date(2022, 1, 1)
"""L241-4 tiers 14/30 days for contracts from this day (ord. 2021-1247 art. 13)."""
L241_4_TIERS: Final = ((14, Decimal(10)), (30, Decimal(20)))
"""L241-4 surcharge tiers since 2022: (last day late, percent)."""
L241_4_TIERS_PRE_2022: Final = ((30, Decimal(10)), (60, Decimal(20)))
"""L241-4 surcharge tiers of contracts before 2022: (last day late, percent)."""
L241_4_BEYOND_PERCENT: Final = Decimal(50)
"""L241-4 surcharge beyond the last tier."""

# --- Legal guarantee of conformity (L217-3 ff.) -----------------------------------
ORDINANCE_2021_1247_EFFECTIVE: Final = date(2022, 1, 1)
"""Contracts from this day follow the reformed guarantee (ord. 2021-1247)."""
CONFORMITY_GUARANTEE_YEARS: Final = 2
"""Defects appearing within 2 years of delivery (L217-3)."""
PRESUMPTION_MONTHS_NEW: Final = 24
"""Presumption of pre-existing defect, new goods (L217-7)."""
PRESUMPTION_MONTHS_SECOND_HAND: Final = 12
"""Presumption, second-hand goods, contracts from 2022-01-01 (L217-7)."""
PRESUMPTION_MONTHS_PRE_2022_NEW: Final = 24
"""Presumption, new goods, contracts before 2022 (old L217-7)."""
PRESUMPTION_MONTHS_PRE_2022_SECOND_HAND: Final = 6
"""Presumption, second-hand goods, contracts before 2022 (old L217-7)."""
PRESUMPTION_24_MONTHS_EFFECTIVE: Final = date(2016, 3, 18)
"""24-month presumption for new goods from this day (loi 2014-344, art. 15)."""
CONFORMITY_REMEDY_DAYS: Final = 30
"""Repair or replacement within 30 days of the request (L217-10, D217-1)."""
LEGAL_GUARANTEE_FINE_MAX: Final = Decimal(300000)
"""Civil fine for obstructing the legal guarantee in bad faith (L241-5)."""
LEGAL_GUARANTEE_FINE_TURNOVER_PERCENT: Final = 10
"""...or up to 10 % of the average annual turnover (L241-5)."""
REPAIR_EXTENSION_MONTHS: Final = 6
"""A good repaired under the legal guarantee gets 6 more months (L217-13)."""
RIGHT_TO_REPAIR_EFFECTIVE: Final = date(2026, 7, 31)
"""Contracts from this day: a repair extends the legal guarantee once by 12 months
(Dir. (EU) 2024/1799 art. 16 amending Dir. 2019/771 art. 10(1); art. 19)."""
REPAIR_EXTENSION_MONTHS_2024_1799: Final = 12
"""The repair extension of contracts from :data:`RIGHT_TO_REPAIR_EFFECTIVE`
(Dir. 2019/771 art. 10(1) as amended by Dir. (EU) 2024/1799)."""
HARMONISED_NOTICE_MANDATORY: Final = date(2026, 9, 27)
"""The harmonised notice on the legal guarantee and the durability label are
mandatory from this day (Dir. 2011/83 art. 5(1)(e), 6(1)(l), 22a as amended by
Dir. (EU) 2024/825; Impl. Reg. (EU) 2025/1960)."""
DURABILITY_LABEL_MIN_YEARS: Final = 2
"""The harmonised label is for a producer's free commercial guarantee of durability
of MORE than 2 years on the whole good (Dir. 2011/83 art. 22a(2), Dir. (EU)
2024/825)."""
COMMERCIAL_IMMOBILISATION_MIN_DAYS: Final = 7
"""Immobilisation added to a commercial guarantee from 7 days (L217-28)."""
LEGAL_GUARANTEE_BOX_MANDATORY: Final = date(2022, 10, 1)
"""The D211-2 legal-guarantee box is mandatory from this day (décret 2022-946)."""
HIDDEN_DEFECT_YEARS: Final = 2
"""Action for hidden defects: 2 years from discovery (C. civ. 1648)."""
HIDDEN_DEFECT_LONG_STOP_YEARS: Final = 20
"""Long-stop from the sale (C. civ. 2232)."""

# --- Transport damage (C. com. L133-3; C. consom. L224-65) ------------------------
TRANSPORT_RESERVE_MIN_DAYS: Final = 3
"""Reasoned protest to the carrier within 3 days (C. com. L133-3)."""
TRANSPORT_RESERVE_CONSUMER_DAYS: Final = 10
"""10 days when the consumer could not really check the goods (L224-65)."""

# --- Mediation (L612-1 ff.) and ODR -----------------------------------------------
MEDIATION_MAX_YEARS: Final = 1
"""Mediation request at most one year after the written complaint (L612-2 4°)."""
MEDIATION_REJECTION_NOTICE_DAYS: Final = 21
"""The mediator rejects a request within 3 weeks of the file (L612-2)."""
MEDIATION_OUTCOME_DAYS: Final = 90
"""Outcome within 90 days of the complete file (R612-5)."""
COMPLAINT_ANSWER_DAYS_DEFAULT: Final = 30
"""Default service commitment to answer a written complaint (no legal value)."""
COMPLAINT_ANSWER_MAX_DAYS: Final = 365
"""A complaint left unanswered a year could no longer go to mediation (L612-2 4°)."""
ODR_COMPLAINTS_STOPPED: Final = date(2025, 3, 20)
"""The EU ODR platform took no new complaints from this day (Reg. (EU) 2024/3228)."""
ODR_PLATFORM_CLOSED: Final = date(2025, 7, 20)
"""The EU ODR platform closed (Reg. (EU) 2024/3228)."""

# --- Archiving (L213-1, D213-1, D213-2) -------------------------------------------
ARCHIVE_THRESHOLD: Final = Decimal("120")
"""Electronic contracts of 120 EUR or more (incl. tax) are archived (D213-1)."""
ARCHIVE_YEARS: Final = 10
"""Archiving period (D213-2)."""

# --- Merchant settings without a legal value (defaults of the policy) ------------
CHEQUE_HOLD_DAYS_DEFAULT: Final = 0
"""Days an order paid by cheque waits for the cheque before it may be cancelled;
0 (no cancellation) unless the terms of sale set a hold period (no legal value)."""
DATA_RETENTION_YEARS_DEFAULT: Final = 3
"""Years customer data is kept after the last purchase (CNIL recommendation for
customer and prospect data; no legal floor)."""
DEFAULT_HOLIDAY_REGION: Final = "FR"
"""Calendar used when no delivery address gives a region: mainland France."""
