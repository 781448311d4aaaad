# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from freezegun import freeze_time

from odoo.exceptions import AccessError
from odoo.tests import Form, new_test_user
from odoo.tools import html2plaintext

import consumer_law_rules as rules

from .common import ConsumerLawCommon

OUTDATED_CGV = """
<div>
<h3>Orders and payment</h3>
<p>Orders paid by cheque are held until the cheque arrives.</p>
<h3>Right of withdrawal</h3>
<p>Under article L121-16 of the consumer code, the buyer may withdraw within 7 days
of delivery. Delivery costs are not refunded.</p>
<h3>Guarantee</h3>
<p>Defects appearing within six months are presumed to exist; exchange only.</p>
<h3>Disputes</h3>
<p>Online dispute resolution platform: https://ec.europa.eu/consumers/odr</p>
</div>
"""

# SmallMX's sections in our words: a fee paragraph inside the delivery section,
# a commercial guarantee inside the guarantee section.
SMALLMX_SECTIONS = """
<div>
<h3>Annulation et livraison</h3>
<p>Frais d'annulation après préparation : 50 € HT (60 € TTC), plus les frais réels de
retour si le colis est expédié ou refusé. Magasinage : 15 € par jour au-delà des
créneaux proposés par le transporteur.</p>
<p>La commande ne peut être annulée que si la livraison a plus de 30 jours de retard
sur le délai maximal.</p>
<p>Les réserves doivent être notifiées au transporteur dans les 3 jours.</p>
<h3>Garanties</h3>
<p>Garantie de conformité : le défaut est présumé exister s'il apparaît dans les 6
mois ; le véhicule doit être examiné par un expert agréé.</p>
<p>Garantie commerciale : cadre un (1) an, moteur et batterie 3 mois à compter de la
réception.</p>
</div>
"""


@freeze_time("2026-11-02 10:00:00")
class TestCgvGenerate(ConsumerLawCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.env["ir.module.module"]._load_module_terms(
            ["consumer_law"], ["fr_FR"], overwrite=True
        )
        cls.company.email = "shop@example.com"

    def _generate(self, lang="en_US"):
        with Form(
            self.env["cgv.version.generate"].with_context(
                default_company_id=self.company.id
            )
        ) as wizard_form:
            wizard_form.lang = lang
        return wizard_form.record

    def _errors(self, content, policy=None):
        findings = rules.check_policy(
            (policy or self.policy)._get_rules_policy(), content, at=datetime.now()
        )
        return [finding.code for finding in findings if finding.severity == "error"]

    def test_generated_draft_passes_its_own_check(self):
        """The generated draft is a new draft version without error finding, in
        English and in French; the published version is untouched."""
        self.policy.mediator_id = self.mediator
        published = self._publish_history(
            self._create_version(content=OUTDATED_CGV, effective=datetime(2026, 1, 1))
        )
        for lang in ("en_US", "fr_FR"):
            with self.subTest(lang=lang):
                wizard = self._generate(lang)
                self.assertEqual(wizard.current_version_id, published)
                action = wizard.action_create_draft()
                draft = self.env["cgv.version"].browse(action["res_id"])
                self.assertRecordValues(
                    draft,
                    [{"state": "draft", "lang": lang, "document_id": self.document.id}],
                )
                self.assertEqual(self._errors(draft.content), [])
                all_findings = rules.check_policy(
                    self.policy._get_rules_policy(), draft.content
                )
                self.assertEqual(all_findings, ())
        self.assertEqual(published.state, "published")
        self.assertIn("7 days", html2plaintext(published.content))
        self.assertTrue(published.is_integrity_verified)

    def test_generated_clauses_follow_the_policy(self):
        """Numbers come from the policy and the mediator is named in full; the
        model form, the withdrawal function and its address are given."""
        self.policy.write(
            {
                "is_withdrawal_extended": True,
                "withdrawal_days": 30,
                "merchant_pays_return": True,
                "mediator_id": self.mediator.id,
            }
        )
        wizard = self._generate("en_US")
        text = html2plaintext(
            "".join(wizard.line_ids.mapped(lambda line: line.generated_content or ""))
        )
        self.assertIn("30 calendar days", text)
        self.assertIn("We bear the cost of returning the goods.", text)
        self.assertIn('"Withdraw from contract here"', text)
        self.assertIn("/my/orders", text)
        self.assertIn("Model withdrawal form", text)
        self.assertIn("Médiation Exemple SAS", text)
        self.assertIn("1 rue de la Paix, 75002 Paris", text)
        self.assertIn("https://mediation.example.org", text)
        self.assertNotIn("europa.eu", text)
        self.assertIn("300,000", text)
        # the 12-month repair extension of contracts from 31 July 2026 and the
        # harmonised notice (Directives (EU) 2024/1799 and 2024/825)
        self.assertIn("12-month extension of the guarantee for contracts", text)
        self.assertIn("07/31/2026", text)
        self.assertIn("harmonised notice of the European Union", text)

    def test_terms_promising_six_months_after_repair_are_flagged(self):
        """A version in force that promises 6 months after a repair is flagged
        from 31 July 2026 (repair_extension_outdated), not before."""
        self.policy.mediator_id = self.mediator
        self._publish_history(
            self._create_version(
                content="<p>Le bien réparé dans le cadre de la garantie légale "
                "bénéficie d'une extension de garantie de six mois.</p>",
                effective=datetime(2026, 1, 1),
            )
        )
        for at, flagged in (
            (datetime(2026, 7, 30, 12), False),
            # 00:30 on 31 July in Paris (summer time)
            (datetime(2026, 7, 30, 22, 30), True),
            (datetime(2026, 7, 31, 12), True),
        ):
            findings, _version = self.policy._get_findings(at)
            codes = [finding.code for finding in findings]
            self.assertEqual("repair_extension_outdated" in codes, flagged, at)

    def test_french_clauses_are_translated(self):
        """French terms get the French statutory wording."""
        self.policy.mediator_id = self.mediator
        wizard = self._generate("fr_FR")
        text = html2plaintext(
            "".join(wizard.line_ids.mapped(lambda line: line.generated_content or ""))
        )
        self.assertIn("garantie légale de conformité", text)
        self.assertIn("Renoncer au contrat ici", text)
        self.assertIn("Formulaire type de rétractation", text)

    def test_clauses_shown_as_the_dialog_opens(self):
        """The comparison is there before anything is saved, and follows a
        change of language at once (no 'Show in this language' round trip)."""
        self.policy.mediator_id = self.mediator
        wizard_form = Form(
            self.env["cgv.version.generate"].with_context(
                default_company_id=self.company.id, default_lang="en_US"
            )
        )
        self.assertIn("o_cgv_comparison", wizard_form.comparison_html)
        self.assertIn("Right of withdrawal", wizard_form.comparison_html)
        self.assertNotIn("Renoncer au contrat ici", wizard_form.comparison_html)
        wizard_form.lang = "fr_FR"
        self.assertIn("Renoncer au contrat ici", wizard_form.comparison_html)
        wizard = wizard_form.save()
        self.assertIn(
            "Renoncer au contrat ici",
            "".join(wizard.line_ids.mapped(lambda line: line.generated_content or "")),
        )

    def test_sections_replaced_clause_by_clause(self):
        """Sections the law frames are replaced, the others kept in place; the
        comparison shows both texts and the words that change."""
        self.policy.mediator_id = self.mediator
        self._publish_history(
            self._create_version(content=OUTDATED_CGV, effective=datetime(2026, 1, 1))
        )
        wizard = self._generate("en_US")
        self.assertEqual(
            wizard.line_ids.mapped("clause"),
            ["kept", "withdrawal", "guarantee_box", "mediation", "delivery"],
        )
        kept = wizard.line_ids[0]
        self.assertEqual(kept.current_content, kept.generated_content)
        withdrawal = wizard.line_ids.filtered(lambda line: line.clause == "withdrawal")
        self.assertIn("7 days", html2plaintext(withdrawal.current_content))
        comparison = wizard.comparison_html
        self.assertIn("<del", comparison)
        self.assertIn("<ins", comparison)
        self.assertIn("Not in the version in force.", comparison)

    def test_merchant_paragraphs_kept_in_a_rewritten_section(self):
        """A section the generator rewrites keeps the merchant's own paragraphs
        (SmallMX's cancellation fee and storage), after the generated clause and
        in the comparison; the paragraphs the clause replaces are dropped."""
        self.policy.mediator_id = self.mediator
        self._publish_history(
            self._create_version(
                content=SMALLMX_SECTIONS, effective=datetime(2026, 1, 1)
            )
        )
        wizard = self._generate("fr_FR")
        delivery = wizard.line_ids.filtered(lambda line: line.clause == "delivery")
        guarantee = wizard.line_ids.filtered(
            lambda line: line.clause == "guarantee_box"
        )
        self.assertIn("Frais d'annulation après préparation", delivery.kept_content)
        self.assertNotIn("ne peut être annulée que si", delivery.kept_content)
        self.assertNotIn("3 jours", html2plaintext(delivery.kept_content))
        generated = html2plaintext(delivery.generated_content)
        self.assertIn("Magasinage : 15 € par jour", generated)
        self.assertNotIn("ne peut être annulée que si", generated)
        self.assertIn("Garantie commerciale", guarantee.kept_content)
        self.assertNotIn("expert agréé", guarantee.generated_content)
        self.assertIn("Your paragraphs kept in this clause", wizard.comparison_html)
        draft = self.env["cgv.version"].browse(wizard.action_create_draft()["res_id"])
        self.assertIn("Frais d'annulation après préparation", draft.content)
        self.assertIn("Garantie commerciale : cadre un (1) an", draft.content)

    def test_without_mediator_the_clause_is_left_to_complete(self):
        """No mediator in the policy: a visible placeholder, never an invented
        mediator; the check still asks for the mediator's identity."""
        wizard = self._generate("en_US")
        self.assertFalse(wizard.has_mediator)
        draft = self.env["cgv.version"].browse(wizard.action_create_draft()["res_id"])
        self.assertIn("[To complete:", html2plaintext(draft.content))
        codes = {
            finding.code
            for finding in rules.check_policy(
                self.policy._get_rules_policy(), draft.content
            )
        }
        self.assertEqual(codes, {"mediator_identity_incomplete"})
        self.assertEqual(draft.document_id, self.document)

    def test_only_managers_of_the_company_generate(self):
        """A consumer-law user cannot generate; a manager only for his companies."""
        user = new_test_user(
            self.env,
            login="gen_user",
            groups="base.group_user,consumer_law.consumer_law_group_user",
        )
        manager = new_test_user(
            self.env,
            login="gen_manager",
            groups="base.group_user,consumer_law.consumer_law_group_manager",
            company_id=self.company.id,
            company_ids=[self.company.id],
        )
        with self.assertRaises(AccessError):
            self.env["cgv.version.generate"].with_user(user).create(
                {"company_id": self.company.id, "lang": "en_US"}
            )
        with self.assertRaises(AccessError):
            self.env["cgv.version.generate"].with_user(manager).create(
                {"company_id": self.other_company.id, "lang": "en_US"}
            )
        wizard = (
            self.env["cgv.version.generate"]
            .with_user(manager)
            .create({"company_id": self.company.id, "lang": "en_US"})
        )
        self.assertEqual(len(wizard.line_ids), 4)
