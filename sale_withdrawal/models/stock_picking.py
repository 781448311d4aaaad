# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.consumer_law.tools import paris_date


class StockPicking(models.Model):
    _inherit = "stock.picking"

    # === FIELDS === #
    customer_receipt_date = fields.Date(
        string="Received by customer on",
        compute="_compute_customer_receipt_date",
        store=True,
        readonly=False,
        copy=False,
        tracking=True,
        help="Day the customer (or a third party he named, not the carrier) took "
        "possession of the goods. The withdrawal window opens the next day "
        "(C. consom. L221-18). Set by staff or a carrier import; defaults to the "
        "validation date only when the company's deliveries are received the same "
        "day.",
    )

    # === COMPUTE METHODS === #
    @api.depends("state", "date_done")
    def _compute_customer_receipt_date(self):
        for picking in self:
            if picking.customer_receipt_date or picking.state != "done":
                picking.customer_receipt_date = picking.customer_receipt_date
                continue
            policy = picking.company_id._get_consumer_policy()
            if picking.picking_type_code == "outgoing" and (
                policy.is_receipt_on_validation
            ):
                picking.customer_receipt_date = paris_date(picking.date_done)
            else:
                picking.customer_receipt_date = False

    # === CONSTRAINT METHODS === #
    @api.constrains("customer_receipt_date", "date_done")
    def _check_customer_receipt_date(self):
        for picking in self:
            if not picking.customer_receipt_date:
                continue
            if picking.state != "done":
                raise ValidationError(
                    self.env._(
                        "Received by customer on: %(picking)s is not validated yet; "
                        "the goods cannot have been received (C. consom. L221-18).",
                        picking=picking.display_name,
                    )
                )
            shipped_on = paris_date(picking.date_done)
            if picking.customer_receipt_date < shipped_on:
                raise ValidationError(
                    self.env._(
                        "Received by customer on: %(picking)s was received on "
                        "%(received)s, before it was shipped on %(shipped)s.",
                        picking=picking.display_name,
                        received=picking.customer_receipt_date,
                        shipped=shipped_on,
                    )
                )
