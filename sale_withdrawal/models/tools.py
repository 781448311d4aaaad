# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Time-zone helpers: the law counts days in Europe/Paris (LEGAL_RULES §0)."""

import pytz

from odoo import fields

PARIS = pytz.timezone("Europe/Paris")


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
