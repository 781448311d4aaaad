# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    # === FIELDS === #
    cgv_acceptance_count = fields.Integer(
        string="Accepted terms of sale",
        compute="_compute_cgv_acceptance_count",
        groups="consumer_law.consumer_law_group_user",
    )

    # === COMPUTE METHODS === #
    @api.depends("commercial_partner_id")
    def _compute_cgv_acceptance_count(self):
        commercial_partners = self.commercial_partner_id
        counts = dict(
            self.env["cgv.acceptance"]._read_group(
                [("commercial_partner_id", "in", commercial_partners.ids)],
                groupby=["commercial_partner_id"],
                aggregates=["__count"],
            )
        )
        for partner in self:
            partner.cgv_acceptance_count = counts.get(partner.commercial_partner_id, 0)

    # === ACTION METHODS === #
    def action_view_cgv_acceptances(self):
        """List the terms of sale accepted by the customer and its contacts."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_cgv.cgv_acceptance_action"
        )
        action["domain"] = [
            ("commercial_partner_id", "=", self.commercial_partner_id.id)
        ]
        action["context"] = {"create": False}
        return action
