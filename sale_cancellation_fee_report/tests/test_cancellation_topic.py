# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import datetime, time

from freezegun import freeze_time

from odoo.tests import Form, tagged

from odoo.addons.consumer_law_report.tests.common import sheet_rows
from odoo.addons.sale_withdrawal_report.tests.common import CompliancePackCommon


@tagged("post_install", "-at_install")
class TestCancellationTopic(CompliancePackCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # SmallMX's terms: 50.00 excl. tax, 60.00 with the company's 20 %
        cls.company.account_sale_tax_id = cls.tax_20
        cls.policy.cancellation_flat_fee = 50.0

    def _cancel(self, order):
        """Cancel ``order`` through the staff wizard, at the stage it reached."""
        action = order.action_open_consumer_cancel()
        wizard = Form(
            self.env[action["res_model"]].with_context(**action["context"])
        ).save()
        action = wizard.action_confirm()
        return self.env[action["res_model"]].browse(action["res_id"])

    def test_cancellations_and_fees(self):
        """Each cancellation of the period with its stage, fee and refund; the
        summary adds up the fees deducted."""
        prepared = self._create_order()
        picking = prepared.picking_ids
        picking.action_assign()
        for move in picking.move_ids:
            move.quantity = move.product_uom_qty
        picking.move_ids.picked = True
        confirmed = self._create_order()
        with freeze_time("2026-04-22 10:00:00"):
            with_fee = self._cancel(prepared)
            without_fee = self._cancel(confirmed)
        self.assertEqual((with_fee.stage, with_fee.fee_amount), ("prepared", 60.0))

        self.env.flush_all()
        workbook = self._print_pack()
        rows = sheet_rows(workbook["Cancellations"])
        self.assertEqual(
            rows[0][4:9],
            (
                "Cancelled on",
                "Stage",
                "Legal ground",
                "Paid",
                "Fee deducted, tax included",
            ),
        )
        by_name = {row[1]: row for row in rows[1:-1]}
        self.assertEqual(set(by_name), {with_fee.name, without_fee.name})
        paid = prepared.amount_total
        self.assertEqual(
            by_name[with_fee.name][2:],
            (
                prepared.name,
                prepared.partner_id.name,
                datetime(2026, 4, 22),
                "Prepared",
                "",
                paid,
                60.0,
                0.0,
                0.0,
                paid - 60.0,
                datetime.combine(with_fee.refund_id.due_date, time()),
                "Yes",
                with_fee.article,
                "To refund",
            ),
        )
        self.assertEqual(
            by_name[without_fee.name][5:9], ("Confirmed, not prepared", "", paid, 0.0)
        )
        self.assertEqual(rows[-1][0], "Total")
        self.assertEqual(rows[-1][8], 60.0)
        summary = {row[0]: row[1:4] for row in sheet_rows(workbook["Summary"])[6:]}
        self.assertEqual(summary["Cancellations and fees billed"][1:], (2, 60.0))
