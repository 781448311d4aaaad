# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command, fields, models

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.tools import reader_env


class SaleConsumerReturn(models.Model):
    _inherit = "sale.consumer.return"

    # === FIELDS === #
    repair_order_ids = fields.Many2many(
        comodel_name="repair.order",
        relation="sale_consumer_return_repair_order_rel",
        string="Repair orders",
        readonly=True,
    )
    repair_order_id = fields.Many2one(
        comodel_name="repair.order",
        string="Repair order",
        compute="_compute_repair_order_id",
    )

    # === COMPUTE METHODS === #
    def _compute_repair_order_id(self):
        for claim in self:
            claim.repair_order_id = claim.repair_order_ids[:1]

    # === ACTION METHODS === #
    def action_view_repair_orders(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "repair.action_repair_order_tree"
        )
        action["domain"] = [("id", "in", self.repair_order_ids.ids)]
        action["context"] = {"create": False}
        return action

    # === BUSINESS METHODS === #
    def _prepare_repair_order_vals(self, line, lot=None, quantity=1.0):
        """A repair order under guarantee for goods of ``line`` (free of charge
        for the customer: C. consom. L217-11, or the commercial warranty)."""
        self.ensure_one()
        # the repair order's notes are read by staff: the company's language
        env = reader_env(self.env, self.company_id.partner_id)
        return {
            "product_id": line.product_id.id,
            "product_qty": quantity,
            "product_uom": line.sale_line_id.product_uom.id,
            "lot_id": lot.id if lot else False,
            "partner_id": self.partner_id.id,
            "company_id": self.company_id.id,
            "picking_type_id": self._get_repair_picking_type().id,
            "under_warranty": True,
            "picking_id": self.return_picking_id.id,
            "internal_notes": env._(
                "Return %(return)s (%(ground)s): %(description)s",
                **{"return": self.name},
                ground=dict(self._fields["ground"]._description_selection(env))[
                    self.ground
                ],
                description=self.description or "",
            ),
        }

    def _get_repair_picking_type(self):
        """The repair operation type of the order's warehouse, else of the
        company's first warehouse: never the one of the user's current company
        (``repair.order``'s default), which may be another company's."""
        self.ensure_one()
        picking_type = self.order_id.warehouse_id.repair_type_id
        if not picking_type:
            picking_type = (
                self.env["stock.warehouse"]
                .sudo()
                .search([("company_id", "=", self.company_id.id)], limit=1)
                .repair_type_id
            )
        return picking_type

    def _create_repair(self):
        """Repair: a repair order per unit (per serial number when tracked)."""
        vals_list = []
        for line in self.line_ids:
            if line.lot_ids and line.product_id.tracking == "serial":
                vals_list += [
                    self._prepare_repair_order_vals(line, lot) for lot in line.lot_ids
                ]
            else:
                vals_list.append(
                    self._prepare_repair_order_vals(
                        line, line.lot_ids[:1], quantity=line.quantity
                    )
                )
        repairs = (
            self.env["repair.order"]
            .with_company(self.company_id)
            .sudo()
            .create(vals_list)
        )
        evidence_writer(self).repair_order_ids = [Command.set(repairs.ids)]
        return repairs
