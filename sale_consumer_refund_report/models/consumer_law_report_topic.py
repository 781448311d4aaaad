# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models

from ..reports.compliance_topics import RefundObligationTopic


class ConsumerLawReportTopic(models.AbstractModel):
    _inherit = "consumer.law.report.topic"

    @api.model
    def _get_topic_classes(self):
        return super()._get_topic_classes() + [RefundObligationTopic]
