# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from freezegun import freeze_time

from odoo.addons.sale_withdrawal.tests.common import SaleWithdrawalCommon


class ConsumerReturnCommon(SaleWithdrawalCommon):
    """Orders confirmed and invoiced on 20 April 2026, delivered on 4 May 2026; the
    bike has a 12-month commercial warranty."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.product_bike.commercial_warranty_months = 12
        cls.product_bike.commercial_warranty_exclusions = "Tyres and brake pads"

    @classmethod
    def _delivered(cls, **kw):
        kw.setdefault("invoice", True)
        return cls._delivered_order(at=datetime(2026, 5, 4, 9, 0), **kw)

    def _decide(
        self,
        order,
        ground,
        outcome,
        quantities=None,
        claim_date=date(2026, 6, 1),
        decided_at=datetime(2026, 6, 2, 9, 0),
        lots=None,
        reductions=None,
        claim=None,
        **values,
    ):
        """Decide a return with the wizard (from the order, or on ``claim``) at
        ``decided_at``; ``quantities`` maps order lines to returned quantities
        (default: all goods delivered)."""
        with freeze_time(decided_at):
            wizard = self._decide_wizard(
                order,
                ground,
                outcome,
                quantities,
                claim_date,
                lots,
                reductions,
                claim,
                **values,
            )
            wizard.action_summary()
            wizard.action_confirm()
        return wizard.return_id

    def _decide_wizard(
        self,
        order,
        ground,
        outcome,
        quantities=None,
        claim_date=date(2026, 6, 1),
        lots=None,
        reductions=None,
        claim=None,
        **values,
    ):
        vals = {"ground": ground, "outcome": outcome, **values}
        if claim:
            vals["return_id"] = claim.id
        else:
            vals.update({"order_id": order.id, "claim_date": claim_date})
        wizard = order.env["sale.consumer.return.decide"].create(vals)
        for line in wizard.line_ids:
            sale_line = line.sale_line_id
            if not claim:
                line.quantity = (
                    quantities.get(sale_line, 0.0)
                    if quantities is not None
                    else sale_line.qty_delivered
                )
            if lots and sale_line in lots:
                line.lot_ids = lots[sale_line]
            if reductions and sale_line in reductions:
                line.reduction_amount = reductions[sale_line]
        return wizard

    @classmethod
    def _validate(cls, picking, at=datetime(2026, 6, 5, 9, 0)):
        with freeze_time(at):
            for move in picking.move_ids:
                move.quantity = move.product_uom_qty
            picking.move_ids.picked = True
            picking._action_done()
        return picking
