# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import api, fields, models

from odoo.addons.consumer_law.tools import rule_errors

import consumer_law_rules as rules


class ConsumerLawPolicy(models.Model):
    _inherit = "consumer.law.policy"

    # === FIELDS === #
    complaint_answer_days = fields.Integer(
        string="Complaint answer commitment (days)",
        default=rules.COMPLAINT_ANSWER_DAYS_DEFAULT,
        tracking=True,
        help="The company's service commitment: days to answer a customer's "
        "written complaint, counted from its date. No article fixes it; between 1 "
        "and 365 days, since the customer may go to the mediator within the year "
        "after the complaint (C. consom. L612-2).",
    )

    # === CONSTRAINT METHODS === #
    @api.constrains("complaint_answer_days")
    def _check_complaint_answer_days(self):
        for policy in self:
            with rule_errors(self.env, self._name):
                rules.complaint_answer_due(
                    date(2026, 1, 1), days=policy.complaint_answer_days
                )
