# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models
from odoo.exceptions import UserError

from odoo.addons.consumer_law.evidence import is_evidence_write
from odoo.addons.consumer_law.models.consumer_law_flow_fields_mixin import (
    FLOW_FIELDS_MIXIN,
)


class SaleOrder(models.Model):
    """Evidence guards of the order: the stamped version and the channel."""

    _name = "sale.order"
    _inherit = ["sale.order", FLOW_FIELDS_MIXIN]
    _consumer_law_flow_fields = ("cgv_version_id",)

    # === CRUD METHODS === #
    def write(self, vals):
        if "cgv_version_id" in vals:
            self._check_cgv_version_unchanged(vals["cgv_version_id"])
            self._check_cgv_version_company(vals["cgv_version_id"])
        return super().write(vals)

    # === BUSINESS METHODS === #
    def _check_cgv_version_unchanged(self, version_id):
        """The stamped version is evidence: set once, by the confirmation's stamp
        only (``_stamp_cgv``), and never changed by anyone."""
        if not is_evidence_write(self.env):
            raise UserError(
                self.env._(
                    "Terms of sale version: it is stamped by the confirmation of "
                    "the order and cannot be changed or written otherwise."
                )
            )
        if any(
            order.cgv_version_id and order.cgv_version_id.id != version_id
            for order in self.sudo()
        ):
            raise UserError(
                self.env._(
                    "Terms of sale version: the version stamped on a confirmed order "
                    "is evidence of what the customer accepted and cannot be "
                    "changed."
                )
            )

    def _check_cgv_version_company(self, version_id):
        """The stamped version is one of the order's company or of a parent
        company (what ``check_company`` would allow)."""
        version = self.env["cgv.version"].sudo().browse(version_id)
        if not version.company_id:
            return
        for order in self.sudo():
            if version.company_id not in order.company_id.parent_ids:
                raise UserError(
                    self.env._(
                        "Terms of sale version: %(version)s belongs to %(company)s, "
                        "not to the company of %(order)s.",
                        version=version.display_name,
                        company=version.company_id.name,
                        order=order.name,
                    )
                )

    def _prepare_cgv_acceptance_vals(self, version):
        """Record a signature or payment channel only when that act succeeded.

        The portal marks the channel before the act (the box is ticked before
        signing or paying); if the signature or the payment then failed and the
        order is confirmed otherwise, the acceptance is a portal checkbox.
        """
        vals = super()._prepare_cgv_acceptance_vals(version)
        channel = vals.get("channel")
        signed = bool(self.signature and self.signed_on)
        paid = bool(
            self.sudo().transaction_ids.filtered(
                lambda transaction: transaction.state in ("authorized", "done")
            )
        )
        if (channel == "portal_signature" and not signed) or (
            channel == "portal_payment" and not paid
        ):
            vals["channel"] = "portal_checkbox"
        return vals
