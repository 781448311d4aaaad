# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Withdrawal window (L221-18 to L221-21; LEGAL_RULES §2)."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consumer_law_rules import (
    REGIONS,
    LegalCalendar,
    NegativeValueError,
    Period,
    RuleError,
    UnknownRegionError,
    is_withdrawal_timely,
    period_from_event,
    withdrawal_deadline,
    withdrawal_deadline_without_information,
    withdrawal_period,
)
from consumer_law_rules.exceptions import DateOrderError


@pytest.mark.parametrize(
    ("received", "days", "region", "expected"),
    [
        pytest.param(date(2026, 5, 4), 14, "FR", date(2026, 5, 18),
                     id="plain-monday-to-monday"),
        pytest.param(date(2025, 4, 24), 14, "FR", date(2025, 5, 9),
                     id="ends-8-may-2025-thursday"),
        pytest.param(date(2026, 5, 2), 14, "FR", date(2026, 5, 18),
                     id="ends-saturday-16-may"),
        pytest.param(date(2026, 5, 11), 14, "FR", date(2026, 5, 26),
                     id="ends-whit-monday-2026"),
        pytest.param(date(2026, 4, 30), 14, "FR", date(2026, 5, 15),
                     id="ends-ascension-bridge-day-works"),
        pytest.param(date(2026, 6, 30), 14, "FR", date(2026, 7, 15),
                     id="ends-14-july-tuesday"),
        pytest.param(date(2026, 10, 18), 14, "FR", date(2026, 11, 2),
                     id="ends-all-saints-sunday"),
        pytest.param(date(2026, 10, 28), 14, "FR", date(2026, 11, 12),
                     id="ends-armistice-wednesday"),
        pytest.param(date(2025, 12, 18), 14, "FR", date(2026, 1, 2),
                     id="ends-new-year"),
        pytest.param(date(2026, 12, 11), 14, "FR", date(2026, 12, 28),
                     id="ends-christmas-friday"),
        pytest.param(date(2026, 3, 20), 14, "FR", date(2026, 4, 3),
                     id="good-friday-works-in-mainland"),
        pytest.param(date(2026, 3, 20), 14, "FR-57", date(2026, 4, 7),
                     id="alsace-good-friday-weekend-easter-monday"),
        pytest.param(date(2025, 12, 12), 14, "FR", date(2025, 12, 26),
                     id="26-december-works-in-mainland"),
        pytest.param(date(2025, 12, 12), 14, "FR-68", date(2025, 12, 29),
                     id="alsace-26-december"),
        pytest.param(date(2026, 5, 8), 14, "FR-972", date(2026, 5, 26),
                     id="martinique-22-may-then-whit-monday"),
        pytest.param(date(2027, 12, 6), 14, "FR-974", date(2027, 12, 21),
                     id="reunion-20-december"),
        pytest.param(date(2026, 5, 27), 14, "FR-973", date(2026, 6, 11),
                     id="guyane-10-june"),
        pytest.param(date(2026, 4, 13), 14, "FR-976", date(2026, 4, 28),
                     id="mayotte-27-april"),
        pytest.param(date(2026, 9, 25), 14, "FR-977", date(2026, 10, 12),
                     id="saint-barthelemy-9-october"),
        pytest.param(date(2026, 5, 13), 14, "FR-971", date(2026, 5, 28),
                     id="guadeloupe-27-may"),
        pytest.param(date(2026, 5, 13), 14, "FR-978", date(2026, 5, 29),
                     id="saint-martin-27-and-28-may"),
        pytest.param(date(2026, 4, 24), 30, "FR", date(2026, 5, 26),
                     id="raynaud-30-days-sunday-then-whit-monday"),
        pytest.param(date(2026, 7, 16), 30, "FR", date(2026, 8, 17),
                     id="raynaud-30-days-assumption-saturday"),
        pytest.param(date(2026, 5, 4), 7, "FR", date(2026, 5, 18),
                     id="wd-38-seven-days-clause-gets-the-law"),
        pytest.param(date(2026, 5, 4), 0, "FR", date(2026, 5, 18),
                     id="zero-days-clause-gets-the-law"),
    ],
)  # fmt: skip
def test_withdrawal_deadline(received, days, region, expected):
    assert withdrawal_deadline(received, days, region) == expected
    assert withdrawal_deadline([received], days=days, region=region) == expected


def test_multi_shipment_last_receipt_counts():
    """WD-25: three parcels of one order, the last received Saturday 9 May 2026."""
    receipts = [date(2026, 5, 4), date(2026, 5, 9), date(2026, 5, 6)]
    assert withdrawal_deadline(receipts) == date(2026, 5, 26)
    assert withdrawal_deadline(iter(receipts)) == date(2026, 5, 26)
    assert withdrawal_deadline(tuple(receipts)) == date(2026, 5, 26)


def test_datetime_receipt_uses_its_own_date():
    from datetime import datetime

    assert withdrawal_deadline(datetime(2026, 5, 4, 23, 59)) == date(2026, 5, 18)


@pytest.mark.parametrize(
    ("kind", "days", "expected"),
    [
        pytest.param("ouvre", 14, date(2026, 5, 27), id="14-jours-ouvres-longer"),
        pytest.param("ouvrable", 7, date(2026, 5, 18), id="wd-39-7-working-days-law"),
        pytest.param("calendar", 30, date(2026, 6, 3), id="30-calendar-days"),
    ],
)
def test_withdrawal_day_kinds_most_favourable_wins(kind, days, expected):
    assert withdrawal_deadline(date(2026, 5, 4), days, kind=kind) == expected


def test_withdrawal_period_starts_day_after_last_receipt():
    period = withdrawal_period([date(2026, 5, 2), date(2026, 5, 1)])
    assert period == Period(date(2026, 5, 3), date(2026, 5, 18), "L221-18")
    assert period.contains(date(2026, 5, 18))
    assert not period.contains(date(2026, 5, 2))


def test_withdrawal_errors():
    with pytest.raises(NegativeValueError) as info:
        withdrawal_deadline(date(2026, 5, 4), -1)
    assert (info.value.field, info.value.article) == ("days", "L221-18")
    with pytest.raises(RuleError) as empty:
        withdrawal_deadline([])
    assert empty.value.field == "receipt_dates"
    with pytest.raises(UnknownRegionError):
        withdrawal_deadline(date(2026, 5, 4), region="FR-75")
    with pytest.raises(TypeError):
        withdrawal_deadline(date(2026, 5, 4), 14.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        withdrawal_deadline(["2026-05-04"])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("received", "informed", "expected"),
    [
        pytest.param(date(2026, 5, 2), None, date(2027, 5, 18),
                     id="wd-43-plus-12-months"),
        pytest.param(date(2026, 5, 1), None, date(2027, 5, 18),
                     id="plus-12-months-saturday-then-whit-monday"),
        pytest.param(date(2026, 5, 1), date(2026, 9, 1), date(2026, 9, 15),
                     id="wd-44-information-given-later"),
        pytest.param(date(2026, 5, 1), date(2026, 5, 5), date(2026, 5, 19),
                     id="information-during-initial-window"),
        pytest.param(date(2026, 5, 1), date(2026, 4, 20), date(2026, 5, 15),
                     id="information-before-receipt-initial-end"),
        pytest.param(date(2026, 5, 1), date(2027, 6, 1), date(2027, 5, 18),
                     id="information-after-extension-too-late"),
        pytest.param(date(2026, 5, 1), date(2027, 5, 18), date(2027, 6, 1),
                     id="information-on-last-day-of-extension"),
    ],
)  # fmt: skip
def test_withdrawal_without_information(received, informed, expected):
    result = withdrawal_deadline_without_information(
        received, information_given_on=informed
    )
    assert result == expected


def test_withdrawal_timely():
    deadline = date(2026, 5, 18)
    assert is_withdrawal_timely(date(2026, 5, 18), deadline)
    assert is_withdrawal_timely(date(2026, 5, 1), deadline)
    assert not is_withdrawal_timely(date(2026, 5, 19), deadline)


def test_period_from_event():
    calendar = LegalCalendar("FR")
    period = period_from_event(
        date(2026, 5, 13), 3, kind="ouvrable", calendar=calendar, roll=False
    )
    assert period == Period(date(2026, 5, 14), date(2026, 5, 18), "")
    rolled = period_from_event(date(2026, 5, 2), 14, article="L221-18")
    assert rolled.end == date(2026, 5, 18)
    assert rolled.days == 16
    unrolled = period_from_event(date(2026, 5, 2), 14, roll=False)
    assert unrolled.end == date(2026, 5, 16)
    with pytest.raises(RuleError):
        period_from_event(date(2026, 5, 2), 0)
    with pytest.raises(NegativeValueError):
        period_from_event(date(2026, 5, 2), -3)


def test_period_rejects_end_before_start():
    with pytest.raises(DateOrderError) as info:
        Period(date(2026, 5, 2), date(2026, 5, 1), "L221-18")
    assert info.value.field == "end"


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
regions = st.sampled_from(sorted(REGIONS))


@given(received=dates, days=st.integers(min_value=0, max_value=60), region=regions)
def test_withdrawal_deadline_properties(received, days, region):
    deadline = withdrawal_deadline(received, days, region)
    unrolled = received + timedelta(days=max(days, 14))
    calendar = LegalCalendar(region)
    assert deadline >= unrolled
    assert deadline.weekday() < 5
    assert not calendar.is_holiday(deadline)
    # Saint-Martin keeps both 27 and 28 May: one more non-working day in a row.
    longest_run = 5 if region == "FR-978" else 4
    assert (deadline - unrolled).days <= longest_run
    assert withdrawal_period(received, days, region).start == received + timedelta(1)


@given(receipts=st.lists(dates, min_size=1, max_size=5))
def test_withdrawal_deadline_uses_last_receipt(receipts):
    assert withdrawal_deadline(receipts) == withdrawal_deadline(max(receipts))
