# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class ConsumerLawDocumentJob(models.Model):
    _inherit = "consumer.law.document.job"

    # === FIELDS === #
    kind = fields.Selection(
        selection_add=[("compliance_pack", "Monthly compliance pack")],
        ondelete={"compliance_pack": "cascade"},
    )
