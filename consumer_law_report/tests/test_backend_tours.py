# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The compliance pack downloaded and the dashboard opened in the web client
(Chromium); the tours are in static/tests/tours/consumer_law_report_backend_tour.js."""

import time
from io import BytesIO

from openpyxl import load_workbook

from odoo.tests import tagged

from odoo.addons.consumer_law.tests.tour_common import ConsumerTourCase


@tagged("post_install", "-at_install")
class TestReportBackendTours(ConsumerTourCase):
    def test_pack_download(self):
        produced = []
        report_class = type(self.env["report.consumer_law_report.compliance_pack"])
        create_xlsx_report = report_class.create_xlsx_report

        def capture(report, docids, data):
            result = create_xlsx_report(report, docids, data)
            produced.append((report.env.user, result))
            return result

        self.patch(report_class, "create_xlsx_report", capture)
        self.run_tour("consumer_law_report_pack_download", "/odoo", self.manager)
        for _attempt in range(40):  # the server thread may still be writing it
            if produced:
                break
            time.sleep(0.5)
        self.assertEqual(len(produced), 1, "the server produced the pack once")
        user, (content, extension) = produced[0]
        self.assertEqual((user, extension), (self.manager, "xlsx"))
        workbook = load_workbook(BytesIO(content), read_only=True)
        self.assertTrue(workbook.sheetnames, "a summary sheet, then one per topic")
        summary = workbook[workbook.sheetnames[0]]
        text = " ".join(
            str(cell)
            for row in summary.iter_rows(values_only=True)
            for cell in row
            if cell
        )
        self.assertIn(self.company.name, text)

    def test_dashboard(self):
        self.run_tour("consumer_law_report_dashboard", "/odoo", self.manager)
