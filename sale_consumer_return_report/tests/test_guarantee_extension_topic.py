# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import datetime

from odoo.tests import tagged

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law_report.tests.common import sheet_rows
from odoo.addons.sale_consumer_return.tests.common import ConsumerReturnCommon
from odoo.addons.sale_withdrawal_report.tests.common import CompliancePackCommon


@tagged("post_install", "-at_install")
class TestGuaranteeExtensionTopic(ConsumerReturnCommon, CompliancePackCommon):
    def test_repaired_units_with_their_extension(self):
        """Units repaired under the legal guarantee, with the months added and
        the new end; a unit never repaired is left out."""
        order = self._delivered()
        repaired, untouched = self.env["sale.consumer.guarantee"].search(
            [("order_id", "=", order.id)], order="id"
        )
        evidence_writer(repaired).repair_count = 1
        self.env.flush_all()

        workbook = self._print_pack()
        rows = sheet_rows(workbook["Guarantee extensions"])
        self.assertEqual(
            rows[0][8:], ("Repairs", "Months added", "Legal guarantee until")
        )
        body = [row for row in rows[1:] if row[1] == order.name]
        self.assertEqual(len(body), 1)
        row = body[0]
        self.assertEqual(row[3], repaired.product_id.name)
        self.assertEqual(row[5], datetime(2026, 4, 20))
        self.assertEqual(row[6], "Order confirmation")
        self.assertEqual(row[7], datetime(2026, 5, 4))
        # contract of 20 April 2026: 6 months (L217-13)
        self.assertEqual(row[8:], (1, 6, datetime(2028, 11, 4)))
        self.assertNotIn(untouched.product_id.name, [r[3] for r in body])
