# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The withdrawal's stored computed and related fields are the flow's (issue:
one evidence core)."""

from datetime import date

from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from .common import SaleWithdrawalCommon


@tagged("post_install", "-at_install")
class TestWithdrawalEvidenceCore(SaleWithdrawalCommon):
    def test_state_and_refund_due_date_not_writable(self):
        salesman = new_test_user(
            self.env, login="wec_all", groups="sales_team.group_sale_salesman_all_leads"
        )
        order = self._delivered_order()
        withdrawal = self._create_request(order)
        before = withdrawal.read(["state", "refund_due_date", "received_at"])[0]
        for target in (withdrawal.with_user(salesman), withdrawal.sudo()):
            for vals in (
                {"state": "refunded"},
                {"refund_due_date": date(2030, 1, 1)},
                {"received_at": "2026-05-01 08:00:00"},
                {"acknowledged_at": False},
            ):
                with self.subTest(vals=vals), self.assertRaises(UserError):
                    target.write(vals)
        withdrawal.invalidate_recordset()
        self.assertEqual(
            withdrawal.read(["state", "refund_due_date", "received_at"])[0], before
        )

    def test_staff_cannot_record_a_portal_withdrawal(self):
        order = self._delivered_order()
        with self.assertRaisesRegex(UserError, "portal"):
            self._create_request(order, channel="portal")
        with self.assertRaisesRegex(UserError, "cannot be duplicated"):
            self._create_request(order).copy()
