# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime
import re

from freezegun import freeze_time

from odoo.tools.translate import code_translations

import consumer_law_rules as rules
from consumer_law_rules.findings import make_finding

from .common import COMPLIANT_CGV, ConsumerLawCommon

OUTDATED_CGV = """
<p>Conformément à l'article L121-16 du code de la consommation, l'acheteur dispose
d'un délai de 7 jours pour exercer son droit de rétractation.</p>
<p>Plateforme européenne de règlement en ligne des litiges :
https://ec.europa.eu/consumers/odr</p>
"""


@freeze_time("2026-11-02 10:00:00")
class TestPolicyCheck(ConsumerLawCommon):
    def _check(self, company=None):
        company = company or self.company
        action = company.action_check_terms_of_sale()
        return self.env[action["res_model"]].browse(action["res_id"])

    def test_outdated_terms_are_flagged(self):
        """A 7-day withdrawal, old L121-16 and the ODR link are each flagged."""
        self.policy.mediator_id = self.mediator
        version = self._publish_history(
            self._create_version(content=OUTDATED_CGV, effective=datetime(2026, 1, 1))
        )
        wizard = self._check()
        codes = set(wizard.line_ids.mapped("code"))
        self.assertEqual(wizard.version_id, version)
        self.assertTrue(
            {
                "withdrawal_period_below_legal_minimum",
                "obsolete_article_reference",
                "obsolete_odr_reference",
                "missing_legal_guarantee_box",
            }
            <= codes
        )
        self.assertNotIn("no_mediator", codes)
        line = wizard.line_ids.filtered(
            lambda line: line.code == "withdrawal_period_below_legal_minimum"
        )
        self.assertRecordValues(
            line,
            [
                {
                    "severity": "error",
                    "message": "The withdrawal period is shorter than the legal "
                    "14 days.",
                }
            ],
        )
        self.assertIn("L221-18", line.article)
        self.assertGreaterEqual(wizard.error_count, 1)

    def test_compliant_terms_have_no_finding(self):
        """Compliant terms with a complete mediator give no finding."""
        self.policy.mediator_id = self.mediator
        self._publish_history(
            self._create_version(content=COMPLIANT_CGV, effective=datetime(2026, 1, 1))
        )
        wizard = self._check()
        self.assertFalse(wizard.line_ids, wizard.line_ids.mapped("code"))

    def test_policy_checked_without_terms(self):
        """Without terms in force, the policy alone is checked (no mediator)."""
        wizard = self._check()
        self.assertFalse(wizard.version_id)
        self.assertIn("no_mediator", wizard.line_ids.mapped("code"))

    def test_incomplete_mediator_flagged(self):
        """A mediator without website is flagged as incomplete (R616-1)."""
        self.mediator.website = False
        self.policy.mediator_id = self.mediator
        wizard = self._check()
        self.assertIn("mediator_identity_incomplete", wizard.line_ids.mapped("code"))

    def test_check_uses_company_language_version(self):
        """The version checked is the one in force in the company's language."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.company.partner_id.lang = "fr_FR"
        self._publish_history(
            self._create_version(content=COMPLIANT_CGV, effective=datetime(2026, 1, 1))
        )
        french = self._publish_history(
            self._create_version(
                content=OUTDATED_CGV, lang="fr_FR", effective=datetime(2026, 1, 1)
            )
        )
        wizard = self._check()
        self.assertEqual(wizard.version_id, french)
        self.assertIn("obsolete_odr_reference", wizard.line_ids.mapped("code"))

    def test_companies_checked_separately(self):
        """Each company is checked against its own policy and terms."""
        self.policy.mediator_id = self.mediator
        self._publish_history(
            self._create_version(content=OUTDATED_CGV, effective=datetime(2026, 1, 1))
        )
        wizard = self._check(self.other_company)
        codes = wizard.line_ids.mapped("code")
        self.assertFalse(wizard.version_id)
        self.assertIn("no_mediator", codes)
        self.assertNotIn("obsolete_odr_reference", codes)


@freeze_time("2026-11-02 10:00:00")
class TestPolicyCheckMessages(ConsumerLawCommon):
    def test_every_code_has_one_template_translated(self):
        """Each finding code's words live once, in the rules package's
        FINDING_TEMPLATES: no legal number is written in them, each has its French
        translation in this addon, and the wizard fills them with the params the
        package returns."""
        line_model = self.env["consumer.law.policy.check.line"]
        french = code_translations.get_python_translations("consumer_law", "fr_FR")
        self.assertEqual(set(rules.FINDING_TEMPLATES), set(rules.FINDING_CODES))
        for code, templates in rules.FINDING_TEMPLATES.items():
            for template in templates:
                words = re.sub(r"%\(\w+\)s", "", template)
                self.assertIsNone(re.search(r"\d", words), code)
                self.assertTrue(
                    french.get(template), f"{code}: no French for {template}"
                )
                self.assertEqual(
                    set(re.findall(r"%\(\w+\)s", french[template])),
                    set(re.findall(r"%\(\w+\)s", template)),
                    code,
                )
            vals = line_model._prepare_vals_from_finding(make_finding(code))
            self.assertNotIn("%(", vals["message"] + vals["fix"])
            self.assertEqual(vals["sequence"], rules.SEVERITIES.index(vals["severity"]))
            if not any(isinstance(v, date) for v in make_finding(code).params.values()):
                # Same words as the package's English (dates are formatted for
                # the user's language here).
                self.assertEqual(
                    (vals["message"], vals["fix"]),
                    (make_finding(code).message, make_finding(code).fix),
                )

    def test_french_words_come_from_the_same_templates(self):
        """In French, a code the wizard did not word before (the 2026 repair
        extension) is translated from the rules package's template."""
        self.env["res.lang"]._activate_lang("fr_FR")
        line_model = self.env["consumer.law.policy.check.line"].with_context(
            lang="fr_FR"
        )
        vals = line_model._prepare_vals_from_finding(
            make_finding("repair_extension_outdated")
        )
        self.assertEqual(
            vals["message"],
            "Les conditions générales de vente promettent 6 mois d'extension après "
            "une réparation ; les contrats conclus à partir du 31/07/2026 "
            "bénéficient de 12 mois.",
        )

    def test_messages_in_french_quote_the_clause(self):
        """In French the message states the law's numbers from the rules package
        and the line quotes the sentence of the terms it comes from."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["consumer_law"], ["fr_FR"], overwrite=True
        )
        self.policy.mediator_id = self.mediator
        self._publish_history(
            self._create_version(content=OUTDATED_CGV, effective=datetime(2026, 1, 1))
        )
        action = self.policy.with_context(lang="fr_FR").action_check_terms_of_sale()
        wizard = self.env[action["res_model"]].browse(action["res_id"])
        line = wizard.line_ids.filtered(
            lambda line: line.code == "withdrawal_period_below_legal_minimum"
        )
        self.assertEqual(
            line.message, "Le délai de rétractation est inférieur aux 14 jours légaux."
        )
        self.assertIn("d'un délai de 7 jours pour exercer", line.quoted_sentences)
        odr = wizard.line_ids.filtered(
            lambda line: line.code == "obsolete_odr_reference"
        )
        self.assertIn("20/07/2025", odr.message)

    def test_annex_contradicting_the_articles_is_named(self):
        """An annex excluding the delivery refund the articles grant is flagged,
        saying so, with both sentences quoted."""
        self.policy.mediator_id = self.mediator
        self._publish_history(
            self._create_version(
                content="<h3>Withdrawal</h3><p>We refund every payment, including "
                "the delivery costs.</p><h3>Annex 1 - Returns</h3><p>Delivery costs "
                "are not refunded.</p>",
                effective=datetime(2026, 1, 1),
            )
        )
        action = self.policy.action_check_terms_of_sale()
        wizard = self.env[action["res_model"]].browse(action["res_id"])
        line = wizard.line_ids.filtered(
            lambda line: line.code == "annex_excludes_delivery_refund"
        )
        self.assertTrue(
            line.detail.startswith("An annex contradicts the articles, which grant it.")
        )
        self.assertIn("including the delivery costs", line.quoted_sentences)
        self.assertIn("Delivery costs are not refunded.", line.quoted_sentences)
