# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The refund obligation's accounting: its credit notes and their payment."""

from odoo import Command, models
from odoo.exceptions import UserError
from odoo.tools import float_round

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.tools import paris_today


class SaleConsumerRefund(models.Model):
    _inherit = "sale.consumer.refund"

    def _prepare_credit_note_vals(self):
        """Values of a credit note of the order, linked to the obligation."""
        self.ensure_one()
        order = self.order_id.with_company(self.company_id)
        vals = order._prepare_invoice()
        vals.update(
            {
                "move_type": "out_refund",
                "ref": self._get_customer_env()._(
                    "Refund %(refund)s", refund=self.name
                ),
                "consumer_refund_id": self.id,
                "invoice_line_ids": [],
            }
        )
        return vals

    def _prepare_credit_note_line_vals(self):
        """Goods at their sold price and taxes, the delivery share, fees and the
        depreciation deducted, surcharges added and not yet credited. The delivery
        share and the depreciation go on the first credit note only."""
        self.ensure_one()
        lines = self.line_ids.filtered(lambda line: not line.move_id)
        first = not self.credit_note_id
        vals_list = [
            line.sale_line_id._prepare_invoice_line(quantity=line.quantity)
            for line in lines.filtered(lambda line: line.line_type == "goods")
        ]
        vals_list += [
            self._prepare_reduction_line_vals(line)
            for line in lines.filtered(lambda line: line.line_type == "reduction")
        ]
        if first:
            vals_list += self._prepare_delivery_share_line_vals()
        vals_list += [
            self._prepare_fee_line_vals(line)
            for line in lines.filtered(lambda line: line.line_type == "fee")
        ]
        if first and self.depreciation_amount:
            vals_list.append(
                {
                    "display_type": "product",
                    "name": self._get_customer_env()._(
                        "Depreciation deduction (C. consom. L221-23): %(reason)s",
                        reason=self.depreciation_reason,
                    ),
                    "quantity": 1.0,
                    "price_unit": -self.depreciation_amount,
                    "tax_ids": [Command.clear()],
                }
            )
        # the customer's own costs refunded (e.g. his return postage after a
        # termination for late delivery) are untaxed, like a surcharge
        vals_list += [
            self._prepare_surcharge_line_vals(line)
            for line in lines.filtered(
                lambda line: line.line_type in ("cost", "surcharge")
            )
        ]
        return vals_list

    def _prepare_delivery_share_line_vals(self):
        """The delivery share on the order's delivery line, at its taxes."""
        self.ensure_one()
        share = self.delivery_amount
        delivery_line = self.order_id._get_consumer_delivery_lines()[:1]
        if not share or not delivery_line or not delivery_line.price_total:
            return []
        excluded_tax = float_round(
            share * delivery_line.price_subtotal / delivery_line.price_total,
            precision_digits=self.env["decimal.precision"].precision_get(
                "Product Price"
            ),
        )
        return [
            delivery_line._prepare_invoice_line(
                quantity=1.0, price_unit=excluded_tax, discount=0.0
            )
        ]

    def _prepare_reduction_line_vals(self, line):
        """A price reduction: one unit of its order line at the amount granted,
        at the line's taxes (the amount given includes them)."""
        sale_line = line.sale_line_id
        excluded_tax = float_round(
            line.amount * sale_line.price_subtotal / sale_line.price_total,
            precision_digits=self.env["decimal.precision"].precision_get(
                "Product Price"
            ),
        )
        vals = sale_line._prepare_invoice_line(
            quantity=1.0, price_unit=excluded_tax, discount=0.0
        )
        vals["name"] = self._get_customer_env()._(
            "Price reduction: %(product)s", product=sale_line.name
        )
        return vals

    def _prepare_fee_line_vals(self, line):
        """A fee deducted: a negative line of the fee product with its taxes."""
        return {
            "display_type": "product",
            "product_id": line.product_id.id,
            "name": line.name or line.product_id.display_name,
            "quantity": line.quantity,
            "price_unit": -line.price_unit,
            "tax_ids": [Command.set(line.tax_ids.ids)],
        }

    def _prepare_surcharge_line_vals(self, line):
        """A statutory surcharge: untaxed (a legal increase, not a sale)."""
        return {
            "display_type": "product",
            "name": line.name,
            "quantity": 1.0,
            "price_unit": line.amount,
            "tax_ids": [Command.clear()],
        }

    def _create_credit_note(self):
        """Create the draft credit note of every line not yet credited.

        :return: the credit note (``account.move``)
        """
        self.ensure_one()
        pending = self.line_ids.filtered(lambda line: not line.move_id)
        vals = self._prepare_credit_note_vals()
        vals["invoice_line_ids"] = [
            Command.create(line_vals)
            for line_vals in self._prepare_credit_note_line_vals()
        ]
        # the credit note's link to its obligation is the flow's to give
        credit_note = (
            evidence_writer(self.env["account.move"])
            .with_company(self.company_id)
            .with_context(default_move_type="out_refund")
            .create(vals)
            .with_env(self.env)
        )
        evidence_writer(pending.sudo()).move_id = credit_note
        credit_note.message_post_with_source(
            "mail.message_origin_link",
            render_values={"self": credit_note, "origin": self},
            subtype_xmlid="mail.mt_note",
        )
        return credit_note

    def _get_posted_credit_note(self):
        """Return the obligation's main credit note, posted.

        :raise UserError: when no credit note was created yet
        """
        self.ensure_one()
        credit_note = self.credit_note_id
        if not credit_note:
            raise UserError(
                self.env._(
                    "Credit note: create the credit note of %(refund)s first.",
                    refund=self.name,
                )
            )
        if credit_note.state == "draft":
            credit_note.action_post()
        return credit_note

    def _register_refund_payment(self, payment_date=None, moves=None):
        """Post the credit note(s) and register their payment by the default method
        (imports from a payment provider, demo data, automated flows).

        :param moves: the credit notes to pay; default the main one
        :return: the payments created
        """
        self.ensure_one()
        moves = moves or self._get_posted_credit_note()
        moves.filtered(lambda move: move.state == "draft").action_post()
        wizard = (
            self.env["account.payment.register"]
            .with_company(self.company_id)
            .with_context(active_model="account.move", active_ids=moves.ids)
            .create({"payment_date": payment_date or paris_today()})
        )
        return wizard._create_payments()

    def _add_surcharge(self):
        """Add the surcharge owed today beyond what was added: a surcharge line on
        the draft credit note, else on a new credit note (paid like the first)."""
        self.ensure_one()
        amount = self.currency_id.round(
            self.surcharge_amount - self.surcharge_added_amount
        )
        line = (
            evidence_writer(self.env["sale.consumer.refund.line"])
            .sudo()
            .create(
                {
                    "refund_id": self.id,
                    "line_type": "surcharge",
                    "name": self._get_customer_env()._(
                        "Late refund surcharge, %(days)s days late (%(article)s)",
                        days=self.days_late,
                        article=self._get_surcharge_article(),
                    ),
                    "amount": amount,
                }
            )
        )
        credit_note = self.credit_note_id
        if credit_note.state == "draft":
            credit_note.write(
                {
                    "invoice_line_ids": [
                        Command.create(self._prepare_surcharge_line_vals(line))
                    ]
                }
            )
            line.move_id = credit_note
        else:
            credit_note = self._create_credit_note()
        self.message_post(
            body=self._get_company_env()._(
                "Late refund surcharge of %(amount)s added to the refund "
                "(%(days)s days late, %(article)s).",
                amount=amount,
                days=self.days_late,
                article=self._get_surcharge_article(),
            )
        )
        return credit_note
