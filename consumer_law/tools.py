# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Bridge between ``consumer_law_rules`` errors and Odoo's translated errors.

The rules package raises plain ``RuleError`` subclasses carrying the offending
parameter (``field``) and the article; addons call :func:`raise_rule_error` (or use
:func:`rule_errors` as a context manager) so that the user gets a ``ValidationError``
in his language naming the field label and the rule.
"""

from contextlib import contextmanager

from odoo.exceptions import ValidationError

import consumer_law_rules as rules


def _field_label(env, model_name, field_name):
    field = env[model_name]._fields.get(field_name) if model_name else None
    if field is None:
        return field_name or ""
    return field._description_string(env)


def rule_error_message(env, error, model_name=None):
    """Return the translated message for a ``consumer_law_rules.RuleError``.

    :param error: the ``RuleError`` raised by the rules package
    :param model_name: model whose field labels name the offending parameter
    :return: a translated, user-facing message
    """
    field = getattr(error, "field", None)
    label = _field_label(env, model_name, field)
    article = getattr(error, "article", None) or ""
    if isinstance(error, rules.BelowLegalFloorError):
        return env._(
            "%(field)s: %(value)s is below the legal minimum of %(floor)s "
            "(%(article)s).",
            field=label,
            value=error.value,
            floor=error.floor,
            article=article,
        )
    if isinstance(error, rules.AboveLegalCeilingError):
        return env._(
            "%(field)s: %(value)s is above the legal maximum of %(floor)s "
            "(%(article)s).",
            field=label,
            value=error.value,
            floor=error.floor,
            article=article,
        )
    if isinstance(error, rules.NegativeValueError):
        return env._("%(field)s cannot be negative.", field=label)
    if isinstance(error, rules.DateOrderError):
        return env._(
            "%(field)s: the dates are in the wrong order (%(detail)s).",
            field=label,
            detail=str(error),
        )
    return env._("%(field)s: %(detail)s", field=label, detail=str(error))


def raise_rule_error(env, error, model_name=None):
    """Re-raise a ``RuleError`` as a translated ``ValidationError``."""
    raise ValidationError(rule_error_message(env, error, model_name)) from error


@contextmanager
def rule_errors(env, model_name=None):
    """Turn any ``RuleError`` raised inside the block into a ``ValidationError``."""
    try:
        yield
    except rules.RuleError as error:
        raise_rule_error(env, error, model_name)
