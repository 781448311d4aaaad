# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.consumer_law.evidence import evidence_writer, is_evidence_write
from odoo.addons.consumer_law.tools import paris_date, rule_errors

import consumer_law_rules as rules

# Written by the flows only (delivery, decided returns, repairs).
FLOW_FIELDS = frozenset(
    {
        "move_line_id",
        "sale_line_id",
        "product_id",
        "lot_id",
        "quantity",
        "origin_guarantee_id",
        "is_renewed",
        "repair_count",
        "commercial_extension_days",
    }
)


class SaleConsumerGuarantee(models.Model):
    """The guarantees of one delivered unit (a serial number, a lot, or the
    quantity of an untracked product delivered by one move line): legal guarantee
    of conformity and its presumption, commercial warranty, and their
    extensions after repairs or replacements.

    Created when a delivery to a customer is validated; extended by the returns
    that repair or replace the unit.
    """

    _name = "sale.consumer.guarantee"
    _inherit = ["consumer.law.evidence.mixin"]
    _description = "Guarantee of a Delivered Unit"
    _order = "delivered_on desc, id desc"
    _check_company_auto = True
    _rec_name = "display_name"

    # === FIELDS === #
    move_line_id = fields.Many2one(
        comodel_name="stock.move.line",
        string="Delivered by",
        readonly=True,
        index="btree_not_null",
        ondelete="set null",
    )
    picking_id = fields.Many2one(
        comodel_name="stock.picking",
        string="Delivery",
        required=True,
        readonly=True,
        index=True,
        ondelete="cascade",
    )
    sale_line_id = fields.Many2one(
        comodel_name="sale.order.line",
        string="Order line",
        required=True,
        readonly=True,
        index=True,
        ondelete="cascade",
    )
    order_id = fields.Many2one(
        related="sale_line_id.order_id", store=True, index=True, string="Order"
    )
    company_id = fields.Many2one(
        related="sale_line_id.order_id.company_id", store=True, index=True
    )
    partner_id = fields.Many2one(
        related="sale_line_id.order_id.partner_id",
        store=True,
        index=True,
        string="Customer",
    )
    commercial_partner_id = fields.Many2one(
        related="partner_id.commercial_partner_id", store=True, index=True
    )
    product_id = fields.Many2one(
        comodel_name="product.product", required=True, readonly=True, index=True
    )
    lot_id = fields.Many2one(
        comodel_name="stock.lot",
        string="Lot/Serial",
        readonly=True,
        index="btree_not_null",
    )
    quantity = fields.Float(digits="Product Unit of Measure", readonly=True)
    delivered_on = fields.Date(
        compute="_compute_delivered_on",
        store=True,
        index=True,
        help="The day the customer received the unit (the delivery's receipt "
        "date, else its validation day in Paris time): the guarantees start here "
        "(C. consom. L217-3).",
    )
    is_second_hand = fields.Boolean(
        compute="_compute_is_second_hand",
        store=True,
        help="Second-hand goods: 12-month presumption (C. consom. L217-7).",
    )
    origin_guarantee_id = fields.Many2one(
        comodel_name="sale.consumer.guarantee",
        string="Replaces the unit",
        readonly=True,
        index="btree_not_null",
        help="The unit this one replaced under a guarantee.",
    )
    is_renewed = fields.Boolean(
        string="New legal guarantee",
        readonly=True,
        help="The customer chose a repair and the merchant replaced the good "
        "instead: the replacement has a new 2-year guarantee (C. consom. L217-13). "
        "Otherwise a replacement keeps the guarantee of the unit it replaces.",
    )
    repair_count = fields.Integer(
        string="Repairs under the legal guarantee",
        readonly=True,
        help="Each repair under the legal guarantee extends it by 6 months "
        "(C. consom. L217-13).",
    )
    commercial_extension_days = fields.Integer(
        string="Commercial warranty extension (days)",
        readonly=True,
        help="Immobilisations of 7 days or more for a repair under the commercial "
        "warranty, added to its term (C. consom. L217-28).",
    )
    legal_end_date = fields.Date(
        string="Legal guarantee until",
        compute="_compute_legal_dates",
        store=True,
        recursive=True,
        index=True,
        help="Last day a lack of conformity may appear (C. consom. L217-3), with "
        "the repair extensions and renewals (L217-13).",
    )
    presumption_end_date = fields.Date(
        string="Presumption until",
        compute="_compute_legal_dates",
        store=True,
        recursive=True,
        help="A defect appearing until this day is presumed to have existed at "
        "delivery (C. consom. L217-7).",
    )
    commercial_end_date = fields.Date(
        string="Commercial warranty until",
        compute="_compute_commercial_end_date",
        store=True,
        index=True,
        help="End of the product's commercial warranty from delivery, with the "
        "immobilisations added (C. consom. L217-28). Empty: no commercial warranty.",
    )
    return_line_ids = fields.Many2many(
        comodel_name="sale.consumer.return.line",
        string="Returns",
        readonly=True,
    )

    # === COMPUTE METHODS === #
    @api.depends("product_id", "lot_id")
    def _compute_display_name(self):
        for unit in self:
            unit.display_name = (
                f"{unit.product_id.display_name} ({unit.lot_id.name})"
                if unit.lot_id
                else unit.product_id.display_name
            )

    @api.depends(
        "picking_id.customer_receipt_date", "picking_id.date_done", "picking_id.state"
    )
    def _compute_delivered_on(self):
        for unit in self:
            picking = unit.picking_id
            unit.delivered_on = picking.customer_receipt_date or paris_date(
                picking.date_done
            )

    @api.depends("product_id")
    def _compute_is_second_hand(self):
        for unit in self:
            unit.is_second_hand = unit.product_id.is_second_hand

    @api.depends(
        "delivered_on",
        "is_second_hand",
        "order_id.date_order",
        "origin_guarantee_id.legal_end_date",
        "origin_guarantee_id.presumption_end_date",
        "is_renewed",
        "repair_count",
        "company_id.consumer_policy_id.presumption_months_new",
        "company_id.consumer_policy_id.presumption_months_second_hand",
    )
    def _compute_legal_dates(self):
        for unit in self:
            if not unit.delivered_on:
                unit.legal_end_date = unit.presumption_end_date = False
                continue
            policy = unit.company_id._get_consumer_policy()
            with rule_errors(self.env, self._name):
                guarantee = rules.conformity_guarantee(
                    unit.delivered_on,
                    second_hand=unit.is_second_hand,
                    contract_date=paris_date(unit.order_id.date_order),
                    presumption_months=(
                        policy.presumption_months_second_hand
                        if unit.is_second_hand
                        else policy.presumption_months_new
                    ),
                )
                end, presumption_end = guarantee.end, guarantee.presumption_end
                origin = unit.origin_guarantee_id
                if origin and not unit.is_renewed and origin.legal_end_date:
                    # the consumer chose the replacement: the guarantee goes on
                    end = rules.guarantee_after_remedy(
                        origin.legal_end_date, remedy="chosen_replacement"
                    )
                    presumption_end = origin.presumption_end_date
                for _repair in range(unit.repair_count):
                    end = rules.guarantee_after_remedy(end, remedy="repair")
            unit.legal_end_date = end
            unit.presumption_end_date = presumption_end

    @api.depends(
        "delivered_on",
        "product_id.commercial_warranty_months",
        "commercial_extension_days",
    )
    def _compute_commercial_end_date(self):
        for unit in self:
            months = unit.product_id.commercial_warranty_months
            if not unit.delivered_on or not months:
                unit.commercial_end_date = False
                continue
            with rule_errors(self.env, self._name):
                unit.commercial_end_date = rules.commercial_guarantee_end(
                    unit.delivered_on,
                    months=months,
                    extension_days=unit.commercial_extension_days,
                )

    # === CRUD METHODS === #
    def write(self, vals):
        if FLOW_FIELDS & set(vals) and not is_evidence_write(self.env):
            raise UserError(
                self.env._(
                    "Guarantees of delivered units are written by deliveries and "
                    "decided returns only."
                )
            )
        return super().write(vals)

    # === BUSINESS METHODS === #
    @api.model
    def _prepare_vals_from_move_line(self, move_line):
        """Values of the guarantee of the unit(s) a move line delivered."""
        move = move_line.move_id
        return {
            "move_line_id": move_line.id,
            "picking_id": move_line.picking_id.id,
            "sale_line_id": move.sale_line_id.id,
            "product_id": move_line.product_id.id,
            "lot_id": move_line.lot_id.id,
            "quantity": move_line.quantity,
        }

    @api.model
    def _create_from_deliveries(self, pickings):
        """Create the guarantees of the goods delivered to customers by
        ``pickings`` (done), one per move line of an order line. Replacements
        delivered for a return are linked to the unit they replace."""
        move_lines = pickings.move_line_ids.filtered(
            lambda ml: (
                ml.picking_id.state == "done"
                and ml.location_dest_id.usage == "customer"
                and ml.move_id.sale_line_id
                and ml.product_id.type == "consu"
                and ml.quantity > 0
            )
        )
        if not move_lines:
            return self.browse()
        existing = self.sudo().search([("move_line_id", "in", move_lines.ids)])
        move_lines -= existing.move_line_id
        vals_list = []
        for move_line in move_lines:
            vals = self._prepare_vals_from_move_line(move_line)
            vals.update(
                move_line.move_id.sale_line_id._get_replacement_guarantee_vals()
            )
            vals_list.append(vals)
        return evidence_writer(self.sudo()).create(vals_list).with_env(self.env)
