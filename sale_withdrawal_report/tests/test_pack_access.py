# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import datetime

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from odoo.addons.consumer_law_report.tests.common import REPORT, sheet_rows

from .common import CompliancePackCommon


@tagged("post_install", "-at_install")
class TestPackAccess(CompliancePackCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman = new_test_user(
            cls.env,
            login="pack_salesman",
            groups="base.group_user,sales_team.group_sale_salesman_all_leads",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.other_manager = new_test_user(
            cls.env,
            login="pack_other_manager",
            email="other.manager@example.com",
            groups="base.group_user,consumer_law.consumer_law_group_manager",
            company_id=cls.other_company.id,
            company_ids=[Command.set(cls.other_company.ids)],
        )
        cls.dashboard = cls.env.ref(
            "consumer_law_report.spreadsheet_dashboard_consumer_law"
        )

    def test_only_managers_get_the_pack(self):
        Pack = self.env["consumer.law.pack"]
        with self.assertRaises(AccessError):
            Pack.with_user(self.salesman).create({})
        wizard = Pack.create({"company_id": self.company.id})
        with self.assertRaises(AccessError):
            self.env["ir.actions.report"].with_user(self.salesman)._render_xlsx(
                REPORT, wizard.ids, {}
            )
        Figures = self.env["consumer.law.exposure"]
        with self.assertRaises(AccessError):
            Figures.with_user(self.salesman).search([])
        with self.assertRaises(AccessError):
            Figures.with_user(self.salesman).action_refresh()
        Figures.with_user(self.manager).action_refresh()
        self.assertTrue(Figures.with_user(self.manager).search([]))
        menu = self.env.ref("consumer_law_report.consumer_law_report_menu_root")
        self.assertFalse(menu.with_user(self.salesman)._filter_visible_menus())
        self.assertTrue(menu.with_user(self.manager)._filter_visible_menus())

    def test_only_managers_get_the_dashboard(self):
        Dashboard = self.env["spreadsheet.dashboard"]
        self.assertFalse(
            Dashboard.with_user(self.salesman).search([("id", "=", self.dashboard.id)])
        )
        self.assertEqual(
            Dashboard.with_user(self.manager).search([("id", "=", self.dashboard.id)]),
            self.dashboard,
        )
        data = self.dashboard.with_user(self.manager).get_readonly_dashboard()
        self.assertEqual(
            data["snapshot"]["pivots"]["1"]["model"], "consumer.law.exposure"
        )

    def test_company_isolation(self):
        """A manager gets only his companies' pack and figures."""
        with freeze_time(datetime(2026, 5, 10, 9, 0)):
            wizard = (
                self.env["consumer.law.pack"]
                .with_user(self.other_manager)
                .create({"company_id": self.company.id})
            )
            with self.assertRaises(AccessError):
                wizard.action_print()
            with self.assertRaises(AccessError):
                self.env["ir.actions.report"].with_user(
                    self.other_manager
                )._render_xlsx(REPORT, wizard.ids, {})
            self.env["consumer.law.exposure"]._refresh(
                self.company | self.other_company
            )
        workbook = self._print_pack(user=self.other_manager, is_all_companies=True)
        for name in workbook.sheetnames[1:]:
            # header and total: nothing of the first company
            self.assertEqual(len(sheet_rows(workbook[name])), 2, name)
        self.assertEqual(sheet_rows(workbook["Summary"])[1][0], self.other_company.name)
        figures = self.env["consumer.law.exposure"].with_user(self.other_manager)
        self.assertEqual(figures.search([]).company_id, self.other_company)
        self.assertEqual(
            figures.with_user(self.manager).search([]).company_id, self.company
        )
