# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Delivery, guarantees, hidden defects, transport reserves, mediation, archiving."""

from datetime import date
from decimal import Decimal

import pytest

from consumer_law_rules import (
    AboveLegalCeilingError,
    Admissibility,
    BelowLegalFloorError,
    DateOrderError,
    NegativeValueError,
    RuleError,
    archive_until,
    commercial_guarantee_end,
    commercial_guarantee_extension,
    conformity_guarantee,
    conformity_remedy_deadline,
    data_retention_until,
    delivery_days_late,
    delivery_deadline_from_days,
    guarantee_after_remedy,
    hidden_defect_deadline,
    late_delivery_date,
    mediation_admissibility,
    mediation_deadlines,
    termination_refund_due_date,
    transport_reserve_deadline,
)

# --- Delivery (L216-1, L216-7) -----------------------------------------------------


def test_late_delivery_date():
    assert late_delivery_date(date(2026, 5, 4)) == date(2026, 6, 3)  # DL-04 30 days
    assert late_delivery_date(date(2026, 5, 4), date(2026, 5, 20)) == date(2026, 5, 20)
    assert late_delivery_date(date(2026, 5, 4), date(2026, 5, 4)) == date(2026, 5, 4)
    assert late_delivery_date(date(2026, 1, 15)) == date(2026, 2, 14)  # not rolled
    with pytest.raises(DateOrderError) as info:
        late_delivery_date(date(2026, 5, 4), date(2026, 5, 1))
    assert (info.value.field, info.value.article) == ("stated_date", "L216-1")


def test_delivery_days_late_and_deadlines():
    assert delivery_days_late(date(2026, 6, 3), date(2026, 6, 10)) == 7
    assert delivery_days_late(date(2026, 6, 3), date(2026, 6, 3)) == 0
    assert delivery_days_late(date(2026, 6, 3), date(2026, 5, 3)) == 0
    # Raynaud: 15 working days (ouvrés) from validation, Mon 4 May 2026.
    assert delivery_deadline_from_days(date(2026, 5, 4), 15, kind="ouvre") == date(
        2026, 5, 28
    )
    assert delivery_deadline_from_days(date(2026, 5, 4), 30) == date(2026, 6, 3)
    assert termination_refund_due_date(date(2026, 6, 10)) == date(2026, 6, 24)
    with pytest.raises(NegativeValueError):
        delivery_deadline_from_days(date(2026, 5, 4), -1)


# --- Legal guarantee of conformity (L217-3, L217-7, L217-13) ------------------------


@pytest.mark.parametrize(
    ("delivered", "second_hand", "contract", "end", "presumption_end"),
    [
        pytest.param(date(2026, 5, 4), False, None, date(2028, 5, 4),
                     date(2028, 5, 4), id="cg-01-new-24-months"),
        pytest.param(date(2026, 5, 4), True, None, date(2028, 5, 4),
                     date(2027, 5, 4), id="cg-02-second-hand-12-months"),
        pytest.param(date(2024, 2, 29), False, None, date(2026, 2, 28),
                     date(2026, 2, 28), id="cg-03-29-february"),
        pytest.param(date(2022, 1, 10), True, date(2021, 12, 31), date(2024, 1, 10),
                     date(2022, 7, 10), id="cg-06-pre-2022-second-hand-6-months"),
        pytest.param(date(2022, 1, 10), False, date(2021, 12, 31), date(2024, 1, 10),
                     date(2024, 1, 10), id="pre-2022-new-24-months"),
        pytest.param(date(2022, 1, 10), True, date(2022, 1, 1), date(2024, 1, 10),
                     date(2023, 1, 10), id="contract-on-reform-day"),
    ],
)  # fmt: skip
def test_conformity_guarantee(delivered, second_hand, contract, end, presumption_end):
    guarantee = conformity_guarantee(
        delivered, second_hand=second_hand, contract_date=contract
    )
    assert guarantee.start == delivered
    assert guarantee.end == end
    assert guarantee.presumption_end == presumption_end


def test_conformity_guarantee_merchant_presumption_never_shorter():
    delivered = date(2026, 5, 4)
    longer = conformity_guarantee(delivered, presumption_months=36)
    assert longer.presumption_end == date(2029, 5, 4)
    shorter = conformity_guarantee(delivered, second_hand=True, presumption_months=6)
    assert shorter.presumption_end == date(2027, 5, 4)
    assert "L217-7" in shorter.article


@pytest.mark.parametrize(
    ("end", "remedy", "delivered", "expected"),
    [
        pytest.param(date(2026, 3, 1), "repair", None, date(2026, 9, 1),
                     id="cg-04-repair-plus-6-months"),
        pytest.param(date(2026, 8, 31), "repair", date(2026, 1, 5), date(2027, 2, 28),
                     id="repair-end-of-month"),
        pytest.param(date(2026, 3, 1), "replacement", date(2025, 10, 15),
                     date(2027, 10, 15), id="cg-05-forced-replacement-new-2-years"),
        pytest.param(date(2026, 3, 1), "replacement", date(2023, 1, 1),
                     date(2026, 3, 1), id="replacement-never-shortens"),
        pytest.param(date(2026, 3, 1), "chosen_replacement", date(2025, 10, 15),
                     date(2026, 3, 1), id="chosen-replacement-unchanged"),
    ],
)  # fmt: skip
def test_guarantee_after_remedy(end, remedy, delivered, expected):
    # contracts before 2026-07-31: +6 months on repair (L217-13); the 12-month
    # extension of later contracts is tested in test_guarantee_2026.py
    result = guarantee_after_remedy(
        end,
        remedy=remedy,
        remedy_delivered_on=delivered,
        contract_date=date(2025, 12, 1),
    )
    assert result == expected


def test_guarantee_after_remedy_errors():
    with pytest.raises(RuleError) as unknown:
        guarantee_after_remedy(date(2026, 3, 1), remedy="refund")
    assert unknown.value.field == "remedy"
    with pytest.raises(RuleError) as missing:
        guarantee_after_remedy(date(2026, 3, 1), remedy="replacement")
    assert missing.value.field == "remedy_delivered_on"


@pytest.mark.parametrize(
    ("requested", "available", "returned", "expected"),
    [
        pytest.param(date(2026, 3, 2), None, date(2026, 3, 9), date(2027, 1, 17),
                     id="cm-01-seven-days-added"),
        pytest.param(date(2026, 3, 2), None, date(2026, 3, 8), date(2027, 1, 10),
                     id="cm-02-six-days-nothing"),
        pytest.param(date(2026, 3, 2), date(2026, 3, 5), date(2026, 3, 11),
                     date(2027, 1, 10), id="cm-03-counted-from-later-handover"),
        pytest.param(date(2026, 3, 2), date(2026, 2, 20), date(2026, 3, 20),
                     date(2027, 1, 28), id="handover-before-request"),
    ],
)  # fmt: skip
def test_commercial_guarantee_extension(requested, available, returned, expected):
    result = commercial_guarantee_extension(
        date(2027, 1, 10),
        requested_on=requested,
        returned_on=returned,
        made_available_on=available,
    )
    assert result == expected


def test_commercial_guarantee_extension_order():
    with pytest.raises(DateOrderError) as info:
        commercial_guarantee_extension(
            date(2027, 1, 10),
            requested_on=date(2026, 3, 2),
            returned_on=date(2026, 3, 1),
        )
    assert info.value.article == "L217-28"


@pytest.mark.parametrize(
    ("delivered", "months", "extension", "expected"),
    [
        pytest.param(date(2026, 3, 2), 12, 0, date(2027, 3, 2), id="cm-04-frame"),
        pytest.param(date(2026, 3, 2), 3, 0, date(2026, 6, 2), id="cm-04-engine"),
        pytest.param(date(2025, 11, 30), 3, 0, date(2026, 2, 28), id="month-end"),
        pytest.param(date(2026, 3, 2), 12, 9, date(2027, 3, 11), id="immobilised"),
        pytest.param(date(2026, 3, 2), 0, 9, None, id="no-guarantee"),
    ],
)  # fmt: skip
def test_commercial_guarantee_end(delivered, months, extension, expected):
    assert (
        commercial_guarantee_end(delivered, months=months, extension_days=extension)
        == expected
    )


def test_commercial_guarantee_end_never_shorter_than_extension():
    """Whatever the term, an immobilisation only lengthens it (L217-28)."""
    base = commercial_guarantee_end(date(2026, 3, 2), months=12)
    longer = commercial_guarantee_end(date(2026, 3, 2), months=12, extension_days=1)
    assert base is not None and longer is not None and longer > base
    with pytest.raises(NegativeValueError):
        commercial_guarantee_end(date(2026, 3, 2), months=-1)


def test_hidden_defect_deadline():
    assert hidden_defect_deadline(date(2026, 5, 4), sold_on=date(2020, 1, 15)) == date(
        2028, 5, 4
    )  # HD-01
    assert hidden_defect_deadline(date(2025, 6, 1), sold_on=date(2006, 1, 15)) == date(
        2026, 1, 15
    )  # HD-02 long-stop
    with pytest.raises(DateOrderError):
        hidden_defect_deadline(date(2020, 1, 1), sold_on=date(2020, 1, 15))


# --- Transport reserves (C. com. L133-3; L224-65) -------------------------------------


@pytest.mark.parametrize(
    ("received", "days", "region", "expected"),
    [
        pytest.param(date(2026, 5, 1), 3, "FR", date(2026, 5, 5),
                     id="tr-01-friday-1-may-sat-counts-sunday-skipped"),
        pytest.param(date(2026, 5, 7), 3, "FR", date(2026, 5, 12),
                     id="tr-02-victory-day-skipped"),
        pytest.param(date(2026, 5, 13), 3, "FR", date(2026, 5, 18),
                     id="tr-03-ascension-skipped"),
        pytest.param(date(2026, 5, 16), 3, "FR", date(2026, 5, 20),
                     id="tr-04-received-saturday"),
        pytest.param(date(2026, 5, 22), 3, "FR", date(2026, 5, 27),
                     id="tr-05-whit-monday-skipped"),
        pytest.param(date(2026, 6, 3), 3, "FR", date(2026, 6, 6),
                     id="tr-06-ends-saturday-no-roll-over"),
        pytest.param(date(2026, 4, 1), 3, "FR", date(2026, 4, 4),
                     id="good-friday-counts-in-mainland"),
        pytest.param(date(2026, 4, 1), 3, "FR-57", date(2026, 4, 7),
                     id="alsace-skips-good-friday-and-easter-monday"),
        pytest.param(date(2026, 5, 1), 1, "FR", date(2026, 5, 5),
                     id="below-3-days-gets-the-law"),
        pytest.param(date(2026, 5, 1), 8, "FR", date(2026, 5, 12),
                     id="tr-08-minialuxe-8-days"),
    ],
)  # fmt: skip
def test_transport_reserve_deadline(received, days, region, expected):
    assert transport_reserve_deadline(received, days, region) == expected


def test_transport_reserve_consumer_could_not_check():
    deadline = transport_reserve_deadline(
        date(2026, 5, 1), consumer_could_not_check=True
    )
    assert deadline == date(2026, 5, 15)  # 10 days, 8 May and Ascension skipped
    with pytest.raises(NegativeValueError):
        transport_reserve_deadline(date(2026, 5, 1), -1)


# --- Mediation (L612-2, R612-5) -------------------------------------------------------


@pytest.mark.parametrize(
    ("complaint", "requested", "kwargs", "reason"),
    [
        pytest.param(date(2025, 3, 10), date(2026, 3, 10), {}, None,
                     id="md-01-anniversary-day-admissible"),
        pytest.param(date(2025, 3, 10), date(2026, 3, 11), {}, "L612-2 4°",
                     id="md-02-day-after-anniversary"),
        pytest.param(None, date(2026, 3, 11), {}, "L612-2 1°",
                     id="md-03-no-written-complaint"),
        pytest.param(date(2026, 3, 1), date(2026, 3, 11),
                     {"manifestly_unfounded": True}, "L612-2 2°", id="md-04-unfounded"),
        pytest.param(date(2026, 3, 1), date(2026, 3, 11),
                     {"before_other_body": True}, "L612-2 3°", id="md-05-other-body"),
        pytest.param(date(2026, 3, 1), date(2026, 3, 11),
                     {"outside_competence": True}, "L612-2 5°",
                     id="outside-competence"),
        pytest.param(date(2026, 3, 1), date(2026, 3, 1), {}, None,
                     id="same-day-request"),
        pytest.param(date(2024, 2, 29), date(2025, 2, 28), {}, None,
                     id="md-07-leap-day-anniversary"),
        pytest.param(date(2024, 2, 29), date(2025, 3, 1), {}, "L612-2 4°",
                     id="md-07-leap-day-day-after"),
    ],
)  # fmt: skip
def test_mediation_admissibility(complaint, requested, kwargs, reason):
    result = mediation_admissibility(complaint, requested, **kwargs)
    assert result == Admissibility(reason is None, reason)


def test_mediation_request_before_complaint():
    with pytest.raises(DateOrderError) as info:
        mediation_admissibility(date(2026, 3, 10), date(2026, 3, 9))
    assert info.value.field == "request_on"


def test_mediation_deadlines():
    deadlines = mediation_deadlines(date(2026, 5, 4))
    assert deadlines.rejection_notice_by == date(2026, 5, 25)
    assert deadlines.outcome_by == date(2026, 8, 2)


# --- Archiving (L213-1, D213-1, D213-2) -----------------------------------------------


@pytest.mark.parametrize(
    ("total", "concluded", "delivered", "expected"),
    [
        pytest.param("120.00", date(2026, 5, 4), date(2026, 5, 12), date(2036, 5, 12),
                     id="ar-01-exactly-120-from-delivery"),
        pytest.param("119.99", date(2026, 5, 4), date(2026, 5, 12), None,
                     id="ar-02-below-threshold"),
        pytest.param(Decimal("500"), date(2026, 5, 4), None, date(2036, 5, 4),
                     id="ar-03-immediate-delivery"),
        pytest.param(120, date(2026, 5, 4), date(2026, 5, 4), date(2036, 5, 4),
                     id="delivered-same-day"),
        pytest.param(150.5, date(2024, 2, 29), None, date(2034, 2, 28),
                     id="leap-day-conclusion"),
    ],
)  # fmt: skip
def test_archive_until(total, concluded, delivered, expected):
    assert archive_until(total, concluded, delivered) == expected


def test_archive_until_merchant_may_keep_more():
    assert archive_until("100", date(2026, 5, 4), threshold=100, years=12) == date(
        2038, 5, 4
    )


def test_archive_until_errors():
    with pytest.raises(AboveLegalCeilingError) as above:
        archive_until(200, date(2026, 5, 4), threshold=150)
    assert (above.value.field, above.value.article) == ("threshold", "D213-1")
    with pytest.raises(BelowLegalFloorError) as below:
        archive_until(200, date(2026, 5, 4), years=5)
    assert (below.value.field, below.value.floor) == ("years", 10)
    with pytest.raises(DateOrderError):
        archive_until(200, date(2026, 5, 4), date(2026, 5, 1))
    with pytest.raises(NegativeValueError):
        archive_until(-1, date(2026, 5, 4))


def test_data_retention_until():
    """AR-04: Raynaud keeps customer data 3 years from the last purchase."""
    assert data_retention_until(date(2026, 5, 4), years=3) == date(2029, 5, 4)
    assert data_retention_until(date(2024, 2, 29), years=3) == date(2027, 2, 28)
    with pytest.raises(NegativeValueError):
        data_retention_until(date(2026, 5, 4), years=-1)


# --- Remedy under the legal guarantee (L217-10) --------------------------------------


@pytest.mark.parametrize(
    ("requested", "days", "expected"),
    [
        (date(2026, 5, 6), 30, date(2026, 6, 5)),
        (date(2026, 1, 31), 30, date(2026, 3, 2)),  # calendar days, never rolled
        (date(2026, 12, 15), 30, date(2027, 1, 14)),
        (date(2026, 5, 6), 0, date(2026, 5, 6)),
        (date(2026, 5, 6), 15, date(2026, 5, 21)),
    ],
)  # fmt: skip
def test_conformity_remedy_deadline(requested, days, expected):
    assert conformity_remedy_deadline(requested, days=days) == expected


def test_conformity_remedy_deadline_bounded_by_the_law():
    """More than 30 days, or negative days, are refused naming L217-10."""
    assert conformity_remedy_deadline(date(2026, 5, 6)) == date(2026, 6, 5)
    with pytest.raises(RuleError) as info:
        conformity_remedy_deadline(date(2026, 5, 6), days=31)
    assert (info.value.field, info.value.article) == ("days", "L217-10")
    with pytest.raises(NegativeValueError):
        conformity_remedy_deadline(date(2026, 5, 6), days=-1)
