# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date, datetime, time

from odoo.tests import tagged

from odoo.addons.consumer_law_report.tests.common import sheet_rows
from odoo.addons.sale_consumer_return.tests.common import ConsumerReturnCommon
from odoo.addons.sale_withdrawal_report.tests.common import CompliancePackCommon


def as_cell(day):
    """A date as openpyxl reads it back from the sheet (an empty cell: None)."""
    return datetime.combine(day, time()) if day else None


@tagged("post_install", "-at_install")
class TestReturnTopic(ConsumerReturnCommon, CompliancePackCommon):
    def test_returns_by_ground_and_outcome(self):
        """Returns claimed in the period with their ground, time limit, outcome,
        article and refund; a return claimed after the period is left out."""
        order = self._delivered()
        refunded = self._decide(
            order,
            "conformity",
            "refund",
            claim_date=date(2026, 5, 6),
            decided_at=datetime(2026, 5, 7, 9, 0),
            remedy_failure_reason="No spare part, no stock to replace",
        )
        other = self._delivered()
        replaced = self._decide(
            other,
            "transport_damage",
            "replacement",
            claim_date=date(2026, 5, 5),
            decided_at=datetime(2026, 5, 6, 9, 0),
        )
        after_period = self._decide(
            self._delivered(), "wrong_item", "replacement", claim_date=date(2026, 6, 1)
        )
        self.env.flush_all()

        workbook = self._print_pack()
        rows = sheet_rows(workbook["Returns"])
        self.assertEqual(rows[0][4:6], ("Ground", "Claimed on"))
        by_name = {row[1]: row for row in rows[1:-1]}
        self.assertEqual(set(by_name), {refunded.name, replaced.name})
        self.assertNotIn(after_period.name, by_name)
        refund = refunded.refund_id
        self.assertEqual(
            by_name[refunded.name][2:],
            (
                order.name,
                order.partner_id.name,
                "Legal guarantee of conformity",
                datetime(2026, 5, 6),
                as_cell(refunded.time_limit_date),
                "Yes",
                "Decided",
                "Refund",
                datetime(2026, 5, 7),
                refunded.legal_article,
                refunded.return_picking_id.name,
                refund.amount,
                as_cell(refund.due_date),
                None,
                "",
            ),
        )
        self.assertEqual(
            by_name[replaced.name][4:10],
            (
                "Transport damage or missing item",
                datetime(2026, 5, 5),
                None,  # the customer's claim is never late (L216-4)
                "Yes",
                "Decided",
                "Replacement",
            ),
        )
        self.assertEqual(by_name[replaced.name][15:], (datetime(2026, 5, 7), "No"))
        self.assertEqual(rows[-1][0], "Total")
        self.assertEqual(rows[-1][13], refund.amount)
        summary = {row[0]: row[1:4] for row in sheet_rows(workbook["Summary"])[6:]}
        self.assertEqual(
            summary["Returns by ground and outcome"][1:], (2, refund.amount)
        )
