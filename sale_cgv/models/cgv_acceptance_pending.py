# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

from .cgv_acceptance import CHANNELS


class CgvAcceptancePending(models.Model):
    """An acceptance given before the order is confirmed: the customer ticked the
    box on the portal or the webshop, or staff stated how he accepted. At the
    confirmation it becomes a ``cgv.acceptance`` (evidence) and disappears.

    Only trusted code writes it (portal controllers, the staff assistant, demo
    data) through ``sale.order._set_cgv_pending_acceptance``; no user has access
    rights on it.
    """

    _name = "cgv.acceptance.pending"
    _description = "Pending Acceptance of the Terms of Sale"
    _order = "id desc"
    _check_company_auto = True

    # === FIELDS === #
    order_id = fields.Many2one(
        comodel_name="sale.order",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    company_id = fields.Many2one(related="order_id.company_id", store=True)
    version_id = fields.Many2one(
        comodel_name="cgv.version",
        string="Terms of sale version",
        required=True,
        ondelete="cascade",
        check_company=True,
    )
    accepted_at = fields.Datetime(string="Accepted on", required=True)
    channel = fields.Selection(selection=CHANNELS)
    ip_address = fields.Char(string="IP address")
    user_agent = fields.Char()
    user_id = fields.Many2one(comodel_name="res.users", string="Recorded by")
    attachment_id = fields.Many2one(comodel_name="ir.attachment", string="Evidence")
    note = fields.Text()

    _sql_constraints = [
        (
            "order_uniq",
            "unique(order_id)",
            "An order has one pending acceptance of the terms of sale at most.",
        ),
    ]
