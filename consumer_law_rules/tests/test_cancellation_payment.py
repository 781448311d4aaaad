# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Cancellation fees (SmallMX 9.5, 13), late-delivery termination (L216-6,
L216-7), delivery due dates (L216-1), cheque hold and instalment fees."""

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, strategies as st
import pytest

from consumer_law_rules import (
    CANCELLATION_REASONS,
    CANCELLATION_STAGES,
    DateOrderError,
    NegativeValueError,
    Policy,
    RuleError,
    cancellation_fee,
    check_floor,
    check_policy,
    cheque_cancellation_date,
    cheque_hold_days,
    delivery_due_date,
    installment_amounts,
    installment_fee,
    late_delivery_termination,
    validate_policy,
)

# --- Cancellation fee (SmallMX art. 9.5 and 13) -------------------------------------


@pytest.mark.parametrize(
    ("stage", "return_cost", "fee", "refund", "risk"),
    [
        pytest.param("confirmed", 0, "0.00", "300.00", False, id="SF-01-before-prep"),
        pytest.param("prepared", 0, "60.00", "240.00", True, id="SF-02-prepared"),
        pytest.param("shipped", "42.30", "102.30", "197.70", True, id="SF-03-shipped"),
        pytest.param(
            "refused_at_delivery", 35, "95.00", "205.00", True, id="SF-04-refused"
        ),
        pytest.param("shipped", 0, "60.00", "240.00", True, id="shipped-no-notice"),
    ],
)
def test_cancellation_fee_by_stage(stage, return_cost, fee, refund, risk):
    result = cancellation_fee(300, stage, flat_fee=60, return_cost=return_cost)
    assert result.fee == Decimal(fee)
    assert result.refund == Decimal(refund)
    assert result.legal_risk is risk


@pytest.mark.parametrize("reason", CANCELLATION_REASONS)
@pytest.mark.parametrize("stage", ["confirmed", "prepared", "shipped", "delivered"])
def test_cancellation_with_legal_reason_costs_nothing(stage, reason):
    """SF-05/SF-06: withdrawal, late delivery, non-conformity: no fee, own
    return cost refunded."""
    return_cost = 30 if stage == "shipped" else 0
    result = cancellation_fee(
        300,
        stage,
        flat_fee=60,
        return_cost=return_cost,
        reason=reason,
        customer_paid_return_cost="12.50",
    )
    assert result.fee == Decimal("0.00")
    assert result.refund == Decimal("312.50")
    assert result.legal_risk is False
    assert result.article.startswith("L2")


def test_cancellation_fee_no_flat_fee_policy():
    assert cancellation_fee(300, "prepared", flat_fee=0).legal_risk is False


def test_cancellation_fee_above_paid_refunds_nothing():
    result = cancellation_fee(40, "shipped", flat_fee=60, return_cost=10)
    assert (result.fee, result.refund) == (Decimal("70.00"), Decimal("0.00"))


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"stage": "prepared", "flat_fee": -1}, NegativeValueError, "flat_fee"),
        ({"stage": "shipped", "return_cost": "-5"}, NegativeValueError, "return_cost"),
        ({"stage": "prepared", "return_cost": 5}, RuleError, "return_cost"),
        ({"stage": "confirmed", "return_cost": 5}, RuleError, "return_cost"),
        ({"stage": "lost"}, RuleError, "stage"),
        ({"stage": "shipped", "reason": "whim"}, RuleError, "reason"),
        ({"stage": "delivered"}, RuleError, "stage"),
        (
            {"stage": "shipped", "customer_paid_return_cost": 5},
            RuleError,
            "customer_paid_return_cost",
        ),
    ],
)
def test_cancellation_fee_refuses_bad_input(kwargs, error, field):
    kwargs = {"flat_fee": 60, **kwargs}
    stage = kwargs.pop("stage")
    with pytest.raises(error) as info:
        cancellation_fee(100, stage, **kwargs)
    assert info.value.field == field


@given(
    paid=st.decimals(min_value=0, max_value=10_000, places=2),
    flat=st.decimals(min_value=0, max_value=500, places=2),
    cost=st.decimals(min_value=0, max_value=500, places=2),
    stage=st.sampled_from(CANCELLATION_STAGES[:4]),
)
def test_cancellation_fee_invariants(paid, flat, cost, stage):
    """The fee grows with the stage; fee + refund = paid unless the fee exceeds it."""
    cost = cost if stage in ("shipped", "refused_at_delivery") else Decimal(0)
    result = cancellation_fee(paid, stage, flat_fee=flat, return_cost=cost)
    assert result.fee >= 0
    assert result.refund >= 0
    assert result.refund == max(paid - result.fee, 0)
    earlier = CANCELLATION_STAGES[max(CANCELLATION_STAGES.index(stage) - 1, 0)]
    previous = cancellation_fee(paid, earlier, flat_fee=flat)
    assert previous.fee <= result.fee
    assert result.legal_risk is (result.fee > 0)


# --- Delivery due date (L216-1) -----------------------------------------------------


@pytest.mark.parametrize(
    ("contract", "kwargs", "expected"),
    [
        pytest.param(date(2026, 5, 4), {}, date(2026, 6, 3), id="DL-04-30-days"),
        pytest.param(
            date(2026, 5, 4),
            {"stated_date": date(2026, 5, 12), "promise_days": 15},
            date(2026, 5, 12),
            id="stated-date-wins",
        ),
        # 8 May and Ascension (14 May) skipped; Saturdays count as ouvrables
        pytest.param(
            date(2026, 5, 4),
            {"promise_days": 15, "day_kind": "ouvre"},
            date(2026, 5, 28),
            id="raynaud-15-ouvres",
        ),
        pytest.param(
            date(2026, 5, 4),
            {"promise_days": 15, "day_kind": "ouvrable"},
            date(2026, 5, 23),
            id="raynaud-15-ouvrables",
        ),
        pytest.param(
            date(2026, 5, 4),
            {"promise_days": 15, "day_kind": "ouvre", "paid_on": date(2026, 5, 6)},
            date(2026, 6, 1),
            id="from-validation-and-payment",
        ),
        pytest.param(
            date(2026, 5, 4),
            {"promise_days": 15, "day_kind": "ouvre", "paid_on": date(2026, 5, 1)},
            date(2026, 5, 28),
            id="paid-before-validation",
        ),
        pytest.param(
            date(2026, 5, 4),
            {"promise_days": 10, "day_kind": "calendar"},
            date(2026, 5, 14),
            id="calendar-days",
        ),
    ],
)
def test_delivery_due_date(contract, kwargs, expected):
    assert delivery_due_date(contract, **kwargs) == expected


def test_delivery_due_date_refuses_stated_date_before_contract():
    with pytest.raises(DateOrderError):
        delivery_due_date(date(2026, 5, 4), stated_date=date(2026, 5, 1))


# --- Termination for late delivery (L216-6, L216-7) ---------------------------------

DUE = date(2026, 6, 3)


@pytest.mark.parametrize(
    ("terminated", "kwargs", "refund_due", "article"),
    [
        pytest.param(
            date(2026, 6, 20),
            {"notice_on": date(2026, 6, 4), "extra_until": date(2026, 6, 19)},
            date(2026, 7, 4),
            "L216-6 I",
            id="LD-02-after-notice",
        ),
        pytest.param(
            date(2026, 6, 4),
            {"mode": "essential_date"},
            date(2026, 6, 18),
            "L216-6 II",
            id="LD-03-essential",
        ),
        pytest.param(
            date(2026, 5, 20),
            {"mode": "refused"},
            date(2026, 6, 3),
            "L216-6 II",
            id="refused-before-date",
        ),
    ],
)
def test_late_delivery_termination(terminated, kwargs, refund_due, article):
    result = late_delivery_termination(DUE, terminated, **kwargs)
    assert (result.effective_on, result.refund_due, result.article) == (
        terminated,
        refund_due,
        article,
    )


@pytest.mark.parametrize(
    ("terminated", "kwargs", "field"),
    [
        (date(2026, 6, 20), {}, "notice_on"),
        (date(2026, 6, 20), {"notice_on": date(2026, 6, 4)}, "extra_until"),
        (
            date(2026, 6, 20),
            {"notice_on": DUE, "extra_until": date(2026, 6, 10)},
            "notice_on",
        ),
        (
            date(2026, 6, 20),
            {"notice_on": date(2026, 6, 10), "extra_until": date(2026, 6, 9)},
            "extra_until",
        ),
        (
            date(2026, 6, 19),
            {"notice_on": date(2026, 6, 4), "extra_until": date(2026, 6, 19)},
            "terminated_on",
        ),
        (DUE, {"mode": "essential_date"}, "terminated_on"),
        (date(2026, 6, 20), {"mode": "whenever"}, "mode"),
    ],
)
def test_late_delivery_termination_refused(terminated, kwargs, field):
    with pytest.raises(RuleError) as info:
        late_delivery_termination(DUE, terminated, **kwargs)
    assert info.value.field == field


# --- Cheque hold (Rallye art. 5) ----------------------------------------------------


@pytest.mark.parametrize(
    ("ordered", "hold", "expected"),
    [
        pytest.param(date(2026, 12, 1), 7, date(2026, 12, 9), id="PY-01-day-8"),
        pytest.param(date(2026, 12, 28), 7, date(2027, 1, 5), id="PY-02-new-year"),
        pytest.param(date(2026, 12, 1), 0, None, id="no-hold"),
        pytest.param(date(2026, 12, 1), 1, date(2026, 12, 3), id="one-day"),
    ],
)
def test_cheque_cancellation_date(ordered, hold, expected):
    assert cheque_cancellation_date(ordered, hold_days=hold) == expected


def test_cheque_cancellation_date_refuses_negative_hold():
    with pytest.raises(NegativeValueError):
        cheque_cancellation_date(date(2026, 12, 1), hold_days=-1)


@given(st.dates(), st.integers(min_value=1, max_value=60))
def test_cheque_cancellation_after_the_hold(ordered, hold):
    assume_ok = ordered < date(9999, 1, 1)
    if assume_ok:
        cancel = cheque_cancellation_date(ordered, hold_days=hold)
        assert cancel == ordered + timedelta(days=hold + 1)


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(min_value=1, max_value=60))
def test_cheque_hold_days_is_the_inverse(ordered, hold):
    cancel = cheque_cancellation_date(ordered, hold_days=hold)
    assert cheque_hold_days(ordered, cancel) == hold


def test_cheque_hold_days_refuses_a_cancellation_on_the_order_day():
    with pytest.raises(DateOrderError):
        cheque_hold_days(date(2026, 12, 1), date(2026, 12, 1))


# --- Instalment fees (SmallMX art. 8.2) ---------------------------------------------

ALMA = {"min_amount": 10, "max_amount": 2000}


@pytest.mark.parametrize(
    ("amount", "rate", "bounds", "expected"),
    [
        pytest.param("10", "0.65", ALMA, "0.07", id="PY-03-alma-2x-min"),
        pytest.param("9.99", "0.65", ALMA, None, id="PY-04-below-min"),
        pytest.param("2000", "1.29", ALMA, "25.80", id="PY-05-alma-3x-max"),
        pytest.param("2000.01", "1.29", ALMA, None, id="PY-06-above-max"),
        pytest.param("1000", "1.94", ALMA, "19.40", id="PY-07-alma-4x"),
        pytest.param("799", "1.58", {}, "12.62", id="PY-08-pledg-3x"),
        pytest.param("999.99", "2.36", {}, "23.60", id="PY-09-pledg-4x"),
        pytest.param("1500", "6.85", {}, "102.75", id="PY-10-pledg-10x"),
        pytest.param("1250.50", "8.28", {}, "103.54", id="PY-11-pledg-12x"),
        # 0.5 cent exactly: half-up
        pytest.param("50", "0.65", {}, "0.33", id="half-up"),
    ],
)
def test_installment_fee(amount, rate, bounds, expected):
    result = installment_fee(amount, rate_percent=rate, **bounds)
    assert result == (None if expected is None else Decimal(expected))


@pytest.mark.parametrize(
    ("total", "count", "expected"),
    [
        pytest.param("910.60", 3, ["303.54", "303.53", "303.53"], id="first-cents"),
        pytest.param("100", 4, ["25.00"] * 4, id="even"),
        pytest.param("0.05", 10, ["0.05"] + ["0.00"] * 9, id="fewer-cents"),
        pytest.param("59.9", 1, ["59.90"], id="one"),
        pytest.param("1153.45", 12, ["96.13"] + ["96.12"] * 11, id="pledg-12x"),
    ],
)
def test_installment_amounts(total, count, expected):
    amounts = installment_amounts(total, count)
    assert amounts == [Decimal(amount) for amount in expected]
    assert sum(amounts) == Decimal(total).quantize(Decimal("0.01"))


@pytest.mark.parametrize("count", [0, -1, True, 2.5])
def test_installment_amounts_refuses_bad_count(count):
    with pytest.raises(RuleError):
        installment_amounts(100, count)


def test_installment_amounts_refuses_negative_total():
    with pytest.raises(NegativeValueError):
        installment_amounts(-1, 3)


def test_installment_fee_refuses_bad_bounds():
    with pytest.raises(RuleError):
        installment_fee(100, rate_percent=1, min_amount=200, max_amount=100)
    with pytest.raises(NegativeValueError):
        installment_fee(100, rate_percent=-1)


@given(
    st.decimals(min_value=0, max_value=100_000, places=2),
    st.decimals(min_value=0, max_value=20, places=2),
)
def test_installment_fee_monotonic(amount, rate):
    fee = installment_fee(amount, rate_percent=rate)
    more = installment_fee(amount + 1, rate_percent=rate)
    assert fee is not None and more is not None
    assert 0 <= fee <= more
    assert abs(fee - amount * rate / 100) <= Decimal("0.005")


# --- Policy values of the addon -----------------------------------------------------


def test_policy_cancellation_and_delivery_fields():
    assert (
        validate_policy(
            {"cancellation_flat_fee": Decimal(50), "delivery_promise_days": 15}
        ).delivery_promise_days
        == 15
    )
    for field in (
        "cancellation_flat_fee",
        "delivery_promise_days",
        "late_delivery_clause_days",
    ):
        with pytest.raises(NegativeValueError):
            check_floor(field, -1)
    with pytest.raises(RuleError):
        validate_policy({"delivery_day_kind": "fortnight"})


def test_policy_check_flags_the_cancellation_fee():
    codes = {
        finding.code
        for finding in check_policy(
            Policy(cancellation_flat_fee=Decimal(50), late_delivery_clause_days=30)
        )
    }
    assert "cancellation_fee_legal_risk" in codes
    # the late-delivery threshold is recorded, never applied: the text is flagged
    assert "clause_more_restrictive_than_L216-6" not in codes
    assert "cancellation_fee_legal_risk" not in {
        finding.code for finding in check_policy(Policy())
    }
    negative = check_policy(Policy(cancellation_flat_fee=Decimal(-1)))
    assert "negative_policy_value" in {finding.code for finding in negative}
