# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from decimal import Decimal

from odoo import api, fields, models

from odoo.addons.consumer_law.tools import rule_errors

import consumer_law_rules as rules


class DeliveryCarrier(models.Model):
    _inherit = "delivery.carrier"

    # === FIELDS === #
    is_by_appointment = fields.Boolean(
        string="Delivers by appointment",
        help="The carrier proposes delivery slots and the customer books one; a "
        "date agreed after the last proposed slot costs a daily storage fee.",
    )
    storage_fee_rate = fields.Monetary(
        string="Storage fee per day",
        currency_field="storage_fee_currency_id",
        compute="_compute_storage_fee_rate",
        store=True,
        readonly=False,
        help="Charged per calendar day after the last proposed slot, as the unit "
        "price of the storage line (VAT added when the fees bear VAT). Defaults to "
        "the company policy's rate.",
    )
    storage_fee_currency_id = fields.Many2one(
        comodel_name="res.currency",
        compute="_compute_storage_fee_currency_id",
    )
    is_fee_taxed = fields.Boolean(
        string="Fees bear VAT",
        default=True,
        help="The storage and address-change fees billed for this carrier bear "
        "the company's default sales tax (accessory costs of the delivery).",
    )

    # === COMPUTE METHODS === #
    @api.depends("is_by_appointment", "company_id")
    def _compute_storage_fee_rate(self):
        for carrier in self:
            if carrier.storage_fee_rate or not carrier.is_by_appointment:
                carrier.storage_fee_rate = carrier.storage_fee_rate
                continue
            company = carrier.company_id or self.env.company
            carrier.storage_fee_rate = company._get_consumer_policy().storage_fee_rate

    @api.depends("company_id")
    def _compute_storage_fee_currency_id(self):
        for carrier in self:
            carrier.storage_fee_currency_id = (
                carrier.company_id or self.env.company
            ).currency_id

    # === CONSTRAINT METHODS === #
    @api.constrains("storage_fee_rate")
    def _check_storage_fee_rate(self):
        for carrier in self:
            with rule_errors(self.env, self._name):
                rules.check_floor(
                    "storage_fee_rate", Decimal(str(carrier.storage_fee_rate))
                )
