# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date, datetime

from freezegun import freeze_time

from odoo import Command
from odoo.tests import new_test_user, tagged

from odoo.addons.consumer_law_report.tests.common import MANAGER, sheet_rows
from odoo.addons.sale_withdrawal_report.tests.common import CompliancePackCommon


@tagged("post_install", "-at_install")
class TestComplaintTopic(CompliancePackCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.policy.mediator_id = cls.mediator
        cls.complaint_manager = new_test_user(
            cls.env,
            login="complaint_manager",
            groups=f"base.group_user,sales_team.group_sale_salesman_all_leads,{MANAGER}",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )

    @classmethod
    def _complaint(cls, complaint_date, **values):
        return cls.env["consumer.complaint"].create(
            {
                "order_id": cls.order_conformity.id,
                "subject": "Cracked visor",
                "description": "The helmet arrived with a cracked visor.",
                "channel": "email",
                "complaint_date": complaint_date,
                **values,
            }
        )

    def test_complaints_and_mediations(self):
        """Complaints of the period and open ones: answer due and days late,
        the mediation's eligibility with its L612-2 item; cancelled complaints
        and complaints closed before the period are left out."""
        late = self._complaint(date(2026, 4, 1))
        answered = self._complaint(date(2026, 4, 20), answer="A new visor is sent.")
        with freeze_time(datetime(2026, 4, 22, 9, 0)):
            answered.action_send_answer()
        by_phone = self._complaint(
            date(2026, 5, 2), channel="phone", mediation_request_date=date(2026, 5, 8)
        )
        still_open = self._complaint(date(2025, 11, 3))
        cancelled = self._complaint(date(2026, 5, 3))
        cancelled.with_user(self.complaint_manager)._cancel("Sent twice")
        closed_before = self._complaint(date(2025, 10, 1))
        closed_before.action_close()
        self.assertEqual(closed_before.state, "closed")

        rows = sheet_rows(self._print_pack()["Complaints"])
        self.assertEqual(
            rows[0][:5],
            ("Company", "Complaint", "Order", "Customer", "Written complaint on"),
        )
        by_name = {row[1]: row for row in rows[1:-1]}
        self.assertEqual(rows[-1][0], "Total")
        self.assertEqual(
            set(by_name), {late.name, answered.name, by_phone.name, still_open.name}
        )
        self.assertEqual(
            by_name[late.name][4:11],
            (
                datetime(2026, 4, 1),
                "E-mail",
                "Cracked visor",
                datetime(2026, 5, 1),
                None,
                9,
                "Received",
            ),
        )
        self.assertEqual(
            by_name[answered.name][8:11], (datetime(2026, 4, 22), 0, "Answered")
        )
        self.assertEqual(
            by_name[by_phone.name][11:14],
            (self.mediator.name, datetime(2026, 5, 8), "No (L612-2 1°)"),
        )
        self.assertEqual(by_name[late.name][2], self.order_conformity.name)
