# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime

from odoo.tests import TransactionCase

# LEGAL_RULES §16: the flags each seed merchant's terms of sale must raise.
EXPECTED = {
    "company_rallye": {
        "withdrawal_period_below_legal_minimum",
        "obsolete_article_reference",
        "missing_legal_guarantee_box",
        "no_mediator",
        "legal_guarantee_restricted",
    },
    "company_minialuxe": {
        "withdrawal_period_below_legal_minimum",
        "obsolete_article_reference",
        "missing_legal_guarantee_box",
        "no_mediator",
        "legal_guarantee_restricted",
        "risk_transfer_at_carrier",
        "clause_more_restrictive_than_L216-6",
    },
    "company_smallmx": {
        "conformity_presumption_outdated",
        "clause_unopened_vehicle_condition",
        "annex_excludes_delivery_refund",
        "cancellation_fee_legal_risk",
        "commercial_guarantee_duration_unit_missing",
        "obsolete_odr_reference",
        "missing_legal_guarantee_box",
        "clause_more_restrictive_than_L216-6",
    },
    "company_raynaud": {
        "late_delivery_surcharge_clause_outdated",
        "suspicious_duration",
        "mediation_prior_to_court_clause",
        "mediator_identity_incomplete",
        "obsolete_odr_reference",
        "obsolete_article_reference",
        "missing_legal_guarantee_box",
    },
}
# Findings a company must not get: what its terms get right.
NOT_EXPECTED = {
    "company_rallye": {"obsolete_odr_reference", "conformity_presumption_outdated"},
    "company_minialuxe": {"obsolete_odr_reference", "cancellation_fee_legal_risk"},
    "company_smallmx": {
        "withdrawal_period_below_legal_minimum",
        "no_mediator",
        "mediator_identity_incomplete",
    },
    "company_raynaud": {"withdrawal_period_below_legal_minimum", "no_mediator"},
}


class TestDemoFindings(TransactionCase):
    def _codes(self, xmlid, at=datetime(2026, 11, 2, 10, 0)):
        company = self.env.ref(f"consumer_law_demo.{xmlid}")
        findings, version = company.consumer_policy_id._get_findings(at=at)
        return {finding.code for finding in findings}, version

    def test_each_demo_company_shows_its_real_findings(self):
        """'Check my terms of sale' shows each seed merchant's flags (§16)."""
        for xmlid, expected in EXPECTED.items():
            with self.subTest(company=xmlid):
                codes, version = self._codes(xmlid)
                self.assertEqual(version.version, 2)
                self.assertLessEqual(expected, codes)
                self.assertFalse(
                    codes & NOT_EXPECTED[xmlid], codes & NOT_EXPECTED[xmlid]
                )

    def test_versions_published_with_digest(self):
        """Each demo company has two published versions with their digest."""
        for xmlid in EXPECTED:
            company = self.env.ref(f"consumer_law_demo.{xmlid}")
            versions = company.cgv_document_ids.version_ids
            self.assertEqual(len(versions), 2)
            self.assertEqual(set(versions.mapped("state")), {"published"})
            self.assertTrue(all(versions.mapped("is_integrity_verified")))

    def test_older_version_in_force_in_the_past(self):
        """The first version is the one in force before the second took effect."""
        company = self.env.ref("consumer_law_demo.company_smallmx")
        version = self.env["cgv.version"]._get_in_force(
            company, datetime(2023, 1, 1), lang="fr_FR"
        )
        self.assertEqual(version, self.env.ref("consumer_law_demo.cgv_smallmx_v1"))

    def test_policies_hold_seed_parameters(self):
        """Raynaud's 30 days and SmallMX's mediator and calendar are configured."""
        raynaud = self.env.ref("consumer_law_demo.company_raynaud").consumer_policy_id
        smallmx = self.env.ref("consumer_law_demo.company_smallmx").consumer_policy_id
        self.assertRecordValues(
            raynaud, [{"withdrawal_days": 30, "complaint_window_days": 23}]
        )
        self.assertRecordValues(
            smallmx,
            [
                {
                    "withdrawal_days": 14,
                    "holiday_region": "FR-67",
                    "mediator_id": self.env.ref(
                        "consumer_law_demo.mediator_smallmx"
                    ).id,
                }
            ],
        )

    def test_admin_reaches_demo_companies(self):
        """The administrator can switch to every demo company."""
        admin = self.env.ref("base.user_admin")
        for xmlid in EXPECTED:
            self.assertIn(self.env.ref(f"consumer_law_demo.{xmlid}"), admin.company_ids)
