# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import hashlib
from decimal import Decimal

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare, format_date

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.models.consumer_law_flow_fields_mixin import (
    FLOW_FIELDS_MIXIN,
)
from odoo.addons.consumer_law.tools import paris_date, reader_env, rule_errors

import consumer_law_rules as rules

STORAGE_DATE_FIELDS = ("carrier_last_slot_date", "customer_delivery_date")
# Computed or written by the billing flow only, never by a user or RPC call.
FLOW_FIELDS = (
    "storage_fee_rate",
    "storage_fee_days",
    "storage_fee_amount",
    "storage_fee_line_id",
)


class StockPicking(models.Model):
    _name = "stock.picking"
    _inherit = ["stock.picking", FLOW_FIELDS_MIXIN]
    _consumer_law_flow_fields = FLOW_FIELDS

    # === FIELDS === #
    is_by_appointment = fields.Boolean(related="carrier_id.is_by_appointment")
    carrier_proposed_slots = fields.Char(
        string="Slots proposed by the carrier",
        copy=False,
        tracking=True,
        help="Delivery slots the carrier proposed, as given by its notice.",
    )
    carrier_last_slot_date = fields.Date(
        string="Carrier's last proposed slot",
        copy=False,
        tracking=True,
        help="Last delivery slot the carrier proposed. Storage is owed for every "
        "calendar day after it until the date the customer chose.",
    )
    customer_delivery_date = fields.Date(
        string="Delivery date chosen by the customer",
        copy=False,
        tracking=True,
        help="Date the customer agreed with the carrier; when later than the last "
        "proposed slot, the storage fee runs.",
    )
    storage_fee_rate = fields.Monetary(
        string="Storage fee per day",
        currency_field="company_currency_id",
        compute="_compute_storage_fee_rate",
        store=True,
        copy=False,
        help="The carrier's daily rate when the delivery was assigned to it; a "
        "later change of the carrier's rate does not change this delivery.",
    )
    storage_fee_days = fields.Integer(
        string="Storage days",
        compute="_compute_storage_fee",
        store=True,
        help="Calendar days after the carrier's last proposed slot.",
    )
    storage_fee_amount = fields.Monetary(
        string="Storage fee",
        currency_field="company_currency_id",
        compute="_compute_storage_fee",
        store=True,
        help="Storage days x the daily rate (excluding VAT).",
    )
    company_currency_id = fields.Many2one(related="company_id.currency_id")
    storage_fee_line_id = fields.Many2one(
        comodel_name="sale.order.line",
        string="Storage fee line",
        readonly=True,
        copy=False,
    )
    is_storage_fee_invoiced = fields.Boolean(
        compute="_compute_is_storage_fee_invoiced",
    )
    can_be_storage_fee_invoiced = fields.Boolean(
        compute="_compute_can_be_storage_fee_invoiced",
    )
    carrier_fee_line_ids = fields.One2many(
        comodel_name="sale.order.line",
        inverse_name="carrier_fee_picking_id",
        string="Carrier fees",
    )

    # === COMPUTE METHODS === #
    @api.depends("carrier_id")
    def _compute_storage_fee_rate(self):
        for picking in self:
            if picking.storage_fee_line_id:
                # billed at the rate of its line: keep it
                picking.storage_fee_rate = picking.storage_fee_rate
                continue
            picking.storage_fee_rate = picking.carrier_id.storage_fee_rate

    @api.depends(
        "carrier_id.is_by_appointment",
        "carrier_last_slot_date",
        "customer_delivery_date",
        "storage_fee_rate",
    )
    def _compute_storage_fee(self):
        for picking in self:
            if not (
                picking.carrier_id.is_by_appointment
                and picking.carrier_last_slot_date
                and picking.customer_delivery_date
            ):
                picking.storage_fee_days = 0
                picking.storage_fee_amount = 0.0
                continue
            with rule_errors(self.env, self._name):
                result = rules.storage_fee(
                    picking.carrier_last_slot_date,
                    picking.customer_delivery_date,
                    rate_per_day=Decimal(str(picking.storage_fee_rate)),
                )
            picking.storage_fee_days = result.days
            picking.storage_fee_amount = float(result.fee)

    @api.depends("storage_fee_line_id.invoice_lines.parent_state")
    def _compute_is_storage_fee_invoiced(self):
        for picking in self:
            line = picking.storage_fee_line_id
            picking.is_storage_fee_invoiced = bool(line) and (
                line._is_carrier_fee_invoiced()
            )

    @api.depends("sale_id", "storage_fee_amount", "storage_fee_line_id")
    def _compute_can_be_storage_fee_invoiced(self):
        for picking in self:
            picking.can_be_storage_fee_invoiced = bool(
                picking.sale_id
                and picking.storage_fee_amount > 0
                and not picking.storage_fee_line_id
            )

    # === CONSTRAINT METHODS === #
    @api.constrains(*STORAGE_DATE_FIELDS)
    def _check_storage_dates(self):
        """Slots and the chosen date cannot precede the order they deliver."""
        for picking in self:
            ordered_on = paris_date(picking.sale_id.date_order) or paris_date(
                picking.create_date
            )
            for field_name in STORAGE_DATE_FIELDS:
                day = picking[field_name]
                if day and ordered_on and day < ordered_on:
                    raise ValidationError(
                        self.env._(
                            "%(field)s: %(date)s is before the order of %(picking)s "
                            "(%(ordered)s); a delivery cannot be scheduled before "
                            "the contract.",
                            field=self._fields[field_name]._description_string(
                                self.env
                            ),
                            date=format_date(self.env, day),
                            picking=picking.display_name,
                            ordered=format_date(self.env, ordered_on),
                        )
                    )

    # === CRUD METHODS === #
    def write(self, vals):
        # the fee computed and billed (FLOW_FIELDS) is evidence of what was
        # billed: guarded by the flow-fields mixin
        changed = [name for name in STORAGE_DATE_FIELDS if name in vals]
        if changed:
            self._check_storage_dates_editable(vals)
        result = super().write(vals)
        if changed:
            self.filtered("storage_fee_line_id")._sync_storage_fee_line()
        return result

    # === ACTION METHODS === #
    def action_invoice_storage_fee(self):
        """Add the storage fee to the order as one service line.

        The line is invoiced with the order's next invoice. Calling it again does
        nothing new: the existing line is only brought up to date while it is not
        invoiced (a changed date already updates it).

        :raise UserError: no sale order, or no storage fee owed.
        """
        for picking in self:
            if not picking.sale_id:
                raise UserError(
                    self.env._(
                        "Invoice storage fee: %(picking)s is not linked to a sale "
                        "order to bill.",
                        picking=picking.display_name,
                    )
                )
            if picking.storage_fee_line_id:
                picking._sync_storage_fee_line()
                continue
            if picking.storage_fee_amount <= 0:
                raise UserError(
                    self.env._(
                        "Invoice storage fee: no storage is owed on %(picking)s; "
                        "the customer's date is not after the carrier's last "
                        "proposed slot.",
                        picking=picking.display_name,
                    )
                )
            evidence_writer(picking).storage_fee_line_id = evidence_writer(
                self.env["sale.order.line"]
            ).create(picking._prepare_storage_fee_line_vals())
            picking.sale_id.message_post(
                body=reader_env(self.env, picking.company_id.partner_id)._(
                    "Storage fee of %(days)s day(s) added for %(picking)s.",
                    days=picking.storage_fee_days,
                    picking=picking.display_name,
                )
            )
        return True

    def action_open_address_change(self):
        """Open the wizard recording a paid change of delivery address."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Paid address change"),
            "res_model": "stock.picking.address.change",
            "view_mode": "form",
            "target": "new",
            "context": {"default_picking_id": self.id},
        }

    # === BUSINESS METHODS === #
    def _check_storage_dates_editable(self, vals):
        """Dates of an invoiced storage fee are evidence of what was billed."""
        for picking in self.filtered("storage_fee_line_id"):
            if not picking.storage_fee_line_id._is_carrier_fee_invoiced():
                continue
            for field_name in STORAGE_DATE_FIELDS:
                if field_name in vals and (
                    fields.Date.to_date(vals[field_name]) != picking[field_name]
                ):
                    raise UserError(
                        self.env._(
                            "%(field)s: the storage fee of %(picking)s is already "
                            "invoiced; its dates can no longer change. Correct it "
                            "with a credit note or a new fee line.",
                            field=self._fields[field_name]._description_string(
                                self.env
                            ),
                            picking=picking.display_name,
                        )
                    )

    def _get_fee_taxes(self, order):
        """The order's taxes for a carrier fee: the company's default sales tax
        mapped by the order's fiscal position, or none when the carrier's fees do
        not bear VAT."""
        self.ensure_one()
        if not self.carrier_id.is_fee_taxed:
            return self.env["account.tax"]
        tax = order.company_id.account_sale_tax_id
        return order.fiscal_position_id.map_tax(tax) if tax else tax

    def _convert_fee(self, amount, order):
        self.ensure_one()
        return self.company_id.currency_id._convert(
            amount, order.currency_id, order.company_id, fields.Date.context_today(self)
        )

    def _prepare_storage_fee_line_vals(self):
        """Values of the storage fee line: days x daily rate."""
        self.ensure_one()
        order = self.sale_id
        product = self.env.ref("stock_storage_fee.product_storage_fee")
        # the customer's order line: in his language
        customer_env = reader_env(self.env, order.partner_id)
        return {
            "order_id": order.id,
            "product_id": product.id,
            "name": customer_env._(
                "Carrier storage for %(picking)s: %(days)s day(s) after the last "
                "proposed slot (%(last_slot)s) until %(chosen)s",
                picking=self.name,
                days=self.storage_fee_days,
                last_slot=format_date(customer_env, self.carrier_last_slot_date),
                chosen=format_date(customer_env, self.customer_delivery_date),
            ),
            "product_uom_qty": self.storage_fee_days,
            "price_unit": self._convert_fee(self.storage_fee_rate, order),
            "tax_id": [Command.set(self._get_fee_taxes(order).ids)],
            "carrier_fee_type": "storage",
            "carrier_fee_picking_id": self.id,
            "sequence": max(order.order_line.mapped("sequence") or [10]) + 1,
        }

    def _sync_storage_fee_line(self):
        """Bring the storage fee lines that are not invoiced up to date."""
        for picking in self:
            line = picking.storage_fee_line_id
            if not line or line._is_carrier_fee_invoiced():
                continue
            vals = picking._prepare_storage_fee_line_vals()
            update = {
                "name": vals["name"],
                "product_uom_qty": vals["product_uom_qty"],
                "price_unit": vals["price_unit"],
            }
            precision = line.order_id.currency_id.decimal_places
            if (
                line.name != update["name"]
                or line.product_uom_qty != update["product_uom_qty"]
                or float_compare(
                    line.price_unit, update["price_unit"], precision_digits=precision
                )
            ):
                # the delivery's dates are the warehouse's to record; the line
                # follows them even when the user has no sales rights
                evidence_writer(line.sudo()).write(update)

    def _add_address_change_fee(self, amount, notice_name, notice_content, note=""):
        """Bill a paid change of delivery address with the carrier's notice.

        :param amount: the fee of the carrier's notice, company currency
        :param notice_name: file name of the notice
        :param notice_content: raw bytes of the notice
        :return: the new sale order line
        :raise UserError: no sale order, a fee not above zero, no notice
        """
        self.ensure_one()
        order = self.sale_id
        if not order:
            raise UserError(
                self.env._(
                    "Paid address change: %(picking)s is not linked to a sale order "
                    "to bill.",
                    picking=self.display_name,
                )
            )
        if not amount or amount <= 0:
            raise UserError(
                self.env._(
                    "Paid address change: the fee of the carrier's notice must be "
                    "above zero."
                )
            )
        if not notice_content:
            raise UserError(
                self.env._(
                    "Paid address change: attach the carrier's notice; the "
                    "customer is billed what the carrier charged."
                )
            )
        # the evidence of what the carrier charged: sealed (SHA-256 stored, never
        # replaced, relinked or deleted, checked daily)
        attachment = evidence_writer(self.env["ir.attachment"]).create(
            {
                "name": notice_name or self.env._("Carrier notice"),
                "datas": base64.b64encode(notice_content),
                "res_model": "sale.order",
                "res_id": order.id,
                "consumer_law_sha256": hashlib.sha256(notice_content).hexdigest(),
            }
        )
        attachment = attachment.with_env(self.env)
        product = self.env.ref("stock_storage_fee.product_address_change_fee")
        name = reader_env(self.env, order.partner_id)._(
            "Delivery address change for %(picking)s (carrier notice %(notice)s)",
            picking=self.name,
            notice=attachment.name,
        )
        if note:
            name = f"{name}\n{note}"
        line = evidence_writer(self.env["sale.order.line"]).create(
            {
                "order_id": order.id,
                "product_id": product.id,
                "name": name,
                "product_uom_qty": 1,
                "price_unit": self._convert_fee(amount, order),
                "tax_id": [Command.set(self._get_fee_taxes(order).ids)],
                "carrier_fee_type": "address_change",
                "carrier_fee_picking_id": self.id,
                "carrier_notice_attachment_id": attachment.id,
                "sequence": max(order.order_line.mapped("sequence") or [10]) + 1,
            }
        )
        line = line.with_env(self.env)
        order.message_post(
            body=reader_env(self.env, order.company_id.partner_id)._(
                "Paid address change for %(picking)s billed from the carrier's notice.",
                picking=self.display_name,
            ),
            attachment_ids=attachment.ids,
        )
        return line
