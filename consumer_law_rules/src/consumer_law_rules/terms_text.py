# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Reading a terms-of-sale text: sentences, sections, topics and durations.

Real terms of sale are long: the same number of days appears in the withdrawal
article, the transport-reserve clause and the complaint clause; numbers are written
in words, in digits, or both ("quatorze (14) jours"); annexes contradict the articles;
a sentence about a deadline ending on "un jour férié" holds no duration. The lint
(:mod:`consumer_law_rules.cgv_lint`) reads a text through :class:`TermsText`, which

- keeps the original wording of each sentence, to quote it in a finding;
- matches rules on a normalised form (no HTML, accents or case) mapped back to it;
- splits the text into paragraphs, sections (after a heading) and sentences, and
  tells which sentences belong to an annex;
- reads every duration (number in digits and/or words, French or English, unit) and
  attributes it to the clause it belongs to (:data:`PURPOSES`).

>>> terms = TermsText("<h3>Retours</h3><p>Vous avez quatorze (14) jours pour vous "
...                   "rétracter. Les réserves sont faites sous 3 jours.</p>")
>>> [(d.value, d.unit, terms.purpose(d)) for d in terms.durations]
[(14, 'day', 'withdrawal'), (3, 'day', 'transport')]
>>> terms.quote(terms.durations[1].start)
'Les réserves sont faites sous 3 jours.'
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from .lexicon import concept

__all__ = [
    "NUMBER_WORDS",
    "PURPOSES",
    "Duration",
    "Sentence",
    "TermsText",
    "fold",
    "parse_number",
]

NUMBER_WORDS: Final = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "cents": 100,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
"""Number words of French and English (normalised, no accents)."""

_WORD: Final = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_PHRASE: Final = rf"(?:{_WORD})(?:(?:-et-|-| et | and | )(?:{_WORD}))*"
_UNITS: Final = {
    "jour": "day", "jours": "day", "day": "day", "days": "day",
    "semaine": "week", "semaines": "week", "week": "week", "weeks": "week",
    "mois": "month", "month": "month", "months": "month",
    "an": "year", "ans": "year", "annee": "year", "annees": "year",
    "year": "year", "years": "year",
    "heure": "hour", "heures": "hour", "hour": "hour", "hours": "hour", "h": "hour",
    "j": "day",
}  # fmt: skip
_DURATION_RE: Final = re.compile(
    r"(?<![\w.,/-])(?:(?P<digits>\d{1,4})|(?P<words>" + _PHRASE + r")|"
    r"(?P<article>an?)(?= (?:day|week|month|year|hour)s?\b)"
    r"|(?P<first>first|premiere?)(?= (?:year|month|annee|mois)\b))"
    r"(?: ?\( ?(?P<paren>\d{1,4}|" + _PHRASE + r") ?\))?"
    r"(?: |-(?=(?:day|week|month|year|hour|jour|mois)))?(?:(?P<qualifier>full|clear"
    r"|working|business|open|calendar|consecutive|bank"
    r"|whole|additional|extra|further|more|first|premiers|premieres) )?"
    r"(?P<unit>jours?|days?|semaines?|weeks?|mois|months?|annees?|ans?|years?"
    r"|heures?|hours?|h(?!/)|j(?!/))\b"
    r"(?: (?P<after>ouvres|ouvrables|calendaires|francs|pleins|consecutifs|feries"
    r"|chomes|supplementaires))?"
)
# Idioms for a number of days: "sous huitaine", "a fortnight", "le jour même".
_IDIOMS: Final = {
    "huitaine": 8,
    "quinzaine": 15,
    "fortnight": 14,
    "le jour meme": 1,
    "the same day": 1,
    "same-day": 1,
}
_IDIOM_RE: Final = re.compile(
    r"\b(?:huitaine|quinzaine|fortnight|le jour meme|the same day|same-day)\b"
)
_WORKING_QUALIFIERS: Final = frozenset(
    {"working", "business", "open", "ouvres", "ouvrables", "bank"}
)
_EXTRA_QUALIFIERS: Final = frozenset(
    {"additional", "extra", "further", "more", "supplementaires"}
)
# A day that is a holiday, not a duration: "un jour férié", "a day that is a public
# holiday", "one day before Sunday".
_HOLIDAY_AFTER: Final = re.compile(
    r"^.{0,25}?(?:ferie|chome|holiday|samedi|dimanche|saturday|sunday|non ouvr"
    r"|not a (?:working|business) day)"
)
_HOLIDAY_BEFORE: Final = re.compile(
    r"(?:ends?|ending|expires?|expiring|falls?|falling|tombe|expire|termine) "
    r"(?:on |sur )?$"
)

PURPOSES: Final = (
    "refund",
    "transport",
    "complaint",
    "return",
    "withdrawal",
    "presumption",
    "guarantee",
    "delivery",
    "payment",
    "mediation",
    "other",
)
"""Clauses a duration can belong to, in the order they are recognised."""

_TOPIC_PATTERNS: Final = {
    # the refund's words live once, in the lexicon's concept
    "refund": concept("refund"),
    "transport": re.compile(
        r"\breserves\b|avarie|\bdamag|dommage|endommag|\babime|\bcasse|broken"
        r"|\bbris\b|\bbrisee?s?\b"
        # one reserve ("toute réserve doit être confirmée"), not "sous réserve de"
        r"|\b(?:toute|une|votre|sa|la|emettre|formuler|noter|porter) reserve\b"
        r"(?! (?:de|du|d'|des|que)\b)"
        r"|\breservations\b|\b(?:any|each|every|a|the|your) reservation\b"
        r"|bon de (?:livraison|transport)|delivery (?:slip|note|receipt)"
        r"|lettre de voiture|\bprotest"
    ),
    "complaint": re.compile(
        r"reclamation|complain|\bclaims?\b|manquant|missing|non[- ]?conforme"
        r"|incomplet|incomplete"
        r"|wrong (?:item|product)|erreur de (?:livraison|produit|reference)"
    ),
    "withdrawal": re.compile(
        r"retract|withdraw|reflexion|reflection (?:period|delay|time|term)"
        r"|changer d'avis"
        r"|satisf\w+ or (?:your )?money back|not (?:happy|satisfied) with|pas satisfait"
        r"|ne (?:vous )?(?:convient|convenant|satisfait) pas|sans (?:avoir a )?"
        r"(?:justifier|donner) (?:de )?(?:motifs?|raison)|without (?:giving )?(?:any )?"
        r"reason|no questions asked|\b97/7\b"
        r"|renonc\w* (?:au|a son|a votre|to the) (?:contrat|achat"
        r"|contract)|cooling[- ]off|droit de retour|satisfait ou rembourse"
        r"|politique (?:de|des) retours?|returns? polic(?:y|ies)"
        r"|cancell?ation rights?|right to cancel"
        r"|change (?:your|his|her|their) mind|\bl\.? ?121-(?:1[6-9]|20)\b"
        r"|\bl\.? ?221-(?:18|19|2[0-8])\b"
    ),
    # the presumption's words live once, in the lexicon's concept
    "presumption": concept("presumption"),
    "guarantee": re.compile(
        r"garanti|guarant|warrant|vices? caches?|hidden defect|latent defect"
        r"|defauts? de conformite|lack of conformity|\bsav\b|after[- ]sales?"
        r"|apres-vente|defectu|defective|faulty|(?<!a )(?<!par )defauts?\b|\bpannes?\b"
    ),
    "delivery": re.compile(
        r"\blivr|deliver|expedi|\bship|dispatch|achemin|\bcolis\b|parcel"
        r"|fabrication|\bfabriqu|manufactur|made to order|\bsur mesure|\bprepar"
        r"|\benvois?\b|colissimo|chronopost"
    ),
    "mediation": re.compile(
        r"mediat|litige|dispute|tribuna|\bcourts?\b|juridiction|reglement amiable"
    ),
    "payment": re.compile(
        r"cheque|check\b|paiement|payment|\bpay\b|carte bancaire|\bcard\b|virement"
        r"|bank transfer|penalt|interets?|interest|echeance|instal|factur|invoice"
        r"|\bpar carte\b|\bby card\b"
        r"|\breglement (?::|par|du prix|des? (?:la )?commandes?)"
    ),
}
_SATISFIED_OR_REFUNDED: Final = re.compile(
    r"satisfaits? ou (?:entierement |integralement )?rembourses?|satisf\w+ or"
    r" (?:your )?money back|money[- ]back guarantee"
)
# A clause that states the withdrawal period itself (not a refund delay).
_WITHDRAWAL_PERIOD: Final = re.compile(
    r"pour (?:vous |se )?(?:retracter|exercer|renoncer)|to (?:withdraw|cancel|exercise"
    r"|change|return|send (?:back|the|it|them))|pour (?:nous )?(?:renvoyer|retourner"
    r"|rendre|echanger|changer d'avis)|\bdispose(?:z|nt)? (?:d'un|de|du)\b"
    r"|(?:delai|periode|droit) de retractation (?:de|est|d'une|d'un|court)"
    r"|(?:withdrawal|cooling[- ]off|cancellation) period|disposez|dispose d'un"
    r"|beneficiez|beneficie d'un|\bavez\b|\b(?:has|have|get|gets) (?:a "
    r"|an )?(?:[\w()]+ ){1,3}"
    r"days?|(?:may|can|peut|pouvez|peuvent) (?:\w+ ){0,3}(?:cancel|return|annuler"
    r"|retourner|renvoyer|send)"
)
_RETURN_BEFORE: Final = re.compile(
    r"(?:renvo|retourn|restitu|\ble retour\b|\bthe return\b|\breturn of\b"
    r"|send (?:back|the|them|it)|ship (?:back|the|them)"
    r"|return (?:the|them|it|products|goods|items|all|any))[^;]{0,80}$"
)
_DECISION_AFTER: Final = re.compile(
    r"^[^;]{0,40}?(?:apres|suivant|a compter de|a partir de|from|after|following|of)"
    r" (?:la |sa |votre |leur |the |your |his |her |their |having |avoir )?"
    r"(?:communication|notification|decision|declaration|informed|inform|informing"
    r"|notifying|notified|telling|told|exercise|exercice|retractation|withdrawal"
    r"|demande|envoi de)"
)
# "from delivery", "à compter de la livraison": the event a period runs from, not
# the clause's subject.
_ANCHOR: Final = re.compile(
    r"\b(?:from|after|of|following|since|upon|on) (?:the )?(?:day (?:after|following)"
    r" )?(?:(?:date|day) of )?(?:the )?(?:delivery|receipt|reception)\b"
    r"|\b(?:a compter de|a partir de|apres|suivant|des|de) (?:la date de )?"
    r"(?:la |leur |sa )?(?:lendemain de la )?(?:livraison|reception|delivrance)\b"
)
# A right to send goods back (no defect named): the withdrawal, in shop words.
_RETURN_RIGHT: Final = re.compile(
    r"^\W*(?:retours?|returns?|echanges?(?: et retours?)?|exchanges?(?: and returns?)?)"
    r"\W*:|(?:retours?|returns?|echanges?|exchanges?) (?:sont |are )?(?:acceptes?"
    r"|accepted|possibles?|possible|gratuits?|free|autorises?|allowed)\b"
    r"|\b(?:may|can|pouvez|peut|peuvent|pourrez|pourra) (?:\w+ ){0,2}(?:return"
    r"|retourner|renvoyer|rendre|echanger|exchange|send back)\b"
    r"|\bdroit (?:de|au) retour\b|\bright (?:of|to) return\b"
    r"|\b(?:faire|fera|font) retour (?:du|des|de la|de l')"
)
# The merchant acts (answers, sends, checks): a duration of the merchant's.
_MERCHANT_DOES: Final = re.compile(
    r"^(?:\W*\w+\W+){0,3}?(?:nous|we|notre service|our (?:customer )?service"
    r"|le service client|customer service)\b"
    r"|\b(?:recevrez|receive|will receive|valable|valid)\b"
)
_BARE_PERIOD_WORDS: Final = 5
# "Délai : 7 jours", "le délai de sept jours", "a 7-day period": a period stated.
_PERIOD_STATEMENT: Final = re.compile(
    r"^\W*(?:le |la |the )?(?:delai|periode|duree|period|time limit)\b"
    r"|\b(?:delai|periode|duree|period|time limit) (?:de |d'|of )?(?:\(?\d+\)?|[a-z]+)"
    r"(?: \(?\d+\)?)? (?:jours?|days?|semaines?|weeks?)"
    r"|\b(?:\d+|[a-z]+)[- ]days? (?:period|deadline|time limit)"
)
# A period named by reference to the sentence before, or a sentence whose subject
# is a pronoun for the one before ("Elle doit être signalée...", "They must...").
_ANAPHORA: Final = re.compile(
    r"\b(?:this|that|the same|such|the said) (?:period|time limit|deadline|term)"
    r"|\b(?:ce|cette|ledit|ladite|le meme|la meme) (?:delai|duree|periode)\b"
    r"|^\W*(?:elle|il|elles|ils|celle-ci|celui-ci|celles-ci|ceux-ci|it|they|these"
    r"|this) (?:doi(?:t|vent)|devr(?:a|ont)|must|should|shall|(?:is|are|has|have)"
    r" to)\b"
)
# The merchant as the addressee of a notice ("nous le signaler", "to our customer
# service"), and the carrier's own steps (reserves, delivery note).
_TO_MERCHANT: Final = re.compile(
    r"\b(?:nous|me|us|notre service|service client|service clients|customer service"
    r"|customer care|our (?:team|shop|store|support)|la boutique|le vendeur|au vendeur"
    r"|the (?:shop|store|seller))\b"
)
_CARRIER_STEP: Final = re.compile(
    r"transporteur|transporter|carrier|\breserves\b|reservations?\b"
    r"|bon de (?:livraison"
    r"|transport)|delivery (?:slip|note|receipt)|lettre de voiture|livreur|courier"
    r"|postman|facteur|\bprotest"
)
_HEADING_START: Final = re.compile(
    r"^(?:(?:article|art\.?|section|chapitre|chapter|titre|title|clause|annexe?s?"
    r"|appendix|schedule|§)\s*)?(?:[\divxlc]+[.)]?(?:\d+[.)]?)*)?\s*[-:.)]?\s*"
)
# An annex, or the model withdrawal form (usually at the end, outside the articles).
# A line that starts a clause (a heading keyword, a number "5." / "5.2" / "V -", a
# short line in capitals) starts a paragraph even after a single line break.
_NUMBERED_LINE: Final = re.compile(
    r"(?<!\n)\n(?=[ \t]*(?:(?i:article|art\.|section|chapitre|chapter|titre|title"
    r"|clause)[ \t]+(?:\d|[ivxlc]+\b)|§[ \t]*\d"
    r"|(?:ANNEXES?|Annexes?|APPENDIX|Appendix|SCHEDULE"
    r"|Schedule|FORMULAIRE|Formulaire|MODEL|Model)\b|\d{1,2}(?:\.\d{1,2})*[.)][ \t]+\S"
    r"|\d{1,2}(?:\.\d{1,2})+[ \t]+\S|[IVX]{1,5}(?:[.)]|[ \t]+[-–:])[ \t]))"
    # A short title line (capitals, or unpunctuated) after a finished sentence.
    r"|(?<=[.:;!?)»\"…])\n(?=[ \t]*(?:[A-ZÀ-Ý][A-ZÀ-Ý0-9 ,'’\-–:/&]{3,60}"
    r"|[A-ZÀ-Ý][^\n.;,!?]{2,50})\n)"
)
# A "Returns" article of a web shop is its withdrawal article.
_RETURNS_HEADING: Final = re.compile(
    r"^\W*(?:(?:article|art\.?)\s*)?(?:[\divx]+(?:\.\d+)*[.)]?\s*)?[-:.]?\s*"
    r"(?:retours?|returns?|return policy|politique de retours?|(?:echanges? et"
    r"|exchanges?"
    r" (?:and|&)) (?:retours?|returns?)|(?:retours? et|returns? (?:and|&)) (?:echanges?"
    r"|exchanges?|remboursements?|refunds?))\W*$"
)
# A returns article (or annex) whose heading runs into its text on one line
# ("ARTICLE 3 - RETOURS VOUS AVEZ 10 J.", "Annex 2 - Returns checklist - Wrap
# each item"): a text wrapped by hand.
_GLUED_HEADING: Final = re.compile(
    r"^(?:article|art\.?|annexe?|appendix|schedule)\s*[\divx]+(?:\.\d+)*[.)]?\s*"
    r"[-:.–]\s*(?:retours?|returns?"
    r"|retractation|withdrawal)\s+(?!(?:de|des|du|of|and|et|&|policy)\b)"
)
# Any other numbered article whose heading runs into its text ("ART 5 -
# GARANTIE PIECES NEUVES : ..."): a new section, of the topic its first words name.
_GLUED_ARTICLE: Final = re.compile(
    r"^(?:article|art\.?|annexe?|appendix|schedule)\s*[\divx]+(?:\.\d+)*[.)]?\s*"
    r"[-:.–]\s*((?:\S+\s+){1,2})"
)
# "vingt-\nquatre", "second-\nhand": a compound word cut at the end of a line.
_HYPHEN_BREAK: Final = re.compile(r"(?<=\w-)[ \t]*\n[ \t]*(?=\w)")
_ANNEX_START: Final = re.compile(
    r"^\W*(?:annexe?s?|appendix|appendices|schedule|(?:modele de )?formulaire"
    r" (?:type |standard )?de (?:retractation|renonciation)|model (?:withdrawal"
    r"|cancellation) form|(?:withdrawal|cancellation) form\b)"
)
_ABBREVIATIONS: Final = frozenset(
    {
        "l", "r", "d", "art", "arts", "n", "no", "cf", "dir", "reg", "ord", "c",
        "civ", "com", "consom", "st", "m", "mr", "mme", "mrs", "ms", "ch", "al",
        "p", "pp", "min", "max", "env", "ex", "eg", "ie", "etc", "vs", "inc",
        "ltd", "sa", "sas", "sarl", "ht", "ttc", "www", "resp", "tel",
    }
)  # fmt: skip
# (a list item run into the previous one, ". - Garantie", ". b) Le", ends it too)
_SENTENCE_END: Final = re.compile(
    r"[.!?](?=[\s\"'»”)*]*\s+(?:[-–•*]\s+|[a-z]\)\s+)?[\"'«“(*\-•]*[A-Z0-9À-Ý])"
)
_QUOTE_MAX: Final = 400
# A short line followed by a capitalised or numbered line is a title: it ends a
# sentence. Longer lines without final punctuation are a text wrapped by hand.
_TITLE_MAX: Final = 40
_NEXT_LINE_STARTS: Final = re.compile(r"[ \t]*[A-ZÀ-Ý0-9«\"(*•\-–]")


# A French elided article or pronoun followed by a space instead of its
# apostrophe, before a vowel or a mute h ("j" not after a number: "14 j ouvres"
# is fourteen days).
_BARE_ELISION: Final = re.compile(r"(?<![\w'-])((?<!\d )j|[dlnsc]|qu) (?=[aeiouyh])")


def _ends_abbreviated(line: str) -> bool:
    """Whether a line ends with an abbreviation's dot ("article L.", "art.", "n°
    12 cf.") rather than a sentence's: a text wrapped by hand cuts there too."""
    token = re.search(r"(\w+)\.$", line)
    return bool(token) and token.group(1).lower() in _ABBREVIATIONS


def fold(char: str) -> str:
    """Return the normalised form of one character (lower case, no accent).

    >>> fold("É"), fold("œ"), fold("’")
    ('e', 'oe', "'")
    """
    if char in "\u2018\u2019\u201b\u2032`\u00b4":
        return "'"
    if "\u2010" <= char <= "\u2015" or char == "\u2212":
        return "-"
    if char in "\u0153\u0152":
        return "oe"
    if char in "\u00e6\u00c6":
        return "ae"
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def parse_number(phrase: str) -> int:
    """Return the value of a number written in digits or in French/English words.

    >>> [parse_number(p) for p in ("14", "quatorze", "vingt-quatre", "trente et un",
    ...  "soixante-dix", "quatre-vingt-dix", "one hundred and twenty", "deux cents")]
    [14, 14, 24, 31, 70, 90, 120, 200]
    """
    if phrase.isdigit():
        return int(phrase)
    total = 0
    for token in re.split(r"-et-|-| et | and | ", phrase):
        value = NUMBER_WORDS[token]
        if value == 100:
            total = max(total, 1) * 100
        elif value == 20 and total % 100 == 4:  # quatre-vingt(s)
            total += 76
        else:
            total += value
    return total


def _plain_text(cgv_text: str) -> str:
    """Return the text without HTML; blocks and line breaks become blank lines,
    a list item starts with a bullet (an item is no heading) and the cells of a
    table row stay on one line ("Réserves : 24 heures")."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", cgv_text)
    text = re.sub(r"(?i)<li\b[^>]*>", "\n\n• ", text)
    text = re.sub(r"(?i)</t[dh]>\s*<t[dh]\b[^>]*>", " : ", text)
    text = re.sub(
        r"(?i)<(?:br|/?(?:p|div|h[1-6]|/li|ul|ol|tr|td|th|table|section|article"
        r"|header|footer|blockquote|pre|dt|dd))\b[^>]*>",
        "\n\n",
        text,
    )
    text = re.sub(r"<[^>]*>", " ", text)
    return html.unescape(text)


@dataclass(frozen=True)
class Sentence:
    """One sentence: offsets in the normalised text, its original wording."""

    start: int
    end: int
    quote: str
    paragraph: int
    is_heading: bool
    in_annex: bool
    section_topic: str


@dataclass(frozen=True)
class Duration:
    """A duration stated in the text: ``value`` ``unit`` (day, week, month, year,
    hour), the day kind qualifier if any, and its offsets in the normalised text."""

    value: int
    unit: str
    qualifier: str
    start: int
    end: int
    raw: str
    # The number in words and the one in brackets disagree ("quatorze (41)").
    disagrees: bool = False

    @property
    def days(self) -> float:
        """Length in calendar days (a month counts 30 days, a year 365)."""
        factor = {"day": 1, "week": 7, "month": 30, "year": 365, "hour": 1 / 24}
        return self.value * factor[self.unit]

    @property
    def months(self) -> float:
        """Length in months (a year counts 12 months, a month 30 days)."""
        if self.unit == "year":
            return self.value * 12
        if self.unit == "month":
            return float(self.value)
        return self.days / 30

    @property
    def is_working_days(self) -> bool:
        return self.qualifier in _WORKING_QUALIFIERS

    @property
    def is_extension(self) -> bool:
        return self.qualifier in _EXTRA_QUALIFIERS


class TermsText:
    """A terms-of-sale text (plain or HTML) read into sentences and durations.

    :attr:`text` is the normalised text every rule matches (see
    :func:`consumer_law_rules.cgv_lint.normalize_text`); offsets of matches in it
    map back to the original sentence with :meth:`sentence_at` and :meth:`quote`.
    """

    def __init__(self, cgv_text: str) -> None:
        plain = _NUMBERED_LINE.sub(
            "\n\n", _HYPHEN_BREAK.sub("", _plain_text(cgv_text or ""))
        )
        chars: list[str] = []
        origin: list[int] = []
        breaks: list[int] = []  # normalised offsets where a paragraph ends
        newlines = 0
        for index, char in enumerate(plain):
            if char == "\n":
                newlines += 1
            for folded in fold(char):
                if folded == " ":
                    if not chars or chars[-1] == " ":
                        continue
                elif newlines >= 2 and chars:
                    breaks.append(len(chars))
                if folded != " ":
                    newlines = 0
                chars.append(folded)
                origin.append(index)
        while chars and chars[-1] == " ":
            chars.pop()
            origin.pop()
        self._plain = plain
        self._origin = origin
        # "d avis", "l aller", "qu on": an elision typed without its apostrophe
        # (same length, so offsets still map to the original).
        self.text: str = _BARE_ELISION.sub(r"\1'", "".join(chars))
        self.sentences: tuple[Sentence, ...] = self._split(breaks)
        self._starts = [sentence.start for sentence in self.sentences]
        self.durations: tuple[Duration, ...] = tuple(self._read_durations())

    # --- structure -----------------------------------------------------------------
    def _original(self, start: int, end: int) -> str:
        if start >= end:
            return ""
        return self._plain[self._origin[start] : self._origin[end - 1] + 1]

    def _sentence_ends(self, start: int, end: int) -> list[int]:
        """Sentence ends (exclusive offsets) inside a paragraph [start, end)."""
        original = self._original(start, end)
        base = self._origin[start]
        ends = []
        for match in _SENTENCE_END.finditer(original):
            token = re.search(r"(\w+)\W*$", original[: match.start()])
            word = fold(token.group(1)) if token else ""
            if word in _ABBREVIATIONS or (
                len(word) <= 3 and (word.isdigit() or re.fullmatch(r"[ivxlc]+", word))
            ):
                continue
            position = bisect.bisect_left(self._origin, base + match.end())
            ends.append(min(position, end))
        # A line break after a short line (a heading) or a colon also ends a sentence.
        for match in re.finditer(r"\n", original):
            line_start = original.rfind("\n", 0, match.start()) + 1
            line = original[line_start : match.start()].strip()
            if line and (
                line[-1] in ":;!?"
                or (line[-1] == "." and not _ends_abbreviated(line))
                or (
                    len(line) <= _TITLE_MAX
                    and (
                        line.isupper() or _NEXT_LINE_STARTS.match(original, match.end())
                    )
                )
            ):
                # Inside the paragraph: a cut at its ends only makes an empty piece,
                # which _split drops.
                ends.append(bisect.bisect_left(self._origin, base + match.start()))
        return sorted(set(ends))

    def _split(self, breaks: list[int]) -> tuple[Sentence, ...]:
        sentences: list[Sentence] = []
        if not self.text:
            return ()
        bounds = [0, *breaks, len(self.text)]
        section_topic = "other"
        in_annex = False
        for paragraph, (start, end) in enumerate(itertools.pairwise(bounds)):
            cuts = [start, *self._sentence_ends(start, end), end]
            pieces = [
                (a, b) for a, b in itertools.pairwise(cuts) if self.text[a:b].strip()
            ]
            for rank, (a, b) in enumerate(pieces):
                while a < b and self.text[a] == " ":
                    a += 1
                while b > a and self.text[b - 1] == " ":
                    b -= 1
                body = self.text[a:b]
                is_heading = (
                    rank == 0
                    and self._looks_like_heading(body, len(pieces))
                    and not self._is_field(body)
                )
                if rank == 0 and _ANNEX_START.match(body):
                    in_annex = True
                if is_heading:
                    section_topic = self.topic(body) or (
                        "withdrawal" if _RETURNS_HEADING.match(body) else "other"
                    )
                elif rank == 0 and _GLUED_HEADING.match(body):
                    section_topic = "withdrawal"
                elif rank == 0 and (glued := _GLUED_ARTICLE.match(body)):
                    section_topic = self.topic(glued.group(1)) or "other"
                sentences.append(
                    Sentence(
                        a,
                        b,
                        re.sub(r"\s+", " ", self._original(a, b)).strip(),
                        paragraph,
                        is_heading,
                        in_annex,
                        section_topic,
                    )
                )
        return tuple(sentences)

    @staticmethod
    def _looks_like_heading(body: str, pieces: int) -> bool:
        """A short first sentence: unpunctuated, numbered ("7. Retours."), or of
        at most four words followed by the paragraph's text."""
        if body.startswith(("•", "- ", "* ")):
            return False
        prefix = _HEADING_START.match(body)
        numbered = bool(prefix and prefix.group(0).strip(" -:.)"))
        words = body[prefix.end() if prefix else 0 :].split()
        if len(words) > 8:
            return False
        if not body.endswith((".", "!", "?")):
            return True
        # "Satisfait ou remboursé." alone on its line heads the next paragraph.
        return (pieces > 1 and numbered) or len(words) <= 4

    def _is_field(self, body: str) -> bool:
        """A short line that is a field of the section, not a new heading: a
        value ("24 heures", "Délai : 7 jours", a table cell, a list item) or a
        label that introduces a list ("Conditions :"), naming no clause."""
        if self.topic(body) or _RETURNS_HEADING.match(body):
            return False
        return body.endswith(":") or bool(_DURATION_RE.search(body))

    def paragraph_of(self, sentence: Sentence) -> str:
        """Return the normalised text of the paragraph holding ``sentence``."""
        same = [s for s in self.sentences if s.paragraph == sentence.paragraph]
        return self.text[same[0].start : same[-1].end]

    def in_withdrawal(self, sentence: Sentence) -> bool:
        """Whether a sentence belongs to the withdrawal clause: its section's
        heading, its own words or its paragraph's say so, or an earlier paragraph
        of its section (no heading between) does and its own paragraph names no
        other clause (a defect, transport damage, a complaint)."""
        paragraph = self.paragraph_of(sentence)
        if sentence.section_topic == "withdrawal" or _TOPIC_PATTERNS[
            "withdrawal"
        ].search(paragraph):
            return True
        if any(
            _TOPIC_PATTERNS[name].search(paragraph)
            for name in ("guarantee", "transport", "complaint")
        ):
            return False
        return bool(
            _TOPIC_PATTERNS["withdrawal"].search(self._section_before(sentence))
        )

    def _section_before(self, sentence: Sentence) -> str:
        """The normalised text of the section before ``sentence``'s paragraph,
        from its heading (or the text's start)."""
        index = self.sentences.index(sentence)
        start = end = sentence.start
        for previous in reversed(self.sentences[:index]):
            if previous.paragraph == sentence.paragraph:
                end = start = previous.start
                continue
            start = previous.start
            if previous.is_heading:
                break
        return self.text[start:end]

    def label_before(self, sentence: Sentence) -> str:
        """The normalised label that introduces ``sentence`` ("second-hand bikes:"
        cut from it at a line end), '' when the sentence before in its paragraph
        does not end with a colon."""
        index = self.sentences.index(sentence)
        previous = self.sentences[index - 1] if index else sentence
        body = self.text[previous.start : previous.end]
        if previous is sentence or previous.paragraph != sentence.paragraph:
            return ""
        return body + " " if body.endswith(":") else ""

    def sentence_at(self, position: int) -> Sentence:
        """Return the sentence holding normalised offset ``position``."""
        index = max(bisect.bisect_right(self._starts, position) - 1, 0)
        return self.sentences[index]

    def quote(self, position: int) -> str:
        """Return the original wording of the sentence at ``position`` (shortened
        around the position when it is very long)."""
        sentence = self.sentence_at(position)
        quote = sentence.quote
        if len(quote) <= _QUOTE_MAX:
            return quote
        offset = len(self._original(sentence.start, max(position, sentence.start)))
        begin = max(0, min(offset - _QUOTE_MAX // 2, len(quote) - _QUOTE_MAX))
        return (
            ("…" if begin else "")
            + quote[begin : begin + _QUOTE_MAX].strip()
            + ("…" if begin + _QUOTE_MAX < len(quote) else "")
        )

    @staticmethod
    def mentions(topic: str, span: str) -> bool:
        """Whether ``span`` names ``topic`` (one of :data:`PURPOSES`) anywhere,
        not only as its first topic."""
        return bool(_TOPIC_PATTERNS[topic].search(span))

    @staticmethod
    def topic(span: str) -> str:
        """Return the first topic of :data:`PURPOSES` named in ``span`` ('' if none).

        Transport reserves and complaints win over delivery; withdrawal over refund
        only for a heading (a withdrawal article mentions the refund too).
        """
        for name in (
            "transport",
            "complaint",
            "withdrawal",
            "presumption",
            "guarantee",
            "refund",
            "delivery",
            "payment",
            "mediation",
        ):
            if _TOPIC_PATTERNS[name].search(span):
                return name
        return ""

    # --- durations -------------------------------------------------------------------
    def _read_durations(self) -> list[Duration]:
        durations = []
        for match in _DURATION_RE.finditer(self.text):
            unit = _UNITS[match.group("unit")]
            digits, words = match.group("digits"), match.group("words")
            paren = match.group("paren")
            if match.group("unit") in ("h", "j") and not digits:
                continue
            disagrees = bool(
                paren
                and paren.isdigit()
                and (words or digits)
                and int(paren) != (int(digits) if digits else parse_number(words))
            )
            if paren and paren.isdigit():
                value = int(paren)
            elif digits:
                value = int(digits)
            elif words:
                value = parse_number(words)
            else:
                value = 1
            qualifier = match.group("qualifier") or match.group("after") or ""
            if qualifier in {"feries", "chomes"}:
                continue
            if value == 1 and unit == "day" and self._is_holiday_mention(match):
                continue
            durations.append(
                Duration(
                    value,
                    unit,
                    qualifier,
                    match.start(),
                    match.end(),
                    match.group(0),
                    disagrees,
                )
            )
        for match in _IDIOM_RE.finditer(self.text):
            durations.append(
                Duration(
                    _IDIOMS[match.group(0)],
                    "day",
                    "",
                    match.start(),
                    match.end(),
                    match.group(0),
                )
            )
        return sorted(durations, key=lambda duration: duration.start)

    def _is_holiday_mention(self, match: re.Match[str]) -> bool:
        after = self.text[match.end() : match.end() + 40]
        before = self.text[max(match.start() - 30, 0) : match.start()]
        return bool(_HOLIDAY_AFTER.search(after) or _HOLIDAY_BEFORE.search(before))

    def clause_bounds(self, position: int) -> tuple[int, int]:
        """Bounds of the clause (sentence part between semicolons) at position."""
        sentence = self.sentence_at(position)
        start = self.text.rfind(";", sentence.start, position) + 1 or sentence.start
        end = self.text.find(";", position, sentence.end)
        return max(start, sentence.start), (end if end != -1 else sentence.end)

    def purpose(self, duration: Duration) -> str:
        """Return the clause a duration belongs to (one of :data:`PURPOSES`).

        The clause around the duration decides first (a refund word before it, a
        transport reserve or complaint, the return of the goods after the decision,
        the withdrawal, the presumption...), then the whole sentence, then the
        section's heading.
        """
        start, end = self.clause_bounds(duration.start)
        before = self.text[start : duration.start]
        clause = self.text[start:end]
        # "Satisfait ou remboursé" names the withdrawal, not a refund delay.
        refund_before = _SATISFIED_OR_REFUNDED.sub(" ", before[-160:])
        if _TOPIC_PATTERNS["refund"].search(refund_before) or (
            _TOPIC_PATTERNS["refund"].search(_SATISFIED_OR_REFUNDED.sub(" ", clause))
            and not _WITHDRAWAL_PERIOD.search(clause)
        ):
            return "refund"
        for name in ("transport", "complaint"):
            if _TOPIC_PATTERNS[name].search(clause):
                return self._damage_notice(clause) if name == "transport" else name
        if _RETURN_BEFORE.search(before) and _DECISION_AFTER.search(
            self.text[duration.end : end]
        ):
            return "return"
        sentence = self.sentence_at(duration.start)
        if _RETURN_RIGHT.search(clause) and not any(
            _TOPIC_PATTERNS[name].search(self.text[sentence.start : sentence.end])
            for name in ("guarantee", "transport", "complaint")
        ):
            return "withdrawal"
        for span in (clause, self.text[sentence.start : sentence.end]):
            span = _ANCHOR.sub(" ", span)
            for name in (
                "withdrawal",
                "presumption",
                "guarantee",
                "delivery",
                "payment",
                "mediation",
            ):
                if _TOPIC_PATTERNS[name].search(span):
                    return name
        return self._previous_topic(sentence) or self._section_purpose(sentence)

    @staticmethod
    def _damage_notice(clause: str) -> str:
        """Damage or missing goods reported to the merchant (no carrier, reserve
        or delivery note named) is a complaint to the merchant, not a reserve
        against the carrier (C. com. L133-3)."""
        if _TO_MERCHANT.search(clause) and not _CARRIER_STEP.search(clause):
            return "complaint"
        return "transport"

    def _section_purpose(self, sentence: Sentence) -> str:
        """The section's topic for a duration its sentence does not name. In the
        withdrawal article, only a sentence that states the customer's period
        (or a bare "7 jours.") gives the withdrawal period: the merchant's answer
        times and other delays there are not."""
        if sentence.section_topic != "withdrawal":
            return sentence.section_topic
        span = self.text[sentence.start : sentence.end]
        if _MERCHANT_DOES.search(span):
            return "other"
        if (
            _WITHDRAWAL_PERIOD.search(span)
            or _PERIOD_STATEMENT.search(span)
            or _RETURN_RIGHT.search(span)
            or len(span.split()) <= _BARE_PERIOD_WORDS
        ):
            return "withdrawal"
        return "other"

    def _previous_topic(self, sentence: Sentence) -> str:
        """The topic of the sentence before, when ``sentence`` refers back to its
        period ("ce délai est porté à...", "this period is set at...") or answers
        its question ("Produit manquant ? Prévenez-nous sous 48 h.")."""
        index = self.sentences.index(sentence)
        if not index:
            return ""
        previous = self.sentences[index - 1]
        question = previous.paragraph == sentence.paragraph and self.text[
            previous.start : previous.end
        ].rstrip().endswith("?")
        if not (question or _ANAPHORA.search(self.text[sentence.start : sentence.end])):
            return ""
        topic = self.topic(_ANCHOR.sub(" ", self.text[previous.start : previous.end]))
        if topic == "transport":
            return self._damage_notice(self.text[previous.start : sentence.end])
        return topic
