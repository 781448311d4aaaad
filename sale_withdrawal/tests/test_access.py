# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from odoo.exceptions import AccessError
from odoo.tests import new_test_user

from .common import SaleWithdrawalCommon


class TestWithdrawalAccess(SaleWithdrawalCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.order = cls._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        cls.withdrawal = cls._create_request(
            cls.order, {cls.order._get_withdrawal_goods_lines()[0]: 1}
        )
        cls.portal_user = new_test_user(
            cls.env,
            login="wd_access_portal",
            groups="base.group_portal",
            partner_id=cls.customer.id,
            email=cls.customer.email,
        )
        cls.other_portal_user = new_test_user(
            cls.env, login="wd_access_other", groups="base.group_portal"
        )
        cls.salesman = new_test_user(
            cls.env,
            login="wd_access_salesman",
            groups="sales_team.group_sale_salesman_all_leads",
        )
        # the salesperson of the order: sales rules show him its documents
        cls.order.user_id = cls.salesman
        cls.other_company_user = new_test_user(
            cls.env,
            login="wd_access_other_company",
            groups="sales_team.group_sale_salesman",
            company_id=cls.other_company.id,
            company_ids=[cls.other_company.id],
        )

    def test_portal_customer_reads_own_request_only(self):
        """The customer reads his own request; another portal user cannot."""
        withdrawal = self.withdrawal.with_user(self.portal_user)
        self.assertEqual(withdrawal.name, self.withdrawal.name)
        self.assertEqual(withdrawal.line_ids.quantity, 1.0)
        with self.assertRaises(AccessError):
            self.withdrawal.with_user(self.other_portal_user).read(["name"])
        with self.assertRaises(AccessError):
            withdrawal.write({"statement": "changed"})

    def test_sales_staff_record_but_do_not_delete(self):
        """Sales staff (consumer-law users) record requests; only managers delete."""
        withdrawal = self.withdrawal.with_user(self.salesman)
        withdrawal.goods_back_date = datetime(2026, 5, 12).date()
        self.assertEqual(withdrawal.state, "goods_back")
        with self.assertRaises(AccessError):
            withdrawal.unlink()

    def test_other_company_cannot_read(self):
        """A user of another company does not see the request."""
        with self.assertRaises(AccessError):
            self.withdrawal.with_user(self.other_company_user).read(["name"])
