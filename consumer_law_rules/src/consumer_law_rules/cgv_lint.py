# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Lint of a terms-of-sale (CGV) text against current consumer law.

The text (plain or HTML, French or English) is normalised first: tags stripped,
entities decoded, accents removed, lower case, spaces collapsed. Rules are data: a
table of phrases that must not appear (:data:`PRESENCE_RULES`), a table of phrases that
must (:data:`ABSENCE_RULES`), and a few number-reading rules (withdrawal days below
14, repealed article numbers, unusual day counts). A rule can be date-gated: it only
applies when the check date ``at`` is ``None`` (every rule known today) or on or after
its ``active_from``.

This is a lint: it points at clauses to review, it does not interpret contracts.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Final

from .constants import (
    HAMON_EFFECTIVE,
    LEGAL_GUARANTEE_BOX_MANDATORY,
    ODR_PLATFORM_CLOSED,
    ORDINANCE_2021_1247_EFFECTIVE,
    PRESUMPTION_24_MONTHS_EFFECTIVE,
    RECODIFICATION_2016_EFFECTIVE,
    WITHDRAWAL_FUNCTION_MANDATORY,
    WITHDRAWAL_MIN_DAYS,
)
from .findings import Finding, make_finding

__all__ = [
    "ABSENCE_RULES",
    "PRESENCE_RULES",
    "USUAL_DAY_COUNTS",
    "AbsenceRule",
    "PresenceRule",
    "lint_cgv_text",
    "mentions_mediator",
    "normalize_text",
]


@dataclass(frozen=True)
class PresenceRule:
    """A clause that must not appear.

    A match of any of ``patterns`` is a finding when every pattern of ``near_all`` is
    found within ``window`` characters of it and no pattern of ``unless`` is found
    within ``unless_window`` = (characters before, characters after).
    """

    code: str
    patterns: tuple[str, ...]
    near_all: tuple[str, ...] = ()
    window: int = 150
    unless: tuple[str, ...] = ()
    unless_window: tuple[int, int] = (60, 60)
    active_from: date | None = None


@dataclass(frozen=True)
class AbsenceRule:
    """Text that must appear: a finding unless each group has a match."""

    code: str
    groups: tuple[tuple[str, ...], ...]
    active_from: date | None = None


_WITHDRAW = r"withdraw|retract|l\.? ?121-(?:16|20)"
_GUARANTEE = r"garanti|guarant|warrant"
_GUARANTEE_CONTEXT = (
    r"garanti|guarant|warrant|defect|defaut|echang|exchang|non[- ]?conform|\bsav\b"
    r"|after[- ]sales?|repar|repair"
)
_CANCEL = r"annul|cancel|resili|resolu|resci|terminat"
_DELAY = r"retard|late|delay|livr|deliver|delai"
_OPTIONAL = (
    r"\b(?:peut|peuvent|pouvez|pourra|pourront|pourrez|may|can|possib|faculte|option)"
)
_EXTENSION = r"extension|prolong|etend|extend|supplement|additional|further|de plus"
_NEGATION = r"\b(?:sans|aucuns?|no|without|free of|pas de|not charge)\b"
_CHOSEN_CARRIER = (
    r"autre que (?:le|celui)|other than the carrier|excluding the carrier"
    r"|a l'exclusion du transporteur|not the carrier|de son choix|of (?:his|her|their|"
    r"your) (?:own )?choice|chosen by (?:the )?(?:customer|consumer|buyer|you)"
    r"|choisi par (?:le |l')?(?:client|consommateur|acheteur)|sauf (?:si|lorsque)"
)
_DURABLE_MEDIUM = (
    r"support durable|durable medium|tout (?:autre )?moyen|any (?:other )?means"
    r"|or by e-?mail|ou par (?:e-?mail|courriel)"
)

PRESENCE_RULES: Final[tuple[PresenceRule, ...]] = (
    PresenceRule(
        "clause_unopened_vehicle_condition",
        (
            r"\bun-?opened\b",
            r"\bnever (?:been )?opened\b",
            r"\bjamais (?:ete )?ouverte?s?\b",
            r"\bnon ouverte?s?\b",
            r"\bcaisses? d'origine\b",
            r"\bjamais (?:ete )?roules?\b",
            r"\bnever (?:been )?(?:ridden|driven)\b",
        ),
    ),
    PresenceRule(
        "late_delivery_surcharge_clause_outdated",
        (r"(?<![\w-])(?:60|soixante|sixty) (?:\(60\) )?(?:days|jours)\b",),
        near_all=(
            r"(?<![\w-])(?:30|trente|thirty) (?:\(30\) )?(?:days|jours)\b",
            r"\b10 ?(?:%|pour ?cent|per ?cent)",
            r"\b20 ?(?:%|pour ?cent|per ?cent)",
            r"\b50 ?(?:%|pour ?cent|per ?cent)",
        ),
        window=300,
    ),
    PresenceRule(
        "mediation_prior_to_court_clause",
        (
            r"\ba defaut de (?:recours a (?:la |une )?)?mediation",
            r"\bfaute de mediation",
            r"\ben l'absence de (?:la |une )?mediation",
            r"\bif (?:there is )?no mediation",
            r"\bfailing (?:a |such |any )?mediation",
            r"\bin the absence of (?:a |any )?mediation",
            r"\bmediation (?:prealable )?obligatoire",
            r"\bmandatory (?:prior )?mediation",
        ),
    ),
    PresenceRule(
        "mediation_prior_to_court_clause",
        (
            r"\bavant (?:toute|d'engager une|d'intenter une) action"
            r" (?:en justice|judiciaire|contentieuse)",
            r"\bavant (?:toute saisine|de saisir) (?:d'une |des |du |le |les )?"
            r"(?:tribuna|juridiction|juge)",
            r"\b(?:before|prior to) (?:any|taking any|bringing any|bringing an?|taking)"
            r" (?:court|legal|judicial)",
            r"\bprealablement a (?:toute|la saisine)",
        ),
        unless=(_OPTIONAL,),
        unless_window=(150, 150),
    ),
    PresenceRule(
        "annex_excludes_delivery_refund",
        (
            r"\bfrais (?:de |d')(?:livraison|port|expedition|envoi|transport)"
            r"(?! (?:de |d')?retour)[^.]{0,40}?"
            r"(?:ne (?:sont|seront) (?:pas|jamais)|non)"
            r" rembours",
            r"\b(?:delivery|shipping|postage|carriage) (?:costs?|fees?|charges?)"
            r"[^.]{0,40}?(?:are|will) not (?:be )?(?:refunded|reimbursed|refundable)",
            r"\b(?:delivery|shipping|postage|carriage) (?:costs?|fees?|charges?)"
            r" (?:are )?non-?refundable",
        ),
        unless=(r"\b(?:return|retour)\b",),
        unless_window=(20, 0),
    ),
    PresenceRule(
        "risk_transfer_at_carrier",
        (
            r"\bremise (?:des (?:produits|marchandises|colis) |du colis |des biens |"
            r"de la marchandise |du bien )?au transporteur vaut livraison",
            r"\blivraison (?:est |sera )?(?:reputee |consideree (?:comme )?)?"
            r"(?:effectuee|realisee|faite|intervenue)[^.]{0,40}?remise[^.]{0,40}?"
            r"transporteur",
            r"\bdelivery (?:is|shall be|will be) (?:deemed |considered )?(?:to (?:be|"
            r"have been) )?(?:made|effected|completed|done|carried out|effective)"
            r"[^.]{0,60}?(?:carrier|transporter|shipper)",
            r"\brisks?\b[^.]{0,40}?\b(?:pass|passes|passed|transfer|transfers|"
            r"transferred)\b[^.]{0,60}?(?:carrier|transporter)",
            r"\btransfert des risques[^.]{0,80}?transporteur",
            r"\b(?:voyagent|voyage|travel|travels) (?:aux|at the) risques? "
            r"(?:et perils )?(?:de l'acheteur|du client|du destinataire|of the "
            r"(?:buyer|customer|purchaser|consignee)|(?:buyer|customer|purchaser)'s)",
            r"\b(?:travel|travels|shipped|carried) at (?:the )?(?:buyer|customer|"
            r"purchaser|consignee|client)'s (?:own |sole )?risk",
        ),
        unless=(_CHOSEN_CARRIER,),
        unless_window=(80, 120),
    ),
    PresenceRule(
        "clause_more_restrictive_than_L216-6",
        (
            r"\b(?:plus de|superieure? a|superieurs? a|au-dela de|excedant|depassant|"
            r"more than|over|exceeding|beyond|in excess of) (?:30|trente|thirty) "
            r"(?:\(30\) )?(?:days|jours)",
        ),
        near_all=(_CANCEL, _DELAY),
    ),
    PresenceRule(
        "clause_more_restrictive_than_L216-6",
        (r"\blettre recommandee\b|\bregistered (?:letter|mail|post)\b",),
        near_all=(_CANCEL, r"retard|late|delay|livraison|deliver"),
        unless=(_DURABLE_MEDIUM,),
        unless_window=(150, 150),
    ),
    PresenceRule(
        "cancellation_fee_legal_risk",
        (
            r"\bfrais d'annulation\b",
            r"\bcancell?ation (?:fees?|charges?|costs?|penalt)",
            r"\bfrais de (?:preparation|traitement|dossier)[^.]{0,60}?annul",
            r"\bannul[^.]{0,80}?\b(?:forfait|retenue)",
            r"\bforfait[^.]{0,80}?annul",
            r"\b(?:flat|fixed)[- ](?:rate|fee)[^.]{0,80}?cancel",
            r"\bcancel[^.]{0,80}?(?:flat|fixed)[- ](?:rate|fee)",
        ),
        unless=(_NEGATION,),
        unless_window=(25, 0),
    ),
    PresenceRule(
        "commercial_guarantee_duration_unit_missing",
        (
            r"(?<![\w-])(?:un|une|deux|trois|quatre|cinq|six|douze|one|two|three|four"
            r"|five|twelve|\d{1,2}) ?\( ?\d{1,2} ?\)(?! ?(?:an|ans|annees?|mois|years?|"
            r"months?|jours?|days?|semaines?|weeks?|heures?|hours?|km|kilometres?)\b)",
        ),
        near_all=(_GUARANTEE,),
        window=80,
    ),
    PresenceRule(
        "legal_guarantee_restricted",
        (
            r"\b(?:original packaging|packaging of origin|original box|original "
            r"package|emballage (?:d'origine|original)|carton d'origine|"
            r"boite d'origine)",
        ),
        near_all=(_GUARANTEE_CONTEXT,),
        window=120,
    ),
    PresenceRule(
        "legal_guarantee_restricted",
        (
            r"\bexchange only\b",
            r"\bonly (?:be )?exchanged\b",
            r"\bechange (?:standard )?uniquement\b",
            r"\buniquement (?:a |par |l'|un )?echange",
            r"\bseul(?:e|ement)? (?:un |l')?echange",
            r"\bexpert (?:automobile )?agree",
            r"\bapproved (?:car |vehicle |automotive |motor )?expert",
        ),
    ),
    PresenceRule(
        "legal_guarantee_restricted",
        (
            r"\b(?:inutilisable|unusable|unfit for use)\b",
            r"\b(?:buyer|customer|purchaser|client)s? (?:pays?|bears?|will pay"
            r"|shall pay|must pay|is responsible for)[^.]{0,40}?"
            r"(?:return|shipping|postage|transport|carriage|fees|costs)",
            r"\b(?:return|shipping|postage|transport) (?:costs?|fees?|charges?)"
            r"[^.]{0,40}?(?:at the (?:expense|charge)|borne by|paid by|payable by)"
            r" (?:of )?(?:the )?(?:buyer|customer|purchaser|client)",
            r"\bfrais (?:de retour|d'envoi|de port|de transport)[^.]{0,60}?"
            r"(?:a la charge|supportes?|payes?|assumes?) (?:par |de )?"
            r"(?:l'acheteur|du client|le client|l'acheteur|de l'acheteur)",
        ),
        near_all=(_GUARANTEE_CONTEXT,),
        window=120,
        unless=(_WITHDRAW,),
        unless_window=(200, 200),
    ),
    PresenceRule(
        "conformity_presumption_outdated",
        (r"(?<![\w-])(?:6|six) (?:\(6\) )?(?:mois|months?)\b",),
        near_all=(r"presum|presom",),
        unless=(_EXTENSION,),
        unless_window=(60, 30),
        active_from=PRESUMPTION_24_MONTHS_EFFECTIVE,
    ),
    PresenceRule(
        "conformity_presumption_outdated",
        (r"(?<![\w-])(?:6|six) (?:\(6\) )?(?:mois|months?)\b",),
        near_all=(r"conformit", r"appar|appear|revel|manifest|surv|occur|arise"),
        window=120,
        unless=(_EXTENSION,),
        unless_window=(60, 30),
        active_from=PRESUMPTION_24_MONTHS_EFFECTIVE,
    ),
    PresenceRule(
        "obsolete_odr_reference",
        (
            r"ec\.europa\.eu/(?:consumers/)?odr",
            r"\bplateforme (?:europeenne )?(?:de )?(?:reglement|resolution) en ligne"
            r" des litiges",
            r"\bplateforme europeenne de reglement en ligne",
            r"\bonline dispute resolution platform",
            r"\bodr platform",
            r"\bplateforme (?:de )?rll\b",
            r"\b524/2013\b",
        ),
        active_from=ODR_PLATFORM_CLOSED,
    ),
)
"""Clauses that must not appear (see :class:`PresenceRule`)."""

ABSENCE_RULES: Final[tuple[AbsenceRule, ...]] = (
    AbsenceRule(
        "missing_legal_guarantee_box",
        (
            (
                r"garantie legale de conformite",
                r"legal (?:guarantee|warranty) (?:of|for) conformity",
                r"legal conformity (?:guarantee|warranty)",
                r"statutory (?:guarantee|warranty) of conformity",
            ),
            (
                r"(?<![\w-])(?:deux|2|two) (?:\(2\) )?(?:ans|years?)\b",
                r"(?<![\w-])(?:24|vingt-quatre|twenty-four) (?:\(24\) )?"
                r"(?:mois|months?)\b",
                r"\b(?:two|2)-year",
            ),
            (r"vices? caches?", r"hidden defects?", r"latent defects?"),
            (r"\b300 ?000\b", r"\b300[.,]000\b"),
        ),
        active_from=LEGAL_GUARANTEE_BOX_MANDATORY,
    ),
    AbsenceRule(
        "withdrawal_function_not_mentioned",
        (
            (
                r"renoncer au contrat ici",
                r"withdraw from (?:the )?contract here",
                r"fonction(?:nalite)? de retractation",
                r"withdrawal function",
                r"bouton de retractation",
                r"withdrawal button",
            ),
        ),
        active_from=WITHDRAWAL_FUNCTION_MANDATORY,
    ),
)
"""Text that must appear (see :class:`AbsenceRule`)."""

# Repealed or renumbered articles: (pattern, context required nearby, date from which
# the reference is obsolete).
_CODE_CONTEXT = (
    r"code de la consommation|consumer code|code of consumption|c\. ?consom"
    r"|consumer protection code|consumer law|code de la conso"
)
_OBSOLETE_ARTICLES: Final = (
    (r"\bl\.? ?121-(?:1[6-9]|2[0-6])(?:-\d+)?\b", "", RECODIFICATION_2016_EFFECTIVE),
    (r"\b97/7(?:/(?:ce|ec|cee|eec))?\b", "", HAMON_EFFECTIVE),
    (r"\bl\.? ?217-16\b", "", ORDINANCE_2021_1247_EFFECTIVE),
    (r"\bl\.? ?217-(?:4|5|12)\b", _CODE_CONTEXT, ORDINANCE_2021_1247_EFFECTIVE),
    (r"\bl\.? ?216-[23]\b", "", ORDINANCE_2021_1247_EFFECTIVE),
    (
        r"\bl\.? ?211-(?:4|5|12|13|14|15|16)\b",
        r"garanti|guarant|conformit",
        RECODIFICATION_2016_EFFECTIVE,
    ),
)

_NUMBER_WORDS: Final = {
    "un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3,
    "quatre": 4, "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7,
    "huit": 8, "eight": 8, "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "onze": 11,
    "eleven": 11, "douze": 12, "twelve": 12, "treize": 13, "thirteen": 13,
    "quatorze": 14, "fourteen": 14, "quinze": 15, "fifteen": 15, "vingt": 20,
    "twenty": 20, "trente": 30, "thirty": 30,
}  # fmt: skip
_DAYS_RE: Final = re.compile(
    r"(?<![\w.,/-])(?:(?P<digits>\d{1,3})|(?P<word>"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r"))(?: ?\( ?(?P<paren>\d{1,3}) ?\))? (?:(?:full|clear|working|business|open"
    r"|calendar|bank|week) )?(?:days?|jours?)\b"
)
_REFUND_BEFORE: Final = re.compile(r"rembours|refund|reimburs")
_RESERVE_CONTEXT: Final = (
    r"reserv|claim|reclamation|complain|dommage|damage|avarie|carrier|transporteur"
    r"|litig|manquant|missing"
)

USUAL_DAY_COUNTS: Final = frozenset(
    {*range(0, 16), 20, 21, 28, 30, 31, 45, 60, 90, 120, 180, 365}
)
"""Day counts that are common in terms of sale; others above 15 are reported."""


def normalize_text(text: str) -> str:
    """Return ``text`` without HTML, accents, case and repeated spaces.

    The form every rule of :func:`lint_cgv_text` (L221-18, D211-2, ...) matches.

    >>> normalize_text("<p>D&eacute;lai de r&eacute;tractation&nbsp;: 14 JOURS</p>")
    'delai de retractation : 14 jours'
    """
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", text)
    text = re.sub(r"<[^>]*>", " ", text)
    text = html.unescape(text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = re.sub(r"[\u2018\u2019\u201b\u2032`\u00b4]", "'", text)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("\u0153", "oe").replace("\u00e6", "ae")
    return re.sub(r"\s+", " ", text).strip().lower()


def _active(active_from: date | None, at: date | None) -> bool:
    return at is None or active_from is None or at >= active_from


def _found(pattern: str, text: str, start: int, end: int) -> bool:
    return re.search(pattern, text[max(start, 0) : max(end, 0)]) is not None


def _presence_matches(rule: PresenceRule, text: str) -> Iterator[str]:
    for pattern in rule.patterns:
        for match in re.finditer(pattern, text):
            start, end = match.span()
            if not all(
                _found(near, text, start - rule.window, end + rule.window)
                for near in rule.near_all
            ):
                continue
            before, after = rule.unless_window
            if any(
                _found(unless, text, start - before, end + after)
                for unless in rule.unless
            ):
                continue
            yield match.group(0)


def _days_mentions(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    for match in _DAYS_RE.finditer(text):
        raw = match.group("paren") or match.group("digits")
        value = int(raw) if raw else _NUMBER_WORDS[match.group("word")]
        yield value, match


def _withdrawal_below_minimum(text: str) -> list[str]:
    evidence = []
    for value, match in _days_mentions(text):
        start, end = match.span()
        if not 0 < value < WITHDRAWAL_MIN_DAYS:
            continue
        if not _found(_WITHDRAW, text, start - 150, end + 150):
            continue
        if _REFUND_BEFORE.search(text[max(start - 50, 0) : start]):
            continue
        evidence.append(match.group(0))
    return evidence


def _obsolete_articles(text: str, at: date | None) -> list[str]:
    """Repealed references, in the order of the text, each once."""
    found: list[tuple[int, str]] = []
    for pattern, context, replaced_on in _OBSOLETE_ARTICLES:
        if not _active(replaced_on, at):
            continue
        for match in re.finditer(pattern, text):
            start, end = match.span()
            if context and not _found(context, text, start - 100, end + 100):
                continue
            reference = re.sub(r"[.\s]", "", match.group(0)).upper()
            if reference.startswith("97/7"):
                reference = "Dir. 97/7/EC"
            found.append((start, reference))
    return list(dict.fromkeys(reference for _, reference in sorted(found)))


def _unusual_durations(text: str) -> list[str]:
    return [
        match.group(0)
        for value, match in _days_mentions(text)
        if value not in USUAL_DAY_COUNTS
        and _found(_RESERVE_CONTEXT, text, match.start() - 120, match.end() + 120)
    ]


def lint_cgv_text(cgv_text: str, at: date | None = None) -> tuple[Finding, ...]:
    """Return the findings of a terms-of-sale text (unsorted, possibly one per rule).

    Checks the clauses of LEGAL_RULES §16: withdrawal period (L221-18), repealed
    articles, ODR platform (Reg. (EU) 2024/3228), D211-2 box, withdrawal function
    (L221-21), unopened goods (L221-23), L241-4 tiers, mediation before court (L612-4),
    delivery refund (L221-24), risk at the carrier (L216-4), termination (L216-6),
    cancellation fees, commercial guarantee (L217-22), legal guarantee (L217-9,
    L241-5) and unusual day counts (C. com. L133-3).

    ``at`` gates the rules that depend on a date (``None``: every rule known today).
    An empty text gives no finding.

    >>> [f.code for f in lint_cgv_text("Vous disposez de 7 jours pour vous retracter.",
    ...                                at=date(2020, 1, 1))]
    ['withdrawal_period_below_legal_minimum']
    """
    text = normalize_text(cgv_text)
    if not text:
        return ()
    findings: list[Finding] = []
    for rule in PRESENCE_RULES:
        if not _active(rule.active_from, at):
            continue
        matches = list(dict.fromkeys(_presence_matches(rule, text)))
        if matches:
            findings.append(make_finding(rule.code, matches))
    for absence in ABSENCE_RULES:
        if not _active(absence.active_from, at):
            continue
        if not all(
            any(re.search(pattern, text) for pattern in group)
            for group in absence.groups
        ):
            findings.append(make_finding(absence.code))
    if _active(HAMON_EFFECTIVE, at) and (below := _withdrawal_below_minimum(text)):
        findings.append(make_finding("withdrawal_period_below_legal_minimum", below))
    if references := _obsolete_articles(text, at):
        findings.append(
            make_finding(
                "obsolete_article_reference",
                references,
                "The terms cite repealed or renumbered articles: "
                + ", ".join(references)
                + ".",
            )
        )
    if unusual := _unusual_durations(text):
        findings.append(make_finding("suspicious_duration", unusual))
    return tuple(findings)


def mentions_mediator(cgv_text: str) -> tuple[bool, bool]:
    """Return (a mediator is mentioned, a website is given near the mention).

    L616-1, R616-1: the mediator's identity and website must be given.

    The EU ODR platform address does not count as the mediator's website.

    >>> mentions_mediator("Mediateur : CM2C, www.cm2c.net")
    (True, True)
    """
    text = normalize_text(cgv_text)
    mentions = [m.start() for m in re.finditer(r"\bmediat(?:eur|or|ion|rice)", text)]
    for start in mentions:
        window = text[max(start - 100, 0) : start + 400]
        for url in re.finditer(
            r"(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:fr|com|org|eu|net)\b", window
        ):
            if "europa.eu" not in url.group(0):
                return True, True
    return bool(mentions), False
