# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The labelled terms-of-sale corpora of ``tests/corpus`` and
``tests/corpus_development2`` … ``tests/corpus_development5``, and their scoring.

Shared by ``tests/test_corpus.py`` and ``benchmarks/terms_check.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from consumer_law_rules import Policy, check_policy

CORPUS_DIR = Path(__file__).parent / "corpus"
DEVELOPMENT2_DIR = Path(__file__).parent / "corpus_development2"
DEVELOPMENT3_DIR = Path(__file__).parent / "corpus_development3"
DEVELOPMENT4_DIR = Path(__file__).parent / "corpus_development4"
DEVELOPMENT5_DIR = Path(__file__).parent / "corpus_development5"
DEVELOPMENT6_DIR = Path(__file__).parent / "corpus_development6"
# (benchmark label, directory) of every corpus the reader may be developed on;
# the held-out corpora (``corpus_heldout*``) are never listed here.
DEVELOPMENT_CORPORA = (
    ("development", CORPUS_DIR),
    ("development-2", DEVELOPMENT2_DIR),
    ("development-3", DEVELOPMENT3_DIR),
    ("development-4", DEVELOPMENT4_DIR),
    ("development-5", DEVELOPMENT5_DIR),
    ("development-6", DEVELOPMENT6_DIR),
)
DEFAULT_AT = date(2026, 12, 1)


@dataclass(frozen=True)
class LabelledText:
    name: str
    lang: str
    at: date
    expected: frozenset[str]
    text: str


@dataclass(frozen=True)
class Score:
    texts: int
    true_positives: int
    false_positives: tuple[tuple[str, str], ...]
    false_negatives: tuple[tuple[str, str], ...]

    @property
    def precision(self) -> float:
        found = self.true_positives + len(self.false_positives)
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + len(self.false_negatives)
        return self.true_positives / expected if expected else 1.0


def load_corpus(directory: Path = CORPUS_DIR) -> list[LabelledText]:
    """Read every ``*.txt`` / ``*.html`` file: header lines, ``---``, the text."""
    texts = []
    for path in sorted(directory.iterdir()):
        if path.suffix not in (".txt", ".html"):
            continue
        header, _separator, body = path.read_text(encoding="utf-8").partition("\n---\n")
        fields = {}
        for line in header.splitlines():
            key, _colon, value = line.lstrip("# ").partition(":")
            fields[key.strip()] = value.strip()
        expected = frozenset(
            code.strip() for code in fields.get("expect", "").split(",") if code.strip()
        )
        at = date.fromisoformat(fields["at"]) if fields.get("at") else DEFAULT_AT
        texts.append(LabelledText(path.name, fields["lang"], at, expected, body))
    return texts


def found_codes(text: LabelledText) -> set[str]:
    """Codes the check gives for a text with a neutral policy (the law's values,
    no mediator configured: the mediator is looked for in the text)."""
    return {finding.code for finding in check_policy(Policy(), text.text, at=text.at)}


def score(texts: list[LabelledText]) -> Score:
    """Precision and recall over (text, code) pairs."""
    true_positives = 0
    false_positives: list[tuple[str, str]] = []
    false_negatives: list[tuple[str, str]] = []
    for text in texts:
        found = found_codes(text)
        true_positives += len(found & text.expected)
        false_positives += [(text.name, code) for code in sorted(found - text.expected)]
        false_negatives += [(text.name, code) for code in sorted(text.expected - found)]
    return Score(
        len(texts), true_positives, tuple(false_positives), tuple(false_negatives)
    )
