# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class SaleConsumerRefund(models.Model):
    _inherit = "sale.consumer.refund"

    # === FIELDS === #
    # the inverse of sale.withdrawal.request.refund_id: when a refund's figures
    # change, the ORM finds the records whose stored fields follow them through
    # it (from the cache) instead of searching their table at every change
    withdrawal_request_ids = fields.One2many(
        comodel_name="sale.withdrawal.request",
        inverse_name="refund_id",
        string="Withdrawal requests",
        readonly=True,
    )
