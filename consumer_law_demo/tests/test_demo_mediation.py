# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import TransactionCase

COMPANIES = ("rallye", "minialuxe", "smallmx", "raynaud")


class TestDemoMediation(TransactionCase):
    """The complaints demo (sale_mediation): every state for the four companies,
    a referral for each company with a mediator."""

    def _ref(self, name):
        return self.env.ref(f"consumer_law_demo.{name}")

    def test_complaints_in_every_state_per_company(self):
        """Each company has received, answered, closed and cancelled complaints."""
        for company in COMPANIES:
            states = {
                self._ref(f"cmp_demo_{company}_{state}").state
                for state in ("received", "answered", "closed", "cancel")
            }
            self.assertEqual(
                states, {"received", "answered", "closed", "cancel"}, company
            )

    def test_referrals_of_the_companies_with_a_mediator(self):
        """SmallMX's referral is in mediation with the mediator's dates;
        Raynaud's is admissible but its mediator's identity is flagged."""
        smallmx = self._ref("cmp_demo_smallmx_referral")
        self.assertEqual(smallmx.state, "mediation")
        self.assertTrue(smallmx.mediation_admissible)
        self.assertTrue(smallmx.referral_letter_id)
        self.assertTrue(smallmx.mediation_outcome_due_date)
        raynaud = self._ref("cmp_demo_raynaud_referral")
        self.assertTrue(raynaud.mediation_admissible)
        self.assertFalse(raynaud.referral_letter_id)
        self.assertIn("website", raynaud.mediator_missing_identity)

    def test_companies_without_mediator_show_inadmissible_requests(self):
        """Rallye's phone complaint and Minialuxe's late request are
        inadmissible, with their L612-2 ground."""
        self.assertEqual(
            self._ref("cmp_demo_rallye_phone").mediation_reason, "L612-2 1°"
        )
        self.assertEqual(
            self._ref("cmp_demo_minialuxe_late_request").mediation_reason, "L612-2 4°"
        )
