# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import difflib
import re

from lxml import html as lxml_html
from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import format_date, formatLang, html2plaintext

import consumer_law_rules as rules

from ..tools import render_clause

# Generated clauses, in the order they are appended when the version in force has
# no section of that kind: (key, QWeb template).
CLAUSES = [
    ("withdrawal", "consumer_law.cgv_clause_withdrawal"),
    ("delivery", "consumer_law.cgv_clause_delivery"),
    ("guarantee_box", "consumer_law.cgv_clause_guarantee_box"),
    ("mediation", "consumer_law.cgv_clause_mediation"),
]
# Topic of a section of the version in force (consumer_law_rules.TermsText.topic)
# -> the generated clause that replaces it.
TOPIC_CLAUSES = {
    "withdrawal": "withdrawal",
    "refund": "withdrawal",
    "delivery": "delivery",
    "transport": "delivery",
    "complaint": "delivery",
    "guarantee": "guarantee_box",
    "presumption": "guarantee_box",
    "mediation": "mediation",
}
HEADING_TAGS = ("h1", "h2", "h3", "h4")
# The merchant's own words inside a section the generator rewrites: amounts, fees,
# storage, the commercial guarantee (normalised text, no accents).
MERCHANT_OWN = re.compile(
    r"\d+(?:[.,]\d+)? ?(?:€|eur\b|euros?\b)|€ ?\d|\bfrais d'annulation|\bforfait"
    r"|cancell?ation (?:fees?|charges?)|\bmagasinage|\bstorage (?:fees?|costs?)"
    r"|garantie commerciale|commercial (?:guarantee|warranty)|\bfees?\b.{0,20}\d"
)


class CgvVersionGenerate(models.TransientModel):
    """Generate compliant clauses from the policy as a new draft version.

    The clauses the law frames (withdrawal, delivery and transport reserves, the
    legal-guarantee box of D211-2, mediation) are generated from the company's
    policy and mediator; the other sections of the version in force are kept. Staff
    compare both clause by clause, then create the draft, edit and publish it as
    usual: a published version is never touched.
    """

    _name = "cgv.version.generate"
    _description = "Generate Compliant Terms of Sale Clauses"

    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
    )
    lang = fields.Selection(
        selection="_selection_lang",
        string="Language",
        required=True,
        default=lambda self: self.env.company.partner_id.lang or "en_US",
    )
    current_version_id = fields.Many2one(
        comodel_name="cgv.version",
        string="Version in force",
        compute="_compute_current_version_id",
    )
    line_ids = fields.One2many(
        comodel_name="cgv.version.generate.line",
        inverse_name="wizard_id",
        # computed as the dialog opens and when the language changes: the clauses
        # show at once (they were written only at the first save)
        compute="_compute_line_ids",
        store=True,
        readonly=True,
    )
    comparison_html = fields.Html(
        string="Comparison",
        compute="_compute_comparison_html",
        sanitize=False,
    )
    has_mediator = fields.Boolean(compute="_compute_current_version_id")
    draft_version_id = fields.Many2one(comodel_name="cgv.version", readonly=True)

    # === DEFAULT METHODS === #
    @api.model
    def _selection_lang(self):
        return self.env["res.lang"].get_installed()

    # === COMPUTE METHODS === #
    @api.depends("company_id", "lang")
    def _compute_current_version_id(self):
        now = fields.Datetime.now()
        for wizard in self:
            wizard.current_version_id = self.env["cgv.version"]._get_in_force(
                wizard.company_id, now, lang=wizard.lang
            )
            wizard.has_mediator = bool(
                wizard.company_id._get_consumer_policy().mediator_id.name
            )

    @api.depends("company_id", "lang")
    def _compute_line_ids(self):
        for wizard in self:
            vals_list = (
                wizard._prepare_line_vals()
                if wizard.company_id in self.env.user.company_ids
                else []
            )
            wizard.line_ids = [fields.Command.clear()] + [
                fields.Command.create(vals) for vals in vals_list
            ]

    @api.depends("line_ids.current_content", "line_ids.generated_content")
    def _compute_comparison_html(self):
        for wizard in self:
            wizard.comparison_html = wizard.line_ids._get_comparison_html()

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        wizards = super().create(vals_list)
        wizards._check_company_allowed()
        return wizards

    # === ACTION METHODS === #
    def action_create_draft(self):
        """Create the draft version from the lines and open it.

        :raise UserError: when the generated text is empty
        """
        self.ensure_one()
        content = Markup("").join(
            Markup(line.generated_content or "") for line in self.line_ids
        )
        if not html2plaintext(content).strip():
            raise UserError(self.env._("Content: there is nothing to generate."))
        version = self.env["cgv.version"].create(self._prepare_version_vals(content))
        self.draft_version_id = version
        return version.get_formview_action()

    # === BUSINESS METHODS === #
    def _check_company_allowed(self):
        """Only the companies of the user: the wizard reads their policy and
        writes their terms of sale."""
        for wizard in self:
            if wizard.company_id not in self.env.user.company_ids:
                raise AccessError(
                    self.env._(
                        "Company: you cannot generate the terms of sale of "
                        "%(company)s.",
                        company=wizard.company_id.display_name,
                    )
                )

    def _get_document(self):
        """The terms of sale the draft belongs to: the version in force's, else
        the company's first terms of sale, created when it has none."""
        self.ensure_one()
        document = self.current_version_id.document_id or self.env[
            "cgv.document"
        ].search([("company_id", "=", self.company_id.id)], limit=1)
        if not document:
            document = self.env["cgv.document"].create(
                {
                    "name": self.env._("Terms of sale"),
                    "company_id": self.company_id.id,
                }
            )
        return document

    def _prepare_version_vals(self, content):
        self.ensure_one()
        return {
            "document_id": self._get_document().id,
            "lang": self.lang,
            "content": content,
            "effective_date": fields.Datetime.now(),
            "change_summary": self.env._(
                "Withdrawal, delivery, legal-guarantee and mediation clauses "
                "generated from the consumer-law policy."
            ),
        }

    def _get_clause_values(self):
        """Values of the clause templates: the policy's, the mediator's and the
        legal constants of consumer_law_rules."""
        self.ensure_one()
        company = self.company_id
        policy = company._get_consumer_policy()
        mediator = policy.mediator_id
        env = self.with_context(lang=self.lang).env
        (tier1_days, tier1_percent), (tier2_days, tier2_percent) = rules.L241_4_TIERS
        return {
            "company_contact": company._get_withdrawal_contact(),
            "guarantee_years": rules.CONFORMITY_GUARANTEE_YEARS,
            "presumption_months_new": policy.presumption_months_new,
            "presumption_months_second_hand": policy.presumption_months_second_hand,
            "remedy_days": rules.CONFORMITY_REMEDY_DAYS,
            "repair_extension_months": rules.REPAIR_EXTENSION_MONTHS,
            "repair_extension_months_new": rules.REPAIR_EXTENSION_MONTHS_2024_1799,
            "repair_extension_from": format_date(
                env, rules.RIGHT_TO_REPAIR_EFFECTIVE, lang_code=self.lang
            ),
            "fine_max": formatLang(
                env, float(rules.LEGAL_GUARANTEE_FINE_MAX), digits=0
            ),
            "fine_turnover_percent": rules.LEGAL_GUARANTEE_FINE_TURNOVER_PERCENT,
            "hidden_defect_years": rules.HIDDEN_DEFECT_YEARS,
            "withdrawal_days": policy.withdrawal_days,
            "withdrawal_url": company._get_withdrawal_function_url(),
            "return_days": rules.RETURN_MAX_DAYS,
            "merchant_pays_return": policy.merchant_pays_return,
            "refund_days": policy.refund_days,
            "partial_delivery_refund": policy.partial_delivery_refund,
            "mediator_name": mediator.name or "",
            "mediator_address": mediator._get_postal_address(),
            "mediator_email": mediator.email or "",
            "mediator_website": mediator.website or "",
            "mediation_years": rules.MEDIATION_MAX_YEARS,
            "delivery_max_days": rules.DELIVERY_DEFAULT_MAX_DAYS,
            "termination_refund_days": rules.DELIVERY_TERMINATION_REFUND_DAYS,
            "tier1_days": tier1_days,
            "tier1_percent": int(tier1_percent),
            "tier2_days": tier2_days,
            "tier2_percent": int(tier2_percent),
            "beyond_percent": int(rules.L241_4_BEYOND_PERCENT),
            "transport_reserve_days": policy.transport_reserve_days,
            "transport_consumer_days": rules.TRANSPORT_RESERVE_CONSUMER_DAYS,
            "complaint_window_days": policy.complaint_window_days,
            "order_name": False,
            "order_goods": False,
            "order_date": False,
            "customer_name": False,
            "customer_address": False,
        }

    def _render_clause(self, template, values):
        self.ensure_one()
        return render_clause(self.env, template, values, self.lang)

    def _get_current_sections(self):
        """Sections of the version in force: (clause key or False, html), in order.

        A heading (h1-h4) starts a section, classified by the heading's topic;
        without headings each paragraph is classified by its own text.
        """
        self.ensure_one()
        content = self.current_version_id.content
        if not content or not html2plaintext(content).strip():
            return []
        root = lxml_html.fragment_fromstring(str(content), create_parent="div")
        while len(root) == 1 and root[0].tag in ("div", "section", "article"):
            root = root[0]
        sections = []
        leading_text = (root.text or "").strip()
        if leading_text:
            sections.append([None, escape(leading_text), []])
        for element in root:
            markup = Markup(lxml_html.tostring(element, encoding="unicode"))
            text = rules.normalize_text(markup)
            if element.tag in HEADING_TAGS or not sections or sections[-1][0] is None:
                heading = text if element.tag in HEADING_TAGS else None
                sections.append([heading, markup, [] if heading else [markup]])
            else:
                sections[-1][1] += markup
                sections[-1][2].append(markup)
        result = []
        for heading, markup, paragraphs in sections:
            topic = rules.TermsText.topic(heading or rules.normalize_text(markup))
            key = TOPIC_CLAUSES.get(topic, False)
            kept = [p for p in paragraphs if key and self._is_merchant_own(p)]
            result.append((key, markup, Markup("").join(kept)))
        return result

    @api.model
    def _is_merchant_own(self, paragraph):
        """Whether a paragraph of a section the generator rewrites is the
        merchant's own (fees, amounts, storage, commercial guarantee, or a topic
        no generated clause covers), kept after the generated clause."""
        text = rules.normalize_text(paragraph)
        if not text:
            return False
        if MERCHANT_OWN.search(text):
            return True
        return not TOPIC_CLAUSES.get(rules.TermsText.topic(text), False)

    def _prepare_line_vals(self):
        """One line per clause: generated clauses where the version in force has
        the matching sections (or appended), its other sections kept."""
        self.ensure_one()
        if not self.company_id:
            return []
        values = self._get_clause_values()
        generated = {
            key: self._render_clause(template, values) for key, template in CLAUSES
        }
        titles = dict(
            self.env["cgv.version.generate.line"]
            ._fields["clause"]
            ._description_selection(self.env)
        )
        current = {}
        own = {}
        order = []
        for key, markup, merchant_own in self._get_current_sections():
            if not key:
                order.append((False, markup))
                continue
            if key not in current:
                order.append((key, None))
                current[key] = own[key] = Markup("")
            current[key] += markup
            own[key] += merchant_own
        order += [(key, None) for key, _template in CLAUSES if key not in current]
        vals_list = []
        for sequence, (key, kept) in enumerate(order):
            vals_list.append(
                {
                    "sequence": sequence,
                    "clause": key or "kept",
                    "name": titles[key or "kept"],
                    "current_content": kept if not key else current.get(key, False),
                    "generated_content": (
                        kept if not key else generated[key] + own.get(key, Markup(""))
                    ),
                    "kept_content": own.get(key) or False,
                }
            )
        return vals_list


class CgvVersionGenerateLine(models.TransientModel):
    _name = "cgv.version.generate.line"
    _description = "Generated Terms of Sale Clause"
    _order = "sequence, id"

    wizard_id = fields.Many2one(
        comodel_name="cgv.version.generate", required=True, ondelete="cascade"
    )
    sequence = fields.Integer()
    clause = fields.Selection(
        selection=[
            ("withdrawal", "Right of withdrawal"),
            ("delivery", "Delivery and transport reserves"),
            ("guarantee_box", "Legal guarantees (D211-2 box)"),
            ("mediation", "Mediation"),
            ("kept", "Kept from the version in force"),
        ],
        required=True,
    )
    name = fields.Char()
    current_content = fields.Html(string="In force", sanitize=False)
    generated_content = fields.Html(string="Generated", sanitize=False)
    kept_content = fields.Html(
        string="Kept paragraphs",
        sanitize=False,
        help="The merchant's own paragraphs of the section in force (fees, "
        "amounts, commercial guarantee...), kept after the generated clause.",
    )

    def _get_comparison_html(self):
        """Side-by-side table, one row per clause, the words that change marked."""
        rows = []
        for line in self:
            if line.clause == "kept":
                changes = Markup("<em>%s</em>") % self.env._("Kept unchanged.")
            else:
                changes = line._get_word_diff()
            if line.kept_content:
                changes += Markup("<p><em>%s</em></p>%s") % (
                    self.env._("Your paragraphs kept in this clause:"),
                    line.kept_content,
                )
            rows.append(
                Markup(
                    "<tr><th colspan='3' class='table-active'>%s</th></tr>"
                    "<tr><td style='width: 33%%'>%s</td><td style='width: 33%%'>%s</td>"
                    "<td style='width: 33%%'>%s</td></tr>"
                )
                % (
                    line.name,
                    line.current_content
                    or Markup("<em>%s</em>")
                    % self.env._("Not in the version in force."),
                    line.generated_content or "",
                    changes,
                )
            )
        header = Markup("<tr><th>%s</th><th>%s</th><th>%s</th></tr>") % (
            self.env._("In force"),
            self.env._("Generated"),
            self.env._("Changes"),
        )
        return Markup(
            "<table class='table table-sm table-bordered o_cgv_comparison'>"
            "<thead>%s</thead><tbody>%s</tbody></table>"
        ) % (header, Markup("").join(rows))

    def _get_word_diff(self):
        """Words removed (struck through) and added (underlined) by the clause."""
        self.ensure_one()
        old = html2plaintext(self.current_content or "").split()
        new = html2plaintext(self.generated_content or "").split()
        parts = []
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                parts.append(escape(" ".join(old[i1:i2])))
                continue
            if i2 > i1:
                parts.append(
                    Markup("<del class='text-danger'>%s</del>") % " ".join(old[i1:i2])
                )
            if j2 > j1:
                parts.append(
                    Markup("<ins class='text-success'>%s</ins>") % " ".join(new[j1:j2])
                )
        return Markup(" ").join(parts)
