# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Complaints and mediation: the one-year limit, the outcome date with its
extensions (R612-5) and the merchant's answer commitment."""

from datetime import date, timedelta

from hypothesis import given, strategies as st
import pytest

from consumer_law_rules import (
    COMPLAINT_ANSWER_DAYS_DEFAULT,
    COMPLAINT_ANSWER_MAX_DAYS,
    AboveLegalCeilingError,
    BelowLegalFloorError,
    DateOrderError,
    complaint_answer_due,
    mediation_admissibility,
    mediation_outcome_due,
    mediation_request_limit,
)

DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@pytest.mark.parametrize(
    ("complaint", "limit"),
    [
        pytest.param(date(2025, 3, 10), date(2026, 3, 10), id="anniversary"),
        pytest.param(date(2024, 2, 29), date(2025, 2, 28), id="leap-day"),
        pytest.param(date(2025, 12, 31), date(2026, 12, 31), id="year-end"),
    ],
)
def test_mediation_request_limit(complaint, limit):
    assert mediation_request_limit(complaint) == limit


@given(DATES)
def test_request_limit_is_the_last_admissible_day(complaint):
    limit = mediation_request_limit(complaint)
    assert mediation_admissibility(complaint, limit).admissible
    late = mediation_admissibility(complaint, limit + timedelta(days=1))
    assert late.reason == "L612-2 4°"
    assert 365 <= (limit - complaint).days <= 366


@pytest.mark.parametrize(
    ("received", "extended", "expected"),
    [
        pytest.param(date(2026, 5, 4), None, date(2026, 8, 2), id="90-days"),
        pytest.param(date(2026, 5, 4), date(2026, 8, 2), date(2026, 8, 2),
                     id="extension-on-the-90th-day"),
        pytest.param(date(2026, 5, 4), date(2026, 10, 30), date(2026, 10, 30),
                     id="extended"),
    ],
)  # fmt: skip
def test_mediation_outcome_due(received, extended, expected):
    assert mediation_outcome_due(received, extended_until=extended) == expected


def test_mediation_extension_before_outcome_refused():
    with pytest.raises(DateOrderError) as info:
        mediation_outcome_due(date(2026, 5, 4), extended_until=date(2026, 8, 1))
    assert info.value.field == "extended_until"
    assert info.value.article == "R612-5"


@given(DATES, st.integers(min_value=0, max_value=400))
def test_outcome_never_before_90_days(received, extra):
    extended = received + timedelta(days=90 + extra)
    assert mediation_outcome_due(received, extended_until=extended) == extended
    assert mediation_outcome_due(received) == received + timedelta(days=90)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        pytest.param(1, date(2026, 3, 11), id="next-day"),
        pytest.param(COMPLAINT_ANSWER_DAYS_DEFAULT, date(2026, 4, 9), id="default"),
        pytest.param(COMPLAINT_ANSWER_MAX_DAYS, date(2027, 3, 10), id="a-year"),
    ],
)
def test_complaint_answer_due(days, expected):
    assert complaint_answer_due(date(2026, 3, 10), days=days) == expected


@pytest.mark.parametrize(
    ("days", "error"),
    [
        pytest.param(0, BelowLegalFloorError, id="zero"),
        pytest.param(-3, BelowLegalFloorError, id="negative"),
        pytest.param(366, AboveLegalCeilingError, id="over-a-year"),
    ],
)
def test_complaint_answer_days_bounds(days, error):
    with pytest.raises(error) as info:
        complaint_answer_due(date(2026, 3, 10), days=days)
    assert info.value.field == "complaint_answer_days"


@pytest.mark.parametrize("days", [True, 2.5, "30"])
def test_complaint_answer_days_must_be_int(days):
    with pytest.raises(TypeError):
        complaint_answer_due(date(2026, 3, 10), days=days)
