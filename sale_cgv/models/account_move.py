# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.exceptions import UserError

from odoo.addons.consumer_law.evidence import is_evidence_write


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

    # === CRUD METHODS === #
    def write(self, vals):
        if "cgv_version_id" in vals:
            self._check_cgv_version_unchanged(vals["cgv_version_id"])
        return super().write(vals)

    def _check_cgv_version_unchanged(self, version_id):
        """The version stamped on an invoice is evidence: copied from the order
        when the invoice is created, never written afterwards (not even with
        ``sudo()``) but by the evidence writer, and never changed."""
        if any(
            (move.cgv_version_id or not is_evidence_write(self.env))
            and move.cgv_version_id.id != version_id
            for move in self.sudo()
        ):
            raise UserError(
                self.env._(
                    "Terms of sale version: the version stamped on an invoice is "
                    "evidence of what the customer accepted and cannot be changed."
                )
            )
