# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Storage fee, retention of title (L624-9, C. civ. 2371) and penalty clause."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consumer_law_rules import (
    FLOORS,
    NegativeValueError,
    Policy,
    RuleError,
    StorageFee,
    check_floor,
    check_policy,
    formal_notice_deadline,
    penalty_amount,
    retention_claim_deadline,
    retention_surplus,
    storage_fee,
)

# --- Storage fee (SmallMX art. 9.5) -------------------------------------------------


@pytest.mark.parametrize(
    ("last_slot", "chosen", "rate", "days", "fee"),
    [
        # Fri 1 May 2026 is a holiday, then a weekend: all calendar days count.
        (date(2026, 4, 30), date(2026, 5, 4), "15", 4, Decimal("60.00")),
        (date(2026, 4, 30), date(2026, 4, 30), "15", 0, Decimal("0.00")),
        (date(2026, 4, 30), date(2026, 4, 28), "15", 0, Decimal("0.00")),
        (date(2026, 4, 30), date(2026, 5, 1), 15, 1, Decimal("15.00")),
        (date(2026, 12, 24), date(2027, 1, 2), 12.5, 9, Decimal("112.50")),
        (date(2026, 4, 30), date(2026, 5, 10), "0", 10, Decimal("0.00")),
        (date(2026, 4, 30), date(2026, 5, 3), "0.333", 3, Decimal("1.00")),
    ],
    ids=[
        "SS-holiday-weekend",
        "SS-on-last-slot",
        "SS-before-last-slot",
        "SS-one-day",
        "SS-year-end-float-rate",
        "SS-zero-rate",
        "SS-rounding",
    ],
)
def test_storage_fee(last_slot, chosen, rate, days, fee):
    assert storage_fee(last_slot, chosen, rate_per_day=rate) == StorageFee(days, fee)


def test_storage_fee_refuses_negative_rate():
    with pytest.raises(NegativeValueError) as info:
        storage_fee(date(2026, 4, 30), date(2026, 5, 4), rate_per_day="-15")
    assert info.value.field == "rate_per_day"
    assert info.value.article == "C. civ. 1103"
    with pytest.raises(TypeError):
        storage_fee("2026-04-30", date(2026, 5, 4), rate_per_day=15)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    st.integers(min_value=-30, max_value=400),
    st.decimals(min_value=0, max_value=1000, places=2),
)
def test_storage_fee_is_days_times_rate(last_slot, offset, rate):
    result = storage_fee(
        last_slot, last_slot + timedelta(days=offset), rate_per_day=rate
    )
    assert result.days == max(0, offset)
    assert result.fee == (rate * result.days).quantize(Decimal("0.01"))
    later = storage_fee(
        last_slot, last_slot + timedelta(days=offset + 1), rate_per_day=rate
    )
    assert later.fee >= result.fee


# --- Retention of title ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "deadline"),
    [
        (date(2026, 3, 10), date(2026, 6, 10)),
        (date(2026, 11, 30), date(2027, 2, 28)),
        (date(2027, 11, 30), date(2028, 2, 29)),
        (date(2026, 5, 31), date(2026, 8, 31)),
        (date(2026, 3, 31), date(2026, 6, 30)),
        (date(2026, 10, 15), date(2027, 1, 15)),
    ],
    ids=[
        "RT-same-day",
        "RT-end-february",
        "RT-leap-february",
        "RT-31-to-31",
        "RT-31-to-30",
        "RT-year-change",
    ],
)
def test_retention_claim_deadline(published, deadline):
    assert retention_claim_deadline(published) == deadline


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)))
def test_retention_claim_deadline_is_about_three_months(published):
    deadline = retention_claim_deadline(published)
    assert 89 <= (deadline - published).days <= 92
    assert deadline.day <= published.day


@pytest.mark.parametrize(
    ("debt", "value", "surplus"),
    [
        ("700.00", "1000.00", Decimal("300.00")),
        ("1000", "700", Decimal("0.00")),
        ("1000", "1000", Decimal("0.00")),
        (0, "450.555", Decimal("450.56")),
    ],
    ids=["RT-03-surplus", "no-surplus", "equal", "rounding"],
)
def test_retention_surplus(debt, value, surplus):
    assert retention_surplus(debt, value) == surplus


def test_retention_surplus_refuses_negative_and_garbage():
    with pytest.raises(NegativeValueError) as info:
        retention_surplus("-1", "10")
    assert (info.value.field, info.value.article) == ("remaining_debt", "C. civ. 2371")
    with pytest.raises(NegativeValueError):
        retention_surplus("1", "-10")
    with pytest.raises(RuleError):
        retention_surplus("abc", "10")


@given(
    st.decimals(min_value=0, max_value=10**6, places=2),
    st.decimals(min_value=0, max_value=10**6, places=2),
)
def test_retention_surplus_never_exceeds_the_value(debt, value):
    surplus = retention_surplus(debt, value)
    assert Decimal(0) <= surplus <= value
    assert surplus == max(Decimal(0), value - debt)


# --- Penalty clause (C. civ. 1231-5) -------------------------------------------------


@pytest.mark.parametrize(
    ("owed", "rate", "fruitless", "penalty"),
    [
        ("250.00", 10, True, Decimal("25.00")),
        ("250.00", 10, False, Decimal("0.00")),
        ("99.95", "10", True, Decimal("10.00")),
        ("0", 10, True, Decimal("0.00")),
        ("250.00", 0, True, Decimal("0.00")),
    ],
    ids=["PY-13-penalty", "PY-12-no-notice", "rounding", "nothing-owed", "no-rate"],
)
def test_penalty_amount(owed, rate, fruitless, penalty):
    assert (
        penalty_amount(owed, rate_percent=rate, formal_notice_fruitless=fruitless)
        == penalty
    )


def test_penalty_refuses_negative_values():
    with pytest.raises(NegativeValueError) as info:
        penalty_amount("100", rate_percent=-10, formal_notice_fruitless=True)
    assert (info.value.field, info.value.article) == ("rate_percent", "C. civ. 1231-5")
    with pytest.raises(NegativeValueError):
        penalty_amount("-100", rate_percent=10, formal_notice_fruitless=False)


@given(
    st.decimals(min_value=0, max_value=10**6, places=2),
    st.decimals(min_value=0, max_value=100, places=2),
)
def test_penalty_is_proportional_and_needs_a_notice(owed, rate):
    assert penalty_amount(owed, rate_percent=rate, formal_notice_fruitless=False) == 0
    penalty = penalty_amount(owed, rate_percent=rate, formal_notice_fruitless=True)
    assert Decimal(0) <= penalty <= owed + Decimal("0.01")
    assert abs(penalty - owed * rate / 100) <= Decimal("0.005")


def test_formal_notice_deadline():
    assert formal_notice_deadline(date(2026, 11, 2)) == date(2026, 11, 10)
    assert formal_notice_deadline(date(2026, 11, 2), days=0) == date(2026, 11, 2)
    assert formal_notice_deadline(date(2026, 12, 28), days=15) == date(2027, 1, 12)
    with pytest.raises(NegativeValueError):
        formal_notice_deadline(date(2026, 11, 2), days=-1)


# --- Policy fields of the fees -------------------------------------------------------


def test_policy_fee_fields_have_legal_defaults_and_floors():
    policy = Policy()
    assert policy.storage_fee_rate == Decimal(0)
    assert policy.retention_of_title is False
    assert policy.penalty_rate_percent == Decimal(0)
    assert policy.formal_notice_days == 8
    assert FLOORS["storage_fee_rate"] == ("min", 0, "C. civ. 1103")
    assert FLOORS["penalty_rate_percent"] == ("min", 0, "C. civ. 1231-5")
    assert FLOORS["formal_notice_days"] == ("min", 0, "C. civ. 1344")
    mapped = Policy.from_mapping({"storage_fee_rate": 15.0, "penalty_rate_percent": 10})
    assert (mapped.storage_fee_rate, mapped.penalty_rate_percent) == (
        Decimal("15.0"),
        Decimal("10"),
    )
    check_floor("storage_fee_rate", 15)


@pytest.mark.parametrize(
    "field", ["storage_fee_rate", "penalty_rate_percent", "formal_notice_days"]
)
def test_negative_fee_policy_values_are_refused_and_reported(field):
    with pytest.raises(NegativeValueError) as info:
        check_floor(field, -1)
    assert info.value.field == field
    codes = [finding.code for finding in check_policy({field: -1})]
    assert "negative_policy_value" in codes
