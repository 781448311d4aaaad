# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""EU guarantee information rules applicable since mid-2026 (LEGAL_RULES §18).

- ``harmonised_notice_missing``: a trader selling goods online to consumers shows the
  harmonised notice on the legal guarantee of conformity from 2026-09-27 (Dir.
  2011/83 art. 5(1)(e), 6(1)(l) and 22a as amended by Dir. (EU) 2024/825; Impl. Reg.
  (EU) 2025/1960).
- ``repair_extension_outdated``: terms of sale that promise only 6 months of extension
  after a repair, checked from 2026-07-31 (Dir. 2019/771 art. 10(1) as amended by
  Dir. (EU) 2024/1799; L217-13).

``harmonised_notice_missing`` is raised from the webshop's settings
(``sells_goods_online`` without ``harmonised_notice_shown``), never from the terms'
text, either way. LEGAL_RULES §18 requires the notice where the consumer decides
(product page, before the order button) and in the order confirmation, "not only in
the CGV": terms of sale that do not mention it are no sign that the shop does not
show it (correct terms are usually silent about it), and terms that say it is shown
do not show it.

The text detection is the reader's (:func:`consumer_law_rules.clause_rules.
six_month_repair_sentences`): a sentence that speaks of a repair, of an extension
and of six months (in digits, words or "six-month"), without stating twelve months.
It is a lint, like :mod:`consumer_law_rules.cgv_lint`.

>>> [f.code for f in harmonised_notice_findings(sells_goods_online=True,
...                                             notice_shown=False)]
['harmonised_notice_missing']
"""

from __future__ import annotations

from datetime import date

from .clause_rules import six_month_repair_sentences
from .constants import HARMONISED_NOTICE_MANDATORY, RIGHT_TO_REPAIR_EFFECTIVE
from .findings import Finding, make_finding
from .terms_text import TermsText

__all__ = [
    "harmonised_notice_findings",
    "repair_extension_findings",
]


def _active(active_from: date, at: date | None) -> bool:
    return at is None or at >= active_from


def harmonised_notice_findings(
    *, sells_goods_online: bool, notice_shown: bool, at: date | None = None
) -> list[Finding]:
    """Return ``harmonised_notice_missing`` when a consumer webshop shows no
    harmonised notice, on or after 2026-09-27 (``at`` ``None``: today's law).

    Dir. 2011/83 art. 6(1)(l) and 22a as amended by Dir. (EU) 2024/825; the notice's
    design is that of Impl. Reg. (EU) 2025/1960.

    >>> harmonised_notice_findings(sells_goods_online=True, notice_shown=False,
    ...                            at=date(2026, 9, 26))
    []
    """
    if not sells_goods_online or notice_shown:
        return []
    if not _active(HARMONISED_NOTICE_MANDATORY, at):
        return []
    return [make_finding("harmonised_notice_missing")]


def repair_extension_findings(cgv_text: str, at: date | None = None) -> list[Finding]:
    """Return ``repair_extension_outdated`` when the terms promise only six months
    after a repair, on or after 2026-07-31 (``at`` ``None``: today's law).

    Contracts from that day get 12 months (Dir. 2019/771 art. 10(1) as amended by
    Dir. (EU) 2024/1799), not the 6 months of L217-13.

    >>> [f.code for f in repair_extension_findings(
    ...     "Tout bien réparé bénéficie d'une extension de garantie de six mois.")]
    ['repair_extension_outdated']
    >>> repair_extension_findings("Un bien réparé : extension de 12 mois.")
    []
    """
    if not _active(RIGHT_TO_REPAIR_EFFECTIVE, at):
        return []
    quotes = [
        sentence.quote for sentence in six_month_repair_sentences(TermsText(cgv_text))
    ]
    if not quotes:
        return []
    return [
        make_finding(
            "repair_extension_outdated",
            evidence=[quote[:80] for quote in quotes],
            sentences=quotes,
        )
    ]
