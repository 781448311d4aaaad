# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models

from ..reports.compliance_topics import ArchiveRegisterTopic, DataRetentionTopic


class ConsumerLawReportTopic(models.AbstractModel):
    """The registry of the compliance pack's topics.

    Each addon that holds a topic adds its topic classes (subclasses of
    ``odoo.addons.consumer_law_report.reports.compliance_topic.Topic``) by
    extending :meth:`_get_topic_classes`::

        class ConsumerLawReportTopic(models.AbstractModel):
            _inherit = "consumer.law.report.topic"

            @api.model
            def _get_topic_classes(self):
                return super()._get_topic_classes() + [ComplaintTopic]

    The registry is the database's own (model inheritance): a topic is in the
    pack, the exposure figures and the dashboard exactly when its addon is
    installed in that database.
    """

    _name = "consumer.law.report.topic"
    _description = "Consumer-Law Report Topics"

    @api.model
    def _get_topic_classes(self):
        """The topic classes of the installed addons (any order)."""
        return [ArchiveRegisterTopic, DataRetentionTopic]

    @api.model
    def _get_topics(self, pack):
        """The topics of ``pack``, in pack order (sequence, then code)."""
        classes = sorted(
            self._get_topic_classes(), key=lambda topic: (topic.sequence, topic.key)
        )
        return [topic(pack) for topic in classes]
