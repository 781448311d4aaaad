# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Cancellation demo (sale_cancellation_fee): SmallMX orders cancelled at every
stage with its 50 € excl. tax fee, late-delivery terminations for SmallMX and
Minialuxe, Rallye's cheque orders (one cancelled on day 8) and SmallMX orders
paid in instalments. Dates are relative to the day the demo is loaded."""

from datetime import timedelta

from odoo import Command, api, fields, models

from odoo.addons.consumer_law.tools import paris_today

DEMO = "consumer_law_demo"


class SaleOrder(models.Model):
    _inherit = "sale.order"

    @api.model
    def _load_sale_cancellation_fee_demo(self):
        """Build the demo orders (called once by the demo data file)."""
        ref = self.env.ref
        smallmx = ref(f"{DEMO}.company_smallmx")
        minialuxe = ref(f"{DEMO}.company_minialuxe")
        rallye = ref(f"{DEMO}.company_rallye")
        moto = ref(f"{DEMO}.sw_demo_product_minimoto")
        helmet = ref(f"{DEMO}.sw_demo_product_helmet")
        shipping = ref(f"{DEMO}.sw_demo_product_shipping")
        customer = ref(f"{DEMO}.sw_demo_customer")
        smx = self.with_company(smallmx)
        # SmallMX: one cancellation at every stage
        confirmed = smx._demo_order(customer, [(moto, 1, 899.0)], shipping)
        confirmed._cancel_for_customer({})
        prepared = smx._demo_order(customer, [(helmet, 2, 79.0)], shipping)
        prepared._demo_prepare()
        prepared._cancel_for_customer({})
        shipped = smx._demo_order(customer, [(moto, 1, 899.0)], shipping)
        shipped._demo_prepare(validate=True)
        shipped._cancel_for_customer({"return_cost": 42.5})
        refused = smx._demo_order(customer, [(helmet, 1, 79.0)], shipping)
        refused._demo_prepare(validate=True)
        refused._cancel_for_customer(
            {"stage": "refused_at_delivery", "return_cost": 35.0}
        )
        withdrawn = smx._demo_order(customer, [(helmet, 1, 79.0)], shipping)
        withdrawn._cancel_for_customer({"reason": "withdrawal"})
        # SmallMX: terminated after a formal notice and an extra period left unmet
        today = paris_today()
        late = smx._demo_order(customer, [(moto, 1, 899.0)], shipping, days_ago=45)
        late._cancel_for_customer(
            {
                "reason": "termination_for_late_delivery",
                "termination_mode": "after_notice",
                "notice_date": today - timedelta(days=12),
                "extra_period_end": today - timedelta(days=3),
                "customer_return_cost": 0.0,
            }
        )
        # SmallMX: a late order not terminated yet (shows in "Late deliveries")
        smx._demo_order(customer, [(helmet, 1, 79.0)], shipping, days_ago=35)
        # Minialuxe: the date was essential, terminated at once
        mnx = self.with_company(minialuxe)
        model = ref(f"{DEMO}.sale_cgv_product_minialuxe")
        collector = ref(f"{DEMO}.sale_cgv_customer_minialuxe")
        essential = mnx._demo_order(collector, [(model, 1, 145.0)], None, days_ago=33)
        essential._cancel_for_customer(
            {
                "reason": "termination_for_late_delivery",
                "termination_mode": "essential_date",
            }
        )
        # Rallye: cheque orders held 7 days (one cancelled on day 8)
        rly = self.with_company(rallye)
        scale_model = ref(f"{DEMO}.sale_cgv_product_rallye")
        rallye_customer = ref(f"{DEMO}.sale_cgv_customer_rallye")
        waiting = rly._demo_cheque_quotation(rallye_customer, scale_model, 3)
        received = rly._demo_cheque_quotation(rallye_customer, scale_model, 5)
        received.cheque_received_date = today - timedelta(days=1)
        unpaid = rly._demo_cheque_quotation(rallye_customer, scale_model, 10)
        unpaid._cancel_for_missing_cheque()
        # SmallMX: instalments (Alma 3x quotation, Pledg 4x confirmed order)
        alma = ref(f"{DEMO}.scf_demo_offer_alma_3x")
        pledg = ref(f"{DEMO}.scf_demo_offer_pledg_4x")
        smx._demo_order(
            customer, [(moto, 1, 899.0)], shipping, confirm=False, offer=alma
        )
        smx._demo_order(
            customer, [(moto, 1, 899.0), (helmet, 1, 79.0)], shipping, offer=pledg
        )
        return waiting | received | unpaid

    def _demo_order(
        self, partner, lines, shipping, days_ago=0, confirm=True, offer=None
    ):
        commands = [
            Command.create(
                {"product_id": product.id, "product_uom_qty": qty, "price_unit": price}
            )
            for product, qty, price in lines
        ]
        if shipping:
            commands.append(
                Command.create(
                    {
                        "product_id": shipping.id,
                        "product_uom_qty": 1,
                        "price_unit": 49.0,
                        "is_delivery": True,
                    }
                )
            )
        order = self.create(
            {
                "company_id": self.env.company.id,
                "partner_id": partner.id,
                "order_line": commands,
                "installment_offer_id": offer.id if offer else False,
            }
        )
        if confirm:
            order._demo_confirm_accepted()
            if days_ago:
                order.date_order = fields.Datetime.now() - timedelta(days=days_ago)
        return order

    def _demo_prepare(self, validate=False):
        pickings = self.picking_ids
        pickings.action_assign()
        for move in pickings.move_ids:
            move.quantity = move.product_uom_qty
        pickings.move_ids.picked = True
        if validate:
            pickings.button_validate()

    def _demo_cheque_quotation(self, partner, product, days_ago):
        order = self.create(
            {
                "company_id": self.env.company.id,
                "partner_id": partner.id,
                "is_paid_by_cheque": True,
                "order_line": [
                    Command.create({"product_id": product.id, "product_uom_qty": 1})
                ],
            }
        )
        order.action_quotation_sent()
        order.date_order = fields.Datetime.now() - timedelta(days=days_ago)
        return order
