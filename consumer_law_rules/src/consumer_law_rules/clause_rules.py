# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Findings that need to understand a clause: concepts combined in one sentence.

Each rule reads one sentence at a time (its section's topic helps), looks for legal
concepts of :mod:`consumer_law_rules.lexicon` rather than fixed sentences, and reads
their scope: a sentence that quotes the law, words after "sauf"/"except", an option
left to the customer are not the merchant's restriction. A hit keeps the position
of the sentence, so the finding quotes it.

>>> from consumer_law_rules.terms_text import TermsText
>>> [code for code, _evidence, _position in clause_findings(TermsText(
...     "Les produits sont réputés livrés dès leur remise à La Poste."))]
['risk_transfer_at_carrier']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .lexicon import (
    concept,
    is_optional,
    outside_exceptions,
    quotes_the_law,
)
from .terms_text import NUMBER_WORDS, Sentence, TermsText, parse_number

__all__ = [
    "Hit",
    "clause_findings",
    "is_guarantee_window",
    "names_transport",
    "six_month_repair_sentences",
]

Hit = tuple[str, str, int]
"""A hit: (finding code, evidence, normalised offset of the sentence)."""

_RIGHTS_KEPT: Final = re.compile(
    r"sans prejudice|without prejudice|ne prive pas|does not (?:affect|deprive|limit"
    r"|prevent)|n'affecte pas|n'empeche|remains? (?:entitled|free)|reste libre"
    r"|conserve (?:ses|tous ses) droits|keeps? (?:all )?(?:his|her|their|your) rights"
)
_CONDITION: Final = re.compile(
    r"\bdoi(?:t|vent|vent imperativement)\b|\bmust\b|\bshould\b|\bshall\b|\bonly\b"
    r"|\bseul(?:e|s|es)?\b"
    r"|uniquement|seulement|\bque (?:s'|si|dans|complet|en|lorsque)|ne \w+ (?:\w+ )?"
    r"(?:repris|acceptes?|echanges?|rembourses?|admis)e?s? que|aucune? (?:retour"
    r"|reprise"
    r"|echange|remboursement)|will not|won't|not be (?:accepted|refunded|taken)"
    r"|refus|condition|provided|sous reserve|exig|requir|otherwise|a defaut|sinon"
    r"|faute de quoi|imperati|ne seront|ne sera"
    r"|\bne (?:prend|prendra|prennent|traite|traitera|accepte|acceptera|reprend"
    r"|reprendra) (?:en charge )?que\b|\bonly (?:accepts?|takes?|handles?"
    r"|processes?)\b"
)
_GOODS_EVENT: Final = re.compile(
    r"^[^.;]{0,25}?(?:suivant|apres|a compter de|a partir de|de|des|from|after|of"
    r"|following|upon)? ?(?:la |l'|the |your |their |leur |sa |son |its |his |her )?"
    r"(?:date (?:de (?:la )?|of )?)?"
    r"(?:livraison|reception (?:de la marchandise|du produit|des produits"
    r"|de la commande"
    r"|du colis|des articles|de votre commande|des biens)|reception$|reception[ ,;.]"
    r"|delivery|receipt(?! of (?:your|the) (?:claim|request|complaint|e-?mail))"
    r"|receiving (?:the|your|their) |(?:you|they|the (?:customer|buyer)) receives?\b"
    r"|(?:goods|products?|items?|parcels?|orders?|articles?) (?:have|has) been"
    r" (?:received|delivered)"
    r"|(?:vous recevez|le client recoit|l'acheteur recoit)"
    r"|achat|purchase|decouverte|discovery|dispatch|shipment|shipping|expedition"
    r"|envoi|commande|order|facture|invoice)"
)
_HIDDEN_DEFECT: Final = re.compile(
    r"vices? cache|defauts? caches?|hidden defect|latent defect"
)
# "dans le mois qui suit la livraison": a window without a number.
_WINDOW_WORDS: Final = re.compile(
    r"(?:dans|sous) (?:le|la) (?:mois|semaine|quinzaine|huitaine)|within (?:the|a|one)"
    r" (?:month|week)"
)
_TRANSPORT_WORDS: Final = re.compile(
    r"transporteur|carrier|\btransit\b|avarie|\breserves\b|manquant|missing"
    r"|damaged (?:parcel|package|in transit)|colis (?:abime|endommage|ouvert)"
    r"|bon de livraison|delivery (?:slip|note)|wrong item|erreur de (?:livraison"
    r"|reference|produit)|\bcasse|broken|\bdamag|dommage|endommag|abime"
    r"|\bbris\b|\bbrisee?s?\b"
)
# Words that can only name a defect of the goods (not damage in transport).
_PLAIN_DEFECT_WORDS: Final = re.compile(
    r"defectu|defective|faulty|\bvices?\b(?!-)|hidden defect|latent defect|en panne"
    r"|malfunction|dysfonction|manufacturing defect|defauts? de fabrication"
    r"|(?:probleme|defaut|souci)s? de qualite|quality (?:problems?|issues?|defects?)"
)
# A claim under the legal guarantee (or "the guarantee's claims") names a defect
# without its word: "claims under the legal guarantee must be made within ...".
_GUARANTEE_CLAIM: Final = re.compile(
    r"garantie legale|legal (?:guarantee|warranty)|statutory (?:guarantee|warranty)"
    r"|garantie de conformite|guarantee of conformity|(?:warranty|guarantee) claims?"
    r"|claims? under (?:the|our) (?:warranty|guarantee)|au titre de la garantie"
    r"|reclamations? (?:de|en) garantie|(?:mise|appel) en (?:jeu de la )?garantie"
    r"|(?:garantie|warranty|guarantee)\b[^.;]{0,20}?\b(?:claims?|reclamations?"
    r"|complaints?)\b"
)
_OTHER_GUARANTEE: Final = re.compile(
    r"commercial|contractuel|extended|fabricant|manufacturer|constructeur"
)
# A window the customer must use (not the merchant's answer time).
_OBLIGATION: Final = re.compile(
    r"\bdoi(?:t|vent)\b|\bdevr(?:a|ont)\b|\bmust\b|\bshall\b|\b(?:are|is) to be\b"
    r"|\bsont a\b|faute de quoi|failing which|otherwise|\bsinon\b|a defaut"
)
_DEFECT_WORDS: Final = re.compile(
    r"defect|(?<!a )(?<!par )defaut|defectu|faulty|\bvices?\b(?!-)|hidden defect"
    r"|latent defect|en panne"
    r"|\bpannes?\b|malfunction|dysfonction|non[- ]?conformi|lack of conformity"
    r"|quality of the (?:goods|products?|items?|merchandise)|qualite (?:des|du|de la)"
    r" (?:produits?|marchandises?|biens?|articles?)"
)
_LEGAL_EXCLUSION: Final = re.compile(
    r"hygien|sante|\bhealth\b|l\.? ?221-28|scelle(?:s|e|es)? pour|sealed for"
    # L221-28 9°: audio or video recordings and software unsealed after delivery
    r"|(?:logiciel|software|enregistrement|recording|audio|video|\bcds?\b|dvd"
    r"|blu-?ray|jeux? video|video games?|\bdisques?\b|vinyles?|records?\b)"
    r"[^.]{0,80}?(?:descell|unseal|scell|sealed|blister|cellophane|\bopened\b"
    r"|ouverte?s?\b)"
    r"|deprecia|diminished|dimin|moins-value|perte de valeur|loss of value"
)
# Goods that hygiene does not exclude from the withdrawal once unwrapped (CJEU
# C-681/17 Slewo: a mattress can be cleaned and resold).
_NOT_SEALED_GOODS: Final = re.compile(
    r"(?<!-)\bmatelas\b|(?<!-)\bmattress|\bsommiers?\b"
)
_MERCHANT_BEARS: Final = re.compile(
    r"a notre charge|nos risques|a nos risques|\bour (?:own )?risk|we bear|borne by us"
    r"|nous supportons|a la charge du vendeur|at the seller's risk|du vendeur"
    r"|the seller"
    r" bears|restent? (?:a la charge|aux risques) (?:du vendeur|de la societe)"
)
_DEEMED_DELIVERED: Final = re.compile(
    r"reputee?s? (?:etre )?(?:livree?s?|effectuee|faite|realisee)|considere(?:e|es|s)?"
    r" comme (?:livree?s?|effectuee)|deemed (?:to (?:have been|be) )?(?:delivered|made"
    r"|effected|completed)|considered (?:as )?(?:delivered|made|effected)|(?:livraison"
    r"|delivery) (?:est |is |shall be |will be )?(?:reputee|consideree|deemed"
    r"|considered|effectuee|made|effected)|vaut livraison|constitutes delivery"
    r"|amounts to delivery"
)
_BUYER: Final = re.compile(
    r"client|acheteur|buyer|customer|purchaser|destinataire|consignee|\bvous\b|\byou\b"
    r"|\bvotre\b|\byour\b"
    r"|consommateur|consumer"
)
_NEVER_OPENED: Final = re.compile(
    r"\bun-?opened\b|\bnever (?:been )?(?:opened|ridden|driven)\b|\bjamais (?:ete )?"
    r"(?:ouverte?s?|roules?)\b|\bnon ouverte?s?\b|\bcaisses? d'origine\b"
)
_MONTH_ADJECTIVE: Final = re.compile(
    r"\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")-(?:month|mois)\b"
)
_EXPERT_CONDITION: Final = re.compile(
    r"\bsi\b|\bif\b|constat|confirm|verifi|examin|etabli|established|determin"
    r"|a condition|sous reserve|provided|subordonn|conditionn|examen|subject to"
    r"|inspect|diagnos|controle|checked"
)
# A state the goods may be returned in, not one they must be in ("peuvent être
# retournées après avoir été déballées", "even once unpacked").
_STATE_ALLOWED: Final = re.compile(
    r"(?:apres (?:avoir ete|les avoir|l'avoir|avoir)|after (?:being|having been"
    r"|you have)|meme (?:si(?: \w+)?|apres|une fois|lorsque)|even (?:if|when|after"
    r"|once)(?: \w+)?(?: (?:been|is|are|was|were))?|y compris|including) (?:\w+ )?$"
)
# Goods sent back in a stated state: the state is a condition of the return.
_RETURN_VERB: Final = re.compile(
    r"renvoy|retourn|restitu|rapport|\breturn|send (?:it |them |the \w+ )?back"
    r"|sent back|ship (?:it |them )?back"
)
# The consumer takes physical possession: the lawful moment (L216-4).
_POSSESSION: Final = re.compile(
    r"pren(?:d|nent|dra|ez) (?:physiquement )?possession|physical possession|takes?"
    r" possession|prise de possession|reception (?:effective )?par (?:le client|vous"
    r"|l'acheteur)|receipt by (?:you|the (?:customer|buyer|consumer))"
    r"|remise (?:effective"
    r" )?(?:au client|a l'acheteur|au destinataire|entre vos mains)|delivered to you"
    r"|livraison effective|entre (?:vos|ses|leurs|les) (?:propres )?mains"
    r"|into (?:your|the (?:customer|buyer|consumer)'s) (?:own )?hands"
)
# Mediation said to be optional.
_NOT_MANDATORY: Final = re.compile(
    r"facultati|optional|n'est pas obligatoire|pas obligatoire|not (?:mandatory"
    r"|compulsory|required|a (?:pre-?)?condition)"
)
# A price reduction fixed by experts (C. civ. 1644), quoted by the hidden-defect box.
_EXPERT_PRICE: Final = re.compile(
    r"arbitr|(?:fixee?|determinee?|fixed|determined|set|assessed) par (?:des |les )?"
    r"experts|(?:fixed|determined|set|assessed) by (?:the )?experts|\b1644\b"
)
_RISK_PASSES: Final = re.compile(
    r"transfer|\bpass|transmis|voyag|travel|aux risques|at (?:the )?\w+'?s? risk"
)
_NEGATED_MODAL: Final = re.compile(
    r"\b(?:may|can|shall|will) not\b|\bcannot\b|\bcan't\b|\bne (?:peut|peuvent|pourra"
    r"|pourront|pourrez|pouvez)\b|\bnot be able\b|\bno\b[^.;]{0,40}?\b(?:may|can)\b"
)
_LEGAL_GUARANTEE: Final = re.compile(
    r"garantie legale|legal (?:guarantee|warranty)|statutory (?:guarantee|warranty)"
    r"|garantie de conformite|guarantee of conformity"
)
# Periods of a legal-guarantee sentence that are not the guarantee's length.
_OTHER_PERIOD: Final = re.compile(
    r"presum|presom|deemed to|burden of proof|charge de la preuve|repar|repair"
    r"|remise en etat|extension|prolong|commercial|contractuel|extended|fabricant"
    r"|manufacturer|constructeur|vices? caches?|hidden defect|latent defect"
)
# A paragraph saying the legal guarantee still applies beside the merchant's own
# promise: what the paragraph adds is not a restriction of it.
_LEGAL_GUARANTEE_KEPT: Final = re.compile(
    r"remains? (?:fully |entirely )?(?:applicable|in force|available)"
    r"|rest(?:e|ent) (?:pleinement |entierement )?(?:applicables?|acquises?)"
    r"|in addition to (?:the|your) (?:legal|statutory)"
    r"|s'ajoute(?:nt)? (?:a|aux) (?:la )?garanties? legales?"
    r"|en plus (?:de la|des) garanties? legales?"
)
# "À défaut d'accord amiable, le tribunal compétent": what happens when no
# settlement is found, not a step the customer must take before the court.
_FAILED_SETTLEMENT: Final = re.compile(
    r"(?:a defaut|faute|failing|in the absence|en l'absence|absent)(?: de| d'| of)? ?"
    r"(?:an? |une? )?(?:(?:resolution|accord|solution|reglement|settlement|agreement"
    r"|arrangement) (?:a l')?(?:amiable|amicable)|amicable (?:resolution|solution"
    r"|settlement|agreement))"
    r"|(?:amicable|amiable) (?:resolution|solution|settlement|agreement) (?:failing"
    r"|faisant defaut)"
)
_RETURN_AFTER: Final = re.compile(r"^ ?(?:de |d')?(?:retour|return|renvoi)")


def _span(terms: TermsText, sentence: Sentence) -> str:
    return terms.text[sentence.start : sentence.end]


def is_guarantee_window(span: str) -> bool:
    """A claim window about defects: a word that can only name a defect
    ("défectueux", "faulty", "en panne"), or a defect word in a sentence that
    names no transport damage or missing item."""
    head = outside_exceptions(span)
    if _PLAIN_DEFECT_WORDS.search(head):
        return True
    if (
        _GUARANTEE_CLAIM.search(head)
        and not _OTHER_GUARANTEE.search(head)
        and not _TRANSPORT_WORDS.search(span)
    ):
        return True
    return bool(_DEFECT_WORDS.search(head)) and not _TRANSPORT_WORDS.search(span)


def names_transport(span: str) -> bool:
    """Whether a sentence names transport damage or missing items."""
    return bool(_TRANSPORT_WORDS.search(span))


def _guarantee_context(sentence: Sentence, head: str) -> bool:
    return bool(concept("defect").search(head)) or sentence.section_topic in (
        "guarantee",
        "presumption",
    )


def _claim_window(terms: TermsText, sentence: Sentence, span: str) -> Iterator[Hit]:
    """A window of days (or a hidden-defect window shorter than two years) to report
    a defect: the legal guarantee runs two years (L217-3, C. civ. 1648)."""
    if not is_guarantee_window(span) or not concept("notice").search(span):
        return
    hidden = bool(_HIDDEN_DEFECT.search(span))
    for duration in terms.durations:
        if not sentence.start <= duration.start < sentence.end:
            continue
        short = duration.unit in ("hour", "day", "week") or (
            hidden and duration.unit == "month" and duration.value < 24
        )
        after = terms.text[duration.end : sentence.end]
        if short and (
            duration.unit == "hour"
            or _GOODS_EVENT.search(after)
            or _OBLIGATION.search(span)
        ):
            yield ("legal_guarantee_restricted", duration.raw, duration.start)
    for match in _WINDOW_WORDS.finditer(span):
        yield ("legal_guarantee_restricted", match.group(0), sentence.start)


def _legal_guarantee_shortened(
    terms: TermsText, sentence: Sentence, head: str
) -> Iterator[Hit]:
    """The legal guarantee of conformity itself given less than two years
    (L217-3, L217-7: second-hand goods included, only their presumption may be
    shorter): not the presumption, a repair's extension or another guarantee."""
    if not _LEGAL_GUARANTEE.search(head) or _OTHER_PERIOD.search(head):
        return
    for duration in terms.durations:
        if (
            sentence.start <= duration.start < sentence.end
            and duration.unit in ("month", "year")
            and duration.months < 24
        ):
            yield ("legal_guarantee_restricted", duration.raw, duration.start)


def _paragraph_keeps_legal_guarantee(terms: TermsText, sentence: Sentence) -> bool:
    """Whether the sentence, or the next one, says the legal guarantee still
    applies in full (an authenticity promise, then "this is in addition to the
    legal guarantee ..., which remain fully applicable")."""
    index = terms.sentences.index(sentence)
    return any(
        _LEGAL_GUARANTEE_KEPT.search(_span(terms, other))
        and _LEGAL_GUARANTEE.search(_span(terms, other))
        for other in terms.sentences[index : index + 2]
    )


def _guarantee_restrictions(terms: TermsText) -> Iterator[Hit]:
    """Conditions the legal guarantee does not allow (L217-3 ff., deemed unwritten
    before a claim): a claim window, goods in resale condition, exchange or credit
    instead of the consumer's choice and refund, costs on the buyer."""
    for sentence in terms.sentences:
        span = _span(terms, sentence)
        head = outside_exceptions(span)
        if (
            quotes_the_law(span)
            or _RIGHTS_KEPT.search(span)
            or not _guarantee_context(sentence, head)
            or concept("withdrawal").search(span)
            or _paragraph_keeps_legal_guarantee(terms, sentence)
        ):
            continue
        yield from _claim_window(terms, sentence, span)
        for name in ("resale_state", "exchange_not_refund", "expert"):
            match = concept(name).search(head)
            if name == "expert" and _EXPERT_PRICE.search(span):
                continue
            if match and (
                name == "exchange_not_refund"
                or _CONDITION.search(head)
                or _EXPERT_CONDITION.search(head)
            ):
                yield ("legal_guarantee_restricted", match.group(0), sentence.start)
        costs = concept("costs_on_buyer").search(head)
        if costs and concept("return_costs").search(head):
            yield ("legal_guarantee_restricted", costs.group(0), sentence.start)
        yield from _legal_guarantee_shortened(terms, sentence, head)
        excluded = concept("legal_guarantee_excluded").search(head)
        if excluded and not concept("not_a_conformity_defect").search(span):
            yield ("legal_guarantee_restricted", excluded.group(0), sentence.start)


def _return_conditions(terms: TermsText) -> Iterator[Hit]:
    """Conditions on goods sent back after a withdrawal (sealed, complete, unused,
    perfect condition): only a depreciation may be claimed (L221-23). Goods never
    opened or never used are such a condition wherever it is stated, unless the
    sentence is about a defect."""
    for sentence in terms.sentences:
        span = _span(terms, sentence)
        withdrawal = bool(concept("withdrawal").search(span))
        if not (terms.in_withdrawal(sentence) or _NEVER_OPENED.search(span)):
            continue
        if not withdrawal and concept("defect").search(span):
            continue
        if (
            quotes_the_law(span)
            or (_LEGAL_EXCLUSION.search(span) and not _NOT_SEALED_GOODS.search(span))
            or concept("recommendation").search(span)
        ):
            continue
        head = outside_exceptions(span)
        match = concept("resale_state").search(head)
        if match and _STATE_ALLOWED.search(
            head[max(match.start() - 40, 0) : match.start()]
        ):
            match = None
        if not (
            match
            and (
                _CONDITION.search(head)
                or _RETURN_VERB.search(head[max(match.start() - 50, 0) : match.start()])
            )
        ):
            match = concept("used_refused").search(head)
        if match:
            yield ("clause_unopened_vehicle_condition", match.group(0), sentence.start)


def _risk_at_carrier(terms: TermsText) -> Iterator[Hit]:
    """Risk or delivery said to pass when the goods leave the merchant or reach the
    carrier (L216-4, L216-5: when the consumer takes physical possession)."""
    for sentence in terms.sentences:
        span = _span(terms, sentence)
        head = outside_exceptions(span)
        dispatch = concept("dispatch").search(head)
        if (
            not dispatch
            or concept("chosen_carrier").search(span)
            or (
                _MERCHANT_BEARS.search(span)
                and not concept("merchant_released").search(span)
            )
            or _POSSESSION.search(span)
            or quotes_the_law(span)
        ):
            continue
        risk = concept("risk").search(head) and (
            _BUYER.search(head) or _RISK_PASSES.search(head)
        )
        if (
            risk
            or _DEEMED_DELIVERED.search(head)
            or concept("merchant_released").search(head)
        ):
            yield ("risk_transfer_at_carrier", dispatch.group(0), sentence.start)


def _delivery_refund_exclusion(terms: TermsText) -> Iterator[Hit]:
    """The initial delivery cost excluded from the withdrawal refund (L221-24), in
    an article, an annex or the model form."""
    for sentence in terms.sentences:
        span = _span(terms, sentence)
        if not concept("refund").search(span) or concept("express_delivery").search(
            span
        ):
            continue
        if concept("defect").search(span) and not concept("withdrawal").search(span):
            continue
        both_ways = concept("both_ways").search(span)
        if both_ways and concept("costs_on_buyer").search(span):
            yield ("annex_excludes_delivery_refund", both_ways.group(0), sentence.start)
            continue
        for match in concept("delivery_excluded").finditer(span):
            if _RETURN_AFTER.search(span[match.end() :]) or re.search(
                r"(?:return|retour)\W*$", span[: match.start()]
            ):
                continue
            yield (
                "annex_excludes_delivery_refund",
                match.group(0),
                sentence.start,
            )
            break


def _late_delivery_restrictions(terms: TermsText) -> Iterator[Hit]:
    """Late delivery said to open no right to cancel or to compensation: the
    consumer may terminate after an unmet extra time (L216-6) and is refunded
    with the L241-4 surcharge."""
    for sentence in terms.sentences:
        span = _span(terms, sentence)
        match = concept("late_delivery_no_remedy").search(span)
        if match and not quotes_the_law(span) and not _RIGHTS_KEPT.search(span):
            yield (
                "clause_more_restrictive_than_L216-6",
                match.group(0),
                sentence.start,
            )


def _mediation_precondition(terms: TermsText) -> Iterator[Hit]:
    """Mediation, an amicable attempt or a registered letter made a condition of
    going to court (L612-4, R212-2 10°)."""
    for sentence in terms.sentences:
        span = _FAILED_SETTLEMENT.sub(" ", _span(terms, sentence))
        step = concept("prior_step").search(span)
        if not (
            step
            and concept("court").search(span)
            and concept("precondition").search(span)
        ):
            continue
        if (
            _RIGHTS_KEPT.search(span)
            or quotes_the_law(span)
            or _NOT_MANDATORY.search(span)
        ):
            continue
        if is_optional(_NEGATED_MODAL.sub(" ", span)) and not concept(
            "strict_precondition"
        ).search(span):
            continue
        yield ("mediation_prior_to_court_clause", step.group(0), sentence.start)


def _clause_of(span: str, position: int) -> str:
    """The part of a sentence between semicolons that holds ``position``
    ("annulée sans frais ; une fois préparée, une retenue de 8 €": the fee is
    negated in the first part only)."""
    start = span.rfind(";", 0, position) + 1
    end = span.find(";", position)
    return span[start : end if end != -1 else len(span)]


def _fee_on_protected_cancellation(terms: TermsText) -> Iterator[Hit]:
    """A fee charged on a cancellation the law protects: a withdrawal (L221-23;
    a fee deducted from the refund in the withdrawal clause), a termination for
    late delivery (L216-7) or non-conformity, or any cancellation "whatever the
    reason" (LEGAL_RULES §9). The express-delivery surcharge is not such a fee
    (L221-24)."""
    for sentence in terms.sentences:
        span = _span(terms, sentence)
        head = outside_exceptions(span)
        protected = concept("protected_cancellation").search(head) or concept(
            "order_cancelled"
        ).search(head)
        if protected is None and terms.in_withdrawal(sentence):
            protected = concept("refund").search(head)
        charged_fee = any(
            not concept("fee_negated").search(_clause_of(head, fee.start()))
            for fee in concept("fee").finditer(head)
        )
        if (
            not (protected and charged_fee and concept("fee_charged").search(head))
            or concept("express_delivery").search(span)
        ):
            continue
        yield ("cancellation_fee_legal_risk", protected.group(0), sentence.start)


def _months(terms: TermsText, sentence: Sentence) -> set[int]:
    """Month counts stated in a sentence: durations and "six-month" adjectives."""
    span = _span(terms, sentence)
    months = {
        round(duration.months)
        for duration in terms.durations
        if sentence.start <= duration.start < sentence.end
        and duration.unit in ("month", "year")
    }
    months |= {
        parse_number(match.group(1)) for match in _MONTH_ADJECTIVE.finditer(span)
    }
    return months


def six_month_repair_sentences(terms: TermsText) -> list[Sentence]:
    """Sentences promising only six more months of legal guarantee after a repair
    (L217-13 before 2026-07-31; 12 months for later contracts, Dir. (EU) 2024/1799):
    a repair, an extension and six months, with no twelve months (or one year) in
    the same sentence."""
    found = []
    for sentence in terms.sentences:
        span = _span(terms, sentence)
        if not (concept("repair").search(span) and concept("extension").search(span)):
            continue
        months = _months(terms, sentence)
        if 6 in months and 12 not in months:
            found.append(sentence)
    return found


def clause_findings(terms: TermsText) -> list[Hit]:
    """Every hit of the clause rules on a text, in the order of the rules."""
    return [
        *_guarantee_restrictions(terms),
        *_return_conditions(terms),
        *_risk_at_carrier(terms),
        *_delivery_refund_exclusion(terms),
        *_late_delivery_restrictions(terms),
        *_mediation_precondition(terms),
        *_fee_on_protected_cancellation(terms),
    ]
