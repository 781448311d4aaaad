# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.2.1.0: the acknowledgment copies already mailed are sealed.

The acknowledgment PDF stored on each request was sealed by consumer_law's
18.0.1.1.0; the copy attached to each acknowledgment mail already sent was not,
and could still be replaced or deleted. Every copy whose content is the
acknowledgment's (its SHA-256 is the one the request stored) gets its digest
stored: never replaced, relinked or deleted afterwards, checked daily. Nothing
else is changed.
"""

import logging

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger(__name__)


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    requests = (
        env["sale.withdrawal.request"]
        .with_context(active_test=False)
        .search([("acknowledgment_sha256", "!=", False)])
    )
    sealed, _others = requests._seal_evidence_mail_copies("acknowledgment_sha256")
    _logger.info(
        "sale_withdrawal: %s acknowledgment copies of sent mails sealed", len(sealed)
    )
