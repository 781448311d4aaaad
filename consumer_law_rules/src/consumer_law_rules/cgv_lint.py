# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Lint of a terms-of-sale (CGV) text against current consumer law.

The text (plain or HTML, French or English) is read by
:class:`~consumer_law_rules.terms_text.TermsText`: normalised (tags stripped, entities
decoded, accents removed, lower case, spaces collapsed), split into sections and
sentences, its durations read (digits and/or words) and attributed to the clause they
belong to. Rules are data: a table of phrases that must not appear
(:data:`PRESENCE_RULES`), a table of phrases that must (:data:`ABSENCE_RULES`), and
duration rules (withdrawal period below 14 days, refund beyond 14 days, presumption
shorter than the law, transport reserves below 3 days or forfeiting rights, unusual
day counts), repealed article numbers and the delivery-refund exclusion of an annex.
A rule can be date-gated: it only applies when the check date ``at`` is ``None``
(every rule known today) or on or after its ``active_from``. Each finding quotes the
sentences it comes from.

This is a lint: it points at clauses to review, it does not interpret contracts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Final

from .clause_rules import clause_findings, is_guarantee_window, names_transport
from .constants import (
    HAMON_EFFECTIVE,
    L241_4_REFORM_EFFECTIVE,
    LEGAL_GUARANTEE_BOX_MANDATORY,
    ODR_PLATFORM_CLOSED,
    ORDINANCE_2021_1247_EFFECTIVE,
    PRESUMPTION_24_MONTHS_EFFECTIVE,
    PRESUMPTION_MONTHS_NEW,
    PRESUMPTION_MONTHS_PRE_2022_SECOND_HAND,
    PRESUMPTION_MONTHS_SECOND_HAND,
    RECODIFICATION_2016_EFFECTIVE,
    REFUND_MAX_DAYS,
    TRANSPORT_RESERVE_MIN_DAYS,
    WITHDRAWAL_FUNCTION_MANDATORY,
    WITHDRAWAL_MIN_DAYS,
)
from .findings import Finding, make_finding
from .lexicon import CONCEPTS, concept
from .terms_text import NUMBER_WORDS, Duration, TermsText

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
    within ``unless_window`` = (characters before, characters after), and no
    pattern of ``unless_sentence`` is found in the sentence holding it (what the
    sentence as a whole says: the platform is closed, no fee is ever charged).
    With ``one_sentence``, a match running into the next sentence (a heading and
    the numbered paragraph after it) is no match.
    """

    code: str
    patterns: tuple[str, ...]
    near_all: tuple[str, ...] = ()
    window: int = 150
    unless: tuple[str, ...] = ()
    unless_window: tuple[int, int] = (60, 60)
    unless_sentence: tuple[str, ...] = ()
    one_sentence: bool = False
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
    # ("à défaut", "par défaut": otherwise, by default, not a defect)
    r"garanti|guarant|warrant|defect|(?<!a )(?<!par )defaut|echang|exchang"
    r"|non[- ]?conform|\bsav\b"
    r"|after[- ]sales?|repar|repair"
)
_CANCEL = r"annul|cancel|resili|resolu|resci|terminat"
_DELAY = r"retard|late|delay|livr|deliver|delai"
_OPTIONAL = (
    r"\b(?:peut|peuvent|pouvez|pourra|pourront|pourrez|may|can|possib|faculte|option)"
)
_EXTENSION = r"extension|prolong|etend|extend|supplement|additional|further|de plus"
_NEGATION = r"\b(?:sans|aucuns?|no|without|free of|pas de|not charge)\b"
_CHOSEN_CARRIER = CONCEPTS["chosen_carrier"]
# A platform (or service) said to be closed, gone or no longer usable.
_PLATFORM_CLOSED = (
    r"\bferme(?:e|es|s)?\b|\bfermee?\b|a ferme|ayant ferme|cesse (?:de fonctionner"
    r"|d'exister|ses activites|son activite)|\bsupprimee?s?\b|n'existe plus"
    r"|(?:ne peut|ne peuvent|ne pourra|ne pourront) plus (?:etre )?(?:utilise|saisi"
    r"|consulte)|n'est plus (?:accessible|disponible|proposee?|en service|active"
    r"|operationnelle?|utilisable)|\bclosed\b|\bshut(?: down)?\b|discontinued"
    r"|ceased|decommissioned|abolished|no longer (?:exists|available|accessible"
    r"|operat|in (?:service|operation)|be used|usable)|(?:can|may) no longer be used"
    r"|has been (?:withdrawn|removed|retired)"
)
_DURABLE_MEDIUM = (
    r"support durable|durable medium|tout (?:autre )?moyen|any (?:other )?means"
    r"|or by e-?mail|ou par (?:e-?mail|courriel)"
)

# A number in words, French or English ("dix", "vingt-quatre", "twenty-four").
_NUMBER_WORD: Final = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMBER_PHRASE: Final = rf"(?:{_NUMBER_WORD})(?:-(?:et-)?(?:{_NUMBER_WORD}))*"
_DURATION_UNIT: Final = (
    r"(?:an|ans|annees?|mois|years?|months?|jours?|days?|semaines?|weeks?|heures?"
    r"|hours?|km|kilometres?)\b"
)

# An amount that is not a company's share capital ("au capital de", "capital
# social de", "share capital of").
_NOT_CAPITAL: Final = (
    r"(?<!capital de )(?<!capital de € )(?<!capital social de )(?<!capital of )"
    r"(?<!capital of € )(?<!capital of eur )(?<!capital de eur )(?<!capital of €)"
    r"(?<!capital de €)"
)

PRESENCE_RULES: Final[tuple[PresenceRule, ...]] = (
    PresenceRule(
        "late_delivery_surcharge_clause_outdated",
        (
            r"(?<![\w-])(?:60|soixante|sixty) (?:\(60\) )?(?:days|jours)\b",
            r"(?<![\w-])(?:deux|two|2) (?:\(2\) )?(?:mois|months)\b",
        ),
        near_all=(
            r"(?<![\w-])(?:30|trente|thirty) (?:\(30\) )?(?:days|jours)\b"
            r"|(?<![\w-])(?:un|one|1) (?:\(1\) )?(?:mois|month)\b",
            # percentages in digits or in words ("dix pour cent", "fifty per cent")
            r"\b(?:10 ?%|(?:10|dix|ten) ?(?:pour ?cent|per ?cent|percent))",
            r"\b(?:20 ?%|(?:20|vingt|twenty) ?(?:pour ?cent|per ?cent|percent))",
            r"\b(?:50 ?%|(?:50|cinquante|fifty) ?(?:pour ?cent|per ?cent|percent))",
        ),
        window=300,
        # The L242-4 scale of a late withdrawal refund (legal interest, then 5 %,
        # 10 %, 20 %, 50 %...) is not the L241-4 late-delivery scale.
        unless=(
            r"\b(?:5 ?%|(?:5|cinq|five) ?(?:pour ?cent|per ?cent|percent))"
            r"|(?:taux d'|taux de l')?interet"
            r" legal|legal (?:rate of )?interest|\bl\.? ?242-4\b",
        ),
        unless_window=(300, 300),
        # The 10/20/50 % tiers over 30/60 days were the law for contracts before
        # 2022 (LEGAL_RULES §5): printed in an older contract they are right.
        active_from=L241_4_REFORM_EFFECTIVE,
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
            r"\bpreliminary mediation",
            r"\bmediation prealable\b",
            r"\b(?:shall|must|will) (?:first )?be (?:first )?(?:submitted|referred) to "
            r"(?:a |the )?(?:consumer )?mediat",
            r"\bdoit (?:d'abord |prealablement |en premier lieu )?(?:etre soumis"
            r"|recourir|saisir)(?: d'abord| prealablement)? (?:a |au |le )?(?:la )?"
            r"(?:mediat|procedure de mediation)",
            r"\bonly after (?:a |an )?(?:unsuccessful |failed )?mediation",
            r"\bqu'apres (?:une |l'echec d'une |echec de la )?mediation",
        ),
    ),
    PresenceRule(
        "mediation_prior_to_court_clause",
        (
            r"\blettre recommandee\b|\brecommande avec"
            r"|\bregistered (?:letter|mail|post)",
        ),
        near_all=(
            r"\bavant (?:toute|tout|d'engager|de saisir|d'intenter)|prealabl"
            r"|\bbefore (?:any|bringing|taking|going|referring|initiating|commencing)"
            r"|\bprior to (?:any|bringing|taking|going|referring)|pre-?condition"
            r"|\bfirst\b|\bd'abord\b",
            r"justice|judiciaire|tribuna|juridiction|\bcourts?\b|legal action"
            r"|legal proceedings|\bjuge\b|contentieu",
        ),
        unless=(_OPTIONAL,),
        unless_window=(100, 100),
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
            r"(?:ne (?:vous |leur |lui )?(?:sont|seront|sera|est) (?:pas|jamais)|non)"
            r" rembours",
            r"\b(?:delivery|shipping|postage|carriage) (?:costs?|fees?|charges?)"
            r"[^.]{0,40}?(?:are|will) not (?:be )?(?:refunded|reimbursed|refundable)",
            r"\b(?:delivery|shipping|postage|carriage) (?:costs?|fees?|charges?)"
            r" (?:are )?non-?refundable",
            r"\bfrais (?:de |d')(?:livraison|port|expedition|envoi)"
            r"(?: initiaux| aller)?(?! (?:de |d')?retour)[^.]{0,60}?"
            r"(?:restent|restant|resteront|demeurent|demeurant|demeureront) (?:acquis"
            r"|a la charge)",
            r"\b(?:delivery|shipping|postage|carriage) (?:costs?|fees?|charges?)"
            r"[^.]{0,30}?(?:remains?|stays?) (?:due|payable|owed|with us|acquired"
            r"|the seller's|ours)",
            r"\bfrais (?:de |d')(?:livraison|port|expedition|envoi)"
            r"(?: initiaux| aller)?(?! (?:de |d')?retour)[^.]{0,30}?"
            r"ne (?:donnent|donneront) (?:pas|lieu a aucun) (?:lieu a )?(?:aucun )?"
            r"rembours",
            r"\b(?:delivery|shipping|postage|carriage) (?:costs?|fees?|charges?)"
            r"[^.]{0,30}?(?:are|will be|remain) (?:retained|kept by us|not repaid)",
            r"\b(?:we|the seller|the company) (?:do|does|will) not (?:refund|reimburse)"
            r" (?:the )?(?:initial |original |outbound )?(?:delivery|shipping|postage)",
            r"\bnous ne remboursons pas (?:les )?frais (?:de |d')(?:livraison|port"
            r"|expedition)",
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
            r"\b(?:voyagent|voyage|travel|travels) (?:toujours |always |en tout etat"
            r" de cause |in all cases )?(?:aux|at the) (?:risques?|risks?) "
            r"(?:et perils |and perils )?(?:de l'acheteur|du client|du destinataire"
            r"|of the (?:buyer|customer|purchaser|consignee|addressee|recipient|client)"
            r"|(?:buyer|customer|purchaser)'s)",
            r"\b(?:travel|travels|shipped|carried) at (?:the )?(?:buyer|customer|"
            r"purchaser|consignee|client)'s (?:own |sole )?risk",
            r"\b(?:livraison|delivrance) (?:est |sera )?(?:reputee"
            r"|consideree (?:comme)?) (?:effectuee|realisee|faite|accomplie"
            r"|intervenue)[^.]{0,40}?"
            r"(?:des|a|lors de) (?:l'expedition|l'envoi|la prise en charge|le depart"
            # a handover to the customer himself is the lawful moment (L216-4)
            r"|la remise(?! (?:(?:du|des|de la|de l') ?\w+ )?(?:entre (?:vos|ses|leurs"
            r"|les) (?:propres )?mains|au client|a l'acheteur|au destinataire|a vous"
            r"|en mains propres)))",
            r"\bdelivery (?:is|shall be|will be) (?:deemed|considered|regarded)"
            r"[^.]{0,40}?(?:upon|on|at the time of|at|when|as soon as)"
            r" (?:the )?(?:dispatch|shipment|shipping|handover|collection|departure)",
            r"\brisques?\b[^.]{0,40}?\b(?:passent|passe|transferes?|transmis)\b"
            r"[^.]{0,80}?(?:transporteur|expedition|depart de nos)",
            r"\brisks?\b[^.]{0,60}?(?:from|upon|on|at) (?:the )?"
            r"(?:moment of |time of )?"
            r"(?:dispatch|shipment|departure from our)",
            r"\b(?:marchandises?|produits?|colis|biens?) (?:voyagent|voyage|sont"
            r" transportes?|circulent) (?:toujours |en tout etat de cause )?(?:aux"
            r"|aux risques|a ses|a leurs) risques",
        ),
        unless=(
            _CHOSEN_CARRIER,
            r"risques? (?:et perils )?(?:du vendeur|de la societe|de notre societe)"
            r"|\bnos risques|\bour (?:own )?risk|seller'?s? risk",
        ),
        unless_window=(80, 120),
    ),
    PresenceRule(
        "clause_more_restrictive_than_L216-6",
        (
            r"\b(?:plus de|superieure? a|superieurs? a|au-dela de|excedant|depassant|"
            r"depasse|excede|more than|over|exceeding|exceeds|beyond|in excess of)"
            # a fixed delay of a month or more before the customer may cancel
            # (30, 60 days, 8 weeks, two months), in digits or in words
            r" (?:les |a )?(?:(?:[3-9]\d|\d{3}|trente|quarante|cinquante|soixante"
            r"|quatre-vingts?|cent|thirty|forty|fifty|sixty|seventy|eighty|ninety"
            r"|(?:one )?hundred)(?:[- ]\w+)? (?:\(\d{1,3}\) )?(?:days|jours)"
            r"|(?:[5-9]|1\d|cinq|six|sept|huit|neuf|dix|douze|five|six|seven|eight"
            r"|nine|ten|twelve) (?:\(\d{1,2}\) )?(?:semaines|weeks)"
            r"|(?:\d{1,2}|un|une|deux|trois|quatre|six|one|two|three|four|six)"
            r" (?:\(\d{1,2}\) )?(?:mois|months?))\b",
        ),
        near_all=(_CANCEL, _DELAY),
    ),
    PresenceRule(
        "clause_more_restrictive_than_L216-6",
        (
            r"\b(?:lettre|courrier|pli|envoi) recommandee?\b|\blrar\b"
            r"|\bregistered (?:letter|mail|post)\b",
        ),
        near_all=(_CANCEL, r"retard|late|delay|livraison|deliver"),
        unless=(_DURABLE_MEDIUM,),
        unless_window=(150, 150),
    ),
    PresenceRule(
        "cancellation_fee_legal_risk",
        (
            r"\bfrais d'annulation\b"
            r"(?! ?:? ?(?:neant|aucun|nuls?\b|0\b|gratuit|offert))",
            r"\bcancell?ation (?:fees?|charges?|costs?|penalt)"
            r"(?!\w* ?:? ?(?:none|nil\b|0\b|free|n/a))",
            r"\bfrais de (?:preparation|traitement|dossier)[^.]{0,60}?annul",
            r"\bannul[^.]{0,80}?\bfrais (?:de |d')(?:preparation|traitement|dossier"
            r"|gestion)",
            r"\bannul[^.]{0,80}?\b(?:forfait|retenue|penalite|indemnite)",
            r"\bcancel[^.]{0,80}?\b(?:penalty|administration fee|admin fee|handling fee"
            r"|processing fee)",
            r"\bforfait[^.]{0,80}?annul",
            r"\b(?:flat|fixed)[- ](?:rate|fee)[^.]{0,80}?cancel",
            r"\bcancel[^.]{0,80}?(?:flat|fixed)[- ](?:rate|fee)",
        ),
        unless=(_NEGATION,),
        unless_window=(25, 0),
        unless_sentence=(CONCEPTS["fee_negated"],),
    ),
    PresenceRule(
        "commercial_guarantee_duration_unit_missing",
        (
            # a number in words and in digits ("dix (10)", "vingt-quatre (24)",
            # "two (2)", "3 (three)") with no unit after it
            rf"(?<![\w-])(?:{_NUMBER_PHRASE}|\d{{1,2}}) ?\( ?\d{{1,2}} ?\)"
            rf"(?! ?{_DURATION_UNIT})",
            rf"(?<![\w-])\d{{1,2}} ?\( ?(?:{_NUMBER_PHRASE}) ?\)(?! ?{_DURATION_UNIT})",
        ),
        near_all=(_GUARANTEE,),
        window=80,
        # "article 12 (2)", "clause 7 (3)": a reference, not a duration.
        unless=(
            r"(?:\b(?:article|art|clause|section|alinea|paragraphe?|paragraph|point"
            r"|annexe?|appendix|chapitre|chapter)|§)\W*"
            rf"(?:\d{{1,3}}|{_NUMBER_PHRASE}) ?\(",
        ),
        unless_window=(15, 0),
    ),
    PresenceRule(
        "commercial_guarantee_duration_unit_missing",
        # A bare number as the guarantee's duration: "Durée de la garantie : 10.",
        # "garantie commerciale 2, à compter de l'achat", "Warranty duration: 3."
        (
            # no reference word between ("garantie, voir article 7.", "warranty
            # card no 3", "alinéa 2")
            r"\b(?:garantie|warranty|guarantee)\b(?:(?!\b(?:article|art|clause"
            r"|section|alinea|al|paragraphe?|paragraph|point|annexe?|appendix"
            r"|chapitre|chapter|page|n|no|numero|number|card|carte)\b)[^.;\d()§°])"
            r"{0,40}?(?:: ?)?(?<![\w/.,-])\d{1,2}(?= ?(?:[.;,](?!\d)|$))",
            # the number followed by what it covers, not by its unit ("garantie
            # commerciale de 2 contre les défauts", "5 (pièces et main d'oeuvre)")
            r"\b(?:garantie|warranty|guarantee)\b[^.;\d()§°]{0,40}?(?:: ?|\bde )"
            rf"(?<![\w/.,-])(?:\d{{1,2}}|{_NUMBER_PHRASE}) (?:\(? ?(?:contre|against"
            r"|covering|couvrant|pieces|parts|sur|on|pour|for)\b)",
        ),
        one_sentence=True,
    ),
    PresenceRule(
        "commercial_guarantee_duration_unit_missing",
        # One line of a list or table of the guarantee's durations without its
        # unit: "d'une durée de : - 2 ans pour ... ; - 3 pour les outils sans fil",
        # "Duration | Price ... Premium Care | 5 | 12 %".
        (
            rf"(?:[;:] |^)- ?(?:\d{{1,2}}|{_NUMBER_PHRASE}) (?:pour|for|sur|on|contre"
            r"|against)\b",
            r"(?<=: )\d{1,2}(?= : \d)",
        ),
        near_all=(_GUARANTEE, r"\bduree\b|\bduration\b"),
        window=250,
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
            r"\b(?:replacement|exchange) only\b",
            r"\bonly (?:be )?(?:replaced|exchanged)\b",
            r"\bsolely by (?:exchange|replacement)",
            r"\bqu'(?:a |par )?(?:un |l')?echang",
            r"\bexpert (?:designe|choisi|mandate|agree) par (?:nos soins|le vendeur"
            r"|nous|la societe)",
            r"\bexpert (?:appointed|chosen|designated|approved|selected) by (?:us|the "
            r"seller|the company)",
            r"\bseule(?:ment)? (?:la )?garantie (?:du|de la|des) (?:fabricants?"
            r"|constructeurs?|marques?)",
            r"\bgarantie (?:du |de la |des )?(?:fabricants?|constructeurs?|marques?)"
            r" (?:s'applique )?(?:uniquement|seulement|exclusivement)",
            r"\b(?:only|solely|exclusively) (?:the )?manufacturer'?s? (?:own )?"
            r"(?:warranty|guarantee)",
            r"\b(?:only|solely|exclusively|uniquement|seulement|exclusivement)\b"
            r"[^.;]{0,30}?\b(?:warranty|guarantee|garantie) (?:of|du|de la|des|de leur"
            r"|de son) (?:the |their |its )?(?:manufacturers?|makers?|brands?"
            r"|fabricants?|constructeurs?|marques?)\b",
            r"\bmanufacturer'?s? (?:warranty|guarantee) only",
            r"\b(?:warranty|guarantee) (?:is |shall be )?(?:provided|given|handled"
            r"|assured|covered|granted) (?:solely |only |exclusively )by the "
            r"manufacturer",
            r"\bno (?:other )?(?:warranty|guarantee) (?:other than|beyond|except)"
            r" (?:that of )?the manufacturer",
            r"\baucune (?:autre )?garantie (?:autre que|en dehors de|hormis)"
            r" (?:celle|la garantie) (?:du|de la|des)"
            r" (?:fabricant|constructeur|marque)",
            r"\bgarantie (?:est )?(?:assuree|prise en charge|geree|accordee)"
            r" (?:exclusivement |uniquement |seulement )par le (?:fabricant"
            r"|constructeur)",
        ),
    ),
    PresenceRule(
        "legal_guarantee_restricted",
        (r"\b(?:inutilisable|unusable|unfit for use)\b",),
        near_all=(_GUARANTEE_CONTEXT,),
        window=120,
        unless=(_WITHDRAW,),
        unless_window=(200, 200),
    ),
    PresenceRule(
        "obsolete_odr_reference",
        (
            r"ec\.europa\.eu/(?:consumers/)?odr",
            r"\bplateforme (?:europeenne )?(?:de )?(?:reglement|resolution) en ligne"
            r" des litiges",
            r"\bplateforme europeenne de reglement en ligne",
            r"\bonline dispute resolution (?:platform|website|portal)",
            r"\beuropean (?:commission'?s? )?(?:online dispute resolution|odr)\b",
            r"\bplateforme (?:europeenne )?(?:de )?(?:resolution|reglement) des litiges"
            r" en ligne",
            r"\bodr platform",
            r"\bplateforme (?:de )?rll\b",
            r"\b524/2013\b",
        ),
        unless=(
            r"\b(?:a|est|was|has been|is) (?:definitivement |now |permanently )?"
            r"(?:fermee?|closed|supprimee?|discontinued|shut)|n'existe plus"
            r"|no longer (?:exists|available)",
        ),
        unless_window=(20, 60),
        unless_sentence=(_PLATFORM_CLOSED,),
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
            # the fine for obstructing the guarantee, not a company's capital
            # ("au capital de 300 000 €")
            tuple(
                _NOT_CAPITAL + amount
                for amount in (r"\b300 ?000\b", r"\b300[.,]000\b", r"trois cent mille")
            ),
        ),
        active_from=LEGAL_GUARANTEE_BOX_MANDATORY,
    ),
    AbsenceRule(
        "withdrawal_function_not_mentioned",
        (
            (
                r"renoncer au contrat ici",
                r"withdraw from (?:the |this |your )?contract here",
                r"(?:se |vous )?retracter (?:du contrat )?ici",
                r"cancel (?:the |this |your )?contract here",
                r"fonction(?:nalite)? (?:en ligne )?(?:de|pour) (?:se |vous )?retract",
                r"(?:online )?withdrawal (?:function|button|feature|tool|link)",
                r"(?:bouton|lien) (?:de |« ?|\" ?)?(?:retractation|renoncer"
                r"|se retracter|je me retracte|me retracter)",
                r"(?:button|link) (?:labelled |marked )?(?:« ?|\" ?|' ?)?(?:withdraw"
                r"|i withdraw|cancel (?:the|this|my) contract)",
                r"withdrawal button",
                # An online form or button to declare the withdrawal, said where it
                # is (the customer's account, the site): the CGV says that the
                # function exists and where (L221-21; LEGAL_RULES §11).
                r"(?:retract|renonc|withdraw)[^.;?!]{0,100}?(?:formulaire|\bform|bouton"
                r"|button) (?:\w+ ){0,5}?(?:en ligne|online|(?:de|dans|in|on|from|of)"
                r" (?:votre|son|mon|your|my|the|his) (?:espace (?:client|personnel)"
                r"|compte|account|customer (?:area|account)))",
                r"(?:formulaire|\bform|bouton|button) (?:\w+ ){0,5}?(?:de|dans|in|on"
                r"|from|of) (?:votre|son|mon|your|my|the|his) (?:espace (?:client"
                r"|personnel)|compte|account|customer (?:area|account))[^.;?!]{0,60}?"
                r"(?:retract|renonc|withdraw)",
                r"formulaire (?:de retractation |de renonciation )en ligne",
                r"online (?:withdrawal|cancellation) form",
                r"(?:withdrawal|cancellation|returns?|retractation) (?:form|formulaire)"
                r" (?:\w+ ){0,2}(?:in|on|from|via|de|dans) (?:your|my|votre|son)"
                r" (?:account|customer area|espace|compte)",
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
        r"\bl\.? ?211-(?:[4-9]|1[0-8])\b",
        r"garanti|guarant|conform|defaut|defect|presum|vice",
        RECODIFICATION_2016_EFFECTIVE,
    ),
    # Renumbered by the 2016 recodification: delivery (L114-1, L138-1 ff. -> L216-1
    # ff.), mediation (L152-1 ff., L156-1 ff. -> L612-1 ff.), unfair terms (L132-1 ->
    # L212-1).
    (r"\bl\.? ?114-1\b", r"livr|deliver|delai", RECODIFICATION_2016_EFFECTIVE),
    (
        r"\bl\.? ?138-[1-6]\b",
        r"livr|deliver|risque|risk",
        RECODIFICATION_2016_EFFECTIVE,
    ),
    (r"\bl\.? ?15[26]-\d\b", r"mediat", RECODIFICATION_2016_EFFECTIVE),
    (r"\bl\.? ?132-1\b", r"abusi|unfair", RECODIFICATION_2016_EFFECTIVE),
)

# An old number recalled beside the current one ("(anciennement article L121-21)",
# "formerly L121-21", "ex-article"): history, not the merchant's reference.
_FORMER_NUMBER: Final = re.compile(
    r"(?:anciennement|auparavant|precedemment|formerly|previously|former|ancien"
    r"|anciens|\bex-?)\W*(?:(?:l'|les |the )?(?:articles?|art\.?)\W*)?$"
)
_RESERVE_PURPOSES: Final = frozenset({"transport", "complaint"})
# Working days from which a period can exceed 14 calendar days (5 or 6 a week).
_WORKING_DAYS_OVER_14: Final = {
    "ouvres": 10,
    "working": 10,
    "business": 10,
    "bank": 10,
    "ouvrables": 12,
    "open": 12,
}
_GOODS_BACK: Final = re.compile(
    r"^[^.;]{0,30}?(?:reception|receipt|receiving|retour|arrivee|reintegration"
    r"|(?:we|nous) (?:have )?(?:receive|recevons|avons recu)|nous parvien"
    r"|back (?:to|in|at) (?:us|our))[^.;]{0,40}?(?:produits?|articles?|biens?"
    r"|marchandises?|colis|goods|items?|products?|returned|retourne|renvoye|return"
    r"|parcel)"
)
_MERCHANT_ACTS: Final = re.compile(
    r"\b(?:nous|we|notre service|our (?:customer )?service|service client|customer"
    r" service)\b|\btraitee?s?\b|\banswers?\b|\brepond|\brespond|\bprocess"
    r"|\brepons|\breponse|\bresponse|\brepl(?:y|ies)\b|\bprise en charge par"
    r"|\bintervient\b|\bexpedie|\bremplace"
)
# The merchant as the subject of the duration's clause: "nous traitons votre
# demande", "we will answer".
_MERCHANT_CLAUSE: Final = re.compile(
    r"^\W*(?:et |and )?(?:nous|we(?: will| shall)?|notre (?:equipe|service)(?: client)?"
    r"|our (?:team|customer service|service)(?: will)?) (?:vous )?(?:traitons"
    r"|traiterons|traite|traitera|repondons|repondrons|repond|repondra|examinons"
    r"|examinerons|revenons|reviendrons|handles?|answers?|process(?:es)?|repl(?:y|ies)"
    r"|responds?|deal with|review|get back)\b"
)
_CUSTOMER_WINDOW: Final = re.compile(
    r"(?:le client|l'acheteur|vous|the (?:customer|buyer)|you) (?:nous |vous )?"
    r"(?:le |la |les |l')?"
    r"(?:signalez?|informez?|notifiez?|previen(?:t|s)|prevenez|avertit|avertissez"
    r"|reports?|notif(?:y|ies)|informs?|tells?)\b|"
    r"\bdoi(?:t|vent)\b|\bdev(?:ez|rez|ront)\b|\bmust\b"
    r"|(?:merci de|priere de|veuillez) (?:nous )?(?:le |la "
    r"|les |en )?(?:signaler|informer|notifier|contacter|prevenir|faire part)"
    r"|please (?:report|notify|tell|inform|let us know|contact)|\bshould\b"
    r"|\b(?:signalez|prevenez|informez|contactez|ecrivez|envoyez|notifiez|indiquez"
    r"|dites"
    r"|avertissez)(?:-nous|-le|-la|-les)?\b"
    r"|\bshall\b|\bto be\b|devra|\bsont a\b"
    r"|are to|faute|a defaut|failing|otherwise|sinon|tenue?s?\b|required|obligatoire"
    r"|dispose|avez|\bhave\b|\bhas\b|\bpour (?:nous |en )?(?:signaler|notifier"
    r"|informer|faire|emettre|formuler|declarer|reclamer)|\bto (?:notify|report"
    r"|inform|tell|claim|make|lodge)|au plus tard|at the latest|no later"
    r"|(?:peu(?:t|vent)|pourr\w+|may|can) (?:nous |us )?(?:etre |be )?(?:adresse"
    r"|envoye|transmis|formule|presente|signale|sent|submitted|made|lodged|raised"
    r"|reported)|\b(?:vos|your) (?:reclamations?|claims?|complaints?)\b"
)
_FORMER_BEFORE: Final = re.compile(
    r"(?:au lieu (?:de|des|du)|instead of|rather than|(?:was|were|etait|etaient)"
    r" (?:de |of )?(?:only )?|previously|formerly|auparavant|autrefois|anciennement"
    r"|jusqu'alors|until then) (?:de |d'|of )?$"
)
_FORMER_AFTER: Final = re.compile(
    r"^\W*(?:auparavant|precedemment|autrefois|anciennement|previously|formerly"
    r"|before (?:the |that )?(?:law|reform|20\d\d)|avant (?:la (?:loi|reforme)"
    r"|20\d\d))\b"
)
# The customer's act a reserve or complaint window is for.
_RESERVE_ACT: Final = re.compile(
    r"reserve|reservation|protest|signal|notif|reclam|declar|report|inform|claim"
    r"|complain|contest|\bavis|preven|confirm|contact|ecrire|write|let us know"
    r"|\bdites\b|\btell us\b"
    r"|faire part|constat|note"
)
# Length (normalised characters) from which a text is read as full terms of sale,
# not an extract of a few clauses.
_FULL_TERMS_CHARACTERS: Final = 1500
# Topics that, all covered, make even a short text whole terms of sale (what is
# paid, how it is delivered, what is guaranteed), not an extract of a clause.
_CONTRACT_CORE_TOPICS: Final = frozenset({"payment", "delivery", "guarantee"})
# Digits with the letter O for a zero, before a unit of time.
_TYPO_NUMBER: Final = re.compile(
    r"(?<![\w.,/-])\d{1,3}o\d?(?= ?(?:jours?|days?|mois|months?|semaines?|weeks?"
    r"|heures?|hours?|ans|years?)\b)"
)
_SHIPMENT_PROOF: Final = re.compile(r"preuve|justificatif|proof|evidence")
# The refund counted from the goods' return, stated before the duration.
_AFTER_GOODS_BACK: Final = re.compile(
    r"(?:\ba |\bapres |\bdes |upon |after |on |following )(?:la |l'|the |our |their )?"
    r"(?:reception|receipt|retour|arrivee|return)[^.;]{0,40}?(?:produits?|articles?"
    r"|biens?|marchandises?|colis|goods|items?|products?|parcel)"
)
# A lawful deferral until the goods are back (L221-24 al. 2).
_DEFERRAL: Final = re.compile(r"differ|defer|withh|retenir|suspend|jusqu'a|until")
_LATE_DELIVERY: Final = re.compile(
    # "in a delay of 30 days" (translated French for "within") is no lateness
    r"retard|\blate\b|delay(?! of (?:\d|[a-z]+ (?:\(\d+\) )?(?:days?|weeks?"
    r"|months?)))|non-?livr|defaut de livraison|failure to deliver"
    r"|not delivered|(?:resili|resolu|terminat)\w* (?:\w+ ){0,3}(?:pour|for) "
)
_SECOND_HAND: Final = re.compile(
    r"occasion|second[- ]hand|used (?:goods|products|items|vehicles)|seconde main"
    r"|reconditionn|refurbished"
)
_NEW_GOODS: Final = re.compile(r"\bneu(?:fs?|ves?)\b|\bnew\b")
_PACKAGING: Final = re.compile(
    r"\b(?:original packaging|packaging of origin|original box|original "
    r"package|emballage (?:d'origine|original)|carton d'origine|boite d'origine)"
)
_FORFEIT: Final = re.compile(
    r"(?:a defaut|faute de quoi|faute de (?:reserves?|signalement|notification)"
    r"|faute d'avoir (?:respecte|suivi|observe|fait|formule|emis)|failing to"
    r" (?:follow|comply with|respect|observe)"
    r"|if no (?:reserves?|reservations?|protest|complaint|claim) (?:is|are|has been"
    r"|have been) (?:made|noted|lodged|recorded|entered|expressed)|si aucune (?:reserve"
    r"|reclamation) n'(?:est|a ete) (?:faite|emise|notee|formulee|portee)"
    r"|sans (?:reserves?|reclamation|signalement)\b"
    r"|en l'absence de (?:reserves?|signalement)|in the absence of (?:reserves?"
    r"|reservations?|a note)|without (?:such )?(?:reserves?|reservations?)"
    r"|sinon|passe ce delai|au-dela de ce delai|hors delai"
    # the damage left unrecorded: "if damage is not noted on the delivery slip"
    r"|(?:avaries?|dommages?|degats?|damages?) (?:non|not) (?:signalee?s?|notee?s?"
    r"|reported|noted|recorded|mentionnee?s?)"
    r"|\bif (?:the |any )?(?:damages?|reserves?|reservations?|anomal\w*|defects?"
    r"|problems?) (?:is|are|was|were) not (?:\w+ )?(?:noted|recorded|reported|mentioned"
    r"|indicated|written|stated)|\bsi (?:les |le |la |l')?(?:dommages?|avaries?"
    r"|anomalies?|degats?) ne (?:sont|est) pas (?:\w+ )?(?:notee?s?|indiquee?s?"
    r"|mentionnee?s?|signalee?s?|inscrite?s?)"
    # the step left undone: "si ces réserves ne sont pas formulées", "si vous ne
    # l'avez pas fait", "if you have not done so"
    r"|\bsi (?:ces |les |vos |ses |leurs )?(?:reserves?|reclamations?|protestations?)"
    r" ne (?:sont|est|sont) pas (?:\w+ )?(?:formulee|faite|emise|notifiee|portee"
    r"|adressee|envoyee)s?|\bsi (?:vous|le client|l'acheteur|le destinataire)"
    r" ne l'(?:avez|a) pas fait|\bsi (?:vous|le client|l'acheteur) ne le fai(?:t|tes)"
    r" pas|\bif (?:you|the (?:customer|buyer)) (?:have|has|did|do|does) not (?:done"
    r"|do) (?:so|this|that)|\bif (?:this|that) is not done|\bif not done"
    r"|si (?:vous|le client|l'acheteur) ne (?:respect\w*|observ\w*|tien\w*) pas (?:ce"
    r"|le|les|cette|ces) (?:delais?|formalites?|procedure)|if (?:you|the (?:customer"
    r"|buyer)) (?:do|does) not (?:respect|meet|comply with|observe|keep to) (?:this"
    r"|that|the|these) (?:deadline|time limit|period|formalit)"
    r"|(?:after|beyond|past|passe|au-dela de) (?:\d+|[a-z]+) (?:full |clear |working"
    r" )?(?:days?|jours?|hours?|heures?)"
    r"|otherwise|failing (?:this|which|that|such)|after (?:this|that|the) (?:period"
    r"|time|deadline)|beyond (?:this|that) (?:period|time|deadline)|past (?:this|that)"
    r" (?:period|deadline)|late claims?)[^.]{0,120}?(?:aucune? (?:reclamation|reprise"
    r"|retour|recours|remboursement|echange|prise en charge)|ne (?:sera|seront|pourra"
    r"|pourront) (?:plus )?(?:etre )?(?:acceptee?s?|prise?s? en (?:compte|charge)"
    r"|reprise?s?|admise?s?|recevables?)|irrecevable"
    r"|(?:deemed|considered) (?:to have been )?accepted|reputee?s? (?:acceptee?s?"
    r"|conformes?|livree?s? en bon etat)|consideree?s? comme acceptee?s?"
    r"|ne (?:pourra|pourront|pourrez|peut|peuvent) plus (?:rien )?(?:reclamer|exiger"
    r"|demander|contester|agir)|no (?:claim|return|refund"
    r"|exchange|complaint|recourse|compensation)s?\b|ne (?:reprend|rembours|echang"
    r"|remplac)\w* rien|n'(?:echang|accept)\w* rien|aucun (?:remplacement"
    r"|remboursement|echange)|(?:take back|replace|refund|exchange) nothing"
    r"|ne pourr?(?:a|ons|ont|ez)"
    r" (?:plus )?rien (?:faire|accepter)|(?:can|will) do nothing|nothing (?:can|will)"
    r" be done|(?:will|shall|can|may) not be "
    r"(?:accepted|considered|entertained|taken back|admitted|refunded)|(?:cannot|can't)"
    r" be (?:accepted|considered)|forfeit|dechu|decheance"
    r"|perd(?:ra|ent|ront|ez|rez|ons)? (?:tout |son |ses |leur |leurs )?"
    r"(?:droits?|recours)|los(?:es|e) (?:all |any |his |her"
    r" |their |your )?(?:rights?|claims?|recourse)"
    r"|(?:fait|fera|font|feront|makes?) perdre (?:au \w+ |a l'\w+ |a vous )?"
    r"(?:tout |ses |son |tous ses |vos )?(?:droits?|recours)"
    r"|(?:be |are |is )?(?:rejected|refused))"
    # the consequence first: "aucun recours ne sera possible si les avaries n'ont
    # pas été signalées"
    r"|(?:aucun recours|aucune reclamation|no (?:claim|complaint|recourse)s?)"
    r"[^.]{0,60}?"
    r"(?:ne sera|will be|shall be|possible|accepted|acceptee|admise)[^.]{0,40}?"
    r"\b(?:si|if)\b[^.]{0,60}?\b(?:pas|not|sans|without)\b"
    r"|(?:aucune (?:reclamation|reprise)|no (?:claim|complaint|return)s?)[^.]{0,60}?"
    r"(?:ne sera|will be|shall be|accepted|acceptee|admise|prise en compte)[^.]{0,60}?"
    r"(?:apres|au-dela|passe|after|beyond|later than|outside)"
)
_FORFEIT_CONTEXT: Final = re.compile(
    r"\breserves\b|damag|dommage|endommag|avarie|abime|casse|broken|manquant"
    r"|missing|reclamation|complain|transporteur|transporter|carrier|transit"
    r"|bon de livraison"
    r"|delivery (?:slip|note)|\bparcels?\b|\bcolis\b|postman|facteur|livreur"
)
_RIGHTS_KEPT: Final = re.compile(
    r"sans prejudice|without prejudice|garantie legale|legal guarantee|ne prive pas"
    r"|does not (?:affect|deprive|limit)|n'affecte pas|remains? entitled"
    r"|conserve (?:ses|tous ses) droits|keeps? (?:all )?(?:his|her|their|your) rights"
)
_DELIVERY_REFUND_GRANTED: Final = re.compile(
    r"(?:y compris|inclus|compris) (?:les )?frais (?:de |d')(?:livraison|port"
    r"|expedition|envoi)|frais (?:de |d')(?:livraison|port|expedition|envoi)"
    r"(?: initiaux| aller)? (?:compris|inclus)|including (?:the )?(?:standard "
    r"|initial |original |outbound )?(?:delivery|shipping|postage) (?:costs?|fees?"
    r"|charges?)|(?:delivery|shipping) (?:costs?|fees?) (?:are|will be) (?:also )?"
    r"(?:refunded|reimbursed)|frais (?:de |d')(?:livraison|port|expedition)"
    r"(?: initiaux)? (?:sont|seront) (?:egalement |aussi )?rembourses"
)

# The shop's own contact: its customer service, "write to us".
_SHOP_CONTACT: Final = re.compile(
    r"service clients?|customer (?:service|care|support)|\bsav\b|service apres-vente"
    r"|after-sales service|contact(?:ez|er)?[- ]nous|contact us|ecrivez-nous"
    r"|write to us|notre (?:adresse|boutique|site)|our (?:address|shop|store|website)"
)
USUAL_DAY_COUNTS: Final = frozenset(
    {*range(16), 20, 21, 28, 30, 31, 45, 60, 90, 120, 180, 365}
)
"""Day counts that are common in terms of sale; others above 15 are reported."""


def normalize_text(text: str) -> str:
    """Return ``text`` without HTML, accents, case and repeated spaces.

    The form every rule of :func:`lint_cgv_text` (L221-18, D211-2, ...) matches.

    >>> normalize_text("<p>D&eacute;lai de r&eacute;tractation&nbsp;: 14 JOURS</p>")
    'delai de retractation : 14 jours'
    """
    return TermsText(text).text


def _active(active_from: date | None, at: date | None) -> bool:
    return at is None or active_from is None or at >= active_from


def _found(pattern: str, text: str, start: int, end: int) -> bool:
    return re.search(pattern, text[max(start, 0) : max(end, 0)]) is not None


def _presence_matches(
    rule: PresenceRule, terms: TermsText
) -> Iterator[re.Match[str]]:
    text = terms.text
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
            sentence = terms.sentence_at(start)
            if rule.one_sentence and end > sentence.end:
                continue
            if any(
                re.search(unless, text[sentence.start : sentence.end])
                for unless in rule.unless_sentence
            ):
                continue
            yield match


class _Collector:
    """Findings of one text: evidence and quoted sentences gathered per code."""

    def __init__(self, terms: TermsText) -> None:
        self.terms = terms
        self.items: dict[str, tuple[list[str], list[str], dict[str, object]]] = {}

    def add(
        self,
        code: str,
        evidence: str,
        position: int,
        **params: object,
    ) -> None:
        found, _quotes, values = self.items.setdefault(code, ([], [], {}))
        if evidence not in found:
            found.append(evidence)
        values.update(params)
        self.quote(code, position)

    def quote(self, code: str, position: int) -> None:
        quote = self.terms.quote(position)
        quotes = self.items[code][1]
        if quote not in quotes:
            quotes.append(quote)

    def findings(self) -> list[Finding]:
        return [
            make_finding(code, evidence, params=params, sentences=quotes)
            for code, (evidence, quotes, params) in self.items.items()
        ]


def _merchant_commitment(span: str, clause: str = "") -> bool:
    """A duration the merchant commits to (answering a claim, shipping a
    replacement), not a window left to the customer: in the whole sentence, or in
    the duration's own clause ("contactez-nous, nous traitons votre demande sous
    48 heures")."""
    if _MERCHANT_CLAUSE.search(clause):
        return True
    return bool(_MERCHANT_ACTS.search(span)) and not _CUSTOMER_WINDOW.search(span)


def _clause_around(terms: TermsText, duration: Duration) -> str:
    """The part of the duration's sentence between commas or semicolons."""
    sentence = terms.sentence_at(duration.start)
    text = terms.text
    start = max(text.rfind(",", sentence.start, duration.start), text.rfind(
        ";", sentence.start, duration.start
    ))
    return text[max(start + 1, sentence.start) : duration.end]


def _refund_too_late(terms: TermsText, duration: Duration) -> bool:
    """A withdrawal refund promised later than L221-24 allows: beyond 14 days, in
    working days that can exceed 14 calendar days, or counted from the receipt of
    the returned goods (the law: from being informed, deferrable only until the
    goods are back or their shipment is proven, whichever first)."""
    sentence = terms.sentence_at(duration.start)
    span = terms.text[sentence.start : sentence.end]
    if not terms.in_withdrawal(sentence) or _LATE_DELIVERY.search(span):
        return False
    if duration.days > REFUND_MAX_DAYS:
        return True
    limit = _WORKING_DAYS_OVER_14.get(duration.qualifier)
    if limit and duration.unit == "day" and duration.value >= limit:
        return True
    if _SHIPMENT_PROOF.search(span) or _DEFERRAL.search(span):
        return False
    after = terms.text[duration.end : sentence.end]
    before = terms.text[sentence.start : duration.start]
    return bool(_GOODS_BACK.search(after) or _AFTER_GOODS_BACK.search(before))


def _superseded(terms: TermsText, duration: Duration) -> bool:
    """A former value the text recalls ("14 jours au lieu de 7 jours
    auparavant", "it was previously 7 days"), not the merchant's."""
    before = terms.text[max(duration.start - 30, 0) : duration.start]
    after = terms.text[duration.end : duration.end + 20]
    return bool(_FORMER_BEFORE.search(before) or _FORMER_AFTER.search(after))


def _stray_digit_around_14(duration: Duration) -> bool:
    """A withdrawal period of the legal 14 days with a digit slipped in (140,
    114, 145 days): a typo nobody can read for sure, not a generous period."""
    digits = str(duration.value)
    return (
        duration.unit == "day"
        and len(digits) == 3
        and duration.value not in USUAL_DAY_COUNTS
        and any(digits[:i] + digits[i + 1 :] == "14" for i in range(3))
    )


def _duration_rules(found: _Collector, at: date | None) -> None:
    """Withdrawal period (L221-18), refund delay (L221-24), transport reserves and
    complaint windows (C. com. L133-3), unusual day counts."""
    terms = found.terms
    for duration in terms.durations:
        if _superseded(terms, duration):
            continue
        purpose = terms.purpose(duration)
        days = duration.days
        if duration.disagrees or (
            purpose == "withdrawal" and _stray_digit_around_14(duration)
        ):
            found.add("suspicious_duration", duration.raw, duration.start)
            continue
        if purpose == "withdrawal" and _active(HAMON_EFFECTIVE, at):
            if 0 < days < WITHDRAWAL_MIN_DAYS and not duration.is_extension:
                found.add(
                    "withdrawal_period_below_legal_minimum",
                    duration.raw,
                    duration.start,
                    stated_days=duration.value,
                )
        elif purpose == "refund":
            if _refund_too_late(terms, duration):
                found.add(
                    "refund_period_above_legal_maximum",
                    duration.raw,
                    duration.start,
                    stated_days=duration.value,
                )
        elif purpose in _RESERVE_PURPOSES:
            sentence = terms.sentence_at(duration.start)
            span = terms.text[sentence.start : sentence.end]
            if (
                (is_guarantee_window(span) and not names_transport(span))
                or _merchant_commitment(span, _clause_around(terms, duration))
                or not _RESERVE_ACT.search(span)
            ):
                continue
            if 0 < days < TRANSPORT_RESERVE_MIN_DAYS:
                code = (
                    "transport_reserve_below_legal_minimum"
                    if purpose == "transport"
                    else "complaint_window_below_legal_minimum"
                )
                found.add(code, duration.raw, duration.start)
            elif duration.unit == "day" and duration.value not in USUAL_DAY_COUNTS:
                found.add("suspicious_duration", duration.raw, duration.start)


def _typo_numbers(found: _Collector) -> None:
    """A number typed with the letter O for a zero ("3O jours", "1O days"): a
    duration of a clause of the contract (delivery, withdrawal, refund, claims...)
    nobody can read for sure, reported as unusual. An offer's or a payment's
    validity is not such a clause."""
    terms = found.terms
    for match in _TYPO_NUMBER.finditer(terms.text):
        sentence = terms.sentence_at(match.start())
        topic = terms.topic(terms.text[sentence.start : sentence.end])
        if topic in ("", "payment"):
            continue
        found.add("suspicious_duration", match.group(0), match.start())


def _withdrawal_information_missing(terms: TermsText) -> bool:
    """Full terms of sale (not an extract) that say nothing of the withdrawal
    (L221-5 2°, L221-20): no word that can only name it, no withdrawal or
    returns section, and its looser words ("if it does not suit you") only
    about a defect."""
    if len(terms.text) < _FULL_TERMS_CHARACTERS and not _covers_contract_core(terms):
        return False
    if concept("withdrawal_named").search(terms.text):
        return False
    # a period to send unwanted goods back is the withdrawal's, however named
    if any(terms.purpose(duration) == "withdrawal" for duration in terms.durations):
        return False
    return not any(
        sentence.section_topic == "withdrawal"
        or (
            concept("withdrawal").search(terms.text[sentence.start : sentence.end])
            and not concept("defect").search(terms.text[sentence.start : sentence.end])
        )
        for sentence in terms.sentences
    )


def _covers_contract_core(terms: TermsText) -> bool:
    """Short terms that still cover payment, delivery and the guarantee, each
    in a sentence of its own: whole terms of sale, however brief, not an extract
    of one or two clauses."""
    sentences = [terms.text[s.start : s.end] for s in terms.sentences]
    naming = [
        {index for index, span in enumerate(sentences) if terms.mentions(topic, span)}
        for topic in sorted(_CONTRACT_CORE_TOPICS)
    ]
    return any(
        len(set(choice)) == len(choice) for choice in itertools.product(*naming)
    )


def _only_second_hand(span: str) -> bool:
    """A sentence about second-hand goods only (no new goods named in it)."""
    return bool(_SECOND_HAND.search(span)) and not _NEW_GOODS.search(span)


def _presumption_rule(found: _Collector, at: date | None) -> None:
    """A presumption of conformity shorter than L217-7's, however it is written."""
    if not _active(PRESUMPTION_24_MONTHS_EFFECTIVE, at):
        return
    terms = found.terms
    second_hand_floor = (
        PRESUMPTION_MONTHS_SECOND_HAND
        if _active(ORDINANCE_2021_1247_EFFECTIVE, at)
        else PRESUMPTION_MONTHS_PRE_2022_SECOND_HAND
    )
    for duration in terms.durations:
        if duration.unit not in ("month", "year") and duration.days < 60:
            continue
        sentence = terms.sentence_at(duration.start)
        span = terms.text[sentence.start : sentence.end]
        if terms.purpose(duration) != "presumption" and not (
            concept("presumption").search(span)
        ):
            continue
        before = terms.text[max(duration.start - 60, sentence.start) : duration.start]
        if duration.is_extension or re.search(_EXTENSION + r"|repar|repair", before):
            continue
        around = terms.text[
            max(duration.start - 30, sentence.start) : min(
                duration.end + 50, sentence.end
            )
        ]
        start, end = terms.clause_bounds(duration.start)
        floor = (
            second_hand_floor
            if _SECOND_HAND.search(around)
            or _only_second_hand(terms.label_before(sentence) + span)
            or _only_second_hand(terms.text[start:end])
            else PRESUMPTION_MONTHS_NEW
        )
        if duration.months < floor:
            found.add(
                "conformity_presumption_outdated",
                duration.raw,
                duration.start,
                stated_months=round(duration.months),
            )


def _packaging_rule(found: _Collector) -> None:
    """Original packaging: a guarantee restriction (L217-9) in a guarantee clause,
    a withdrawal condition (L221-23) in a withdrawal clause."""
    terms = found.terms
    text = terms.text
    for match in _PACKAGING.finditer(text):
        sentence = terms.sentence_at(match.start())
        span = text[sentence.start : sentence.end]
        if concept("recommendation").search(span):
            continue
        if re.search(_GUARANTEE_CONTEXT, span):
            code = "legal_guarantee_restricted"
        elif terms.in_withdrawal(sentence):
            code = "clause_unopened_vehicle_condition"
        elif _found(_GUARANTEE_CONTEXT, text, match.start() - 120, match.end() + 120):
            code = "legal_guarantee_restricted"
        else:
            continue
        found.add(code, match.group(0), match.start())


def _forfeiture_rule(found: _Collector) -> None:
    """A reserve or complaint window said to forfeit the customer's rights."""
    terms = found.terms
    text = terms.text
    for match in _FORFEIT.finditer(text):
        sentence = terms.sentence_at(match.start())
        if sentence.section_topic in ("guarantee", "presumption", "withdrawal"):
            continue
        index = terms.sentences.index(sentence)
        previous = terms.sentences[index - 1] if index else sentence
        if previous.paragraph != sentence.paragraph:
            previous = sentence
        context = text[previous.start : sentence.end]
        if not (
            _FORFEIT_CONTEXT.search(context)
            or sentence.section_topic in _RESERVE_PURPOSES
        ) or _RIGHTS_KEPT.search(text[sentence.start : sentence.end]):
            continue
        span = text[sentence.start : sentence.end]
        if re.search(r"retract|withdraw", span) or is_guarantee_window(context):
            continue
        found.add("transport_reserve_forfeits_rights", match.group(0), match.start())


def _delivery_refund_contradiction(found: _Collector) -> None:
    """An exclusion of the delivery refund in an annex, against a body granting it."""
    code = "annex_excludes_delivery_refund"
    if code not in found.items:
        return
    terms = found.terms
    granted = [
        match.start()
        for match in _DELIVERY_REFUND_GRANTED.finditer(terms.text)
        if not terms.sentence_at(match.start()).in_annex
    ]
    excluded_in_annex = any(
        sentence.in_annex and sentence.quote in found.items[code][1]
        for sentence in terms.sentences
    )
    if granted and excluded_in_annex:
        found.items[code][2]["contradicts_body"] = True
        for position in granted:
            found.quote(code, position)


def _obsolete_articles(found: _Collector, at: date | None) -> list[str]:
    """Repealed references, in the order of the text, each once."""
    text = found.terms.text
    references: list[tuple[int, str]] = []
    for pattern, context, replaced_on in _OBSOLETE_ARTICLES:
        if not _active(replaced_on, at):
            continue
        for match in re.finditer(pattern, text):
            start, end = match.span()
            if context and not _found(context, text, start - 100, end + 100):
                continue
            if _FORMER_NUMBER.search(text[max(start - 40, 0) : start]):
                continue
            reference = re.sub(r"[.\s]", "", match.group(0)).upper()
            if reference.startswith("97/7"):
                reference = "Dir. 97/7/EC"
            references.append((start, reference))
    references.sort()
    for start, reference in references:
        found.add("obsolete_article_reference", reference, start)
    return list(dict.fromkeys(reference for _, reference in references))


def lint_cgv_text(cgv_text: str, at: date | None = None) -> tuple[Finding, ...]:
    """Return the findings of a terms-of-sale text (unsorted, one per code).

    Checks the clauses of LEGAL_RULES §16: withdrawal period (L221-18), refund delay
    (L221-24), repealed articles, ODR platform (Reg. (EU) 2024/3228), D211-2 box,
    withdrawal function (L221-21), unopened goods (L221-23), L241-4 tiers, mediation
    or registered letter before court (L612-4), delivery refund excluded (L221-24,
    also by an annex contradicting the articles), delivery at the carrier (L216-4),
    termination (L216-6), cancellation fees, commercial guarantee (L217-22),
    presumption (L217-7), legal guarantee restrictions (L217-9, L241-5), transport
    reserves (C. com. L133-3) below 3 days or forfeiting rights, unusual day counts.
    Every finding quotes the sentences it comes from (``sentences``).

    ``at`` gates the rules that depend on a date (``None``: every rule known today).
    An empty text gives no finding.

    >>> [f.code for f in lint_cgv_text("Vous disposez de 7 jours pour vous retracter.",
    ...                                at=date(2020, 1, 1))]
    ['withdrawal_period_below_legal_minimum']
    """
    terms = TermsText(cgv_text)
    text = terms.text
    if not text:
        return ()
    found = _Collector(terms)
    for rule in PRESENCE_RULES:
        if not _active(rule.active_from, at):
            continue
        for match in _presence_matches(rule, terms):
            found.add(rule.code, match.group(0), match.start())
    _packaging_rule(found)
    _duration_rules(found, at)
    _typo_numbers(found)
    _presumption_rule(found, at)
    _forfeiture_rule(found)
    for code, evidence, position in clause_findings(terms):
        found.add(code, evidence, position)
    _delivery_refund_contradiction(found)
    references = _obsolete_articles(found, at)
    if references:
        found.items["obsolete_article_reference"][2]["references"] = ", ".join(
            references
        )
    findings = found.findings()
    if _withdrawal_information_missing(terms):
        findings.append(make_finding("withdrawal_information_missing"))
    for absence in ABSENCE_RULES:
        if not _active(absence.active_from, at):
            continue
        if not all(
            any(re.search(pattern, text) for pattern in group)
            for group in absence.groups
        ):
            findings.append(make_finding(absence.code))
    return tuple(findings)


# A consumer mediator or an ADR body under any name (a German "Schlichtungsstelle"
# translated as an arbitration board, an ombudsman).
_MEDIATOR_WORDS: Final = re.compile(
    r"\bmediat(?:eur|or|ion|rice)|\bombudsm[ae]n\b|\bschlichtung"
    # foreign consumer dispute bodies named in their language (NL, ES, IT, BE)
    r"|\bgeschillen\w*|\bgeschillencommissie|\bjunta arbitral|arbitraje de consumo"
    r"|\bconciliazione\b|\bservice de mediation|\bconsumentenombudsdienst"
    r"|(?:consumer )?(?:arbitration|conciliation|dispute resolution) (?:board|body"
    r"|entity|service)"
)
# A web address: with its scheme or "www.", or a bare domain under a usual
# top-level domain (a test domain such as ".example" included). An address cut
# by a line break ("https://ec.eu" / "ropa.eu/consumers/odr") runs on into its
# next piece when that piece is a domain with a path.
_WEB_ADDRESS: Final = re.compile(
    r"(?:https?://|www\.)\S+(?: [a-z0-9-]*\.[a-z]{2,}/\S*)?"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fr|com|org|eu|net|de|it|es|ie|be|ch|lu"
    r"|nl|pt|at|uk|info|shop|store|online|io|co|biz|example)\b"
)


def _domain(url: str) -> str:
    """The registered domain of a URL or e-mail address ("cm2c.net")."""
    host = re.sub(r"^(?:https?://)?(?:www\.)?|^[^@\s]*@", "", url).split("/")[0]
    return ".".join(host.rstrip(".,;:)").split(".")[-2:])


def _is_shop_contact(terms: TermsText, position: int) -> bool:
    """Whether the address at ``position`` follows the shop's own customer
    service in its sentence, with no mediator named between them."""
    sentence = terms.sentence_at(position)
    before = terms.text[sentence.start : position]
    contacts = list(_SHOP_CONTACT.finditer(before))
    return bool(contacts) and "mediat" not in before[contacts[-1].end() :]


# A mediation the shop says it will not take part in ("neither willing nor
# obliged to participate", "ne participe pas à une procédure de médiation"): no
# mediator is offered (L612-1), whatever the sentence calls the body.
_MEDIATION_REFUSED: Final = re.compile(
    r"\bneither willing nor obliged|\bnot (?:willing|obliged|prepared|required"
    r"|obligated|bound)(?: or (?:willing|obliged|prepared|required|bound))? to"
    r" (?:take part|participate|attend|join)|\b(?:do|does|will) not (?:take part"
    r"|participate)|\bni disposee?s? ni (?:obligee?s?|tenue?s?)|\b(?:ne|n')"
    r" (?:sommes|sont|est|serons|sera) (?:ni )?(?:pas |nullement |aucunement )?"
    r"(?:disposee?s?|obligee?s?|tenue?s?) (?:a|de) (?:participer|recourir)"
    r"|\bne (?:participons|participe|participera|participerons) (?:pas|a aucune)"
)
# A mediator left anonymous, only reached through a web address ("à un médiateur
# de la consommation via www…", "to a consumer mediator through www…"): the
# address is given, not the mediator's name (L616-1, R616-1).
_ANONYMOUS_MEDIATOR: Final = re.compile(
    r"(?:\bun|\bune|\ba|\ban|\bany|\bd'un|\bd'une) (?:\w+ ){0,2}?"
    r"(?:mediat(?:eur|or|ion|rice)|ombudsm[ae]n)(?: (?:de la |du |des )?\w+){0,3}?"
    r",? (?:via|through|at|on|sur|par|en ligne sur|accessible (?:sur|via|a))"
    r" (?:le site (?:internet |web )?|the website |its website |son site )?$"
)


def _sentence_text(terms: TermsText, position: int) -> str:
    """The normalised text of the sentence holding ``position``."""
    sentence = terms.sentence_at(position)
    return terms.text[sentence.start : sentence.end]


def _anonymous_address(text: str, position: int) -> bool:
    """Whether the web address at ``position`` only reaches a mediator the
    sentence leaves unnamed ("a consumer mediator through www…")."""
    return bool(_ANONYMOUS_MEDIATOR.search(text[max(position - 120, 0) : position]))


def mentions_mediator(cgv_text: str) -> tuple[bool, bool]:
    """Return (a mediator is mentioned, its website is given near the mention).

    L616-1, R616-1: the mediator's identity and website must be given. A paragraph
    about mediation that names no mediator is a mention without identity: the
    shop's own address (a domain also given away from any mediation paragraph, or
    in a sentence about the shop's own customer service) and the EU ODR
    platform's do not count as the mediator's website.

    >>> mentions_mediator("Mediateur : CM2C, www.cm2c.net")
    (True, True)
    >>> mentions_mediator("Boutique en ligne www.shop.fr, SARL au capital de 5000 "
    ...     "euros, RCS Paris, siege social 1 rue de Paris, 75001 Paris, France. "
    ...     "Litiges : vous pouvez recourir a un mediateur de la consommation ; "
    ...     "ecrivez-nous via www.shop.fr.")
    (True, False)
    """
    terms = TermsText(cgv_text)
    text = terms.text
    mentions = [
        m.start()
        for m in _MEDIATOR_WORDS.finditer(text)
        if not _MEDIATION_REFUSED.search(_sentence_text(terms, m.start()))
    ]
    windows = [(max(start - 100, 0), start + 400) for start in mentions]
    urls = [
        (url.start(), _domain(url.group(0)))
        for url in re.finditer(
_WEB_ADDRESS, text)
        if "europa.eu" not in url.group(0).replace(" ", "")
        and not _anonymous_address(text, url.start())
    ]
    elsewhere = {
        domain
        for position, domain in urls
        if not any(start <= position < end for start, end in windows)
        or _is_shop_contact(terms, position)
    }
    for start, end in windows:
        for position, domain in urls:
            if start <= position < end and (
                "mediat" in domain or domain not in elsewhere
            ):
                return True, True
    return bool(mentions), False
