# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from decimal import Decimal

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.consumer_law.tools import rule_errors

import consumer_law_rules as rules


class SaleInstallmentOffer(models.Model):
    """A payment offer in instalments (e.g. Alma 3x, Pledg 10x): its fee rate on
    the order total and the order amounts it accepts.

    Rates are data, not constants: the financing companies change them and BNPL
    credit falls under Dir. 2023/2225 from 20 November 2026.
    """

    _name = "sale.installment.offer"
    _description = "Instalment Payment Offer"
    _inherit = ["mail.thread"]
    _order = "company_id, sequence, installment_count, id"
    _check_company_auto = True

    # === FIELDS === #
    name = fields.Char(required=True, translate=True, tracking=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True, tracking=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    provider = fields.Char(
        string="Financing company",
        required=True,
        tracking=True,
        help="Who finances the instalments (e.g. Alma, Pledg, Younited).",
    )
    installment_count = fields.Integer(
        string="Instalments", required=True, default=3, tracking=True
    )
    rate_percent = fields.Float(
        string="Fee rate (%)",
        digits=(5, 2),
        required=True,
        tracking=True,
        help="Fee charged to the customer, as a percentage of the order total "
        "(tax included), rounded half-up to the cent.",
    )
    min_amount = fields.Monetary(
        string="Minimum order",
        tracking=True,
        help="Smallest order total accepted, included. 0: no minimum.",
    )
    max_amount = fields.Monetary(
        string="Maximum order",
        tracking=True,
        help="Largest order total accepted, included. 0: no maximum.",
    )
    product_id = fields.Many2one(
        comodel_name="product.product",
        string="Fee product",
        required=True,
        check_company=True,
        default=lambda self: self.env.ref(
            "sale_cancellation_fee.product_installment_fee", raise_if_not_found=False
        ),
        help="Product of the fee line added to the order, shown on the quotation, "
        "the portal and the invoice as a separate line.",
    )
    is_credit = fields.Boolean(
        string="Consumer credit",
        tracking=True,
        help="The financing is a credit contract of its own: the customer may "
        "withdraw from it within 14 days (C. consom. L312-19), separately from "
        "the sale.",
    )
    financing_withdrawal_note = fields.Text(
        string="Financing withdrawal right",
        translate=True,
        help="Shown to the customer on the quotation, the portal and the order "
        "confirmation when the order is financed by this offer.",
    )

    _sql_constraints = [
        (
            "installment_count_positive",
            "CHECK(installment_count > 1)",
            "An instalment offer has at least two instalments.",
        ),
    ]

    # === CONSTRAINT METHODS === #
    @api.constrains("rate_percent", "min_amount", "max_amount")
    def _check_bounds(self):
        for offer in self:
            if offer.rate_percent < 0 or offer.min_amount < 0 or offer.max_amount < 0:
                raise ValidationError(
                    self.env._(
                        "%(offer)s: the fee rate and the order bounds cannot be "
                        "negative.",
                        offer=offer.display_name,
                    )
                )
            with rule_errors(self.env, self._name):
                offer._get_fee(Decimal(0))

    # === BUSINESS METHODS === #
    def _get_installment_amounts(self, total):
        """Return the amount of each instalment of ``total`` (fee included),
        as floats, the first one taking the cents left over."""
        self.ensure_one()
        return [
            float(amount)
            for amount in rules.installment_amounts(
                Decimal(str(total)), self.installment_count
            )
        ]

    def _get_fee(self, amount):
        """Return the fee on ``amount`` (Decimal), or None outside the offer."""
        self.ensure_one()
        return rules.installment_fee(
            Decimal(str(amount)),
            rate_percent=Decimal(str(self.rate_percent)),
            min_amount=Decimal(str(self.min_amount)) if self.min_amount else None,
            max_amount=Decimal(str(self.max_amount)) if self.max_amount else None,
        )
