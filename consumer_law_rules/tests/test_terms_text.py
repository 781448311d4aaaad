# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Reading real terms: durations in words and digits, their clause, quotes, params."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consumer_law_rules import check_policy, lint_cgv_text
from consumer_law_rules.findings import FINDING_PARAMS, make_finding
from consumer_law_rules.terms_text import TermsText, parse_number

AT = date(2026, 1, 1)  # before the withdrawal function became mandatory
GATED = {"missing_legal_guarantee_box", "withdrawal_function_not_mentioned"}


def codes(text, at=AT):
    return {finding.code for finding in lint_cgv_text(text, at=at)} - GATED


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        pytest.param("quatorze (14) jours", 14, "day", id="fr-words-and-digits"),
        pytest.param("fourteen (14) days", 14, "day", id="en-words-and-digits"),
        pytest.param("14 (quatorze) jours", 14, "day", id="digits-then-words"),
        pytest.param("vingt-quatre mois", 24, "month", id="fr-compound"),
        pytest.param("twenty-four months", 24, "month", id="en-compound"),
        pytest.param("trente et un jours", 31, "day", id="fr-et-un"),
        pytest.param("quatre-vingt-dix jours", 90, "day", id="fr-quatre-vingt-dix"),
        pytest.param("one hundred and twenty days", 120, "day", id="en-hundred"),
        pytest.param("une semaine", 1, "week", id="fr-week"),
        pytest.param("a month", 1, "month", id="en-article"),
        pytest.param("48h", 48, "hour", id="hours"),
        pytest.param("deux (2) ans", 2, "year", id="years"),
        pytest.param("7 jours ouvrés", 7, "day", id="fr-working-days"),
        pytest.param("sous huitaine", 8, "day", id="fr-huitaine"),
        pytest.param("a fortnight", 14, "day", id="en-fortnight"),
    ],
)
def test_durations_in_words_and_digits(text, value, unit):
    (duration,) = TermsText(f"Délai : {text}.").durations
    assert (duration.value, duration.unit) == (value, unit)


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["jours", "days"]))
def test_any_figure_is_read_with_or_without_its_repetition(number, unit):
    """'N days' and 'N (N) days' give N, whatever N."""
    for text in (f"{number} {unit}", f"{number} ({number}) {unit}"):
        (duration,) = TermsText(f"Délai : {text}.").durations
        assert (duration.value, duration.unit) == (number, "day")


def test_holiday_sentences_hold_no_duration():
    """'Un jour férié', 'a day that is a public holiday' are not periods."""
    terms = TermsText(
        "Le délai qui expire un jour férié est prorogé jusqu'au premier jour ouvrable "
        "suivant. If the period ends on a day that is a public holiday, it is "
        "extended. Deux jours fériés ne comptent pas."
    )
    assert terms.durations == ()
    assert parse_number("deux cents") == 200


@pytest.mark.parametrize(
    ("text", "purposes"),
    [
        pytest.param(
            "Right of withdrawal. You have 14 days to withdraw. Damage must be "
            "reported to the carrier within 3 days. Missing items: claims within 7 "
            "days.",
            ["withdrawal", "transport", "complaint"],
            id="withdrawal-reserves-complaints",
        ),
        pytest.param(
            "Rétractation. Le client dispose de 30 jours ; il renvoie les biens dans "
            "les 14 jours suivant la communication de sa décision ; nous remboursons "
            "sous 14 jours.",
            ["withdrawal", "return", "refund"],
            id="period-return-refund",
        ),
        pytest.param(
            "Article 3 - Withdrawal. Seven (7) clear days from delivery to return any "
            "item.",
            ["withdrawal"],
            id="anchor-from-delivery-is-not-the-topic",
        ),
        pytest.param(
            "Livraison sous 15 jours ouvrés. Garantie commerciale de deux ans. Les "
            "défauts apparus dans les 24 mois sont présumés exister. Paiement en 3 "
            "fois sous 30 jours par carte. Médiation sous 90 jours.",
            ["delivery", "guarantee", "presumption", "payment", "mediation"],
            id="other-clauses",
        ),
    ],
)
def test_durations_are_attributed_to_their_clause(text, purposes):
    terms = TermsText(text)
    assert [terms.purpose(duration) for duration in terms.durations] == purposes


def test_reserve_and_complaint_periods_are_never_the_withdrawal_period():
    text = (
        "Retours et réclamations\n\nLes réserves sont notifiées au transporteur sous "
        "trois (3) jours. Toute réclamation pour article manquant est faite sous sept "
        "(7) jours. Vous pouvez vous rétracter pendant quatorze (14) jours."
    )
    assert codes(text) == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Les défauts apparus dans un délai d'un an sont présumés exister.",
         "conformity_presumption_outdated"),
        ("Lack of conformity appearing within 12 months is presumed to exist.",
         "conformity_presumption_outdated"),
        ("Pour les biens d'occasion, la présomption est de six (6) mois.",
         "conformity_presumption_outdated"),
        ("Seule la garantie du constructeur s'applique.", "legal_guarantee_restricted"),
        ("Only the manufacturer's warranty applies.", "legal_guarantee_restricted"),
        ("Defective goods will only be replaced.", "legal_guarantee_restricted"),
        ("La livraison est réputée effectuée dès l'expédition.",
         "risk_transfer_at_carrier"),
        ("Delivery is deemed made upon dispatch.", "risk_transfer_at_carrier"),
        ("Any dispute shall first be submitted to mediation.",
         "mediation_prior_to_court_clause"),
        ("Avant toute saisine du tribunal, le client doit adresser une lettre "
         "recommandée.", "mediation_prior_to_court_clause"),
        ("Les réserves sont faites sous 24 heures.",
         "transport_reserve_below_legal_minimum"),
        ("Damage must be reported within 3 days; otherwise no claim will be "
         "accepted.", "transport_reserve_forfeits_rights"),
        ("En cas de rétractation, le remboursement intervient sous 30 jours.",
         "refund_period_above_legal_maximum"),
        ("Les frais de port restent acquis au vendeur.",
         "annex_excludes_delivery_refund"),
        ("Les articles doivent être retournés dans leur emballage d'origine pour "
         "toute rétractation.", "clause_unopened_vehicle_condition"),
    ],
)  # fmt: skip
def test_new_detections(text, code):
    assert code in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le bien réparé bénéficie d'une prolongation de six mois ; les défauts "
        "apparus dans les vingt-quatre mois sont présumés exister.",
        "Défauts présumés pendant 24 mois, 12 mois pour les biens d'occasion.",
        "Damage must be reported to the carrier within 3 days; otherwise you keep "
        "your legal guarantee against us.",
        "In case of late delivery, the refund is made within 30 days.",
        "The guarantee does not require the original packaging of the returned "
        "goods when you withdraw? No: withdrawals are free.",
    ],
)
def test_new_detections_negative(text):
    assert not codes(text) & {
        "conformity_presumption_outdated",
        "transport_reserve_forfeits_rights",
        "refund_period_above_legal_maximum",
    }


def test_findings_quote_their_sentences():
    text = (
        "<h3>Rétractation</h3><p>Le client a sept jours pour se rétracter. Il "
        "renvoie les biens à ses frais.</p><p>Annexe 1 : les frais de livraison ne "
        "sont pas remboursés.</p>"
    )
    found = {f.code: f for f in lint_cgv_text(text, at=AT)}
    withdrawal = found["withdrawal_period_below_legal_minimum"]
    assert withdrawal.sentences == ("Le client a sept jours pour se rétracter.",)
    assert withdrawal.params == {"legal_days": 14, "stated_days": 7}
    assert found["annex_excludes_delivery_refund"].sentences == (
        "Annexe 1 : les frais de livraison ne sont pas remboursés.",
    )


def test_annex_contradicting_the_body_is_named():
    text = (
        "Article 5. Nous remboursons toutes les sommes, frais de livraison compris.\n\n"
        "Annexe 2 – Retours\n\nLes frais de port ne sont pas remboursés."
    )
    finding = next(
        f for f in lint_cgv_text(text) if f.code == "annex_excludes_delivery_refund"
    )
    assert finding.params["contradicts_body"] is True
    assert len(finding.sentences) == 2


def test_long_sentences_are_quoted_around_the_match():
    text = (
        "Clause. "
        + "Le client accepte les conditions et " * 30
        + ("dispose de sept jours pour se rétracter, " + "ce qui est noté " * 30 + ".")
    )
    finding = next(
        f
        for f in lint_cgv_text(text, at=AT)
        if f.code == "withdrawal_period_below_legal_minimum"
    )
    (quote,) = finding.sentences
    assert "sept jours" in quote and quote.startswith("…") and quote.endswith("…")


def test_every_code_has_params_and_messages_built_from_them():
    for code, params in FINDING_PARAMS.items():
        finding = make_finding(code)
        assert dict(finding.params) == dict(params)
        assert "%(" not in finding.message and "%(" not in finding.fix
    policy_finding = check_policy({"archive_years": 5}, "")[0]
    assert policy_finding.sentences == ()


def test_reader_details():
    """Ligatures, months of a day count, working days, 'h' after a word, quotes of
    a long sentence from its first word."""
    from consumer_law_rules.terms_text import fold

    assert fold("Æ") == "ae"
    (sixty,) = TermsText("Délai : 60 jours.").durations
    assert sixty.months == 2.0
    (working,) = TermsText("Délai : 10 jours ouvrés.").durations
    assert working.is_working_days
    assert TermsText("Rendez-vous à deux h.").durations == ()
    long_sentence = "Le client " + "accepte les conditions " * 30 + "de vente."
    terms = TermsText(long_sentence)
    assert terms.quote(0).startswith("Le client accepte")
    assert terms.quote(0).endswith("…")


def test_model_form_is_an_annex_of_the_withdrawal_article():
    terms = TermsText(
        "Article 7 - Rétractation. Vous avez 14 jours.\n\nFormulaire de "
        "rétractation\n\nÀ l'attention de Boutique SARL : je vous notifie ma "
        "rétractation. Le remboursement se fera hors frais de port."
    )
    last = terms.sentences[-1]
    assert (last.in_annex, last.section_topic) == (True, "withdrawal")
    assert not terms.sentences[0].in_annex
