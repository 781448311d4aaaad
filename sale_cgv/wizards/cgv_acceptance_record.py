# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

from ..models.cgv_acceptance import STAFF_CHANNELS


class CgvAcceptanceRecord(models.TransientModel):
    """Ask staff how the customer accepted the terms of sale, then confirm."""

    _name = "cgv.acceptance.record"
    _description = "Record the Acceptance of the Terms of Sale"

    # === FIELDS === #
    order_ids = fields.Many2many(
        comodel_name="sale.order",
        string="Orders",
        required=True,
    )
    channel = fields.Selection(
        selection=STAFF_CHANNELS,
        string="How did the customer accept?",
        required=True,
    )
    evidence_file = fields.Binary(
        string="Evidence",
        help="Optional: the signed paper, the customer's email, a call note.",
    )
    evidence_filename = fields.Char(string="Evidence file name")
    note = fields.Text(help="Who accepted, when, reference of the call or email.")
    version_id = fields.Many2one(
        comodel_name="cgv.version",
        string="Terms of sale in force",
        compute="_compute_version_id",
    )

    # === COMPUTE METHODS === #
    @api.depends("order_ids")
    def _compute_version_id(self):
        now = fields.Datetime.now()
        for wizard in self:
            versions = wizard.order_ids[:1]._get_cgv_versions_in_force(now)
            wizard.version_id = next(iter(versions.values()), False)

    # === ACTION METHODS === #
    def action_confirm(self):
        """Record the channel as the customer's acceptance and confirm the orders."""
        self.ensure_one()
        for order in self.order_ids:
            order._set_cgv_pending_acceptance(
                channel=self.channel,
                user=self.env.user,
                attachment=self._create_evidence_attachment(order),
                note=self.note,
            )
        self.order_ids.with_context(sale_cgv_ask_channel=False).action_confirm()
        return {"type": "ir.actions.act_window_close"}

    # === BUSINESS METHODS === #
    def _create_evidence_attachment(self, order):
        self.ensure_one()
        if not self.evidence_file:
            return self.env["ir.attachment"]
        return (
            self.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": self.evidence_filename
                    or self.env._("Acceptance evidence %(order)s", order=order.name),
                    "datas": self.evidence_file,
                    # temporary: the acceptance takes the file over at confirmation
                    "res_model": self._name,
                    "res_id": self.id,
                }
            )
        )
