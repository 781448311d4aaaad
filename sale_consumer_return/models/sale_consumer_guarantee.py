# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_date

from odoo.addons.consumer_law.evidence import evidence_writer, is_evidence_write
from odoo.addons.consumer_law.tools import paris_date, reader_env, rule_errors

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
    # the stored values below are computed before the row is inserted
    # (precompute): a delivery's guarantees cost one INSERT, no UPDATE after it
    order_id = fields.Many2one(
        related="sale_line_id.order_id",
        store=True,
        precompute=True,
        index=True,
        string="Order",
    )
    company_id = fields.Many2one(
        related="sale_line_id.order_id.company_id",
        store=True,
        precompute=True,
        index=True,
    )
    partner_id = fields.Many2one(
        related="sale_line_id.order_id.partner_id",
        store=True,
        precompute=True,
        index=True,
        string="Customer",
    )
    commercial_partner_id = fields.Many2one(
        related="partner_id.commercial_partner_id",
        store=True,
        precompute=True,
        index=True,
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
        precompute=True,
        index=True,
        help="The day the customer received the unit (the delivery's receipt "
        "date, else its validation day in Paris time): the guarantees start here "
        "(C. consom. L217-3).",
    )
    is_second_hand = fields.Boolean(
        compute="_compute_is_second_hand",
        store=True,
        precompute=True,
        help="Second-hand goods: 12-month presumption (C. consom. L217-7).",
    )
    origin_guarantee_id = fields.Many2one(
        comodel_name="sale.consumer.guarantee",
        string="Replaces the unit",
        readonly=True,
        index="btree_not_null",
        help="The unit this one replaced under a guarantee.",
    )
    # its inverse: the replacements' end dates follow this unit's
    replacement_guarantee_ids = fields.One2many(
        comodel_name="sale.consumer.guarantee",
        inverse_name="origin_guarantee_id",
        string="Replaced by",
        readonly=True,
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
        help="A repair under the legal guarantee extends it: once by 12 months for "
        "contracts from 31 July 2026 (Directive (EU) 2024/1799), by 6 months per "
        "repair for older contracts (C. consom. L217-13).",
    )
    contract_date = fields.Date(
        compute="_compute_contract_date",
        store=True,
        precompute=True,
        help="The day the contract was concluded: the order's confirmation date "
        "(Paris time). It decides the repair extension: 12 months for contracts "
        "from 31 July 2026, 6 months before.",
    )
    contract_date_source = fields.Selection(
        selection=[
            ("confirmation", "Order confirmation"),
            ("order_date", "Order date (no confirmation recorded)"),
        ],
        compute="_compute_contract_date",
        store=True,
        precompute=True,
        help="Where the contract date comes from: the order's confirmation, or, "
        "when the order was never confirmed, its order date (recorded so the "
        "choice can be checked).",
    )
    repair_extension_months = fields.Integer(
        compute="_compute_legal_dates",
        store=True,
        precompute=True,
        recursive=True,
        help="Months the repairs under the legal guarantee added to it.",
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
        precompute=True,
        recursive=True,
        index=True,
        help="Last day a lack of conformity may appear (C. consom. L217-3), with "
        "the repair extensions and renewals (L217-13).",
    )
    presumption_end_date = fields.Date(
        string="Presumption until",
        compute="_compute_legal_dates",
        store=True,
        precompute=True,
        recursive=True,
        help="A defect appearing until this day is presumed to have existed at "
        "delivery (C. consom. L217-7).",
    )
    commercial_end_date = fields.Date(
        string="Commercial warranty until",
        compute="_compute_commercial_end_date",
        store=True,
        precompute=True,
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

    @api.depends("order_id.date_order", "order_id.state")
    def _compute_contract_date(self):
        for unit in self:
            order = unit.order_id
            unit.contract_date, unit.contract_date_source = (
                order._get_contract_date_and_source()
            )

    @api.depends("product_id")
    def _compute_is_second_hand(self):
        for unit in self:
            unit.is_second_hand = unit.product_id.is_second_hand

    @api.depends(
        "delivered_on",
        "is_second_hand",
        "contract_date",
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
                unit.repair_extension_months = 0
                continue
            policy = unit.company_id._get_consumer_policy()
            contract = unit.contract_date
            with rule_errors(self.env, self._name):
                guarantee = rules.conformity_guarantee(
                    unit.delivered_on,
                    second_hand=unit.is_second_hand,
                    contract_date=contract,
                    presumption_months=(
                        policy.presumption_months_second_hand
                        if unit.is_second_hand
                        else policy.presumption_months_new
                    ),
                )
                end, presumption_end = guarantee.end, guarantee.presumption_end
                origin = unit.origin_guarantee_id
                if origin and origin.legal_end_date:
                    if unit.is_renewed:
                        # the consumer chose repair, the seller replaced: new 2 years
                        end = rules.guarantee_after_remedy(
                            origin.legal_end_date,
                            remedy="replacement",
                            remedy_delivered_on=unit.delivered_on,
                            contract_date=contract,
                        )
                    else:
                        # the consumer chose the replacement: the guarantee goes on
                        end = rules.guarantee_after_remedy(
                            origin.legal_end_date,
                            remedy="chosen_replacement",
                            contract_date=contract,
                        )
                        presumption_end = origin.presumption_end_date
                months = unit._get_repair_extension_months()
                if months:
                    end = rules.add_months(end, months)
            unit.legal_end_date = end
            unit.presumption_end_date = presumption_end
            unit.repair_extension_months = months

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
    def _get_repair_extension_months(self, repairs=None):
        """Months ``repairs`` repairs (default: the recorded ones) add to the
        legal guarantee: once 12 months for contracts from 31 July 2026, never
        less than 6 months per repair (Dir. (EU) 2024/1799; C. consom. L217-13).
        One repair gives exactly ``consumer_law_rules.guarantee_after_remedy``'s
        extension."""
        self.ensure_one()
        count = self.repair_count if repairs is None else repairs
        with rule_errors(self.env, self._name):
            return rules.repair_extension_months(
                count, contract_date=self.contract_date or None
            )

    def _get_end_after_repair(self):
        """The legal guarantee end once this unit's next repair is done (what
        the customer is told when he chooses between repair and replacement)."""
        self.ensure_one()
        if not self.legal_end_date:
            return False
        if self.repair_count:
            extra = (
                self._get_repair_extension_months(self.repair_count + 1)
                - self._get_repair_extension_months()
            )
            return rules.add_months(self.legal_end_date, extra)
        with rule_errors(self.env, self._name):
            return rules.guarantee_after_remedy(
                self.legal_end_date,
                remedy="repair",
                contract_date=self.contract_date or None,
            )

    @api.model
    def _recompute_repair_extensions(self, ends_before=None):
        """Recompute the legal guarantee of every unit repaired under it on a
        contract from 31 July 2026 (12 months instead of 6, Directive (EU)
        2024/1799) and note each changed end date in its order's chatter.
        Run by the 18.0.1.1.0 migration.

        :param ends_before: {unit id: legal end date} kept before the update
            (default: the stored end dates)
        :return: the units whose end date changed
        """
        units = self.sudo().search(
            [
                ("repair_count", ">", 0),
                ("contract_date", ">=", rules.RIGHT_TO_REPAIR_EFFECTIVE),
            ]
        )
        before = {unit.id: unit.legal_end_date for unit in units}
        before.update(
            (unit_id, end)
            for unit_id, end in (ends_before or {}).items()
            if unit_id in before
        )
        self.env.add_to_compute(self._fields["legal_end_date"], units)
        self.env.add_to_compute(self._fields["presumption_end_date"], units)
        self.env.add_to_compute(self._fields["repair_extension_months"], units)
        units.flush_recordset()
        changed = units.filtered(lambda unit: unit.legal_end_date != before[unit.id])
        units_by_order = {}
        for unit in changed:
            units_by_order.setdefault(unit.order_id, []).append(unit)
        for order, order_units in units_by_order.items():
            # an internal note (written by an upgrade): the company's language
            env = reader_env(self.env, order.company_id.partner_id)
            lines = [
                env._(
                    "%(unit)s: legal guarantee until %(old)s, now %(new)s",
                    unit=unit.display_name,
                    old=format_date(env, before[unit.id]) if before[unit.id] else "-",
                    new=format_date(env, unit.legal_end_date),
                )
                for unit in order_units
            ]
            order.message_post(
                body=Markup("<p>%s</p><ul>%s</ul>")
                % (
                    env._(
                        "Repair extension of the legal guarantee recomputed: 12 "
                        "months for contracts from 31 July 2026 (Directive (EU) "
                        "2024/1799)."
                    ),
                    Markup().join(Markup("<li>%s</li>") % line for line in lines),
                ),
                message_type="comment",
                subtype_xmlid="mail.mt_note",
            )
        return changed

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
        # the deliveries' guarantees were just read by the ORM (their dates
        # follow the delivery's): no search by move line
        existing = pickings.sudo().consumer_guarantee_ids.filtered(
            lambda unit: unit.move_line_id in move_lines
        )
        move_lines -= existing.move_line_id
        vals_list = []
        for move_line in move_lines:
            vals = self._prepare_vals_from_move_line(move_line)
            vals.update(
                move_line.move_id.sale_line_id._get_replacement_guarantee_vals()
            )
            vals_list.append(vals)
        return evidence_writer(self.sudo()).create(vals_list).with_env(self.env)
