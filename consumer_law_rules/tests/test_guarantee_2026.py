# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""EU rules since mid-2026 (LEGAL_RULES §18): the 12-month repair extension, the
harmonised notice, the durability label and the two new check_policy codes."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import consumer_law_rules as clr
from consumer_law_rules import (
    FINDING_CODES,
    HARMONISED_NOTICE_MANDATORY,
    RIGHT_TO_REPAIR_EFFECTIVE,
    NegativeValueError,
    Policy,
    RuleError,
    add_months,
    check_policy,
    durability_label_refusal,
    guarantee_after_remedy,
    harmonised_notice_findings,
    repair_extension_article,
    repair_extension_findings,
    repair_extension_months,
)
from consumer_law_rules.findings import FINDING_PARAMS, make_finding

MEDIATOR = {
    "mediator_name": "CM2C",
    "mediator_website": "www.cm2c.net",
    "mediator_email": "cm2c@cm2c.net",
}

# --- Constants -----------------------------------------------------------------


def test_regime_dates_are_the_legal_ones():
    assert date(2026, 7, 31) == RIGHT_TO_REPAIR_EFFECTIVE
    assert date(2026, 9, 27) == HARMONISED_NOTICE_MANDATORY
    assert clr.REPAIR_EXTENSION_MONTHS_2024_1799 == 12
    assert clr.REPAIR_EXTENSION_MONTHS == 6
    assert clr.DURABILITY_LABEL_MIN_YEARS == 2


# --- guarantee_after_remedy: LEGAL_RULES §18 R2R-01..04 -------------------------


def test_r2r_01_contract_after_regime_repair_gets_12_months():
    # contract 2026-08-15, delivery 2026-08-20: end 2028-08-20 -> 2029-08-20
    end = clr.conformity_guarantee(date(2026, 8, 20)).end
    assert end == date(2028, 8, 20)
    result = guarantee_after_remedy(
        end, remedy="repair", contract_date=date(2026, 8, 15)
    )
    assert result == date(2029, 8, 20)


def test_r2r_02_contract_on_30_july_gets_6_months():
    result = guarantee_after_remedy(
        date(2028, 8, 4), remedy="repair", contract_date=date(2026, 7, 30)
    )
    assert result == date(2029, 2, 4)


def test_r2r_03_contract_on_31_july_gets_12_months():
    result = guarantee_after_remedy(
        date(2028, 8, 4), remedy="repair", contract_date=date(2026, 7, 31)
    )
    assert result == date(2029, 8, 4)


def test_r2r_04_chose_repair_seller_replaced_new_two_years():
    result = guarantee_after_remedy(
        date(2028, 9, 5),
        remedy="replacement",
        remedy_delivered_on=date(2027, 5, 10),
        contract_date=date(2026, 9, 1),
    )
    assert result == date(2029, 5, 10)


def test_chosen_replacement_is_unchanged_in_both_regimes():
    for contract in (date(2026, 7, 30), date(2026, 7, 31), None):
        assert guarantee_after_remedy(
            date(2028, 9, 5), remedy="chosen_replacement", contract_date=contract
        ) == date(2028, 9, 5)


def test_unknown_contract_date_is_todays_law():
    assert guarantee_after_remedy(date(2028, 3, 1), remedy="repair") == date(2029, 3, 1)


@pytest.mark.parametrize(
    ("end", "contract", "expected"),
    [
        pytest.param(date(2028, 8, 31), date(2026, 7, 30), date(2029, 2, 28),
                     id="old-regime-31-aug-to-28-feb"),
        pytest.param(date(2027, 8, 31), date(2026, 7, 30), date(2028, 2, 29),
                     id="old-regime-31-aug-to-29-feb-leap"),
        pytest.param(date(2028, 2, 29), date(2026, 8, 1), date(2029, 2, 28),
                     id="new-regime-29-feb-to-28-feb"),
        pytest.param(date(2028, 2, 29), date(2026, 7, 30), date(2028, 8, 29),
                     id="old-regime-29-feb"),
        pytest.param(date(2028, 1, 31), date(2026, 7, 31), date(2029, 1, 31),
                     id="new-regime-month-end-kept"),
        pytest.param(date(2028, 12, 31), date(2026, 12, 31), date(2029, 12, 31),
                     id="new-regime-year-end"),
    ],
)  # fmt: skip
def test_repair_month_ends(end, contract, expected):
    assert guarantee_after_remedy(end, remedy="repair", contract_date=contract) == (
        expected
    )


def test_replacement_delivered_on_29_february():
    assert guarantee_after_remedy(
        date(2027, 3, 1),
        remedy="replacement",
        remedy_delivered_on=date(2028, 2, 29),
        contract_date=date(2026, 8, 1),
    ) == date(2030, 2, 28)


def test_guarantee_after_remedy_errors():
    with pytest.raises(RuleError) as unknown:
        guarantee_after_remedy(date(2028, 3, 1), remedy="refund")
    assert unknown.value.field == "remedy"
    assert unknown.value.article == "L217-13"
    with pytest.raises(TypeError, match="contract_date"):
        guarantee_after_remedy(date(2028, 3, 1), remedy="repair", contract_date="x")
    with pytest.raises(TypeError, match="contract_date"):
        guarantee_after_remedy(
            date(2028, 3, 1), remedy="chosen_replacement", contract_date="x"
        )


# --- repair_extension_months: once, never less than the national rule -------------


@pytest.mark.parametrize(
    ("repairs", "contract", "expected"),
    [
        (0, date(2026, 8, 1), 0),
        (1, date(2026, 7, 30), 6),
        (2, date(2026, 7, 30), 12),
        (3, date(2026, 7, 30), 18),
        (1, date(2026, 7, 31), 12),
        (2, date(2026, 7, 31), 12),  # once: a second repair adds nothing...
        (3, date(2026, 7, 31), 18),  # ...until the national 6 per repair is more
        (1, None, 12),
    ],
)
def test_repair_extension_months(repairs, contract, expected):
    assert repair_extension_months(repairs, contract_date=contract) == expected


def test_repair_extension_months_refuses_negative():
    with pytest.raises(NegativeValueError):
        repair_extension_months(-1)
    with pytest.raises(TypeError):
        repair_extension_months(1.5)  # type: ignore[arg-type]


def test_repair_extension_article():
    assert repair_extension_article(date(2026, 7, 30)) == "L217-13"
    assert "2024/1799" in repair_extension_article(date(2026, 7, 31))
    assert "2024/1799" in repair_extension_article(None)


# --- Hypothesis invariants ----------------------------------------------------------

_ENDS = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))
_CONTRACTS = st.one_of(
    st.none(), st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
)


@given(end=_ENDS, contract=_CONTRACTS)
def test_repair_extends_by_the_regime_months(end, contract):
    result = guarantee_after_remedy(end, remedy="repair", contract_date=contract)
    new_regime = contract is None or contract >= RIGHT_TO_REPAIR_EFFECTIVE
    assert result == add_months(end, 12 if new_regime else 6)
    assert result > end
    # never less than the national 6 months
    assert result >= add_months(end, 6)


@given(end=_ENDS, contract=_CONTRACTS, delivered=_ENDS)
def test_remedies_never_shorten(end, contract, delivered):
    for remedy in clr.REMEDIES:
        result = guarantee_after_remedy(
            end, remedy=remedy, remedy_delivered_on=delivered, contract_date=contract
        )
        assert result >= end


@given(end=_ENDS, days=st.integers(min_value=1, max_value=800))
def test_repair_is_monotonic_in_the_end(end, days):
    later = end + timedelta(days=days)
    for contract in (date(2026, 7, 30), date(2026, 7, 31)):
        assert guarantee_after_remedy(
            later, remedy="repair", contract_date=contract
        ) >= guarantee_after_remedy(end, remedy="repair", contract_date=contract)


@given(repairs=st.integers(min_value=0, max_value=20), contract=_CONTRACTS)
def test_new_regime_never_below_old(repairs, contract):
    new = repair_extension_months(repairs, contract_date=RIGHT_TO_REPAIR_EFFECTIVE)
    old = repair_extension_months(repairs, contract_date=date(2026, 7, 30))
    assert new >= old
    assert old == 6 * repairs
    assert repair_extension_months(repairs, contract_date=contract) in (new, old)


# --- Durability label ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("years", "free", "whole", "producer", "expected"),
    [
        (3, True, True, True, ""),
        (10, True, True, True, ""),
        (2, True, True, True, "too_short"),
        (1, True, True, True, "too_short"),
        (0, True, True, True, "too_short"),
        (5, False, True, True, "paid"),
        (5, True, False, True, "partial"),
        (5, True, True, False, "not_producer"),
        (5, False, False, False, "not_producer"),
    ],
)
def test_durability_label_refusal(years, free, whole, producer, expected):
    assert (
        durability_label_refusal(
            years, free_of_charge=free, whole_good=whole, from_producer=producer
        )
        == expected
    )


def test_durability_label_refusal_negative_years():
    with pytest.raises(NegativeValueError):
        durability_label_refusal(
            -1, free_of_charge=True, whole_good=True, from_producer=True
        )


# --- harmonised_notice_missing ------------------------------------------------------


@pytest.mark.parametrize(
    ("online", "shown", "at", "flagged"),
    [
        (True, False, date(2026, 9, 26), False),
        (True, False, date(2026, 9, 27), True),
        (True, False, None, True),
        (True, True, date(2026, 9, 27), False),
        (False, False, date(2026, 9, 27), False),
    ],
)
def test_harmonised_notice_findings(online, shown, at, flagged):
    findings = harmonised_notice_findings(
        sells_goods_online=online, notice_shown=shown, at=at
    )
    expected = ["harmonised_notice_missing"] if flagged else []
    assert [f.code for f in findings] == expected


def test_check_policy_flags_a_webshop_without_the_notice():
    policy = Policy(sells_goods_online=True, **MEDIATOR)
    codes = [f.code for f in check_policy(policy, at=date(2026, 9, 27))]
    assert codes == ["harmonised_notice_missing"]
    assert check_policy(policy, at=date(2026, 9, 26)) == ()
    shown = Policy(sells_goods_online=True, harmonised_notice_shown=True, **MEDIATOR)
    assert check_policy(shown, at=date(2026, 12, 7)) == ()
    # from a mapping (the Odoo side), False values included
    mapping = {"sells_goods_online": True, "harmonised_notice_shown": False, **MEDIATOR}
    assert [f.code for f in check_policy(mapping)] == ["harmonised_notice_missing"]
    finding = check_policy(mapping)[0]
    assert finding.severity == "error"
    assert "2025/1960" in finding.article
    assert finding.params["mandatory_from"] == date(2026, 9, 27)
    assert "2026-09-27" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Article 6 – Garantie légale de conformité. Le vendeur répond des défauts "
        "de conformité existant lors de la délivrance.",
        "Article 6 – Guarantees. The harmonised notice on the legal guarantee is "
        "shown on every product page and before the order button.",
    ],
)
def test_the_terms_text_neither_raises_nor_clears_the_harmonised_notice(text):
    """§18: the notice belongs where the consumer decides, not only in the CGV;
    the webshop's setting decides, whatever the terms say about it."""
    day = date(2026, 12, 1)
    neutral = {f.code for f in check_policy(Policy(**MEDIATOR), text, at=day)}
    assert "harmonised_notice_missing" not in neutral
    webshop = Policy(sells_goods_online=True, **MEDIATOR)
    codes = {f.code for f in check_policy(webshop, text, at=day)}
    assert "harmonised_notice_missing" in codes


# --- repair_extension_outdated --------------------------------------------------------

SIX_MONTHS_FR = (
    "Garantie légale. Tout bien conforme réparé dans le cadre de la garantie légale "
    "de conformité bénéficie d'une extension de cette garantie de six mois. "
    "Le vendeur répond des défauts de conformité."
)
SIX_MONTHS_EN = (
    "A good repaired under the legal guarantee of conformity benefits from an "
    "extension of that guarantee by 6 (six) months."
)
TWELVE_MONTHS_FR = (
    "Tout bien réparé dans le cadre de la garantie légale bénéficie d'une extension "
    "de garantie de douze mois pour les contrats conclus à compter du 31 juillet "
    "2026, de six mois pour les contrats antérieurs."
)


@pytest.mark.parametrize(
    "text",
    [
        SIX_MONTHS_FR,
        SIX_MONTHS_EN,
        "<p>" + SIX_MONTHS_FR,
        "Goods repaired under this guarantee get a 6-month extension of the guarantee.",
    ],
)
def test_repair_extension_outdated_detected(text):
    findings = repair_extension_findings(text, at=date(2026, 7, 31))
    assert [f.code for f in findings] == ["repair_extension_outdated"]
    finding = findings[0]
    assert finding.params["legal_months"] == 12
    assert finding.params["old_months"] == 6
    assert finding.params["effective_from"] == date(2026, 7, 31)
    assert len(finding.sentences) == 1
    assert "6" in finding.sentences[0] or "six" in finding.sentences[0]


def test_repair_extension_outdated_date_guard():
    assert repair_extension_findings(SIX_MONTHS_FR, at=date(2026, 7, 30)) == []
    assert repair_extension_findings(SIX_MONTHS_FR) != []


@pytest.mark.parametrize(
    "text",
    [
        TWELVE_MONTHS_FR,
        "A repaired good gets a guarantee extension of 12 months.",
        "Goods repaired under this guarantee get a 12-month extension for contracts "
        "concluded from 31/07/2026, and a 6-month extension for earlier contracts.",
        # six months without a repair: a commercial warranty, not this rule
        "La garantie commerciale du moteur est de six mois.",
        # repair and six months but no extension
        "La réparation intervient dans un délai de 6 mois au plus.",
        "",
    ],
)
def test_repair_extension_not_flagged(text):
    assert repair_extension_findings(text, at=date(2026, 12, 1)) == []


def test_check_policy_reads_the_terms_for_the_repair_extension():
    codes = [f.code for f in check_policy(MEDIATOR, SIX_MONTHS_FR, at=date(2026, 8, 1))]
    assert "repair_extension_outdated" in codes
    codes = [
        f.code for f in check_policy(MEDIATOR, SIX_MONTHS_FR, at=date(2026, 7, 30))
    ]
    assert "repair_extension_outdated" not in codes


def test_catalogue_entries():
    assert FINDING_CODES["harmonised_notice_missing"][0] == "error"
    assert FINDING_CODES["repair_extension_outdated"] == (
        "error",
        "L217-13; Dir. 2019/771 art. 10(1) (Dir. (EU) 2024/1799)",
    )
    assert FINDING_PARAMS["repair_extension_outdated"]["legal_months"] == 12
    finding = make_finding("repair_extension_outdated")
    assert finding.message == (
        "The terms promise 6 months of extension after a repair; contracts from "
        "2026-07-31 get 12 months."
    )
    assert "12 months" in finding.fix
