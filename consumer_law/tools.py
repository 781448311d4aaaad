# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Helpers shared by the consumer-law addons.

Paris dates: the law counts days in Europe/Paris (LEGAL_RULES §0), while Odoo
stores instants in UTC; :func:`paris_date` gives the legal date of an instant.

Errors: the bridge between ``consumer_law_rules`` errors and Odoo's translated
errors.

The rules package raises plain ``RuleError`` subclasses carrying the offending
parameter (``field``) and the article; addons call :func:`raise_rule_error` (or use
:func:`rule_errors` as a context manager) so that the user gets a ``ValidationError``
in his language naming the field label and the rule.

Languages: text that is stored is written in the language of whoever reads it
(:func:`reader_env`): the customer's for the documents he receives (order lines,
e-mails), the company's for internal notes (chatter, activities) — never the
language of the user or scheduled action that happened to write it.
"""

from contextlib import contextmanager
import hashlib
import json

from markupsafe import Markup
import pytz

from odoo import fields
from odoo.exceptions import ValidationError

import consumer_law_rules as rules

PARIS = pytz.timezone("Europe/Paris")


def canonical_json(data):
    """The canonical serialisation of ``data`` (JSON, sorted keys, no spaces,
    UTF-8 bytes): the same content always gives the same bytes."""
    return json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def sha256_hex(raw):
    return hashlib.sha256(raw).hexdigest()


def paris_date(instant):
    """Return the Europe/Paris calendar date of a naive UTC datetime (or None).

    A day ends at 24:00 Paris time: a statement sent at 23:30 Paris time on the last
    day (21:30 UTC in summer) is in time, one sent at 00:30 Paris time the next day
    (22:30 UTC the evening before) is not.
    """
    if not instant:
        return None
    instant = fields.Datetime.to_datetime(instant)
    return pytz.utc.localize(instant).astimezone(PARIS).date()


def paris_today():
    """Return today's date in Europe/Paris."""
    return paris_date(fields.Datetime.now())


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


def reader_env(env, reader):
    """Return ``env`` translating into the language of ``reader``.

    :param reader: the ``res.partner`` who reads the stored text: the customer
        for a document he receives, ``company.partner_id`` for an internal note
        (chatter message, activity); without a language, ``env``'s
    :return: an environment whose ``_()`` and translated fields speak his language
    """
    lang = reader.lang or env.lang
    if lang == env.lang:
        return env
    return env(context=dict(env.context, lang=lang))


def render_clause(env, template, values, lang):
    """Render a clause template of the terms of sale in ``lang``.

    The templates (``data/cgv_clause_templates.xml``) hold whole translatable
    sentences with ``{name}`` placeholders: QWeb renders the sentences in ``lang``,
    then the placeholders are filled with ``values``, escaped. An empty value is
    shown as an ellipsis to complete by hand.

    :param template: xml id of the QWeb template
    :param values: values of the template's conditions and placeholders
    :param lang: language code, e.g. ``"fr_FR"``
    :return: ``Markup``
    """
    rendered = env["ir.qweb"].with_context(lang=lang)._render(template, values)
    filled = {
        key: "…" if value is False or value is None or value == "" else value
        for key, value in values.items()
    }
    return Markup(rendered).format(**filled)


def forget_kept_values(env, flag):
    """Values kept between transactions (an ``ormcache``) change in this
    transaction: drop the registry's cache now and when the transaction ends
    (committed or rolled back), and mark the transaction with ``flag`` so that
    :func:`kept_values_changed` tells the readers to read the database until
    then (another transaction could otherwise cache the old values again)."""
    registry = env.registry
    registry.clear_cache()
    cr = env.cr
    cr.precommit.data[flag] = True
    cr.postcommit.add(registry.clear_cache)
    cr.postrollback.add(registry.clear_cache)


def kept_values_changed(env, flag):
    """Whether :func:`forget_kept_values` marked this transaction with ``flag``."""
    return bool(env.cr.precommit.data.get(flag))
