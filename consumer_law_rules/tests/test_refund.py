# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Refund after withdrawal (L221-24; LEGAL_RULES §3)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consumer_law_rules import (
    AboveLegalCeilingError,
    NegativeValueError,
    RuleError,
    refund_delivery_share,
    refund_due_date,
)

NOTIFIED = date(2026, 5, 4)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        pytest.param({}, date(2026, 5, 18), id="rf-01-base-14-days"),
        pytest.param({"goods_back_on": date(2026, 5, 25)}, date(2026, 5, 25),
                     id="rf-02-deferred-until-goods-back"),
        pytest.param({"goods_back_on": date(2026, 5, 25),
                      "shipment_proof_on": date(2026, 5, 21)}, date(2026, 5, 21),
                     id="rf-03-first-event-counts"),
        pytest.param({"shipment_proof_on": date(2026, 5, 10)}, date(2026, 5, 18),
                     id="rf-04-early-proof-keeps-base"),
        pytest.param({"goods_back_on": date(2026, 5, 1)}, date(2026, 5, 18),
                     id="goods-back-before-notification"),
        pytest.param({"goods_back_on": date(2026, 6, 1), "merchant_collects": True},
                     date(2026, 5, 18), id="merchant-collects-no-deferral"),
        pytest.param({"days": 10}, date(2026, 5, 14), id="shorter-merchant-period"),
        pytest.param({"days": 0}, NOTIFIED, id="same-day"),
    ],
)  # fmt: skip
def test_refund_due_date(kwargs, expected):
    assert refund_due_date(NOTIFIED, **kwargs) == expected


def test_refund_due_date_is_never_rolled():
    """RF-05: due on Saturday 16 May 2026 stays Saturday."""
    assert refund_due_date(date(2026, 5, 2)) == date(2026, 5, 16)
    assert refund_due_date(date(2026, 5, 11)) == date(2026, 5, 25)  # Whit Monday


def test_refund_due_date_positional_signature():
    due = refund_due_date(NOTIFIED, 14, date(2026, 5, 25), date(2026, 5, 21))
    assert due == date(2026, 5, 21)


def test_refund_due_date_errors():
    with pytest.raises(AboveLegalCeilingError) as above:
        refund_due_date(NOTIFIED, 15)
    assert (above.value.field, above.value.floor, above.value.article) == (
        "days",
        14,
        "L221-24",
    )
    assert "L221-24" in str(above.value)
    with pytest.raises(NegativeValueError):
        refund_due_date(NOTIFIED, -1)


@pytest.mark.parametrize(
    ("delivery", "returned", "total", "mode", "expected"),
    [
        pytest.param("9.90", 30, 90, "prorata_value", "3.30", id="ra-02-prorata"),
        pytest.param(10, 1, 3, "prorata_value", "3.33", id="prorata-rounds-down"),
        pytest.param(10, 2, 3, "prorata_value", "6.67", id="prorata-rounds-up"),
        pytest.param("0.05", 1, 2, "prorata_value", "0.03", id="half-up-cent"),
        pytest.param(10, 30, 90, "full", "10.00", id="partial-full-mode"),
        pytest.param(10, 30, 90, "none", "0.00", id="partial-none-mode"),
        pytest.param(10, 90, 90, "none", "10.00", id="full-withdrawal-always-full"),
        pytest.param(7.5, 90, 90, "prorata_value", "7.50", id="float-amount"),
        pytest.param(10, 0, 0, "none", "10.00", id="nothing-bought-full"),
    ],
)
def test_refund_delivery_share(delivery, returned, total, mode, expected):
    share = refund_delivery_share(
        delivery, returned_value=returned, total_goods_value=total, mode=mode
    )
    assert share == Decimal(expected)


def test_refund_delivery_share_standard_mode_cap():
    """RA-01: the extra cost of an express delivery is not owed."""
    share = refund_delivery_share(
        "15.00",
        returned_value=100,
        total_goods_value=100,
        standard_delivery_amount="6.90",
    )
    assert share == Decimal("6.90")


def test_refund_delivery_share_errors():
    with pytest.raises(RuleError) as mode:
        refund_delivery_share(10, returned_value=1, total_goods_value=2, mode="half")
    assert mode.value.field == "mode"
    with pytest.raises(RuleError) as more:
        refund_delivery_share(10, returned_value=3, total_goods_value=2)
    assert more.value.field == "returned_value"
    with pytest.raises(NegativeValueError):
        refund_delivery_share(-1, returned_value=1, total_goods_value=2)
    with pytest.raises(RuleError):
        refund_delivery_share("abc", returned_value=1, total_goods_value=2)
    with pytest.raises(RuleError):
        refund_delivery_share("NaN", returned_value=1, total_goods_value=2)
    with pytest.raises(TypeError):
        refund_delivery_share(True, returned_value=1, total_goods_value=2)
    with pytest.raises(TypeError):
        refund_delivery_share([1], returned_value=1, total_goods_value=2)


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@given(notified=dates, days=st.integers(min_value=0, max_value=14))
def test_refund_without_events_is_never_rolled(notified, days):
    assert refund_due_date(notified, days) == notified + timedelta(days=days)


@given(
    notified=dates,
    back=st.one_of(st.none(), dates),
    proof=st.one_of(st.none(), dates),
    collects=st.booleans(),
)
def test_refund_due_is_base_or_first_event(notified, back, proof, collects):
    due = refund_due_date(notified, 14, back, proof, merchant_collects=collects)
    base = notified + timedelta(days=14)
    assert due >= base
    events = [event for event in (back, proof) if event is not None]
    if collects or not events:
        assert due == base
    else:
        assert due == max(base, min(events))
