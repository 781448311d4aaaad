# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.1.1.0: the referral-letter copies already mailed are sealed.

The referral letter linked to each complaint was sealed by consumer_law's
18.0.1.1.0; the copy attached to the mail that sent it to the customer was not.
Every copy whose content is the letter's (its SHA-256 is the one the complaint
stored) gets its digest stored: never replaced, relinked or deleted afterwards,
checked daily. Nothing else is changed.
"""

import logging

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger(__name__)


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    complaints = (
        env["consumer.complaint"]
        .with_context(active_test=False)
        .search([("referral_letter_sha256", "!=", False)])
    )
    sealed, _others = complaints._seal_evidence_mail_copies("referral_letter_sha256")
    _logger.info(
        "sale_mediation: %s referral-letter copies of sent mails sealed", len(sealed)
    )
