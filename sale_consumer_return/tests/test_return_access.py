# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import ConsumerReturnCommon


@tagged("post_install", "-at_install")
class TestReturnAccess(ConsumerReturnCommon):
    """Who sees and decides returns and guarantees."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman = new_test_user(
            cls.env, login="ret_salesman", groups="sales_team.group_sale_salesman"
        )
        cls.other_salesman = new_test_user(
            cls.env, login="ret_other", groups="sales_team.group_sale_salesman"
        )
        cls.portal_user = new_test_user(
            cls.env,
            login="ret_portal",
            groups="base.group_portal",
            partner_id=cls.customer.id,
        )
        cls.stranger = new_test_user(
            cls.env, login="ret_stranger", groups="base.group_portal"
        )
        cls.other_company_user = new_test_user(
            cls.env,
            login="ret_other_company",
            groups="sales_team.group_sale_salesman_all_leads",
            company_id=cls.other_company.id,
            company_ids=[cls.other_company.id],
        )
        cls.order = cls._delivered()
        cls.order.user_id = cls.salesman

    def test_salesman_decides_own_orders_only(self):
        """The order's salesperson decides; another salesperson sees nothing."""
        claim = self._decide(
            self.order.with_user(self.salesman), "wrong_item", "refund"
        ).with_user(self.salesman)
        self.assertEqual(claim.state, "decided")
        self.assertFalse(
            self.env["sale.consumer.return"]
            .with_user(self.other_salesman)
            .search([("id", "=", claim.id)])
        )
        with self.assertRaises(AccessError):
            claim.with_user(self.other_salesman).read(["name"])
        with self.assertRaises(AccessError):
            claim.line_ids.guarantee_ids.with_user(self.other_salesman).read(
                ["legal_end_date"]
            )

    def test_salesman_cannot_override(self):
        """Only a consumer-law manager decides against the law."""
        with self.assertRaisesRegex(UserError, "only a consumer-law manager"):
            self._decide(
                self.order.with_user(self.salesman),
                "wrong_item",
                "refused",
                override_reason="Not convinced",
            )

    def test_other_company_sees_nothing(self):
        claim = self._decide(self.order, "wrong_item", "refund")
        with self.assertRaises(AccessError):
            claim.with_user(self.other_company_user).read(["name"])

    def test_portal_reads_own_only(self):
        """The customer reads his returns and guarantees; nobody else does, and
        the customer writes nothing."""
        claim = self._decide(self.order, "wrong_item", "refund")
        claim.with_user(self.portal_user).read(["name", "state"])
        units = claim.line_ids.guarantee_ids
        units.with_user(self.portal_user).read(["legal_end_date"])
        with self.assertRaises(AccessError):
            claim.with_user(self.stranger).read(["name"])
        with self.assertRaises(AccessError):
            units.with_user(self.stranger).read(["legal_end_date"])
        with self.assertRaises(AccessError):
            claim.with_user(self.portal_user).check_access("write")

    def test_guarantee_written_by_flows_only(self):
        """Nobody changes a unit's guarantee by hand (not even a manager)."""
        unit = self.env["sale.consumer.guarantee"].search(
            [("order_id", "=", self.order.id)], limit=1
        )
        with self.assertRaises(AccessError):
            unit.with_user(self.salesman).check_access("write")
        with self.assertRaises(UserError):
            unit.with_user(self.env.ref("base.user_admin")).write({"repair_count": 3})
