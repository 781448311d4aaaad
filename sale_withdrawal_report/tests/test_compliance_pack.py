# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date, datetime
from unittest.mock import patch

from freezegun import freeze_time

from odoo.tests import tagged

from odoo.addons.consumer_law_report.reports.compliance_pack import CompliancePack
from odoo.addons.consumer_law_report.reports.compliance_pack_xlsx import (
    excel_currency_format,
)
from odoo.addons.consumer_law_report.tests.common import open_workbook, sheet_rows

from ..reports.compliance_topics import WithdrawalWindowTopic
from .bulk_data import clone_orders
from .common import CompliancePackCommon

SHEETS = [
    "Summary",
    "Withdrawal windows",
    "Withdrawal requests",
    "Refund obligations",
    "No recorded acceptance",
    "Terms versions",
    "Returns",
    "Guarantee extensions",
    "Cancellations",
    "Storage fees",
    "Retention of title",
    "Complaints",
    "Archive register",
    "Data retention over",
]


@tagged("post_install", "-at_install")
class TestCompliancePack(CompliancePackCommon):
    def test_sheets_and_summary(self):
        """One sheet per topic after the summary, which gives each topic's
        figure, amount and article."""
        workbook = self._print_pack()
        self.assertEqual(workbook.sheetnames, SHEETS)
        summary = sheet_rows(workbook["Summary"])
        self.assertEqual(summary[0][0], "Consumer-law compliance pack")
        self.assertEqual(summary[2][1:3], (datetime(2026, 4, 1), datetime(2026, 5, 31)))
        self.assertEqual(
            summary[5], ("Topic", "Article", "Items", "Amount", "Amount of", "Judged")
        )
        figures = {row[0]: row[1:4] for row in summary[6:]}
        self.assertEqual(
            figures["Withdrawal windows open or closing"],
            ("C. consom. L221-18", 2, 336.0),
        )
        self.assertEqual(figures["Storage fees billed"][1:], (1, 60.0))
        self.assertEqual(
            figures["Customers whose data retention is over"][1:], (1, None)
        )
        self.assertEqual(figures["Goods under retention of title"][1:], (0, 0))
        self.assertEqual(workbook["Summary"].freeze_panes, "A7")

    def test_withdrawal_windows(self):
        """Open and closing windows judged on the day the pack is printed, dates
        as dates and amounts as numbers, with a total."""
        sheet = self._print_pack()["Withdrawal windows"]
        rows = sheet_rows(sheet)
        self.assertEqual(
            rows[0],
            (
                "Company",
                "Order",
                "Customer",
                "Window starts",
                "Last day",
                "Days left",
                "Order total",
                "Window",
            ),
        )
        company, customer = self.company.name, self.customer.name
        self.assertEqual(
            rows[1:],
            [
                (
                    company,
                    self.order_closing.name,
                    customer,
                    datetime(2026, 4, 28),
                    datetime(2026, 5, 11),
                    1,
                    168.0,
                    "Closes within 3 days",
                ),
                (
                    company,
                    self.order_open.name,
                    customer,
                    datetime(2026, 5, 5),
                    datetime(2026, 5, 18),
                    8,
                    168.0,
                    "Open",
                ),
                ("Total", None, None, None, None, None, 336.0, None),
            ],
        )
        self.assertEqual(sheet.freeze_panes, "A2")
        self.assertEqual(sheet.auto_filter.ref, "A1:H3")
        # dates in the user's language format, amounts in the company's currency
        self.assertEqual(sheet["D2"].number_format, "mm/dd/yyyy")
        symbol = self.company.currency_id.symbol
        self.assertIn(f'"{symbol}"', sheet["G2"].number_format)
        self.assertIn(f'"{symbol}"', sheet["G4"].number_format)

    def test_formats_follow_language_and_currency(self):
        """In French, dates read dd/mm/yyyy and amounts carry the currency's
        symbol on the currency's side, on every sheet and on the summary."""
        self.env["res.lang"]._activate_lang("fr_FR")
        currency = self.company.currency_id
        with freeze_time(datetime(2026, 5, 10, 9, 0)):
            content = self.company.with_context(lang="fr_FR")._render_compliance_pack(
                date(2026, 4, 1), date(2026, 5, 31)
            )
        workbook = open_workbook(content)
        expected = excel_currency_format(currency)
        self.assertEqual(workbook.worksheets[0]["B3"].number_format, "dd/mm/yyyy")
        self.assertEqual(workbook.worksheets[0]["D7"].number_format, expected)
        for sheet in workbook.worksheets[1:]:
            header = next(sheet.iter_rows(min_row=1, max_row=1))
            second = next(sheet.iter_rows(min_row=2, max_row=2), ())
            for title, cell in zip(header, second, strict=False):
                if isinstance(cell.value, datetime):
                    self.assertIn(
                        cell.number_format,
                        ("dd/mm/yyyy", "dd/mm/yyyy hh:mm"),
                        f"{sheet.title}: {title.value}",
                    )
        self.assertIn(f'"{currency.symbol}"', expected)

    def test_refunds_by_ground(self):
        """Every refund obligation with its ground, article, amount and dates."""
        rows = sheet_rows(self._print_pack()["Refund obligations"])
        withdrawal = self.request.refund_id
        self.assertEqual(
            [row[1:4] for row in rows[1:-1]],
            [
                (
                    self.refund_conformity.name,
                    "Lack of conformity",
                    self.refund_conformity.legal_basis,
                ),
                (withdrawal.name, "Withdrawal", withdrawal.legal_basis),
            ],
        )
        self.assertEqual(
            rows[2][6:10],
            (
                withdrawal.amount,
                datetime(2026, 5, 6),
                datetime.combine(withdrawal.due_date, datetime.min.time()),
                None,
            ),
        )
        self.assertEqual(rows[-1][6], withdrawal.amount + self.refund_conformity.amount)

    def test_withdrawal_request_surcharge_matches_refund_engine(self):
        """Long after the due date the request is late, and the surcharge owed
        today is the refund engine's own (L242-4)."""
        on = date(2026, 7, 15)
        rows = sheet_rows(self._print_pack(on=on)["Withdrawal requests"])
        self.assertEqual(len(rows), 3)
        with freeze_time(on):
            refund = self.request.refund_id
            refund.invalidate_recordset()
            days_late, surcharge = refund.days_late, refund.surcharge_amount
        self.assertGreater(surcharge, 0)
        self.assertEqual(
            rows[1][1:],
            (
                self.request.name,
                self.order_withdrawn.name,
                self.customer.name,
                datetime(2026, 5, 6, 11, 0),
                datetime.combine(refund.due_date, datetime.min.time()),
                refund.amount,
                None,
                days_late,
                surcharge,
                "Late",
            ),
        )
        self.assertEqual(rows[2][9], surcharge)

    def test_orders_without_acceptance_and_terms_versions(self):
        """Consumer orders confirmed in the period without an acceptance; the
        version in force with its SHA-256 and the orders stamped with it."""
        workbook = self._print_pack()
        rows = sheet_rows(workbook["No recorded acceptance"])
        self.assertEqual(
            {row[1] for row in rows[1:-1]},
            {
                self.order_open.name,
                self.order_closing.name,
                self.order_withdrawn.name,
                self.order_conformity.name,
            },
        )
        # the conformity order carries a 60.00 storage fee
        self.assertEqual(rows[-1][6], 4 * 168.0 + 60.0)
        terms = sheet_rows(workbook["Terms versions"])
        self.assertEqual(
            terms[1][1:],
            (
                self.document.name,
                self.version.version,
                "en_US",
                datetime(2026, 1, 1, 10, 0),
                None,
                6,
                self.version.content_sha256,
            ),
        )
        self.assertEqual(len(self.version.content_sha256), 64)

    def test_storage_fees_archive_register_and_data_retention(self):
        workbook = self._print_pack()
        fees = sheet_rows(workbook["Storage fees"])
        self.assertEqual(
            fees[1][1:],
            (
                self.order_conformity.name,
                self.customer.name,
                "Carrier storage",
                datetime(2026, 5, 5),
                "Carrier storage, 4 days",
                60.0,
                "No",
            ),
        )
        register = {row[1]: row[3:] for row in sheet_rows(workbook["Archive register"])}
        # delivered: 10 years from the delivery; not delivered: from the conclusion
        self.assertEqual(
            register[self.order_open.name],
            (datetime(2026, 4, 20), datetime(2026, 5, 4), 168.0, datetime(2036, 5, 4)),
        )
        self.assertEqual(register[self.order_conformity.name][-1], datetime(2036, 5, 2))
        self.assertNotIn(self.order_old.name, register)
        retention = sheet_rows(workbook["Data retention over"])
        self.assertEqual(
            retention[1:-1],
            [
                (
                    self.company.name,
                    "Ancien Client",
                    "ancien.client@example.com",
                    datetime(2022, 3, 1),
                    3,
                    datetime(2025, 3, 1),
                )
            ],
        )

    def test_retention_over_button_lists_customers(self):
        with freeze_time(datetime(2026, 5, 10, 9, 0)):
            wizard = self.env["consumer.law.pack"].with_user(self.manager).create({})
            self.assertEqual(wizard.retention_over_count, 1)
            action = wizard.action_view_retention_over()
        self.assertEqual(
            self.env["res.partner"].search(action["domain"]), self.old_customer
        )

    def test_topics_come_from_the_registry(self):
        """The pack and the exposure figures hold the registered topics: a topic
        whose addon is not installed (not registered) is in neither."""
        registry = self.env["consumer.law.report.topic"]
        classes = [
            topic
            for topic in registry._get_topic_classes()
            if topic is not WithdrawalWindowTopic
        ]
        with patch.object(type(registry), "_get_topic_classes", lambda model: classes):
            workbook = self._print_pack()
            figures = self.env["consumer.law.exposure"]._refresh(self.company)
        self.assertNotIn("Withdrawal windows", workbook.sheetnames)
        self.assertEqual(len(workbook.sheetnames), len(SHEETS) - 1)
        self.assertNotIn("withdrawal_windows", figures.mapped("topic"))
        self.assertIn("withdrawal_requests", figures.mapped("topic"))

    def test_exposure_figures_are_the_pack_figures(self):
        """For one period, the exposure figures (list, pivot, graph, dashboard)
        are the pack's summary: same items and amount per topic."""
        workbook = self._print_pack()
        summary = sheet_rows(workbook["Summary"])[6:]
        titles = {
            topic.key: topic._get_title()
            for topic in self.env["consumer.law.report.topic"]._get_topics(
                CompliancePack(
                    self.env, self.company, date(2026, 4, 1), date(2026, 5, 31)
                )
            )
        }
        with freeze_time(datetime(2026, 5, 10, 9, 0)):
            figures = self.env["consumer.law.exposure"]._refresh(
                self.company, date_from=date(2026, 4, 1), date_to=date(2026, 5, 31)
            )
        self.assertEqual(len(figures), len(summary))
        by_title = {row[0]: (row[2], row[3] or 0.0) for row in summary}
        for figure in figures:
            self.assertEqual(
                (figure.item_count, figure.amount),
                by_title[titles[figure.topic]],
                figure.topic,
            )
        self.assertEqual(figures.mapped("date_from"), [date(2026, 4, 1)] * len(figures))
        # the exposure of an order-rich topic is not zero: the same rows counted
        self.assertGreater(sum(figures.mapped("item_count")), 0)

    def test_exposure_figures(self):
        """The figures of the views and the dashboard are the summary's, the
        latest ones flagged."""
        with freeze_time(datetime(2026, 5, 9, 9, 0)):
            first = self.env["consumer.law.exposure"]._refresh(self.company)
        with freeze_time(datetime(2026, 5, 10, 9, 0)):
            latest = self.env["consumer.law.exposure"]._refresh(self.company)
        self.assertFalse(any(first.mapped("is_latest")))
        self.assertTrue(all(latest.mapped("is_latest")))
        by_topic = {figure.topic: figure for figure in latest}
        self.assertEqual(by_topic["withdrawal_windows"].item_count, 2)
        self.assertEqual(by_topic["withdrawal_windows"].amount, 336.0)
        self.assertEqual(by_topic["storage_fees"].amount, 60.0)
        self.assertEqual(by_topic["data_retention"].item_count, 1)
        groups = self.env["consumer.law.exposure"]._read_group(
            [("is_latest", "=", True), ("company_id", "=", self.company.id)],
            ["topic"],
            ["item_count:sum"],
        )
        self.assertEqual(dict(groups)["withdrawal_windows"], 2)

    def test_query_count_does_not_depend_on_orders(self):
        """Rendering 100 or 1,000 orders' pack costs the same queries."""
        self.fee_line.order_id = self.order_withdrawn
        self.request.refund_id  # noqa: B018 - the template carries its refund

        def render():
            self.env.flush_all()
            self.env.invalidate_all()
            before = self.env.cr.sql_log_count
            with freeze_time(datetime(2026, 5, 10, 9, 0)):
                content = self.company._render_compliance_pack(
                    date(2024, 1, 1), date(2026, 5, 31)
                )
            return self.env.cr.sql_log_count - before, open_workbook(content)

        clone_orders(self.env, self.order_withdrawn, 100)
        hundred, small = render()
        clone_orders(self.env, self.order_withdrawn, 900)
        thousand, large = render()
        self.assertEqual(hundred, thousand)
        for sheet in ("Withdrawal requests", "Refund obligations", "Archive register"):
            self.assertGreaterEqual(large[sheet].max_row - small[sheet].max_row, 900)
        # the topics' own rows are streamed outside the cursor's query log: one
        # query per topic, whatever the rows (data retention reads its rows
        # with the pack's plain query, counted above)
        pack = CompliancePack(
            self.env,
            self.company,
            date(2024, 1, 1),
            date(2026, 5, 31),
            date(2026, 5, 10),
        )
        topics = pack.get_topics()
        rows = sum(
            sum(items for items, _amount in topic._get_figures().values())
            for topic in topics
        )
        self.assertGreaterEqual(rows, 3000)
        self.assertEqual(pack.query_count, len(topics) - 1)
