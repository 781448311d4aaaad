# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from decimal import Decimal

from odoo import api, fields, models, tools

import consumer_law_rules as rules

from ..tools import forget_kept_values, kept_values_changed, paris_date, rule_errors

# Labels of the calendar regions of consumer_law_rules (the codes are its own).
HOLIDAY_REGION_LABELS = {
    "FR": "Mainland France",
    "FR-57": "Moselle (Alsace-Moselle)",
    "FR-67": "Bas-Rhin (Alsace-Moselle)",
    "FR-68": "Haut-Rhin (Alsace-Moselle)",
    "FR-973": "French Guiana",
    "FR-974": "Réunion",
}
HOLIDAY_REGIONS = [
    (code, HOLIDAY_REGION_LABELS.get(code) or rules.OVERSEAS_REGIONS[code])
    for code in sorted(rules.REGIONS, key=lambda code: (code != "FR", code))
]


# Set in a transaction that changed a policy (cleared with it): the kept values
# (_get_stored_values) are not used until it ends.
POLICY_CHANGED = "consumer_law.policy_changed"


class ConsumerLawPolicy(models.Model):
    """A company's consumer-law policy: its terms of sale turned into parameters.

    Field names are those of ``consumer_law_rules.Policy``; every field with a legal
    bound is checked against it by the rules package (``FLOORS``).
    """

    _name = "consumer.law.policy"
    _description = "Consumer Law Policy"
    _inherit = ["mail.thread"]
    _order = "company_id"
    _check_company_auto = True

    # === FIELDS === #
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        index=True,
        ondelete="cascade",
        default=lambda self: self.env.company,
    )
    name = fields.Char(related="company_id.name")
    currency_id = fields.Many2one(related="company_id.currency_id")
    is_withdrawal_extended = fields.Boolean(
        string="Extended withdrawal period",
        tracking=True,
        help="The terms of sale grant more than the legal 14 days "
        "(C. consom. L221-18).",
    )
    withdrawal_days = fields.Integer(
        string="Withdrawal period (days)",
        compute="_compute_withdrawal_days",
        store=True,
        readonly=False,
        precompute=True,
        tracking=True,
        help="Calendar days from the day after receipt of the last good. Legal "
        "default and minimum: 14 days (C. consom. L221-18, L221-19); a longer "
        "period granted by the terms of sale is honoured.",
    )
    allow_pre_delivery_withdrawal = fields.Boolean(
        string="Withdrawal before delivery",
        default=True,
        tracking=True,
        help="Accept a withdrawal notified before the goods are received (the "
        "consumer may withdraw from the conclusion of the contract, L221-18). "
        "Default: yes.",
    )
    refund_days = fields.Integer(
        string="Refund delay (days)",
        default=rules.REFUND_MAX_DAYS,
        tracking=True,
        help="Days to refund after being informed of the withdrawal. Legal "
        "default and maximum: 14 days (C. consom. L221-24).",
    )
    merchant_pays_return = fields.Boolean(
        string="Merchant pays the return",
        tracking=True,
        help="The direct cost of returning the goods is borne by the merchant. "
        "Legal default: the consumer bears it when he was informed "
        "(C. consom. L221-23).",
    )
    partial_delivery_refund = fields.Selection(
        selection=[
            ("prorata_value", "Pro rata of the returned value"),
            ("full", "Full delivery cost"),
            ("none", "Not refunded"),
        ],
        string="Delivery cost on partial withdrawal",
        required=True,
        default="prorata_value",
        tracking=True,
        help="Share of the initial delivery cost refunded when only part of the "
        "order is withdrawn. The law (L221-24) requires the delivery cost on a "
        "full withdrawal and is silent on partial ones; default: pro rata.",
    )
    presumption_months_new = fields.Integer(
        string="Conformity presumption, new goods (months)",
        default=rules.PRESUMPTION_MONTHS_NEW,
        tracking=True,
        help="Defects appearing within this period are presumed to exist at "
        "delivery. Legal default and minimum: 24 months (C. consom. L217-7).",
    )
    presumption_months_second_hand = fields.Integer(
        string="Conformity presumption, second-hand goods (months)",
        default=rules.PRESUMPTION_MONTHS_SECOND_HAND,
        tracking=True,
        help="Legal default and minimum: 12 months for second-hand goods "
        "(C. consom. L217-7).",
    )
    transport_reserve_days = fields.Integer(
        string="Transport damage reserves (days)",
        default=rules.TRANSPORT_RESERVE_MIN_DAYS,
        tracking=True,
        help="Days after receipt to notify reserves to the carrier, Sundays and "
        "public holidays not counted. Legal default and minimum: 3 days "
        "(C. com. L133-3).",
    )
    complaint_window_days = fields.Integer(
        string="Complaint window for missing or damaged items (days)",
        default=rules.TRANSPORT_RESERVE_MIN_DAYS,
        tracking=True,
        help="Window the terms of sale give the customer to report missing or "
        "damaged items to the merchant. It is informative: it can never take "
        "away the legal guarantee of conformity (L217-3). Minimum: 3 days "
        "(C. com. L133-3).",
    )
    cheque_hold_days = fields.Integer(
        string="Cheque payment hold (days)",
        default=rules.CHEQUE_HOLD_DAYS_DEFAULT,
        tracking=True,
        help="Days an order paid by cheque is held before it is cancelled when "
        "no cheque arrives; 0 disables the cancellation. No legal value.",
    )
    holiday_region = fields.Selection(
        selection=HOLIDAY_REGIONS,
        string="Default holiday calendar",
        required=True,
        default=rules.DEFAULT_HOLIDAY_REGION,
        tracking=True,
        help="Public holidays used when a deadline's delivery address gives no "
        "region. Deadlines follow the delivery address: postcodes 57, 67 and 68 "
        "use the Alsace-Moselle calendar (Code du travail L3134-13).",
    )
    archive_threshold = fields.Monetary(
        string="Archiving threshold",
        default=float(rules.ARCHIVE_THRESHOLD),
        tracking=True,
        help="Electronic contracts of at least this amount (tax included) are "
        "kept and made available to the customer. Legal default and maximum: "
        "120 € (C. consom. L213-1, D213-1).",
    )
    archive_years = fields.Integer(
        string="Archiving period (years)",
        default=rules.ARCHIVE_YEARS,
        tracking=True,
        help="Years the contract is kept from its conclusion or delivery. Legal "
        "default and minimum: 10 years (C. consom. D213-2).",
    )
    data_retention_years = fields.Integer(
        string="Customer data retention (years)",
        default=rules.DATA_RETENTION_YEARS_DEFAULT,
        tracking=True,
        help="Years customer contact data is kept after the last purchase "
        "(CNIL recommendation: 3 years).",
    )
    mediator_id = fields.Many2one(
        comodel_name="consumer.mediator",
        string="Consumer mediator",
        tracking=True,
        check_company=True,
        help="The consumer mediator the merchant adheres to; its identity must "
        "appear on the website and in the terms of sale (C. consom. L612-1, "
        "L616-1, R616-1).",
    )

    _sql_constraints = [
        (
            "company_uniq",
            "unique(company_id)",
            "A company has one consumer-law policy.",
        ),
    ]

    # === COMPUTE METHODS === #
    @api.depends("is_withdrawal_extended")
    def _compute_withdrawal_days(self):
        for policy in self:
            if not policy.is_withdrawal_extended or not policy.withdrawal_days:
                policy.withdrawal_days = rules.WITHDRAWAL_MIN_DAYS

    # === CONSTRAINT METHODS === #
    @api.constrains(
        "withdrawal_days",
        "refund_days",
        "presumption_months_new",
        "presumption_months_second_hand",
        "transport_reserve_days",
        "complaint_window_days",
        "cheque_hold_days",
        "archive_threshold",
        "archive_years",
        "data_retention_years",
    )
    def _check_legal_bounds(self):
        """Refuse values beyond the legal floor or ceiling (rules.FLOORS)."""
        for policy in self:
            with rule_errors(self.env, self._name):
                rules.validate_policy(policy._get_rules_policy())

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        policies = super().create(vals_list)
        for policy in policies:
            policy.company_id.sudo().consumer_policy_id = policy
        self._forget_stored_values()
        return policies

    def write(self, vals):
        result = super().write(vals)
        self._forget_stored_values()
        return result

    def unlink(self):
        result = super().unlink()
        self._forget_stored_values()
        return result

    # === ACTION METHODS === #
    def action_check_terms_of_sale(self):
        """Open the findings of the policy check for this policy."""
        self.ensure_one()
        wizard = self.env["consumer.law.policy.check"].create(
            self._prepare_policy_check_vals()
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Check my terms of sale"),
            "res_model": wizard._name,
            "res_id": wizard.id,
            "view_mode": "form",
            "target": "new",
        }

    # === BUSINESS METHODS === #
    @api.model
    def _get_cacheable_field_names(self):
        """The stored columns a policy's values are kept for between
        transactions: neither translated, company-dependent nor binary."""
        return [
            name
            for name, field in self._fields.items()
            if field.store
            and field.column_type
            and name != "id"
            and not field.translate
            and not field.company_dependent
            and field.type != "binary"
        ]

    @api.model
    @tools.ormcache("policy_id")
    def _get_stored_values(self, policy_id):
        """Return the stored values of the policy ``policy_id`` in the ORM's cache
        format, read once per registry (cleared when a policy is created,
        written or deleted): every consumer order reads its company's policy in
        each of its steps, a policy changes a few times a year."""
        policy = self.sudo().browse(policy_id)
        names = self._get_cacheable_field_names()
        policy.fetch(names)
        cache = self.env.cache
        return {
            name: cache.get(policy, self._fields[name])
            for name in names
            if cache.contains(policy, self._fields[name])
        }

    def _forget_stored_values(self):
        """A policy changes in this transaction: drop the kept values now and
        when the transaction ends (committed or rolled back, a savepoint's
        included), and read the policies from the database until then."""
        forget_kept_values(self.env, POLICY_CHANGED)

    def _load_stored_values(self):
        """Put the policy's kept values in this transaction's cache, without
        replacing a value it holds (written, or read already) nor one pending
        recomputation; only for a user who may read policies (or sudo), as
        reading them from the database would check."""
        self.ensure_one()
        if kept_values_changed(self.env, POLICY_CHANGED):
            return
        if not (self.env.su or self.browse().has_access("read")):
            return
        env = self.env
        cache = env.cache
        for name, value in self._get_stored_values(self.id).items():
            field = self._fields[name]
            if not cache.contains(self, field) and not env.is_to_compute(field, self):
                cache.update(self, field, [value])

    def _get_rules_policy(self):
        """Return the policy as a ``consumer_law_rules.Policy`` (plain values)."""
        self.ensure_one()
        mediator = self.mediator_id
        return rules.Policy(
            withdrawal_days=self.withdrawal_days,
            refund_days=self.refund_days,
            merchant_pays_return=self.merchant_pays_return,
            partial_delivery_refund=self.partial_delivery_refund,
            presumption_months_new=self.presumption_months_new,
            presumption_months_second_hand=self.presumption_months_second_hand,
            transport_reserve_days=self.transport_reserve_days,
            complaint_window_days=self.complaint_window_days,
            cheque_hold_days=self.cheque_hold_days,
            holiday_region=self.holiday_region,
            archive_threshold=Decimal(str(self.archive_threshold)),
            archive_years=self.archive_years,
            data_retention_years=self.data_retention_years,
            mediator_name=mediator.name or "",
            mediator_website=mediator.website or "",
            mediator_address=mediator._get_postal_address(),
            mediator_email=mediator.email or "",
            allow_pre_delivery_withdrawal=self.allow_pre_delivery_withdrawal,
        )

    def _get_checked_version(self, at=None):
        """Return the version in force for the company's language."""
        self.ensure_one()
        company = self.company_id
        return self.env["cgv.version"]._get_in_force(
            company, at or fields.Datetime.now(), lang=company.partner_id.lang
        )

    def _get_findings(self, at=None):
        """Run the rules package's policy check on the policy and the CGV text.

        :return: tuple of (findings, checked version)
        """
        self.ensure_one()
        at = at or fields.Datetime.now()
        version = self._get_checked_version(at)
        # The rules package reads the HTML itself: headings and paragraphs tell
        # it where clauses and annexes start, and it quotes the original wording.
        text = (version.content or "") if version else ""
        # the law in force on that day in Paris (a rule of 31 July applies from
        # 22:00 UTC on 30 July)
        findings = rules.check_policy(self._get_rules_policy(), text, at=paris_date(at))
        return findings, version

    def _prepare_policy_check_vals(self):
        findings, version = self._get_findings()
        line_model = self.env["consumer.law.policy.check.line"]
        return {
            "policy_id": self.id,
            "version_id": version.id,
            "line_ids": [
                fields.Command.create(line_model._prepare_vals_from_finding(finding))
                for finding in findings
            ],
        }
