# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.consumer_law.evidence import is_evidence_write
from odoo.addons.consumer_law.models.consumer_law_flow_fields_mixin import (
    FLOW_FIELDS_MIXIN,
)


class AccountMove(models.Model):
    _name = "account.move"
    _inherit = ["account.move", FLOW_FIELDS_MIXIN]
    _consumer_law_flow_fields = ("cgv_version_id",)

    # === FIELDS === #
    # the version's company is checked by the guards below, not by
    # check_company: an invoice of orders carries their version, whose company
    # their stamp checked, and only trusted code (the evidence writer) may give
    # another one, checked then; check_company would read the version at each
    # invoicing
    cgv_version_id = fields.Many2one(
        comodel_name="cgv.version",
        string="Terms of sale version",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="Version of the terms of sale accepted on the order invoiced.",
    )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        moves = super().create(vals_list)
        if is_evidence_write(self.env) and any(
            vals.get("cgv_version_id") for vals in vals_list
        ):
            for move in moves.filtered("cgv_version_id"):
                move._check_cgv_version_company(move.cgv_version_id)
        return moves

    def _is_consumer_law_flow_value(self, name, vals):
        """An invoice created from orders (sale's own invoicing, down payments)
        carries the version stamped on them, the one its lines invoice, in the
        orders' company."""
        if name != "cgv_version_id":
            return super()._is_consumer_law_flow_value(name, vals)
        orders = self._get_consumer_law_invoiced_orders(vals)
        return (
            bool(orders)
            and set(orders.mapped("cgv_version_id").ids) == {vals[name]}
            and set(orders.company_id.ids) == {vals.get("company_id")}
        )

    @api.model
    def _get_consumer_law_invoiced_orders(self, vals):
        """Return the orders whose lines the creation values ``vals`` invoice."""
        line_ids = set()
        commands = [
            *(vals.get("invoice_line_ids") or []),
            *(vals.get("line_ids") or []),
        ]
        for command in commands:
            if not (isinstance(command, (list, tuple)) and command[0] == 0):
                continue
            for link in command[2].get("sale_line_ids") or []:
                if not isinstance(link, (list, tuple)):
                    continue
                if link[0] == 4:
                    line_ids.add(link[1])
                elif link[0] == 6:
                    line_ids.update(link[2])
        return self.env["sale.order.line"].sudo().browse(line_ids).order_id

    def write(self, vals):
        if "cgv_version_id" in vals:
            self._check_cgv_version_unchanged(vals["cgv_version_id"])
            if vals["cgv_version_id"]:
                self._check_cgv_version_company(
                    self.env["cgv.version"].browse(vals["cgv_version_id"])
                )
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

    def _check_cgv_version_company(self, version):
        """``version`` is one of the invoices' company or of a parent company
        (what ``check_company`` would allow).

        :raise UserError: naming the invoice and the version's company
        """
        version = version.sudo()
        for move in self.sudo():
            if version.company_id and (
                version.company_id not in move.company_id.parent_ids
            ):
                raise UserError(
                    self.env._(
                        "Terms of sale version: %(version)s belongs to "
                        "%(company)s, not to the company of %(move)s.",
                        version=version.display_name,
                        company=version.company_id.name,
                        move=move.display_name,
                    )
                )
