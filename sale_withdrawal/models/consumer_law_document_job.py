# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ConsumerLawDocumentJob(models.Model):
    _inherit = "consumer.law.document.job"

    # === FIELDS === #
    kind = fields.Selection(
        selection_add=[
            ("withdrawal_acknowledgment", "Withdrawal acknowledgment"),
            ("withdrawal_link", "Withdrawal link"),
        ],
        ondelete={"withdrawal_acknowledgment": "cascade", "withdrawal_link": "cascade"},
    )
