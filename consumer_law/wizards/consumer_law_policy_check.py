# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.tools.translate import LazyTranslate

_lt = LazyTranslate(__name__)

# Words for the finding codes of consumer_law_rules.check_policy (which returns
# codes and English defaults only): (message, suggested fix).
FINDING_TEXTS = {
    "withdrawal_period_below_legal_minimum": (
        _lt("The withdrawal period is shorter than the legal 14 days."),
        _lt(
            "State a withdrawal period of at least 14 days from the day after receipt."
        ),
    ),
    "refund_period_above_legal_maximum": (
        _lt("The refund delay after a withdrawal exceeds the legal 14 days."),
        _lt("Refund within 14 days of being informed of the withdrawal."),
    ),
    "conformity_presumption_outdated": (
        _lt(
            "The conformity presumption is shorter than the law's (24 months, 12 for "
            "second-hand goods)."
        ),
        _lt("Use the presumption periods of article L217-7 since 1 January 2022."),
    ),
    "no_mediator": (
        _lt("No consumer mediator is named."),
        _lt(
            "Adhere to a consumer mediator and name it in the terms of sale and on the"
            " website."
        ),
    ),
    "mediator_identity_incomplete": (
        _lt(
            "The mediator's identity is incomplete (name, address or website missing)."
        ),
        _lt("Give the mediator's name, contact details and website."),
    ),
    "withdrawal_information_missing": (
        _lt(
            "Customers are not informed of their right of withdrawal: the period runs "
            "12 more months."
        ),
        _lt("Give the withdrawal information and the model form before the order."),
    ),
    "obsolete_article_reference": (
        _lt("The terms of sale cite repealed or renumbered articles."),
        _lt(
            "Cite the current articles (L221-18 ff. for withdrawal, L217-3 ff. for "
            "conformity)."
        ),
    ),
    "obsolete_odr_reference": (
        _lt(
            "The terms of sale still refer to the EU online dispute resolution "
            "platform, closed on 20 July 2025."
        ),
        _lt(
            "Remove the link to the ODR platform and name your consumer mediator "
            "instead."
        ),
    ),
    "missing_legal_guarantee_box": (
        _lt("The mandatory legal-guarantee box (decree 2022-946) is missing."),
        _lt(
            "Insert the legal text of the conformity and hidden-defect guarantees box."
        ),
    ),
    "withdrawal_function_not_mentioned": (
        _lt(
            'The online withdrawal function ("withdraw from contract here") is not '
            "mentioned."
        ),
        _lt(
            "State that the withdrawal function exists and where to find it (since 19 "
            "June 2026)."
        ),
    ),
    "clause_unopened_vehicle_condition": (
        _lt(
            "The terms of sale require unopened goods for a withdrawal: this is not a "
            "legal exclusion."
        ),
        _lt(
            "Accept withdrawals of opened goods; only claim a depreciation for "
            "excessive handling."
        ),
    ),
    "late_delivery_surcharge_clause_outdated": (
        _lt("The late-delivery refund surcharges use the pre-2022 tiers."),
        _lt("Use 10 % up to 14 days, 20 % up to 30 days and 50 % beyond (L241-4)."),
    ),
    "mediation_prior_to_court_clause": (
        _lt("The terms of sale make mediation a prerequisite to going to court."),
        _lt("Present mediation as optional; the customer may go to court directly."),
    ),
    "annex_excludes_delivery_refund": (
        _lt("The terms of sale exclude the refund of delivery costs on withdrawal."),
        _lt("Refund the initial standard delivery cost on withdrawal."),
    ),
    "risk_transfer_at_carrier": (
        _lt("Delivery or risk is said to pass at handover to the carrier."),
        _lt("Risk passes when the customer takes physical possession of the goods."),
    ),
    "clause_more_restrictive_than_L216-6": (
        _lt(
            "Cancellation for late delivery is subject to conditions stricter than the"
            " law."
        ),
        _lt(
            "Allow termination after a formal notice left unmet, by any durable medium."
        ),
    ),
    "cancellation_fee_legal_risk": (
        _lt(
            "The terms of sale charge cancellation fees, which must never apply to a "
            "withdrawal."
        ),
        _lt(
            "Exclude withdrawals and late-delivery terminations from any cancellation "
            "fee."
        ),
    ),
    "commercial_guarantee_duration_unit_missing": (
        _lt("A commercial guarantee duration has no unit."),
        _lt("State the duration with its unit (months or years)."),
    ),
    "legal_guarantee_restricted": (
        _lt(
            "The terms of sale restrict the legal guarantee (original packaging, "
            "exchange only or fees)."
        ),
        _lt(
            "Remove conditions that limit the legal guarantee; they are deemed "
            "unwritten."
        ),
    ),
    "suspicious_duration": (
        _lt("An unusual duration is stated (possible typo)."),
        _lt("Check the durations stated in the terms of sale."),
    ),
}

SEVERITIES = [("error", "Error"), ("warning", "Warning"), ("info", "Information")]


class ConsumerLawPolicyCheck(models.TransientModel):
    """Findings of "Check my terms of sale" for one company."""

    _name = "consumer.law.policy.check"
    _description = "Terms of Sale Check"

    policy_id = fields.Many2one(comodel_name="consumer.law.policy", required=True)
    company_id = fields.Many2one(related="policy_id.company_id")
    version_id = fields.Many2one(
        comodel_name="cgv.version",
        string="Checked version",
        help="Version in force now in the company's language; empty when none.",
    )
    line_ids = fields.One2many(
        comodel_name="consumer.law.policy.check.line", inverse_name="wizard_id"
    )
    error_count = fields.Integer(compute="_compute_counts")
    warning_count = fields.Integer(compute="_compute_counts")

    @api.depends("line_ids.severity")
    def _compute_counts(self):
        for wizard in self:
            severities = wizard.line_ids.mapped("severity")
            wizard.error_count = severities.count("error")
            wizard.warning_count = severities.count("warning")


class ConsumerLawPolicyCheckLine(models.TransientModel):
    _name = "consumer.law.policy.check.line"
    _description = "Terms of Sale Check Finding"
    _order = "sequence, id"

    wizard_id = fields.Many2one(
        comodel_name="consumer.law.policy.check", required=True, ondelete="cascade"
    )
    sequence = fields.Integer()
    code = fields.Char(required=True)
    severity = fields.Selection(selection=SEVERITIES, required=True)
    article = fields.Char()
    message = fields.Char()
    fix = fields.Char(string="Suggested fix")
    detail = fields.Char(help="Details given by the rules package (in English).")

    @api.model
    def _prepare_vals_from_finding(self, finding):
        """Return line values for a ``consumer_law_rules.Finding``, translated."""
        message, fix = FINDING_TEXTS.get(finding.code, (finding.message, finding.fix))
        return {
            "sequence": ["error", "warning", "info"].index(finding.severity),
            "code": finding.code,
            "severity": finding.severity,
            "article": finding.article,
            "message": str(message),
            "fix": str(fix),
            "detail": ", ".join(finding.evidence) or finding.message,
        }
