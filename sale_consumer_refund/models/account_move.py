# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

from odoo.addons.consumer_law.models.consumer_law_flow_fields_mixin import (
    FLOW_FIELDS_MIXIN,
)


class AccountMove(models.Model):
    _name = "account.move"
    _inherit = ["account.move", FLOW_FIELDS_MIXIN]
    _consumer_law_flow_fields = ("consumer_refund_id",)

    # === FIELDS === #
    consumer_refund_id = fields.Many2one(
        comodel_name="sale.consumer.refund",
        string="Refund obligation",
        readonly=True,
        copy=False,
        index="btree_not_null",
        check_company=True,
        help="The consumer refund obligation this credit note pays.",
    )
