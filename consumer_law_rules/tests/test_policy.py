# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Policy bounds, policy check and terms-of-sale lint (LEGAL_RULES §0, §15-16)."""

from dataclasses import FrozenInstanceError, fields
from datetime import date, datetime
from decimal import Decimal

import pytest
from seed_texts import (
    COMPLIANT_TEXT_EN,
    COMPLIANT_TEXT_FR,
    MINIALUXE_001,
    RALLYE_000,
    RAYNAUD_003,
    SMALLMX_002,
)

from consumer_law_rules import (
    FINDING_CODES,
    FLOORS,
    SEVERITIES,
    AboveLegalCeilingError,
    BelowLegalFloorError,
    DayKind,
    NegativeValueError,
    Policy,
    RuleError,
    UnknownRegionError,
    check_floor,
    check_policy,
    lint_cgv_text,
    normalize_text,
    validate_policy,
)

COMPLIANT_POLICY = Policy(
    mediator_name="CM2C",
    mediator_website="https://www.cm2c.net",
    mediator_address="49 rue de Ponthieu, 75008 Paris",
)
BEFORE_WITHDRAWAL_FUNCTION = date(2026, 1, 15)

# --- Policy and its bounds -------------------------------------------------------


def test_policy_defaults_are_the_law():
    policy = Policy()
    assert policy.withdrawal_days == 14
    assert policy.withdrawal_day_kind == DayKind.CALENDAR == "calendar"
    assert policy.refund_days == 14
    assert policy.partial_delivery_refund == "prorata_value"
    assert (policy.presumption_months_new, policy.presumption_months_second_hand) == (
        24,
        12,
    )
    assert (policy.transport_reserve_days, policy.complaint_window_days) == (3, 3)
    assert policy.cheque_hold_days == 0  # no cancellation unless the terms say
    assert policy.holiday_region == "FR"
    assert policy.archive_threshold == Decimal("120")
    assert (policy.archive_years, policy.data_retention_years) == (10, 3)
    assert policy.mediator_name == policy.mediator_email == ""
    assert policy.withdrawal_information_given is True
    assert policy.allow_pre_delivery_withdrawal is True
    assert policy.merchant_pays_return is False
    with pytest.raises(FrozenInstanceError):
        policy.withdrawal_days = 7  # type: ignore[misc]
    assert validate_policy(policy) is policy


def test_policy_from_mapping():
    policy = Policy.from_mapping(
        {
            "withdrawal_days": 30,
            "mediator_name": False,
            "mediator_email": None,
            "archive_threshold": 100.0,
            "unknown_field": "ignored",
        }
    )
    assert policy.withdrawal_days == 30
    assert policy.mediator_name == ""
    assert policy.archive_threshold == Decimal("100.0")
    assert Policy.from_mapping({}) == Policy()


def test_floors_table():
    assert FLOORS["withdrawal_days"] == ("min", 14, "L221-18")
    assert FLOORS["refund_days"] == ("max", 14, "L221-24")
    assert FLOORS["presumption_months_new"] == ("min", 24, "L217-7")
    assert FLOORS["presumption_months_second_hand"] == ("min", 12, "L217-7")
    assert FLOORS["transport_reserve_days"][:2] == ("min", 3)
    assert FLOORS["complaint_window_days"][:2] == ("min", 3)
    assert FLOORS["archive_threshold"] == ("max", Decimal("120"), "D213-1")
    assert FLOORS["archive_years"] == ("min", 10, "D213-2")
    assert FLOORS["cheque_hold_days"][:2] == ("min", 0)
    assert FLOORS["data_retention_years"][:2] == ("min", 0)
    policy_fields = {field.name for field in fields(Policy)}
    assert set(FLOORS) <= policy_fields


@pytest.mark.parametrize(
    ("field", "value", "error", "floor", "article"),
    [
        pytest.param("withdrawal_days", 7, BelowLegalFloorError, 14, "L221-18",
                     id="withdrawal-below-14"),
        pytest.param("refund_days", 15, AboveLegalCeilingError, 14, "L221-24",
                     id="refund-above-14"),
        pytest.param("presumption_months_new", 12, BelowLegalFloorError, 24, "L217-7",
                     id="presumption-new"),
        pytest.param("presumption_months_second_hand", 6, BelowLegalFloorError, 12,
                     "L217-7", id="presumption-second-hand-6-months"),
        pytest.param("transport_reserve_days", 2, BelowLegalFloorError, 3,
                     "L133-3 C. com.", id="transport-reserve"),
        pytest.param("complaint_window_days", 1, BelowLegalFloorError, 3,
                     "L133-3 C. com.", id="complaint-window"),
        pytest.param("archive_threshold", Decimal("150"), AboveLegalCeilingError,
                     Decimal("120"), "D213-1", id="archive-threshold"),
        pytest.param("archive_years", 5, BelowLegalFloorError, 10, "D213-2",
                     id="archive-years"),
    ],
)  # fmt: skip
def test_check_floor_refuses(field, value, error, floor, article):
    with pytest.raises(error) as info:
        check_floor(field, value)
    assert (info.value.field, info.value.value, info.value.floor) == (
        field,
        value,
        floor,
    )
    assert info.value.article == article
    message = str(info.value)
    assert field in message and str(floor) in message and article in message
    with pytest.raises(error):
        validate_policy({field: value})


@pytest.mark.parametrize(
    "field",
    ["withdrawal_days", "cheque_hold_days", "data_retention_years", "refund_days"],
)
def test_check_floor_negative(field):
    with pytest.raises(NegativeValueError) as info:
        check_floor(field, -1)
    assert info.value.field == field


def test_check_floor_accepts_and_ignores():
    check_floor("withdrawal_days", 30)
    check_floor("refund_days", 7)
    check_floor("archive_threshold", "99.99")
    check_floor("mediator_name", "anything")  # no legal bound
    with pytest.raises(RuleError) as info:
        check_floor("withdrawl_days", 14)
    assert info.value.field == "withdrawl_days"


@pytest.mark.parametrize(
    ("values", "error", "field"),
    [
        ({"withdrawal_day_kind": "weekly"}, RuleError, "withdrawal_day_kind"),
        ({"partial_delivery_refund": "half"}, RuleError, "partial_delivery_refund"),
        ({"holiday_region": "FR-75"}, UnknownRegionError, "holiday_region"),
    ],
)
def test_validate_policy_choices(values, error, field):
    with pytest.raises(error) as info:
        validate_policy(values)
    assert info.value.field == field


def test_validate_policy_first_error_wins():
    with pytest.raises(BelowLegalFloorError) as info:
        validate_policy({"withdrawal_days": 7, "refund_days": 30})
    assert info.value.field == "withdrawal_days"


# --- Policy findings -------------------------------------------------------------


def codes(findings):
    return [finding.code for finding in findings]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        pytest.param({"withdrawal_days": 7}, "withdrawal_period_below_legal_minimum",
                     id="withdrawal-days"),
        pytest.param({"refund_days": 30}, "refund_period_above_legal_maximum",
                     id="refund-days"),
        pytest.param({"presumption_months_new": 6}, "conformity_presumption_outdated",
                     id="presumption-new"),
        pytest.param({"presumption_months_second_hand": 6},
                     "conformity_presumption_outdated", id="presumption-second-hand"),
        pytest.param({"withdrawal_information_given": False},
                     "withdrawal_information_missing", id="information-missing"),
        pytest.param({"transport_reserve_days": 1},
                     "transport_reserve_below_legal_minimum", id="transport-reserve"),
        pytest.param({"complaint_window_days": 2},
                     "complaint_window_below_legal_minimum", id="complaint-window"),
        pytest.param({"complaint_window_days": 23}, "suspicious_duration",
                     id="tr-10-23-days"),
        pytest.param({"archive_threshold": "150"},
                     "archive_threshold_above_legal_maximum", id="archive-threshold"),
        pytest.param({"archive_years": 5}, "archive_period_below_legal_minimum",
                     id="archive-years"),
        pytest.param({"cheque_hold_days": -1}, "negative_policy_value",
                     id="negative-cheque-hold"),
        pytest.param({"withdrawal_days": -1}, "negative_policy_value",
                     id="negative-withdrawal-days"),
        pytest.param({"holiday_region": "XX"}, "invalid_policy_value",
                     id="invalid-region"),
        pytest.param({"withdrawal_days": "two weeks"}, "invalid_policy_value",
                     id="invalid-type"),
    ],
)  # fmt: skip
def test_check_policy_values(values, expected):
    found = check_policy({**_mediator(), **values})
    assert codes(found) == [expected]


def _mediator():
    return {
        "mediator_name": "CM2C",
        "mediator_website": "www.cm2c.net",
        "mediator_email": "cm2c@cm2c.net",
    }


@pytest.mark.parametrize("window", [3, 7, 8, 10, 14, 15, 21, 30])
def test_usual_complaint_windows_are_not_suspicious(window):
    assert check_policy({**_mediator(), "complaint_window_days": window}) == ()


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        pytest.param({}, ["no_mediator"], id="no-mediator"),
        pytest.param({"mediator_name": "CM2C"}, ["mediator_identity_incomplete"],
                     id="name-only"),
        pytest.param({"mediator_name": "CM2C", "mediator_website": "www.cm2c.net"},
                     ["mediator_identity_incomplete"], id="no-address-or-email"),
        pytest.param({"mediator_website": "www.cm2c.net",
                      "mediator_address": "Paris"},
                     ["mediator_identity_incomplete"], id="no-name"),
        pytest.param({"mediator_name": "CM2C", "mediator_website": "www.cm2c.net",
                      "mediator_address": "49 rue de Ponthieu"}, [],
                     id="complete-with-address"),
    ],
)  # fmt: skip
def test_check_policy_mediator(values, expected):
    assert codes(check_policy(values)) == expected


def test_check_policy_mediator_from_text():
    with_site = "Mediateur de la consommation : CM2C, www.cm2c.net."
    assert "no_mediator" not in codes(check_policy({}, with_site))
    no_site = "The customer may contact a mediator."
    assert "mediator_identity_incomplete" in codes(check_policy({}, no_site))
    odr_only = "Mediation: https://ec.europa.eu/consumers/odr"
    assert "mediator_identity_incomplete" in codes(check_policy({}, odr_only))
    assert "no_mediator" in codes(check_policy({}, "Nothing about disputes."))


def test_check_policy_pre_2022_second_hand_presumption():
    values = {**_mediator(), "presumption_months_second_hand": 6}
    assert check_policy(values, at=date(2021, 6, 1)) == ()
    assert codes(check_policy(values, at=date(2022, 1, 1))) == [
        "conformity_presumption_outdated"
    ]


def test_findings_are_sorted_unique_and_catalogued():
    found = check_policy(
        {"withdrawal_days": 7, "complaint_window_days": 23}, RAYNAUD_003 + RALLYE_000
    )
    ranks = [(SEVERITIES.index(f.severity), f.code) for f in found]
    assert ranks == sorted(ranks)
    assert len(codes(found)) == len(set(codes(found)))
    for finding in found:
        assert FINDING_CODES[finding.code] == (finding.severity, finding.article)
        assert finding.message and finding.fix
    suspicious = next(f for f in found if f.code == "suspicious_duration")
    assert suspicious.evidence == ("complaint_window_days = 23", "23 days")


def test_finding_codes_table():
    for code, (severity, article) in FINDING_CODES.items():
        assert code == code.strip() and " " not in code
        assert severity in SEVERITIES
        assert isinstance(article, str)
    named_in_legal_rules = {
        "withdrawal_period_below_legal_minimum",
        "obsolete_article_reference",
        "missing_legal_guarantee_box",
        "conformity_presumption_outdated",
        "clause_unopened_vehicle_condition",
        "annex_excludes_delivery_refund",
        "cancellation_fee_legal_risk",
        "commercial_guarantee_duration_unit_missing",
        "clause_more_restrictive_than_L216-6",
        "late_delivery_surcharge_clause_outdated",
        "suspicious_duration",
        "mediator_identity_incomplete",
        "no_mediator",
        "obsolete_odr_reference",
    }
    assert named_in_legal_rules <= set(FINDING_CODES)


# --- Seed merchants (LEGAL_RULES §16) ----------------------------------------------

SEEDS = [
    pytest.param(
        {"withdrawal_days": 7, "withdrawal_day_kind": "ouvrable",
         "complaint_window_days": 7, "cheque_hold_days": 7},
        RALLYE_000,
        {"withdrawal_period_below_legal_minimum", "obsolete_article_reference",
         "missing_legal_guarantee_box", "no_mediator", "legal_guarantee_restricted"},
        id="000-rallye-miniature",
    ),
    pytest.param(
        {"withdrawal_days": 7, "withdrawal_day_kind": "ouvrable",
         "complaint_window_days": 8, "transport_reserve_days": 8},
        MINIALUXE_001,
        {"withdrawal_period_below_legal_minimum", "obsolete_article_reference",
         "missing_legal_guarantee_box", "no_mediator", "legal_guarantee_restricted",
         "risk_transfer_at_carrier", "clause_more_restrictive_than_L216-6"},
        id="001-minialuxe",
    ),
    pytest.param(
        {"withdrawal_days": 14, "partial_delivery_refund": "prorata_value",
         "complaint_window_days": 3, "mediator_name": "SAS Médiation Solution",
         "mediator_website": "https://www.sasmediationsolution-conso.fr",
         "mediator_email": "contact@sasmediationsolution-conso.fr"},
        SMALLMX_002,
        # The brief's list, plus the two flags §16 also gives to 002 (guarantee
        # restrictions of art. 12.2 and the 30-day cancellation limit of art. 9.4).
        {"conformity_presumption_outdated", "clause_unopened_vehicle_condition",
         "annex_excludes_delivery_refund", "cancellation_fee_legal_risk",
         "commercial_guarantee_duration_unit_missing", "obsolete_odr_reference",
         "missing_legal_guarantee_box", "legal_guarantee_restricted",
         "clause_more_restrictive_than_L216-6"},
        id="002-smallmx",
    ),
    pytest.param(
        {"withdrawal_days": 30, "complaint_window_days": 23,
         "data_retention_years": 3},
        RAYNAUD_003,
        # LEGAL_RULES §2: "original packaging/state" demands on goods sent back
        # after a withdrawal (003 art. 9: complete, in a resaleable condition).
        {"late_delivery_surcharge_clause_outdated", "suspicious_duration",
         "clause_unopened_vehicle_condition",
         "mediation_prior_to_court_clause", "mediator_identity_incomplete",
         "obsolete_odr_reference", "obsolete_article_reference",
         "missing_legal_guarantee_box"},
        id="003-raynaud",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("policy", "text", "expected"), SEEDS)
def test_seed_merchants(policy, text, expected):
    found = check_policy(policy, text, at=BEFORE_WITHDRAWAL_FUNCTION)
    assert set(codes(found)) == expected
    # Today every rule applies: the withdrawal function is not mentioned either.
    today = check_policy(policy, text)
    assert set(codes(today)) == expected | {"withdrawal_function_not_mentioned"}


def test_seed_evidence():
    rallye = {f.code: f for f in check_policy({}, RALLYE_000)}
    assert rallye["obsolete_article_reference"].evidence == ("L121-16",)
    assert "L121-16" in rallye["obsolete_article_reference"].message
    assert rallye["withdrawal_period_below_legal_minimum"].evidence == ("7 days",)
    minialuxe = {f.code: f for f in check_policy({}, MINIALUXE_001)}
    assert minialuxe["obsolete_article_reference"].evidence == (
        "L121-16",
        "L121-20",
        "Dir. 97/7/EC",
    )
    raynaud = {f.code: f for f in check_policy({}, RAYNAUD_003)}
    assert raynaud["obsolete_article_reference"].evidence == ("L217-4", "L217-16")


@pytest.mark.parametrize("text", [COMPLIANT_TEXT_FR, COMPLIANT_TEXT_EN])
def test_compliant_text_has_no_finding(text):
    assert check_policy(COMPLIANT_POLICY, text) == ()
    assert check_policy(Policy(), text) == ()  # mediator found in the text
    assert check_policy(COMPLIANT_POLICY, text, at=date(2023, 1, 1)) == ()


# --- Date gates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "odr", "function"),
    [
        pytest.param(None, True, True, id="none-applies-every-rule"),
        pytest.param(date(2025, 7, 19), False, False, id="od-01-day-before-closure"),
        pytest.param(date(2025, 7, 20), True, False, id="od-02-closure-day"),
        pytest.param(datetime(2026, 6, 18, 23, 0), True, False,
                     id="wf-01-day-before-function"),
        pytest.param(date(2026, 6, 19), True, True, id="wf-02-function-mandatory"),
    ],
)  # fmt: skip
def test_date_gated_rules(at, odr, function):
    # the function's button gone (a "withdraw" button in the account would still
    # state the function)
    text = COMPLIANT_TEXT_EN.replace(
        '"withdraw from contract here" button in your account', "customer service"
    )
    text += " See also the ODR platform."
    found = codes(check_policy(COMPLIANT_POLICY, text, at=at))
    assert ("obsolete_odr_reference" in found) is odr
    assert ("withdrawal_function_not_mentioned" in found) is function


def test_old_terms_checked_at_their_own_date():
    """In 2013 the 7-day period and L121-16 were the law; the box did not exist."""
    found = check_policy(_mediator(), RALLYE_000, at=date(2013, 1, 1))
    assert codes(found) == ["legal_guarantee_restricted"]
    found_2015 = check_policy(_mediator(), RALLYE_000, at=date(2015, 1, 1))
    assert codes(found_2015) == [
        "legal_guarantee_restricted",
        "withdrawal_period_below_legal_minimum",
    ]


# --- Text lint, rule by rule --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Vous disposez de 7 jours pour exercer votre droit de rétractation.",
         "withdrawal_period_below_legal_minimum"),
        ("Délai de rétractation : sept jours ouvrables.",
         "withdrawal_period_below_legal_minimum"),
        ("You may withdraw within seven days.",
         "withdrawal_period_below_legal_minimum"),
        ("The right of withdrawal lasts 7 working days.",
         "withdrawal_period_below_legal_minimum"),
        ("Retractation : dix (10) jours.", "withdrawal_period_below_legal_minimum"),
        ("Voir l'article L. 121-21 du code de la consommation.",
         "obsolete_article_reference"),
        ("Conformément à l'article L.121-20-2.", "obsolete_article_reference"),
        ("Directive 97/7/CE", "obsolete_article_reference"),
        ("Article L.217-16 : immobilisation.", "obsolete_article_reference"),
        ("Article L216-2 : résolution.", "obsolete_article_reference"),
        ("Articles L211-4 et L211-12 relatifs à la garantie de conformité.",
         "obsolete_article_reference"),
        ("Conformément à l'article L217-12 du code de la consommation.",
         "obsolete_article_reference"),
        ("Plateforme RLL de la Commission.", "obsolete_odr_reference"),
        ("Règlement (UE) n° 524/2013.", "obsolete_odr_reference"),
        ("La présomption de défaut est de 6 mois.", "conformity_presumption_outdated"),
        ("Defects of conformity which appear within six months are presumed to exist.",
         "conformity_presumption_outdated"),
        ("Only never opened vehicles can be returned.",
         "clause_unopened_vehicle_condition"),
        ("Le produit doit être non ouvert.", "clause_unopened_vehicle_condition"),
        ("Refunds exclude shipping. Shipping costs are non-refundable.",
         "annex_excludes_delivery_refund"),
        ("Delivery costs are not refunded.", "annex_excludes_delivery_refund"),
        ("Les frais de port ne seront jamais remboursés.",
         "annex_excludes_delivery_refund"),
        ("La remise au transporteur vaut livraison.", "risk_transfer_at_carrier"),
        ("Les marchandises voyagent aux risques et périls du destinataire.",
         "risk_transfer_at_carrier"),
        ("Risks pass to the buyer when the parcel is handed to the carrier.",
         "risk_transfer_at_carrier"),
        ("Frais d'annulation : 20 euros.", "cancellation_fee_legal_risk"),
        ("A cancellation fee of 10 EUR applies.", "cancellation_fee_legal_risk"),
        ("Moteur garanti deux (2) à compter de la livraison.",
         "commercial_guarantee_duration_unit_missing"),
        ("Warranty: one (1) from delivery.",
         "commercial_guarantee_duration_unit_missing"),
        ("Under warranty, the product must be returned in its original packaging.",
         "legal_guarantee_restricted"),
        ("Garantie : échange uniquement.", "legal_guarantee_restricted"),
        ("The defect must be confirmed by an approved expert.",
         "legal_guarantee_restricted"),
        ("Under the guarantee, the customer pays the return shipping.",
         "legal_guarantee_restricted"),
        ("Si le retard excède 30 jours la commande peut être annulée, à défaut de "
         "médiation.", "mediation_prior_to_court_clause"),
        ("The customer must attempt mediation before any legal action.",
         "mediation_prior_to_court_clause"),
        ("Tout litige fait l'objet d'une médiation préalable obligatoire.",
         "mediation_prior_to_court_clause"),
        ("Refund increased by 10% within 30 days, 20% within 60 days, 50% beyond.",
         "late_delivery_surcharge_clause_outdated"),
        ("Majoration de 10 % jusqu'à 30 jours, 20 % jusqu'à 60 jours, 50 % au-delà.",
         "late_delivery_surcharge_clause_outdated"),
        ("Reserves must reach us within 17 days.", "suspicious_duration"),
        ("Cancellation of a late delivery is accepted by registered letter only.",
         "clause_more_restrictive_than_L216-6"),
        ("L'annulation n'est possible qu'au-delà de 30 jours de retard de livraison.",
         "clause_more_restrictive_than_L216-6"),
    ],
)  # fmt: skip
def test_lint_rules(text, code):
    assert code in codes(lint_cgv_text(text, at=BEFORE_WITHDRAWAL_FUNCTION))


@pytest.mark.parametrize(
    "text",
    [
        "Vous disposez de 14 jours pour exercer votre droit de rétractation.",
        "Délai de rétractation : quatorze (14) jours calendaires.",
        "You may withdraw within thirty days.",
        "Nous remboursons dans les 7 jours suivant la rétractation.",
        "Le bien réparé bénéficie d'une extension de garantie de six mois.",
        "Repaired goods are covered for six additional months of conformity.",
        "Articles L221-18 et L217-28 du code de la consommation.",
        "Les frais de retour ne sont pas remboursés.",
        "Return shipping costs are not refunded.",
        "Risk passes when you, or a third party other than the carrier, take "
        "possession.",
        "Aucun frais d'annulation n'est dû.",
        "Garantie commerciale de deux (2) ans.",
        "Vous pouvez, avant toute action en justice, recourir à un médiateur.",
        "Majoration de 10 % jusqu'à 14 jours, 20 % jusqu'à 30 jours, 50 % au-delà.",
        "Les réserves doivent être envoyées dans les 3 jours.",
        "Le client peut résoudre le contrat par lettre recommandée ou par un écrit sur "
        "un autre support durable en cas de retard de livraison.",
        "Article L217-4 : biens conformes.",  # no code named: may be the new L217-4
        "The delivery fee is refunded.",
        "Vingt-trois jours de fête.",
    ],
)
def test_lint_negative_cases(text):
    gated = {"missing_legal_guarantee_box", "withdrawal_function_not_mentioned"}
    found = set(codes(lint_cgv_text(text, at=BEFORE_WITHDRAWAL_FUNCTION))) - gated
    assert found == set()


def test_lint_empty_text_and_html():
    assert lint_cgv_text("") == ()
    assert check_policy(COMPLIANT_POLICY, None) == ()
    assert check_policy(COMPLIANT_POLICY, False) == ()  # type: ignore[arg-type]
    assert lint_cgv_text("  <p> </p> ") == ()
    html = "<p>D&eacute;lai de r&eacute;tractation&nbsp;: <b>7</b> jours</p>"
    assert "withdrawal_period_below_legal_minimum" in codes(lint_cgv_text(html))
    assert normalize_text("<script>x()</script>Caisse d\u2019origine") == (
        "caisse d'origine"
    )


def test_check_policy_accepts_policy_or_mapping_and_datetime():
    by_policy = check_policy(Policy(withdrawal_days=7), RALLYE_000)
    by_mapping = check_policy({"withdrawal_days": 7}, RALLYE_000)
    assert by_policy == by_mapping
    assert (
        check_policy(
            COMPLIANT_POLICY, COMPLIANT_TEXT_EN, at=datetime(2026, 7, 1, 12, 0)
        )
        == ()
    )
