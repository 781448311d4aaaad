# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.tools import paris_today

from ..models.sale_consumer_return import GROUNDS, OUTCOMES


class SaleConsumerReturnDecide(models.TransientModel):
    """Decide a return: the ground, the goods and the outcome, then a summary of
    what the law gives (reason, article, time limit) before validation."""

    _name = "sale.consumer.return.decide"
    _description = "Decide a Consumer Return"

    # === FIELDS === #
    step = fields.Selection(
        selection=[("input", "Claim"), ("summary", "Summary")],
        default="input",
        required=True,
    )
    return_id = fields.Many2one(
        comodel_name="sale.consumer.return", string="Claim", readonly=True
    )
    order_id = fields.Many2one(
        comodel_name="sale.order",
        compute="_compute_from_return",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
    )
    company_id = fields.Many2one(related="order_id.company_id")
    currency_id = fields.Many2one(related="order_id.currency_id")
    ground = fields.Selection(
        selection=GROUNDS,
        compute="_compute_from_return",
        store=True,
        readonly=False,
        precompute=True,
    )
    claim_date = fields.Date(
        # the web client opens the wizard with this default (the compute alone
        # left it empty there: "Invalid fields: Claim Date")
        default=lambda self: paris_today(),
        compute="_compute_from_return",
        store=True,
        readonly=False,
        precompute=True,
    )
    discovery_date = fields.Date(
        compute="_compute_from_return",
        store=True,
        readonly=False,
        precompute=True,
    )
    description = fields.Text(
        compute="_compute_from_return",
        store=True,
        readonly=False,
        precompute=True,
    )
    line_ids = fields.One2many(
        comodel_name="sale.consumer.return.decide.line",
        inverse_name="wizard_id",
        string="Goods",
        compute="_compute_line_ids",
        store=True,
        readonly=False,
        precompute=True,
    )
    outcome = fields.Selection(selection=OUTCOMES)
    customer_choice = fields.Selection(
        selection=[("repair", "Repair"), ("replacement", "Replacement")],
        string="Customer's choice",
    )
    remedy_failure_reason = fields.Text(string="Why repair and replacement fail")
    override_reason = fields.Text(string="Override justification")
    goods_condition = fields.Text(string="Condition of the returned goods")
    depreciation_amount = fields.Monetary(string="Depreciation deduction")
    depreciation_reason = fields.Text()
    withdrawal_request_id = fields.Many2one(
        comodel_name="sale.withdrawal.request",
        domain="[('order_id', '=', order_id), ('state', '!=', 'cancel')]",
        help="The customer's withdrawal request; empty: recorded with the return.",
    )
    is_in_time = fields.Boolean(string="In time", compute="_compute_summary")
    time_limit_date = fields.Date(string="Time limit", compute="_compute_summary")
    legal_article = fields.Char(string="Article", compute="_compute_summary")
    decision_reason = fields.Text(string="Reason", compute="_compute_summary")
    carrier_claim_deadline = fields.Date(compute="_compute_summary")
    is_carrier_claim_barred = fields.Boolean(compute="_compute_summary")
    needs_override = fields.Boolean(compute="_compute_summary")
    remedy_information = fields.Text(
        string="Customer information",
        compute="_compute_summary",
        help="Told to the customer with the decision when he chooses between "
        "repair and replacement: his right to choose and the extension a repair "
        "gives, with the new end date of the legal guarantee.",
    )

    # === COMPUTE METHODS === #
    @api.depends("return_id")
    def _compute_from_return(self):
        for wizard in self:
            claim = wizard.return_id
            if claim:
                wizard.update(wizard._get_claim_values(claim))
            else:
                wizard.claim_date = wizard.claim_date or paris_today()

    # === CRUD METHODS === #
    @api.model
    def default_get(self, fields_list):
        """The claim's order, ground and dates when the web client opens the
        wizard on a claim (its first onchange leaves the compute's values out:
        "Invalid fields: Order, Ground")."""
        values = super().default_get(fields_list)
        if values.get("return_id"):
            claim = self.env["sale.consumer.return"].browse(values["return_id"])
            claim_values = self._get_claim_values(claim)
            values.update(
                {
                    name: value.id if name == "order_id" else value
                    for name, value in claim_values.items()
                    if name in fields_list
                }
            )
        return values

    @api.depends("return_id", "order_id")
    def _compute_line_ids(self):
        for wizard in self:
            if wizard.return_id:
                wizard.line_ids = [Command.clear()] + [
                    Command.create(
                        {
                            "return_line_id": line.id,
                            "sale_line_id": line.sale_line_id.id,
                            "quantity": line.quantity,
                            "lot_ids": [Command.set(line.lot_ids.ids)],
                        }
                    )
                    for line in wizard.return_id.line_ids
                ]
            elif wizard.order_id:
                wizard.line_ids = [Command.clear()] + [
                    Command.create({"sale_line_id": line.id, "quantity": 0.0})
                    for line in wizard.order_id._get_consumer_goods_lines()
                    if line.qty_delivered > 0 or line.move_ids
                ]

    @api.depends(
        "ground",
        "claim_date",
        "discovery_date",
        "outcome",
        "line_ids.quantity",
        "line_ids.lot_ids",
        "line_ids.guarantee_ids",
    )
    def _compute_summary(self):
        for wizard in self:
            lines = wizard.line_ids.filtered(lambda line: line.quantity > 0)
            facts = {}
            if wizard.ground and wizard.claim_date and lines:
                try:
                    facts = self.env["sale.consumer.return"]._get_ground_facts(
                        wizard.order_id,
                        wizard.ground,
                        lines,
                        wizard.claim_date,
                        wizard.discovery_date,
                    )
                except UserError as error:
                    facts = {"reason": error.args[0], "in_time": False}
            wizard.is_in_time = facts.get("in_time", False)
            wizard.time_limit_date = facts.get("limit") or False
            wizard.legal_article = facts.get("article") or False
            wizard.decision_reason = facts.get("reason") or False
            wizard.carrier_claim_deadline = facts.get("carrier_deadline") or False
            wizard.is_carrier_claim_barred = facts.get("carrier_barred", False)
            wizard.remedy_information = (
                self.env["sale.consumer.return"]._get_remedy_information(
                    wizard.ground, wizard.outcome, lines.guarantee_ids
                )
                or False
            )
            wizard.needs_override = bool(
                wizard.outcome
                and facts
                and (wizard.outcome != "refused") != facts.get("in_time")
            )

    # === ACTION METHODS === #
    def action_summary(self):
        """Go to the summary step: the reason, article and time limit."""
        self.ensure_one()
        if not self.ground or not self.outcome:
            raise UserError(self.env._("Ground and outcome: choose both."))
        if not self.line_ids.filtered(lambda line: line.quantity > 0):
            raise UserError(self.env._("Goods: choose at least one returned product."))
        self.step = "summary"
        return self._reopen()

    def action_back(self):
        self.ensure_one()
        self.step = "input"
        return self._reopen()

    def action_confirm(self):
        """Record the return (when staff record it) and decide it; a second
        validation of the same wizard creates nothing more."""
        self.ensure_one()
        # a refused decision leaves nothing behind, whatever the caller does
        with self.env.cr.savepoint():
            claim = self.return_id
            if not claim:
                claim = self._create_return()
            elif claim.state == "claimed":
                self._update_return()
            claim._decide(self._prepare_decision_values())
        return claim.get_formview_action()

    # === BUSINESS METHODS === #
    @api.model
    def _get_claim_values(self, claim):
        """What the wizard takes from the customer's claim."""
        return {
            "order_id": claim.order_id,
            "ground": claim.ground,
            "claim_date": claim.claim_date,
            "discovery_date": claim.discovery_date,
            "description": claim.description,
        }

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
            "name": self.env._("Decide a return"),
        }

    def _prepare_decision_values(self):
        self.ensure_one()
        return {
            "ground": self.ground,
            "outcome": self.outcome,
            "customer_choice": self.customer_choice,
            "remedy_failure_reason": self.remedy_failure_reason,
            "override_reason": self.override_reason,
            "goods_condition": self.goods_condition,
            "depreciation_amount": self.depreciation_amount,
            "depreciation_reason": self.depreciation_reason,
            "withdrawal_request_id": self.withdrawal_request_id,
        }

    def _create_return(self):
        """The return staff record (the customer's claim, on their side)."""
        self.ensure_one()
        lines = self.line_ids.filtered(lambda line: line.quantity > 0)
        claim = evidence_writer(self.env["sale.consumer.return"]).create(
            {
                "order_id": self.order_id.id,
                "ground": self.ground,
                "channel": "staff",
                "claim_date": self.claim_date,
                "discovery_date": self.discovery_date,
                "description": self.description,
                "line_ids": [
                    Command.create(line._prepare_return_line_vals()) for line in lines
                ],
            }
        )
        self.return_id = claim
        return claim.with_env(self.env)

    def _update_return(self):
        """Staff complete the customer's claim: ground, discovery date, serial
        numbers and price reductions (the goods and quantities claimed stay)."""
        self.ensure_one()
        claim = evidence_writer(self.return_id)
        claim.write({"ground": self.ground, "discovery_date": self.discovery_date})
        for line in self.line_ids.filtered("return_line_id"):
            evidence_writer(line.return_line_id).write(
                {
                    "lot_ids": [Command.set(line.lot_ids.ids)],
                    "reduction_amount": line.reduction_amount,
                }
            )


class SaleConsumerReturnDecideLine(models.TransientModel):
    _name = "sale.consumer.return.decide.line"
    _description = "Decide a Consumer Return: goods"

    # === FIELDS === #
    wizard_id = fields.Many2one(
        comodel_name="sale.consumer.return.decide", required=True, ondelete="cascade"
    )
    currency_id = fields.Many2one(related="wizard_id.currency_id")
    return_line_id = fields.Many2one(comodel_name="sale.consumer.return.line")
    sale_line_id = fields.Many2one(
        comodel_name="sale.order.line", string="Order line", required=True
    )
    product_id = fields.Many2one(related="sale_line_id.product_id")
    tracking = fields.Selection(related="sale_line_id.product_id.tracking")
    quantity = fields.Float(digits="Product Unit of Measure")
    lot_ids = fields.Many2many(
        comodel_name="stock.lot",
        string="Lots/Serials",
        domain="[('product_id', '=', product_id)]",
    )
    reduction_amount = fields.Monetary(string="Price reduction")
    guarantee_ids = fields.Many2many(
        comodel_name="sale.consumer.guarantee", compute="_compute_guarantee_ids"
    )
    delivered_on = fields.Date(compute="_compute_guarantee_ids")

    # === COMPUTE METHODS === #
    @api.depends("sale_line_id", "lot_ids")
    def _compute_guarantee_ids(self):
        units = self.env["sale.consumer.guarantee"].search(
            [("sale_line_id", "in", self.sale_line_id.ids)]
        )
        for line in self:
            line_units = units.filtered(
                lambda unit, line=line: unit.sale_line_id == line.sale_line_id
            )
            if line.lot_ids:
                line_units = line_units.filtered(
                    lambda unit, line=line: unit.lot_id in line.lot_ids
                )
            line.guarantee_ids = line_units
            dates = [day for day in line_units.mapped("delivered_on") if day]
            line.delivered_on = max(dates) if dates else False

    # === BUSINESS METHODS === #
    def _prepare_return_line_vals(self):
        self.ensure_one()
        return {
            "sale_line_id": self.sale_line_id.id,
            "quantity": self.quantity,
            "lot_ids": [Command.set(self.lot_ids.ids)],
            "reduction_amount": self.reduction_amount,
        }


class SaleConsumerReturnRepaired(models.TransientModel):
    """Record the day repaired goods were given back to the customer."""

    _name = "sale.consumer.return.repaired"
    _description = "Repaired Goods Given Back"

    # === FIELDS === #
    return_id = fields.Many2one(
        comodel_name="sale.consumer.return", required=True, readonly=True
    )
    returned_on = fields.Date(
        string="Given back on", required=True, default=lambda self: paris_today()
    )

    # === ACTION METHODS === #
    def action_confirm(self):
        self.ensure_one()
        self.return_id._record_repair_done(self.returned_on)
        return {"type": "ir.actions.act_window_close"}
