# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date
from decimal import Decimal

from odoo import api, fields, models
from odoo.tools import format_date, formatLang
from odoo.tools.translate import LazyTranslate

import consumer_law_rules as rules

_lt = LazyTranslate(__name__)

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
        message, fix = self._get_finding_texts(finding)
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
    def _get_finding_texts(self, finding):
        """Return (message, fix) of a finding in the user's language.

        The words of every code live once, in ``consumer_law_rules.FINDING_TEMPLATES``
        (English %-templates); their French is in this addon's ``i18n/fr.po``. The
        template is translated, then filled with the params formatted for the
        user's language (dates, amounts).
        """
        params = self._format_finding_params(finding.params)
        templates = rules.FINDING_TEMPLATES.get(finding.code)
        if not templates:  # not a code of the rules package: its own words
            return finding.message, finding.fix
        return tuple(self.env._(template) % params for template in templates)

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
