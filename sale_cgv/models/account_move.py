# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AccountMove(models.Model):
    _inherit = "account.move"

    # === FIELDS === #
    cgv_version_id = fields.Many2one(
        comodel_name="cgv.version",
        string="Terms of sale version",
        readonly=True,
        copy=False,
        index="btree_not_null",
        check_company=True,
        help="Version of the terms of sale accepted on the order invoiced.",
    )
