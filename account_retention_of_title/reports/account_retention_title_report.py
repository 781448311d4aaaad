# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.tools import SQL


class AccountRetentionTitleReport(models.Model):
    """Goods delivered under retention of title and not fully paid.

    One row per delivered move line (product, lot or serial number, quantity) of
    the orders whose title is still retained. The order's unpaid amount is shared
    between its rows in proportion to their value, so that sums by customer or
    product stay exact. A database view: its cost does not grow with the number of
    invoices read.
    """

    _name = "account.retention.title.report"
    _description = "Goods under Retention of Title"
    _auto = False
    _order = "partner_id, delivered_date desc, id"
    _depends = {
        "account.move": [
            "state",
            "move_type",
            "amount_total",
            "amount_residual",
            "invoice_date_due",
        ],
        "account.move.line": ["move_id", "sale_line_ids"],
        "res.partner": ["commercial_partner_id", "retention_claim_deadline"],
        "sale.order": [
            "company_id",
            "partner_id",
            "currency_id",
            "amount_total",
            "retention_of_title",
            "title_state",
        ],
        "sale.order.line": ["order_id", "price_total", "product_uom_qty"],
        "stock.move": ["sale_line_id"],
        "stock.move.line": [
            "move_id",
            "picking_id",
            "product_id",
            "lot_id",
            "quantity",
            "state",
        ],
        "stock.picking": ["picking_type_id", "date_done"],
    }

    # === FIELDS === #
    company_id = fields.Many2one(comodel_name="res.company", readonly=True)
    partner_id = fields.Many2one(
        comodel_name="res.partner", string="Customer", readonly=True
    )
    order_id = fields.Many2one(comodel_name="sale.order", readonly=True)
    picking_id = fields.Many2one(
        comodel_name="stock.picking", string="Delivery", readonly=True
    )
    product_id = fields.Many2one(comodel_name="product.product", readonly=True)
    lot_id = fields.Many2one(
        comodel_name="stock.lot", string="Lot/Serial number", readonly=True
    )
    quantity = fields.Float(digits="Product Unit of Measure", readonly=True)
    delivered_date = fields.Date(string="Delivered on", readonly=True)
    currency_id = fields.Many2one(comodel_name="res.currency", readonly=True)
    goods_value = fields.Monetary(string="Value of the goods", readonly=True)
    amount_unpaid = fields.Monetary(string="Unpaid", readonly=True)
    days_overdue = fields.Integer(string="Days overdue", readonly=True)
    claim_deadline = fields.Date(
        string="Claim goods before",
        readonly=True,
        help="Insolvent customer: last day to claim the goods (C. com. L624-9).",
    )

    # === BUSINESS METHODS === #
    @property
    def _table_query(self):
        return SQL(
            """
            WITH order_move AS (
                SELECT DISTINCT sol.order_id, move.id, move.move_type,
                       move.amount_total, move.amount_residual, move.invoice_date_due
                  FROM sale_order_line sol
                  JOIN sale_order_line_invoice_rel rel ON rel.order_line_id = sol.id
                  JOIN account_move_line aml ON aml.id = rel.invoice_line_id
                  JOIN account_move move ON move.id = aml.move_id
                 WHERE move.state = 'posted'
                   AND move.move_type IN ('out_invoice', 'out_refund')
            ), order_paid AS (
                SELECT order_id,
                       SUM(CASE WHEN move_type = 'out_invoice'
                                THEN amount_total - amount_residual
                                ELSE amount_total END) AS received,
                       MAX(CASE WHEN move_type = 'out_invoice'
                                 AND amount_residual > 0
                                THEN CURRENT_DATE - invoice_date_due END) AS overdue
                  FROM order_move
                 GROUP BY order_id
            ), delivered AS (
                SELECT sml.id, so.company_id,
                       partner.commercial_partner_id AS partner_id,
                       so.id AS order_id, picking.id AS picking_id, sml.product_id,
                       sml.lot_id, sml.quantity,
                       picking.date_done::date AS delivered_date,
                       so.currency_id,
                       CASE WHEN sol.product_uom_qty > 0
                            THEN sol.price_total * sml.quantity / sol.product_uom_qty
                            ELSE 0 END AS goods_value,
                       so.amount_total,
                       GREATEST(so.amount_total - COALESCE(paid.received, 0), 0)
                           AS order_unpaid,
                       GREATEST(COALESCE(paid.overdue, 0), 0) AS days_overdue,
                       commercial.retention_claim_deadline AS claim_deadline
                  FROM stock_move_line sml
                  JOIN stock_move move ON move.id = sml.move_id
                  JOIN sale_order_line sol ON sol.id = move.sale_line_id
                  JOIN sale_order so ON so.id = sol.order_id
                  JOIN stock_picking picking ON picking.id = sml.picking_id
                  JOIN stock_picking_type picking_type
                    ON picking_type.id = picking.picking_type_id
                  JOIN res_partner partner ON partner.id = so.partner_id
                  JOIN res_partner commercial
                    ON commercial.id = partner.commercial_partner_id
                  LEFT JOIN order_paid paid ON paid.order_id = so.id
                 WHERE so.retention_of_title
                   AND so.title_state = 'retained'
                   AND sml.state = 'done'
                   AND picking_type.code = 'outgoing'
            )
            SELECT id, company_id, partner_id, order_id, picking_id, product_id,
                   lot_id, quantity, delivered_date, currency_id, goods_value,
                   CASE WHEN amount_total > 0
                        THEN order_unpaid * goods_value / amount_total
                        ELSE 0 END AS amount_unpaid,
                   days_overdue, claim_deadline
              FROM delivered
             WHERE order_unpaid > 0
            """
        )
