# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare

from odoo.addons.consumer_law import portal_input
from odoo.addons.consumer_law.evidence import is_evidence_write


class SaleConsumerReturnLine(models.Model):
    """Goods of a return: an order line, a quantity, the serial numbers or lots
    when the product is tracked, and the price reduction granted on it."""

    _name = "sale.consumer.return.line"
    _description = "Consumer Return Line"
    _order = "return_id, id"
    _check_company_auto = True

    # === FIELDS === #
    return_id = fields.Many2one(
        comodel_name="sale.consumer.return",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="return_id.company_id", store=True)
    currency_id = fields.Many2one(related="return_id.currency_id")
    sale_line_id = fields.Many2one(
        comodel_name="sale.order.line",
        string="Order line",
        required=True,
        index=True,
        check_company=True,
    )
    product_id = fields.Many2one(related="sale_line_id.product_id", store=True)
    quantity = fields.Float(digits="Product Unit of Measure", required=True)
    lot_ids = fields.Many2many(
        comodel_name="stock.lot",
        string="Lots/Serials",
        help="Tracked products: the serial numbers or lots returned.",
    )
    reduction_amount = fields.Monetary(
        string="Price reduction",
        help="Price reduction granted on this line, taxes included.",
    )
    guarantee_ids = fields.Many2many(
        comodel_name="sale.consumer.guarantee",
        string="Units",
        compute="_compute_guarantee_ids",
    )
    delivered_on = fields.Date(
        compute="_compute_guarantee_ids",
        help="Delivery of the returned units (the latest, when several).",
    )

    # === COMPUTE METHODS === #
    @api.depends("sale_line_id", "lot_ids")
    def _compute_guarantee_ids(self):
        units = self.env["sale.consumer.guarantee"].search(
            [("sale_line_id", "in", self.sale_line_id.ids)]
        )
        for line in self:
            line_units = units.filtered(
                lambda unit, line=line: unit.sale_line_id == line.sale_line_id
            )
            if line.lot_ids:
                line_units = line_units.filtered(
                    lambda unit, line=line: unit.lot_id in line.lot_ids
                )
            line.guarantee_ids = line_units
            dates = [day for day in line_units.mapped("delivered_on") if day]
            line.delivered_on = max(dates) if dates else False

    # === CONSTRAINT METHODS === #
    @api.constrains("quantity", "sale_line_id", "lot_ids", "reduction_amount")
    def _check_values(self):
        for line in self:
            sale_line = line.sale_line_id
            label = self.env._(
                "Quantity of %(product)s", product=sale_line.product_id.display_name
            )
            if sale_line.order_id != line.return_id.order_id:
                raise ValidationError(
                    self.env._(
                        "Goods: %(product)s is not a line of order %(order)s.",
                        product=sale_line.display_name,
                        order=line.return_id.order_id.name,
                    )
                )
            try:
                portal_input.parse_quantity(
                    self.env,
                    repr(line.quantity),
                    label=label,
                    uom=sale_line.product_uom,
                )
            except UserError as error:
                raise ValidationError(error.args[0]) from None
            rounding = sale_line.product_uom.rounding or 0.01
            if float_compare(line.quantity, 0.0, precision_rounding=rounding) <= 0:
                raise ValidationError(
                    self.env._("%(field)s: must be positive.", field=label)
                )
            if line.reduction_amount < 0:
                raise ValidationError(
                    self.env._("Price reduction: the amount cannot be negative.")
                )
            tracking = sale_line.product_id.tracking
            if line.lot_ids and tracking == "none":
                raise ValidationError(
                    self.env._(
                        "Lots/Serials: %(product)s is not tracked.",
                        product=sale_line.product_id.display_name,
                    )
                )
            delivered_lots = sale_line.move_ids.filtered(
                lambda move: (
                    move.state == "done" and move.location_dest_id.usage == "customer"
                )
            ).move_line_ids.lot_id
            foreign = line.lot_ids - delivered_lots
            if foreign:
                raise ValidationError(
                    self.env._(
                        "Lots/Serials: %(lots)s were not delivered on this order.",
                        lots=", ".join(foreign.mapped("name")),
                    )
                )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        if not is_evidence_write(self.env):
            raise UserError(
                self.env._(
                    "Goods: the goods of a return are recorded with the claim or "
                    "the decision, not added afterwards."
                )
            )
        return super().create(vals_list)

    def write(self, vals):
        if vals and not is_evidence_write(self.env):
            raise UserError(
                self.env._(
                    "Goods: the goods and quantities of a return are recorded with "
                    "the claim or the decision and cannot be changed."
                )
            )
        return super().write(vals)
