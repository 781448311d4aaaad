# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import RetentionCommon


@tagged("post_install", "-at_install")
class TestRetentionAccess(RetentionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.order = cls._create_order(qty=1)
        cls._deliver(cls.order)
        cls._invoice(cls.order)
        cls.recovery = cls.env["account.retention.recovery"].create(
            {"order_id": cls.order.id, "recovered_value": 100.0}
        )

        def user(login, groups, company):
            return cls.env["res.users"].create(
                {
                    "name": login,
                    "login": login,
                    "company_id": company.id,
                    "company_ids": [Command.set(company.ids)],
                    "groups_id": [Command.set(groups.ids)],
                }
            )

        cls.salesman = user(
            "rot_salesman",
            cls.env.ref("sales_team.group_sale_salesman_all_leads"),
            cls.company,
        )
        cls.stock_user = user(
            "rot_stock_user", cls.env.ref("stock.group_stock_user"), cls.company
        )
        cls.other_salesman = user(
            "rot_other_salesman",
            cls.env.ref("sales_team.group_sale_salesman_all_leads"),
            cls.other_company,
        )

    def test_salesman_sees_report_and_recoveries_of_his_company(self):
        """Consumer-law users read the report and record recoveries."""
        report = self.env["account.retention.title.report"].with_user(self.salesman)
        self.assertEqual(
            report.search([("order_id", "=", self.order.id)]).quantity, 1.0
        )
        self.assertTrue(self.recovery.with_user(self.salesman).surplus_amount >= 0)
        with self.assertRaises(AccessError):
            self.recovery.with_user(self.salesman).unlink()

    def test_other_company_sees_nothing(self):
        """Multi-company rules hide the report rows and recoveries."""
        report = self.env["account.retention.title.report"].with_user(
            self.other_salesman
        )
        self.assertFalse(report.search([("order_id", "=", self.order.id)]))
        with self.assertRaises(AccessError):
            self.recovery.with_user(self.other_salesman).read(["surplus_amount"])

    def test_stock_user_cannot_read_the_report(self):
        """Without consumer-law or invoicing rights the report is closed."""
        with self.assertRaises(AccessError):
            self.env["account.retention.title.report"].with_user(
                self.stock_user
            ).search([])
        with self.assertRaises(AccessError):
            self.env["account.move.formal.notice"].with_user(self.stock_user).create(
                {"move_id": self.order.invoice_ids.id}
            )
