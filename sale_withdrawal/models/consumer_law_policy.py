# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ConsumerLawPolicy(models.Model):
    _inherit = "consumer.law.policy"

    # === FIELDS === #
    is_receipt_on_validation = fields.Boolean(
        string="Deliveries received the same day",
        tracking=True,
        help="When a delivery is validated, its customer receipt date defaults to "
        "the validation date (e.g. hand delivery). Otherwise staff or a carrier "
        "import record the day the customer received the goods, which opens the "
        "withdrawal window (C. consom. L221-18).",
    )
