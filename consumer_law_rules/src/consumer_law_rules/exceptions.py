# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Errors raised by the rules.

Every error descends from :class:`RuleError`, itself a :class:`ValueError`, and carries
the name of the offending parameter (``field``) and the article it breaks
(``article``) when they are known, so that an Odoo addon can turn it into a translated
``UserError`` naming the field and the rule.

>>> err = BelowLegalFloorError("withdrawal_days", 7, 14, "L221-18")
>>> isinstance(err, ValueError), err.field, err.floor, err.article
(True, 'withdrawal_days', 14, 'L221-18')
>>> str(err)
'withdrawal_days = 7 is below the legal floor 14 (L221-18).'
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AboveLegalCeilingError",
    "BelowLegalFloorError",
    "DateOrderError",
    "NegativeValueError",
    "RuleError",
    "UnknownRegionError",
]


def _cite(article: str | None) -> str:
    return f" ({article})" if article else ""


class RuleError(ValueError):
    """A value breaks a consumer-law rule.

    :param message: human-readable English message; a default one is used if omitted.
    :param field: name of the offending parameter, when known.
    :param article: the article the value breaks, when known.
    """

    default_message = "The value breaks a consumer-law rule."

    def __init__(
        self,
        message: str | None = None,
        *,
        field: str | None = None,
        article: str | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.field = field
        self.article = article
        super().__init__(self.message)


class DateOrderError(RuleError):
    """Two dates are in the wrong order (e.g. delivered before the contract)."""

    default_message = "The dates are in the wrong order."


class NegativeValueError(RuleError):
    """An amount, a number of days or a rate is negative."""

    default_message = "The value must not be negative."

    def __init__(
        self,
        field: str | None = None,
        value: Any = None,
        *,
        article: str | None = None,
        message: str | None = None,
    ) -> None:
        self.value = value
        if message is None and field is not None:
            message = f"{field} = {value} must not be negative{_cite(article)}."
        super().__init__(message, field=field, article=article)


class _BoundError(RuleError):
    """Common shape of the floor and ceiling errors."""

    relation = "beyond"

    def __init__(
        self,
        field: str,
        value: Any,
        floor: Any,
        article: str | None,
        message: str | None = None,
    ) -> None:
        self.value = value
        self.floor = floor
        if message is None:
            message = f"{field} = {value} is {self.relation} {floor}{_cite(article)}."
        super().__init__(message, field=field, article=article)


class BelowLegalFloorError(_BoundError):
    """A value is below its legal minimum (``floor`` holds the minimum)."""

    default_message = "The value is below its legal minimum."
    relation = "below the legal floor"


class AboveLegalCeilingError(_BoundError):
    """A value is above its legal maximum (``floor`` holds the maximum)."""

    default_message = "The value is above its legal maximum."
    relation = "above the legal ceiling"


class UnknownRegionError(RuleError):
    """The holiday region is not one the legal calendar knows."""

    default_message = "Unknown holiday region."

    def __init__(self, region: object = None, *, field: str = "region") -> None:
        self.region = region
        super().__init__(
            f"Unknown holiday region {region!r} (Code du travail L3133-1).",
            field=field,
            article="L3133-1 C. trav.",
        )
