# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The title-transfer date of a posted invoice is written by its computation
only (issue: one evidence core)."""

from datetime import date

from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from .common import RetentionCommon


@tagged("post_install", "-at_install")
class TestRetentionEvidence(RetentionCommon):
    def test_title_transfer_date_not_writable(self):
        invoicing = new_test_user(
            self.env, login="rte_invoicing", groups="account.group_account_invoice"
        )
        salesman = new_test_user(
            self.env,
            login="rte_salesman",
            groups="sales_team.group_sale_salesman_all_leads",
        )
        order = self._create_order()
        self._deliver(order)
        invoice = self._invoice(order)
        for target in (
            invoice.with_user(invoicing),
            invoice.with_user(salesman),
            invoice.sudo(),
        ):
            for vals in (
                {"title_transferred_date": date(2026, 1, 1)},
                {"formal_notice_deadline": date(2026, 1, 1)},
            ):
                with self.subTest(vals=vals), self.assertRaises(UserError):
                    target.write(vals)
        invoice.invalidate_recordset()
        self.assertFalse(invoice.title_transferred_date)
