# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields
from odoo.tests import TransactionCase

import consumer_law_rules as rules

DEMO_COMPANIES = (
    "company_rallye",
    "company_minialuxe",
    "company_smallmx",
    "company_raynaud",
)


class TestDemoGeneratedTerms(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.module.module"]._load_module_terms(
            ["consumer_law"], ["fr_FR"], overwrite=True
        )

    def test_generated_drafts_pass_their_own_check(self):
        """For each seed merchant, the terms generated from its policy, in the
        language of its terms in force, give no error-level finding; the version
        in force stays published and unchanged."""
        now = fields.Datetime.now()
        for xmlid in DEMO_COMPANIES:
            with self.subTest(company=xmlid):
                company = self.env.ref(f"consumer_law_demo.{xmlid}")
                in_force = self.env["cgv.version"]._get_in_force(company, now)
                digest = in_force.content_sha256
                wizard = self.env["cgv.version.generate"].create(
                    {"company_id": company.id, "lang": in_force.lang}
                )
                draft = self.env["cgv.version"].browse(
                    wizard.action_create_draft()["res_id"]
                )
                self.assertEqual(draft.state, "draft")
                self.assertEqual(draft.document_id, in_force.document_id)
                policy = company.consumer_policy_id
                findings = rules.check_policy(
                    policy._get_rules_policy(), draft.content, at=now.date()
                )
                errors = [f.code for f in findings if f.severity == "error"]
                self.assertEqual(errors, [], draft.content)
                before = rules.check_policy(
                    policy._get_rules_policy(), in_force.content, at=now.date()
                )
                self.assertTrue([f for f in before if f.severity == "error"])
                self.assertRecordValues(
                    in_force, [{"state": "published", "content_sha256": digest}]
                )
                self.assertTrue(in_force.is_integrity_verified)
