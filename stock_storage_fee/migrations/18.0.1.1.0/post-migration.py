# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.1.1.0: the carriers' notices of paid address changes are sealed.

The notice a paid address change was billed from is the evidence of what the
carrier charged: its SHA-256 is now stored when it is attached, and the notices
already attached get theirs here (never replaced, relinked or deleted
afterwards, checked daily). Nothing else is changed.
"""

import logging

from odoo import SUPERUSER_ID, api

from odoo.addons.consumer_law.evidence import evidence_writer

_logger = logging.getLogger(__name__)


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    notices = (
        env["sale.order.line"]
        .with_context(active_test=False)
        .search([("carrier_notice_attachment_id", "!=", False)])
        .carrier_notice_attachment_id
    )
    sealed = evidence_writer(notices)._seal_consumer_law_evidence()
    _logger.info("stock_storage_fee: %s carrier notices sealed", len(sealed))
