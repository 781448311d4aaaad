#!/usr/bin/env python3
# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Precision and recall of the terms-of-sale check, one line per corpus.

Usage (from the repository root, with the project's environment created by
``tools/test``, or any Python where the rules package's dependencies are installed)::

    .venv/bin/python benchmarks/terms_check.py [-v] [--heldout DIR]

Prints ``terms-check corpus=development texts=N precision=P recall=R`` for the
development corpus (``consumer_law_rules/tests/corpus``, written alongside the
reader), ``corpus=development-2`` for the second development corpus
(``consumer_law_rules/tests/corpus_development2``: written blind and scored as
held-out until 2026-12-07, then promoted to development), ``corpus=development-3``
(``consumer_law_rules/tests/corpus_development3``: written blind for development on
2026-12-07), ``corpus=development-4`` and ``corpus=development-5``
(``corpus_development4`` and ``corpus_development5``: written blind and scored as
held-out ``held-out-3`` and ``held-out-2`` until 2026-12-07, then promoted to
development), ``corpus=development-6`` (``corpus_development6``: written blind for
development on 2026-12-07, in two halves by two writers), and the same line for
each held-out corpus (``corpus=held-out-N``): texts written by someone who never
read the reader's code, kept apart and never
used to tune it. The
held-out directory is ``--heldout DIR``, else the environment variable
``TERMS_CHECK_HELDOUT``, else every ``consumer_law_rules/tests/corpus_heldout*``
directory. ``--development-only`` scores the development corpora and nothing
held out.

``-v`` lists the false positives and false negatives of the development corpora
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

from terms_corpus import DEVELOPMENT_CORPORA, load_corpus, score

HELDOUT_DIR = ROOT / "consumer_law_rules" / "tests" / "corpus_heldout"
HELDOUT_ENV = "TERMS_CHECK_HELDOUT"


def _heldout_directories(option):
    """The held-out corpus directories: the one given, else every
    ``corpus_heldout*`` directory beside the development corpus (each written
    blind by a different writer, scored apart)."""
    if option:
        return [Path(option)]
    if os.environ.get(HELDOUT_ENV):
        return [Path(os.environ[HELDOUT_ENV])]
    candidates = HELDOUT_DIR.parent.glob("corpus_heldout*")
    return sorted(path for path in candidates if path.is_dir())


def _corpus_label(directory):
    """``held-out-2`` for ``corpus_heldout2`` (``held-out`` for a
    ``corpus_heldout`` directory, the first held-out corpus before it became
    ``development-2``), the directory's name for any other."""
    suffix = directory.name.removeprefix("corpus_heldout")
    if directory.name.startswith("corpus_heldout"):
        return f"held-out-{suffix}" if suffix else "held-out"
    return directory.name


def _print_score(corpus, directory, verbose):
    result = score(load_corpus(directory))
    print(
        f"terms-check corpus={corpus} texts={result.texts} "
        f"precision={result.precision:.3f} recall={result.recall:.3f}"
    )
    if not verbose:
        return
    if not corpus.startswith("development"):
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
        help="list the misses of the development corpora (never the held-out's)",
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
        help="score the development corpora only (nothing held out)",
    )
    parser.add_argument(
        "--heldout-only",
        action="store_true",
        help="score the held-out corpora only",
    )
    args = parser.parse_args(argv)
    heldouts = [] if args.development_only else _heldout_directories(args.heldout)
    if not args.heldout_only:
        for corpus, directory in DEVELOPMENT_CORPORA:
            _print_score(corpus, directory, args.verbose)
    if args.development_only:
        return
    if not heldouts:
        if args.heldout_only:
            parser.error("no held-out corpus: give --heldout DIR")
        print("terms-check corpus=held-out: none (give --heldout DIR)")
        return
    for heldout in heldouts:
        if not heldout.is_dir():
            parser.error(f"--heldout: {heldout} is not a directory")
        _print_score(_corpus_label(heldout), heldout, args.verbose)


if __name__ == "__main__":
    main()
