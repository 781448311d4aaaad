# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.consumer_law.evidence import evidence_writer, is_evidence_write
from odoo.addons.consumer_law.tools import paris_date, paris_today, rule_errors

import consumer_law_rules as rules

GROUNDS = [
    ("withdrawal", "Withdrawal"),
    ("conformity", "Legal guarantee of conformity"),
    ("hidden_defect", "Hidden defect"),
    ("transport_damage", "Transport damage or missing item"),
    ("wrong_item", "Wrong item delivered"),
    ("commercial_warranty", "Commercial warranty"),
]
OUTCOMES = [
    ("refund", "Refund"),
    ("replacement", "Replacement"),
    ("repair", "Repair"),
    ("price_reduction", "Price reduction"),
    ("refused", "Refused"),
]
STAFF_GROUP = "consumer_law.consumer_law_group_user"
# The customer's claim: frozen once recorded.
CLAIM_FIELDS = frozenset(
    {
        "name",
        "order_id",
        "partner_id",
        "company_id",
        "ground",
        "channel",
        "claim_date",
        "description",
        "submission_key",
    }
)
# The decision: written once by the decision flow (and the repair follow-up).
DECISION_FIELDS = frozenset(
    {
        "state",
        "outcome",
        "decision_date",
        "decided_by_id",
        "is_in_time",
        "time_limit_date",
        "legal_article",
        "decision_reason",
        "override_reason",
        "return_picking_id",
        "return_picking_ids",
        "replacement_line_ids",
        "refund_id",
        "withdrawal_request_id",
        "carrier_claim_deadline",
        "is_carrier_claim_barred",
        "repaired_on",
        "customer_choice",
        "remedy_failure_reason",
        "discovery_date",
    }
)


class SaleConsumerReturn(models.Model):
    """A customer's return or claim on one legal ground, and its decision.

    Customers report a problem on the portal (a claim to decide); staff decide it,
    or record a return themselves, with the decision wizard, which explains which
    legal ground applies, whether it is in time and under which article. The
    decision creates the real documents: the return picking, the refund
    obligation of the refund engine, the replacement delivery or the repair.
    """

    _name = "sale.consumer.return"
    _description = "Consumer Return"
    _inherit = [
        "consumer.law.customer.act.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "portal.mixin",
    ]
    _customer_act_fields = {
        "channel": "channel",
        "received_at": "claim_date",
        "words": "description",
        "submission_key": "submission_key",
    }
    _customer_act_content_fields = ("ground",)
    _order = "claim_date desc, id desc"
    _check_company_auto = True

    # === FIELDS === #
    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    order_id = fields.Many2one(
        comodel_name="sale.order",
        required=True,
        readonly=True,
        index=True,
        check_company=True,
        ondelete="restrict",
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Customer",
        required=True,
        readonly=True,
        index=True,
    )
    commercial_partner_id = fields.Many2one(
        related="partner_id.commercial_partner_id", store=True, index=True
    )
    company_id = fields.Many2one(
        comodel_name="res.company", required=True, readonly=True, index=True
    )
    currency_id = fields.Many2one(related="order_id.currency_id")
    user_id = fields.Many2one(
        related="order_id.user_id", string="Salesperson", store=True
    )
    ground = fields.Selection(
        selection=GROUNDS, required=True, index=True, tracking=True
    )
    channel = fields.Selection(
        selection=[("portal", "Portal claim"), ("staff", "Recorded by staff")],
        required=True,
        default="staff",
        readonly=True,
    )
    claim_date = fields.Date(
        required=True,
        index=True,
        tracking=True,
        default=lambda self: paris_today(),
        help="The day the customer made the claim (or sent the withdrawal): the "
        "time limits are checked on this day.",
    )
    discovery_date = fields.Date(
        help="Hidden defect: the day the customer discovered it; the action lasts "
        "2 years from it (C. civ. 1648)."
    )
    description = fields.Text(string="Problem described")
    line_ids = fields.One2many(
        comodel_name="sale.consumer.return.line",
        inverse_name="return_id",
        string="Goods",
        readonly=True,
    )
    state = fields.Selection(
        selection=[
            ("claimed", "To decide"),
            ("decided", "Decided"),
            ("refused", "Refused"),
        ],
        required=True,
        default="claimed",
        readonly=True,
        index=True,
        tracking=True,
    )
    outcome = fields.Selection(
        selection=OUTCOMES, readonly=True, index=True, tracking=True
    )
    customer_choice = fields.Selection(
        selection=[("repair", "Repair"), ("replacement", "Replacement")],
        readonly=True,
        help="Legal guarantee: the remedy the customer chose (C. consom. L217-9).",
    )
    remedy_failure_reason = fields.Text(
        readonly=True,
        help="Legal guarantee: why repair and replacement are impossible, failed "
        "or take over 30 days, which opens a price reduction or a refund "
        "(C. consom. L217-14).",
    )
    decision_date = fields.Date(readonly=True, index=True, tracking=True)
    decided_by_id = fields.Many2one(
        comodel_name="res.users",
        string="Decided by",
        readonly=True,
        groups=STAFF_GROUP,
    )
    is_in_time = fields.Boolean(
        string="In time",
        readonly=True,
        help="The claim was made within the time limit of its ground.",
    )
    time_limit_date = fields.Date(
        string="Time limit",
        readonly=True,
        help="Last day of the customer's right on this ground.",
    )
    legal_article = fields.Char(string="Article", readonly=True)
    decision_reason = fields.Text(string="Reason", readonly=True)
    override_reason = fields.Text(
        string="Override justification",
        readonly=True,
        groups=STAFF_GROUP,
        help="Why the decision differs from what the law and the time limits "
        "give; written by a consumer-law manager.",
    )
    return_picking_id = fields.Many2one(
        comodel_name="stock.picking",
        string="Return picking",
        readonly=True,
        index="btree_not_null",
        check_company=True,
    )
    return_picking_ids = fields.Many2many(
        comodel_name="stock.picking",
        relation="sale_consumer_return_picking_rel",
        string="Return pickings",
        readonly=True,
    )
    return_picking_count = fields.Integer(compute="_compute_return_picking_count")
    replacement_line_ids = fields.Many2many(
        comodel_name="sale.order.line",
        relation="sale_consumer_return_replacement_rel",
        string="Replacement lines",
        readonly=True,
    )
    replacement_picking_ids = fields.Many2many(
        comodel_name="stock.picking",
        string="Replacement deliveries",
        compute="_compute_replacement_picking_ids",
    )
    refund_id = fields.Many2one(
        comodel_name="sale.consumer.refund",
        string="Refund obligation",
        readonly=True,
        index="btree_not_null",
        check_company=True,
    )
    refund_amount = fields.Monetary(related="refund_id.amount")
    refund_due_date = fields.Date(related="refund_id.due_date")
    credit_note_id = fields.Many2one(related="refund_id.credit_note_id")
    withdrawal_request_id = fields.Many2one(
        comodel_name="sale.withdrawal.request",
        string="Withdrawal request",
        readonly=True,
        index="btree_not_null",
        check_company=True,
    )
    carrier_claim_deadline = fields.Date(
        readonly=True,
        help="Transport damage: last day for the merchant to notify reasoned "
        "reserves to the carrier (C. com. L133-3). It never limits the customer's "
        "rights against the merchant (C. consom. L216-4, L221-15).",
    )
    is_carrier_claim_barred = fields.Boolean(
        string="Carrier claim time-barred",
        readonly=True,
        help="The claim came after the carrier reserve window: the merchant can no "
        "longer claim against the carrier; the customer is still owed the remedy.",
    )
    carrier_claim_date = fields.Date(
        string="Reserves sent to the carrier on",
        tracking=True,
        help="When the merchant notified its reserves to the carrier.",
    )
    goods_condition = fields.Text(
        string="Condition of the returned goods",
        tracking=True,
        groups=STAFF_GROUP,
        help="Recorded when the goods come back (e.g. crate opened).",
    )
    repaired_on = fields.Date(
        string="Given back after repair on",
        readonly=True,
        help="The day the repaired good was given back to the customer: ends the "
        "immobilisation (C. consom. L217-28).",
    )
    remedy_due_date = fields.Date(
        string="Remedy due by",
        compute="_compute_remedy_due_date",
        store=True,
        index="btree_not_null",
        help="Legal guarantee: last day to repair or replace, 30 days after the "
        "customer's request (C. consom. L217-10); past it, the customer may claim "
        "a price reduction or the cancellation (L217-14).",
    )
    remedy_done_date = fields.Date(
        string="Remedy done on",
        compute="_compute_remedy_done_date",
        store=True,
        help="The repaired good given back, or the last replacement delivery done.",
    )
    is_remedy_overdue = fields.Boolean(
        string="Remedy overdue",
        compute="_compute_is_remedy_overdue",
        search="_search_is_remedy_overdue",
        help="The repair or replacement is not done and its 30 days are over "
        "(judged today, Paris time).",
    )
    submission_key = fields.Char(copy=False, readonly=True)

    _sql_constraints = [
        (
            "submission_key_uniq",
            "unique(order_id, submission_key)",
            "This claim form was already submitted.",
        ),
    ]

    # === COMPUTE METHODS === #
    @api.depends("return_picking_ids")
    def _compute_return_picking_count(self):
        for claim in self:
            claim.return_picking_count = len(claim.return_picking_ids)

    # Only on the claim's own lines: a dependency on the lines' moves made every
    # order line and stock move written anywhere search the claims (10 queries
    # per order in benchmarks/flow.py); the form reads it fresh.
    @api.depends("replacement_line_ids")
    def _compute_replacement_picking_ids(self):
        for claim in self:
            claim.replacement_picking_ids = (
                claim.replacement_line_ids.move_ids.picking_id
            )

    @api.depends("ground", "outcome", "claim_date")
    def _compute_remedy_due_date(self):
        for claim in self:
            if claim.ground == "conformity" and claim.outcome in (
                "repair",
                "replacement",
            ):
                with rule_errors(self.env, self._name):
                    claim.remedy_due_date = rules.conformity_remedy_deadline(
                        claim.claim_date
                    )
            else:
                claim.remedy_due_date = False

    # The replacement deliveries' state and date are not declared: through every
    # order line's moves they made each delivery search the claims (benchmarks/
    # flow.py); stock.picking recomputes it when a replacement delivery is done
    # or cancelled (_recompute_remedy_done_dates).
    @api.depends("outcome", "repaired_on", "replacement_line_ids")
    def _compute_remedy_done_date(self):
        for claim in self:
            if claim.outcome == "repair":
                claim.remedy_done_date = claim.repaired_on
                continue
            pickings = claim.replacement_line_ids.move_ids.picking_id.filtered(
                lambda picking: picking.state != "cancel"
            )
            done = pickings and all(picking.state == "done" for picking in pickings)
            # the day in Paris: a replacement delivered at 00:30 in Paris on the
            # day after the time limit is late, though it is still the day before
            # in UTC
            claim.remedy_done_date = (
                paris_date(max(pickings.mapped("date_done"))) if done else False
            )

    @api.depends("remedy_due_date", "remedy_done_date")
    def _compute_is_remedy_overdue(self):
        today = paris_today()
        for claim in self:
            claim.is_remedy_overdue = bool(
                claim.remedy_due_date
                and not claim.remedy_done_date
                and claim.remedy_due_date < today
            )

    def _search_is_remedy_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(
                self.env._("Remedy overdue: search it with = True or = False.")
            )
        overdue = [
            ("remedy_due_date", "<", paris_today()),
            ("remedy_done_date", "=", False),
        ]
        if (operator == "=") == value:
            return overdue
        return ["!", "&", *overdue]

    def _compute_access_url(self):
        super()._compute_access_url()
        for claim in self:
            claim.access_url = f"/my/orders/{claim.order_id.id}/problem/{claim.id}"

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        orders = self.env["sale.order"].browse(
            [vals["order_id"] for vals in vals_list if vals.get("order_id")]
        )
        orders.check_access("read")
        trusted = is_evidence_write(self.env)
        if not trusted:
            for vals in vals_list:
                if set(vals) & (DECISION_FIELDS - {"discovery_date"}):
                    raise UserError(
                        self.env._(
                            "Decision: a return is decided with the decision "
                            "wizard only."
                        )
                    )
            self._check_not_portal_channel(vals_list)
            self._check_evidence_create(vals_list)
        for vals in vals_list:
            order = self.env["sale.order"].browse(vals.get("order_id"))
            vals.setdefault("partner_id", order.partner_id.id)
            vals.setdefault("company_id", order.company_id.id)
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"]
                    .with_company(vals["company_id"])
                    .next_by_code("sale.consumer.return")
                    or "/"
                )
        claims = super(SaleConsumerReturn, evidence_writer(self)).create(vals_list)
        return claims.with_env(self.env)

    def write(self, vals):
        if not is_evidence_write(self.env):
            decision = DECISION_FIELDS & set(vals)
            if decision:
                raise UserError(
                    self.env._(
                        "%(fields)s: written by the decision wizard only.",
                        fields=", ".join(
                            self._fields[name]._description_string(self.env)
                            for name in sorted(decision)
                        ),
                    )
                )
            claim = CLAIM_FIELDS & set(vals)
            if claim and self.filtered(lambda ret: ret.state != "claimed"):
                raise UserError(
                    self.env._(
                        "%(fields)s: the claim of a decided return cannot be changed.",
                        fields=", ".join(
                            self._fields[name]._description_string(self.env)
                            for name in sorted(claim)
                        ),
                    )
                )
        return super().write(vals)

    # === EVIDENCE === #
    @api.model
    def _get_evidence_allowed_fields(self):
        """What staff record beside the claim and the decision: the reserves sent
        to the carrier, the goods' condition, the discovery date of a hidden
        defect still to decide."""
        return {
            "carrier_claim_date": (None, STAFF_GROUP),
            "goods_condition": (None, STAFF_GROUP),
            "discovery_date": (("claimed",), STAFF_GROUP),
        }

    @api.model
    def _get_evidence_create_fields(self):
        """The claim as staff record it (the decision wizard and the portal
        record theirs through the evidence writer)."""
        return dict.fromkeys(
            (
                "order_id",
                "partner_id",
                "company_id",
                "ground",
                "channel",
                "claim_date",
                "discovery_date",
                "description",
                "carrier_claim_date",
                "goods_condition",
            ),
            STAFF_GROUP,
        )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_decided(self):
        if self.filtered(lambda ret: ret.state != "claimed" or ret.channel == "portal"):
            raise UserError(
                self.env._(
                    "Returns: a decided return or a customer's claim is evidence and "
                    "cannot be deleted; decide it (refused, with its reason)."
                )
            )

    # === ACTION METHODS === #
    def action_open_decision(self):
        """Open the decision wizard on this claim."""
        self.ensure_one()
        if self.state != "claimed":
            raise UserError(
                self.env._("Decision: %(name)s is already decided.", name=self.name)
            )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_consumer_return.sale_consumer_return_decide_action"
        )
        action["context"] = {"default_return_id": self.id}
        return action

    def action_view_refund(self):
        self.ensure_one()
        return self.refund_id.get_formview_action()

    def action_view_return_pickings(self):
        self.ensure_one()
        pickings = (
            self.return_picking_ids | self.replacement_line_ids.move_ids.picking_id
        )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "stock.action_picking_tree_all"
        )
        action["domain"] = [("id", "in", pickings.ids)]
        action["context"] = {"create": False}
        return action

    def action_view_guarantees(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_consumer_return.sale_consumer_guarantee_action"
        )
        action["domain"] = [("id", "in", self.line_ids.guarantee_ids.ids)]
        return action

    def action_record_repaired(self):
        """Open the form recording the day the repaired goods were given back."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "sale.consumer.return.repaired",
            "view_mode": "form",
            "target": "new",
            "name": self.env._("Repaired goods given back"),
            "context": {"default_return_id": self.id},
        }

    # === BUSINESS METHODS === #
    @api.model
    def _recompute_remedy_done_dates(self, pickings):
        """``pickings`` were done or cancelled: recompute the remedy done date
        of the claims they deliver a replacement for (one query)."""
        # only replacement lines (_create_replacement) deliver a remedy:
        # no search for the deliveries of ordinary order lines
        sale_lines = pickings.move_ids.sale_line_id.filtered("consumer_return_line_id")
        if not sale_lines:
            return
        claims = self.sudo().search([("replacement_line_ids", "in", sale_lines.ids)])
        claims.modified(["replacement_line_ids"])
