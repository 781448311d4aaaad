#!/usr/bin/env python3
# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Precision and recall of the terms-of-sale check on the labelled corpus.

Usage (from the repository root, with the project's environment created by
``tools/test``, or any Python where the rules package's dependencies are installed)::

    .venv/bin/python benchmarks/terms_check.py [-v]

Prints ``terms-check texts=N precision=P recall=R``; ``-v`` also lists the false
positives and false negatives, by text and code.
"""

from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "consumer_law_rules" / "src"))
sys.path.insert(0, str(ROOT / "consumer_law_rules" / "tests"))

from terms_corpus import load_corpus, score  # noqa: E402


def main():
    result = score(load_corpus())
    print(
        f"terms-check texts={result.texts} precision={result.precision:.3f} "
        f"recall={result.recall:.3f}"
    )
    if "-v" in sys.argv[1:]:
        for name, code in result.false_positives:
            print(f"  false positive: {name}: {code}")
        for name, code in result.false_negatives:
            print(f"  false negative: {name}: {code}")


if __name__ == "__main__":
    main()
