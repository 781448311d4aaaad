# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import TransactionCase

COMPANIES = ("rallye", "minialuxe", "smallmx", "raynaud")


class TestDemoReturns(TransactionCase):
    """The returns demo (sale_consumer_return): every ground and outcome, returns
    for the four companies, portal claims waiting for staff."""

    def _returns(self):
        companies = self.env["res.company"].browse(
            self.env.ref(f"consumer_law_demo.company_{name}").id for name in COMPANIES
        )
        return self.env["sale.consumer.return"].search(
            [("company_id", "in", companies.ids)]
        )

    def test_every_ground_and_outcome_for_every_company(self):
        """Each company has returns; every ground and every outcome is shown."""
        returns = self._returns()
        for name in COMPANIES:
            company = self.env.ref(f"consumer_law_demo.company_{name}")
            self.assertTrue(returns.filtered(lambda r, c=company: r.company_id == c))
        grounds = (
            self.env["sale.consumer.return"]._fields["ground"].get_values(self.env)
        )
        self.assertEqual(set(returns.mapped("ground")), set(grounds))
        decided = returns.filtered(lambda claim: claim.state != "claimed")
        outcomes = (
            self.env["sale.consumer.return"]._fields["outcome"].get_values(self.env)
        )
        self.assertEqual(set(decided.mapped("outcome")), set(outcomes))

    def test_portal_claims_wait_for_staff_and_money_goes_through_the_engine(self):
        """Portal claims are to decide; every refund or price reduction has its
        refund obligation, and the Rallye transport refund its return delivery."""
        returns = self._returns()
        portal = returns.filtered(lambda claim: claim.channel == "portal")
        self.assertTrue(portal)
        self.assertEqual(set(portal.mapped("state")), {"claimed"})
        paid = returns.filtered(
            lambda claim: claim.outcome in ("refund", "price_reduction")
        )
        self.assertTrue(all(paid.mapped("refund_id")))
        rallye = self.env.ref("consumer_law_demo.scr_demo_order_rallye_f")
        claim = returns.filtered(lambda r: r.order_id == rallye)
        self.assertEqual(claim.ground, "transport_damage")
        self.assertTrue(claim.return_picking_id)
        self.assertFalse(claim.is_carrier_claim_barred)
