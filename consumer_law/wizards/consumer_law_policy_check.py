# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date
from decimal import Decimal

from odoo import api, fields, models
from odoo.tools import format_date, formatLang
from odoo.tools.translate import LazyTranslate

import consumer_law_rules as rules

_lt = LazyTranslate(__name__)

# One template per finding code of consumer_law_rules.check_policy: (message, fix).
# The rules package returns the code and its params (legal numbers, dates and
# articles from its constants, values stated by the merchant); the words are here.
FINDING_TEXTS = {
    "withdrawal_period_below_legal_minimum": (
        _lt("The withdrawal period is shorter than the legal %(legal_days)s days."),
        _lt(
            "State a withdrawal period of at least %(legal_days)s days from the day "
            "after receipt."
        ),
    ),
    "refund_period_above_legal_maximum": (
        _lt(
            "The refund delay after a withdrawal exceeds the legal %(legal_days)s "
            "days."
        ),
        _lt("Refund within %(legal_days)s days of being informed of the withdrawal."),
    ),
    "conformity_presumption_outdated": (
        _lt(
            "The conformity presumption is shorter than the law's (%(months_new)s "
            "months, %(months_second_hand)s for second-hand goods)."
        ),
        _lt(
            "State %(months_new)s months (%(months_second_hand)s months for "
            "second-hand goods)."
        ),
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
            "%(extension_months)s more months."
        ),
        _lt("Give the withdrawal information and the model form before the order."),
    ),
    "withdrawal_function_not_mentioned": (
        _lt(
            'The online withdrawal function ("withdraw from contract here") is not '
            "mentioned."
        ),
        _lt(
            "State that the withdrawal function exists and where to find it (since "
            "%(mandatory_from)s)."
        ),
    ),
    "harmonised_notice_missing": (
        _lt(
            "The webshop sells to consumers without the EU harmonised notice on the "
            "legal guarantee, mandatory since %(mandatory_from)s."
        ),
        _lt(
            "Switch on the harmonised guarantee notice (Website settings): it is "
            "shown on the product pages, before the order button and in the order "
            "confirmation."
        ),
    ),
    "repair_extension_outdated": (
        _lt(
            "The terms of sale promise %(old_months)s months of extension after a "
            "repair; contracts from %(effective_from)s get %(legal_months)s months."
        ),
        _lt(
            "State that a repair under the legal guarantee extends it by "
            "%(legal_months)s months for contracts from %(effective_from)s "
            "(%(old_months)s months before)."
        ),
    ),
    "obsolete_article_reference": (
        _lt("The terms of sale cite repealed or renumbered articles: %(references)s."),
        _lt("Cite the current articles (%(current_articles)s)."),
    ),
    "obsolete_odr_reference": (
        _lt(
            "The terms of sale still refer to the EU online dispute resolution "
            "platform, closed on %(closed_on)s."
        ),
        _lt(
            "Remove the link to the ODR platform and name your consumer mediator "
            "instead."
        ),
    ),
    "missing_legal_guarantee_box": (
        _lt("The legal-guarantee box, mandatory since %(mandatory_from)s, is missing."),
        _lt(
            "Insert the legal text of the conformity and hidden-defect guarantees box."
        ),
    ),
    "clause_unopened_vehicle_condition": (
        _lt(
            "The terms of sale require unopened goods or their original packaging for "
            "a withdrawal: this is not a legal exclusion."
        ),
        _lt(
            "Accept withdrawals of opened goods; only claim a depreciation for "
            "excessive handling."
        ),
    ),
    "late_delivery_surcharge_clause_outdated": (
        _lt(
            "The late-delivery refund surcharges use the tiers of contracts before "
            "%(reform_date)s."
        ),
        _lt(
            "Use %(tier1_percent)s %% up to %(tier1_days)s days, %(tier2_percent)s %% "
            "up to %(tier2_days)s days and %(beyond_percent)s %% beyond."
        ),
    ),
    "mediation_prior_to_court_clause": (
        _lt(
            "The terms of sale make a prior step (mediation or registered letter) a "
            "prerequisite to going to court."
        ),
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
            "exchange only, approved expert, manufacturer's warranty only or fees)."
        ),
        _lt(
            "Remove conditions that limit the legal guarantee; they are deemed "
            "unwritten."
        ),
    ),
    "transport_reserve_forfeits_rights": (
        _lt(
            "Missing the transport-reserve or complaint window is said to forfeit the "
            "customer's rights against the merchant."
        ),
        _lt(
            "Keep the window informative: the customer keeps the %(guarantee_years)s-"
            "year legal guarantee against the merchant."
        ),
    ),
    "suspicious_duration": (
        _lt("An unusual duration is stated (possible typo)."),
        _lt("Check the durations stated in the terms of sale."),
    ),
    "transport_reserve_below_legal_minimum": (
        _lt("The transport-reserve window is shorter than %(legal_days)s days."),
        _lt(
            "Allow at least %(legal_days)s days (%(consumer_days)s days when the "
            "customer could not check the goods)."
        ),
    ),
    "complaint_window_below_legal_minimum": (
        _lt(
            "The complaint window for damaged goods is shorter than %(legal_days)s "
            "days."
        ),
        _lt("Allow at least %(legal_days)s days after receipt."),
    ),
    "archive_threshold_above_legal_maximum": (
        _lt(
            "Contracts from %(threshold)s € must be archived; the threshold is higher."
        ),
        _lt("Archive every contract of %(threshold)s € or more."),
    ),
    "archive_period_below_legal_minimum": (
        _lt("Contracts must be kept %(years)s years; the period is shorter."),
        _lt("Keep the contracts for at least %(years)s years."),
    ),
    "negative_policy_value": (
        _lt("A policy value is negative."),
        _lt("Enter zero or a positive value."),
    ),
    "invalid_policy_value": (
        _lt("A policy value is not one of the accepted choices."),
        _lt("Choose one of the accepted values."),
    ),
}

CONTRADICTION_NOTE = _lt("An annex contradicts the articles, which grant it.")

SEVERITY_LABELS = {"error": "Error", "warning": "Warning", "info": "Information"}
SEVERITIES = [(key, SEVERITY_LABELS[key]) for key in rules.SEVERITIES]


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
    detail = fields.Char(help="What the check matched in the terms or the policy.")
    quoted_sentences = fields.Text(
        string="Quoted clauses",
        help="The sentences of the terms of sale the finding comes from.",
    )

    @api.model
    def _prepare_vals_from_finding(self, finding):
        """Return line values for a ``consumer_law_rules.Finding``, in the user's
        language: the template of its code filled with its params."""
        params = self._format_finding_params(finding.params)
        texts = FINDING_TEXTS.get(finding.code)
        if texts:
            lang = self.env.lang
            message, fix = (text._translate(lang) % params for text in texts)
        else:  # a code this addon does not know yet: the package's English words
            message, fix = finding.message, finding.fix
        return {
            "sequence": rules.SEVERITIES.index(finding.severity),
            "code": finding.code,
            "severity": finding.severity,
            "article": finding.article,
            "message": message,
            "fix": fix,
            "detail": ", ".join(
                [CONTRADICTION_NOTE._translate(self.env.lang)]
                * bool(finding.params.get("contradicts_body"))
                + list(finding.evidence)
            ),
            "quoted_sentences": "\n\n".join(
                f"« {sentence} »" for sentence in finding.sentences
            ),
        }

    @api.model
    def _format_finding_params(self, params):
        """Return the params of a finding as text in the user's language."""
        formatted = {}
        for name, value in params.items():
            if isinstance(value, date):
                formatted[name] = format_date(self.env, value)
            elif isinstance(value, Decimal):
                formatted[name] = formatLang(
                    self.env,
                    float(value),
                    digits=0 if value == value.to_integral() else 2,
                )
            else:
                formatted[name] = value
        return formatted
