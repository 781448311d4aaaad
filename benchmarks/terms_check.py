#!/usr/bin/env python3
# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Precision and recall of the terms-of-sale check, one line per corpus.

Usage (from the repository root, with the project's environment created by
``tools/test``, or any Python where the rules package's dependencies are installed)::

    .venv/bin/python benchmarks/terms_check.py [-v] [--heldout DIR]

Prints ``terms-check corpus=development texts=N precision=P recall=R`` for the
development corpus (``consumer_law_rules/tests/corpus``, written alongside the
reader) and the same line with ``corpus=held-out`` for the held-out corpus: texts
written by someone who never read the reader's code, kept apart and never used to
tune it. The held-out directory is ``--heldout DIR``, else the environment variable
``TERMS_CHECK_HELDOUT``, else ``consumer_law_rules/tests/corpus_heldout`` when it
exists.

``-v`` lists the false positives and false negatives of the development corpus
only: listing the held-out misses would turn it into a tuning set, so ``-v``
refuses to print them.
"""

import argparse
import os
from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "consumer_law_rules" / "src"))
sys.path.insert(0, str(ROOT / "consumer_law_rules" / "tests"))

from terms_corpus import CORPUS_DIR, load_corpus, score

HELDOUT_DIR = ROOT / "consumer_law_rules" / "tests" / "corpus_heldout"
HELDOUT_ENV = "TERMS_CHECK_HELDOUT"


def _heldout_directory(option):
    """The held-out corpus directory, or None when there is none."""
    if option:
        return Path(option)
    if os.environ.get(HELDOUT_ENV):
        return Path(os.environ[HELDOUT_ENV])
    return HELDOUT_DIR if HELDOUT_DIR.is_dir() else None


def _print_score(corpus, directory, verbose):
    result = score(load_corpus(directory))
    print(
        f"terms-check corpus={corpus} texts={result.texts} "
        f"precision={result.precision:.3f} recall={result.recall:.3f}"
    )
    if not verbose:
        return
    if corpus != "development":
        print(f"  ({corpus} corpus: misses are never listed, it is not a tuning set)")
        return
    for name, code in result.false_positives:
        print(f"  false positive: {name}: {code}")
    for name, code in result.false_negatives:
        print(f"  false negative: {name}: {code}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list the misses of the development corpus (never the held-out's)",
    )
    parser.add_argument(
        "--heldout",
        metavar="DIR",
        help=f"held-out corpus directory (default: ${HELDOUT_ENV}, else "
        f"{HELDOUT_DIR.relative_to(ROOT)} if it exists)",
    )
    parser.add_argument(
        "--development-only",
        action="store_true",
        help="score the development corpus only",
    )
    parser.add_argument(
        "--heldout-only",
        action="store_true",
        help="score the held-out corpus only",
    )
    args = parser.parse_args(argv)
    heldout = _heldout_directory(args.heldout)
    if not args.heldout_only:
        _print_score("development", CORPUS_DIR, args.verbose)
    if args.development_only:
        return
    if heldout is None:
        if args.heldout_only:
            parser.error("no held-out corpus: give --heldout DIR")
        print("terms-check corpus=held-out: none (give --heldout DIR)")
        return
    if not heldout.is_dir():
        parser.error(f"--heldout: {heldout} is not a directory")
    _print_score("held-out", heldout, args.verbose)


if __name__ == "__main__":
    main()
