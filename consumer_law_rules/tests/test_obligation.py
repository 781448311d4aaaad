# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Refund obligations by ground: article, due date, late surcharge."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import consumer_law_rules as clr

D = date


@pytest.mark.parametrize(
    ("ground", "article", "surcharge_article"),
    [
        ("withdrawal", "L221-24", "L242-4"),
        ("late_delivery", "L216-7", "L241-4"),
        ("conformity", "L217-17", ""),
        ("cancellation", "C. civ. 1229", ""),
        ("hidden_defect", "C. civ. 1644", ""),
        ("commercial_gesture", "", ""),
    ],
)
def test_articles_by_ground(ground, article, surcharge_article):
    assert clr.refund_obligation_article(ground) == article
    assert clr.refund_obligation_article(ground, surcharge=True) == surcharge_article


def test_every_ground_has_an_article_entry():
    for ground in clr.REFUND_GROUNDS:
        assert isinstance(clr.refund_obligation_article(ground), str)


@pytest.mark.parametrize(
    "call",
    [
        lambda: clr.refund_obligation_article("gift"),
        lambda: clr.refund_obligation_due_date("gift", D(2026, 5, 1)),
        lambda: clr.refund_obligation_surcharge(
            "gift",
            10,
            D(2026, 5, 1),
            D(2026, 6, 1),
            product_price=10,
            contract_date=D(2026, 4, 1),
        ),
    ],
    ids=["article", "due_date", "surcharge"],
)
def test_unknown_ground_refused(call):
    with pytest.raises(clr.RuleError, match="ground"):
        call()


@pytest.mark.parametrize(
    ("ground", "kwargs", "expected"),
    [
        # L221-24: informed Wed 6 May + 14 = 20 May, deferred to the first event
        ("withdrawal", {}, D(2026, 5, 20)),
        ("withdrawal", {"goods_back_on": D(2026, 5, 27)}, D(2026, 5, 27)),
        (
            "withdrawal",
            {"goods_back_on": D(2026, 5, 27), "shipment_proof_on": D(2026, 5, 22)},
            D(2026, 5, 22),
        ),
        (
            "withdrawal",
            {"goods_back_on": D(2026, 5, 27), "merchant_collects": True},
            D(2026, 5, 20),
        ),
        ("withdrawal", {"days": 7}, D(2026, 5, 13)),
        # L216-7: 14 days after the termination reached the merchant, never rolled
        ("late_delivery", {}, D(2026, 5, 20)),
        ("late_delivery", {"days": 3}, D(2026, 5, 20)),
        # L217-17: 14 days after the goods back or the proof of shipment
        ("conformity", {}, D(2026, 5, 20)),
        ("conformity", {"shipment_proof_on": D(2026, 5, 12)}, D(2026, 5, 26)),
        (
            "conformity",
            {"shipment_proof_on": D(2026, 5, 12), "goods_back_on": D(2026, 5, 9)},
            D(2026, 5, 23),
        ),
        # goods sent back before the decision: the decision starts the delay
        ("conformity", {"goods_back_on": D(2026, 5, 1)}, D(2026, 5, 20)),
        (
            "conformity",
            {"goods_back_on": D(2026, 5, 12), "goods_come_back": False},
            D(2026, 5, 20),
        ),
        # contractual grounds: the policy's delay
        ("cancellation", {"days": 10}, D(2026, 5, 16)),
        ("hidden_defect", {}, D(2026, 5, 20)),
        ("commercial_gesture", {"days": 0}, D(2026, 5, 6)),
    ],
)
def test_due_date_by_ground(ground, kwargs, expected):
    assert clr.refund_obligation_due_date(ground, D(2026, 5, 6), **kwargs) == expected


def test_withdrawal_delay_above_legal_maximum_refused():
    with pytest.raises(clr.AboveLegalCeilingError):
        clr.refund_obligation_due_date("withdrawal", D(2026, 5, 6), days=15)


def test_contractual_negative_delay_refused():
    with pytest.raises(clr.NegativeValueError):
        clr.refund_obligation_due_date("cancellation", D(2026, 5, 6), days=-1)


@pytest.mark.parametrize(
    ("ground", "days_late", "contract_date", "expected"),
    [
        ("withdrawal", 0, D(2026, 4, 1), "0.00"),
        ("withdrawal", 11, D(2026, 4, 1), "5.00"),
        ("withdrawal", 400, D(2026, 4, 1), "80.00"),  # capped at the goods' price
        ("late_delivery", 0, D(2026, 4, 1), "0.00"),
        ("late_delivery", 14, D(2026, 4, 1), "10.00"),
        ("late_delivery", 15, D(2026, 4, 1), "20.00"),
        ("late_delivery", 31, D(2026, 4, 1), "50.00"),
        ("late_delivery", 31, D(2021, 12, 31), "20.00"),
        ("late_delivery", 400, D(2026, 4, 1), "50.00"),  # no cap
        ("conformity", 400, D(2026, 4, 1), "0.00"),
        ("cancellation", 30, D(2026, 4, 1), "0.00"),
        ("commercial_gesture", 30, D(2026, 4, 1), "0.00"),
    ],
)
def test_surcharge_by_ground(ground, days_late, contract_date, expected):
    due = D(2026, 5, 20)
    surcharge = clr.refund_obligation_surcharge(
        ground,
        100,
        due,
        due + timedelta(days=days_late),
        product_price=80,
        contract_date=contract_date,
        legal_rate_percent="6.67",
    )
    assert surcharge == Decimal(expected)


def test_surcharge_paid_early_is_zero():
    surcharge = clr.refund_obligation_surcharge(
        "late_delivery",
        100,
        D(2026, 5, 20),
        D(2026, 5, 1),
        product_price=100,
        contract_date=D(2026, 4, 1),
    )
    assert surcharge == Decimal("0.00")


@given(
    ground=st.sampled_from(clr.REFUND_GROUNDS),
    started=st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)),
    days=st.integers(min_value=0, max_value=14),
    back=st.one_of(st.none(), st.integers(min_value=-30, max_value=120)),
)
def test_due_date_never_before_start(ground, started, days, back):
    """Whatever the ground and the events, the obligation is never due before it
    started, and never later than 14 days after its last event."""
    goods_back = started + timedelta(days=back) if back is not None else None
    due = clr.refund_obligation_due_date(
        ground, started, days=days, goods_back_on=goods_back
    )
    assert due >= started
    latest = max(started, goods_back or started) + timedelta(days=14)
    assert due <= latest


@given(
    ground=st.sampled_from(clr.REFUND_GROUNDS),
    amount=st.decimals(min_value=0, max_value=100000, places=2),
    days_late=st.integers(min_value=0, max_value=2000),
)
def test_surcharge_monotonic_in_delay(ground, amount, days_late):
    """Paying later never lowers the surcharge."""
    due = D(2026, 1, 10)
    kwargs = {"product_price": amount, "contract_date": D(2025, 12, 1)}
    now = clr.refund_obligation_surcharge(
        ground, amount, due, due + timedelta(days=days_late), **kwargs
    )
    later = clr.refund_obligation_surcharge(
        ground, amount, due, due + timedelta(days=days_late + 1), **kwargs
    )
    assert Decimal(0) <= now <= later
