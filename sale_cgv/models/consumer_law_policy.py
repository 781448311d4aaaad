# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ConsumerLawPolicy(models.Model):
    _inherit = "consumer.law.policy"

    # === FIELDS === #
    cgv_block_without_version = fields.Boolean(
        string="Refuse consumer orders without terms of sale",
        default=True,
        tracking=True,
        help="Refuse to confirm an order of a consumer when no version of the "
        "terms of sale is in force (C. consom. L221-5, L111-1). Untick only for a "
        "company selling to professionals: the order is then confirmed with a "
        "warning in its chatter.",
    )
    cgv_require_staff_channel = fields.Boolean(
        string="Ask how the customer accepted",
        default=True,
        tracking=True,
        help="When staff confirm an order of a consumer, ask how the customer "
        "accepted the terms of sale (phone, email, paper, in store) and keep "
        "the evidence.",
    )
