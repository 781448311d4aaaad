# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Statutory surcharges (L242-4, L241-4; LEGAL_RULES §4-5) and legal rates."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consumer_law_rules import (
    LEGAL_INTEREST_RATES,
    NegativeValueError,
    RuleError,
    late_delivery_refund_surcharge,
    late_refund_surcharge,
    late_refund_surcharge_for_dates,
    late_refund_surcharge_percent,
    legal_interest_rate,
)

# Sums due 200 (products 150 + delivery 50), rate H1 2026 6.67 %, cap = 150.
L242_4_TABLE = [
    (-5, "0.00"),
    (0, "0.00"),
    (1, "0.04"),  # 200 x 6.67 % x 1/365 = 0.0365
    (10, "0.37"),  # 200 x 6.67 % x 10/365 = 0.3655
    (11, "10.00"),
    (20, "10.00"),
    (21, "20.00"),
    (30, "20.00"),
    (31, "40.00"),
    (60, "40.00"),
    (61, "100.00"),
    (90, "100.00"),
    (91, "110.00"),  # 55 %
    (120, "110.00"),  # still the first started month
    (121, "120.00"),  # 60 %
    (151, "130.00"),  # 65 %
    (211, "150.00"),  # 75 % = 150, exactly the cap
    (241, "150.00"),  # 80 % = 160, capped at the product price
    (400, "150.00"),
]


@pytest.mark.parametrize(
    ("days", "expected"),
    [pytest.param(d, e, id=f"l2424-d{d}") for d, e in L242_4_TABLE],
)
def test_late_refund_surcharge_table(days, expected):
    surcharge = late_refund_surcharge(
        200, days, product_price=150, legal_rate_percent="6.67"
    )
    assert surcharge == Decimal(expected)


@pytest.mark.parametrize(
    ("days", "percent"),
    [
        (0, "0"), (1, None), (10, None), (11, "5"), (20, "5"), (21, "10"), (30, "10"),
        (31, "20"), (60, "20"), (61, "50"), (90, "50"), (91, "55"), (120, "55"),
        (121, "60"), (150, "60"), (151, "65"),
    ],
)  # fmt: skip
def test_late_refund_surcharge_percent(days, percent):
    expected = None if percent is None else Decimal(percent)
    assert late_refund_surcharge_percent(days) == expected


def test_late_refund_surcharge_accepts_amount_types():
    assert late_refund_surcharge(
        Decimal("99.99"), 15, product_price=99.99, legal_rate_percent=6.67
    ) == Decimal("5.00")  # 4.9995 rounds half-up
    assert late_refund_surcharge(
        "0.10", 15, product_price="1", legal_rate_percent=0
    ) == Decimal("0.01")  # 0.005 half-up


@pytest.mark.parametrize(
    "kwargs",
    [
        {"amount_due": -1},
        {"product_price": -1},
        {"legal_rate_percent": "-0.5"},
    ],
)
def test_late_refund_surcharge_negative(kwargs):
    values = {"amount_due": 100, "product_price": 100, "legal_rate_percent": "6.67"}
    values.update(kwargs)
    with pytest.raises(NegativeValueError) as info:
        late_refund_surcharge(
            values["amount_due"],
            10,
            product_price=values["product_price"],
            legal_rate_percent=values["legal_rate_percent"],
        )
    assert info.value.field == next(iter(kwargs))
    assert info.value.article == "L242-4"


def test_late_refund_surcharge_rejects_non_int_days():
    with pytest.raises(TypeError):
        late_refund_surcharge(1, 1.5, product_price=1, legal_rate_percent=1)
    with pytest.raises(TypeError):
        late_refund_surcharge(1, True, product_price=1, legal_rate_percent=1)


def test_late_refund_surcharge_for_dates_uses_due_date_semester():
    # Due 30 June 2025 (H1 2025, 7.21 %), refunded 10 days later in H2.
    surcharge = late_refund_surcharge_for_dates(
        1000, date(2025, 6, 30), date(2025, 7, 10), product_price=1000
    )
    assert surcharge == Decimal("1.98")  # 1000 x 7.21 % x 10/365 = 1.975
    explicit = late_refund_surcharge_for_dates(
        1000,
        date(2025, 6, 30),
        date(2025, 7, 10),
        product_price=1000,
        legal_rate_percent="6.65",
    )
    assert explicit == Decimal("1.82")
    assert late_refund_surcharge_for_dates(
        100, date(2026, 5, 18), date(2026, 5, 18), product_price=100
    ) == Decimal("0.00")


rates = st.decimals(min_value=0, max_value=50, places=2)
amounts = st.decimals(min_value=0, max_value=100000, places=2)


@given(
    amount=amounts,
    price=amounts,
    rate=rates,
    day=st.integers(min_value=-10, max_value=800),
)
def test_late_refund_surcharge_monotonic_and_capped(amount, price, rate, day):
    def surcharge(days):
        return late_refund_surcharge(
            amount, days, product_price=price, legal_rate_percent=rate
        )

    today, tomorrow = surcharge(day), surcharge(day + 1)
    assert today <= tomorrow
    assert tomorrow <= price.quantize(Decimal("0.01"))
    assert today >= 0


L241_4_TABLE = [
    # (contract date, days late, expected % of 100)
    ("new-d0", date(2022, 1, 1), 0, "0.00"),
    ("new-d1", date(2022, 1, 1), 1, "10.00"),
    ("new-d14", date(2022, 1, 1), 14, "10.00"),
    ("new-d15", date(2022, 1, 1), 15, "20.00"),
    ("new-d30", date(2026, 5, 4), 30, "20.00"),
    ("new-d31", date(2026, 5, 4), 31, "50.00"),
    ("new-d365-no-cap", date(2026, 5, 4), 365, "50.00"),
    ("old-d-1", date(2021, 12, 31), -1, "0.00"),
    ("old-d1", date(2021, 12, 31), 1, "10.00"),
    ("old-d15", date(2021, 12, 31), 15, "10.00"),
    ("old-d30", date(2021, 12, 31), 30, "10.00"),
    ("old-d31", date(2020, 6, 1), 31, "20.00"),
    ("old-d60", date(2020, 6, 1), 60, "20.00"),
    ("old-d61", date(2020, 6, 1), 61, "50.00"),
]


@pytest.mark.parametrize(
    ("contract", "days", "expected"),
    [pytest.param(c, d, e, id=f"l2414-{name}") for name, c, d, e in L241_4_TABLE],
)
def test_late_delivery_refund_surcharge(contract, days, expected):
    assert late_delivery_refund_surcharge(100, days, contract_date=contract) == Decimal(
        expected
    )


def test_late_delivery_refund_surcharge_rounding_and_errors():
    assert late_delivery_refund_surcharge(
        "33.35", 1, contract_date=date(2026, 1, 1)
    ) == Decimal("3.34")  # 3.335 half-up
    with pytest.raises(NegativeValueError):
        late_delivery_refund_surcharge(-1, 3, contract_date=date(2026, 1, 1))


@pytest.mark.parametrize(
    ("on", "consumer", "rate"),
    [
        pytest.param(date(2025, 1, 1), True, "7.21", id="h1-2025-first-day"),
        pytest.param(date(2025, 6, 30), False, "3.71", id="h1-2025-other"),
        pytest.param(date(2025, 7, 1), True, "6.65", id="h2-2025"),
        pytest.param(date(2025, 12, 31), False, "2.76", id="h2-2025-other"),
        pytest.param(date(2026, 1, 1), True, "6.67", id="h1-2026"),
        pytest.param(date(2026, 3, 15), False, "2.62", id="h1-2026-other"),
        pytest.param(date(2026, 12, 31), True, "6.67", id="after-table-last-rate"),
        pytest.param(date(2015, 1, 1), True, "4.06", id="first-semester"),
    ],
)
def test_legal_interest_rate(on, consumer, rate):
    assert legal_interest_rate(on, consumer=consumer) == Decimal(rate)


def test_legal_interest_rate_before_table():
    with pytest.raises(RuleError) as info:
        legal_interest_rate(date(2014, 12, 31))
    assert info.value.field == "on"


def test_legal_interest_rate_table_is_ordered_by_semester():
    starts = [start for start, _, _ in LEGAL_INTEREST_RATES]
    assert starts == sorted(starts)
    assert all(start.day == 1 and start.month in (1, 7) for start in starts)
