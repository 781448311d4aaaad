# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from freezegun import freeze_time

from odoo.tests import tagged
from odoo.tools import html2plaintext

from odoo.addons.consumer_law.evidence import evidence_writer

from .common import ConsumerRefundCommon


@tagged("post_install", "-at_install")
class TestRefundCron(ConsumerRefundCommon):
    """The daily reminders: every ground at once, batched, never twice."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.order = cls._create_order(
            lines=[(cls.product_helmet, 5000, 30.0)], shipping=False
        )
        cls.line = cls.order.order_line
        cls.type_due = cls.env.ref("sale_consumer_refund.mail_activity_type_refund_due")
        cls.type_overdue = cls.env.ref(
            "sale_consumer_refund.mail_activity_type_refund_overdue"
        )

    def _refunds(self, count, first_day=date(2026, 5, 6)):
        """``count`` refunds of one helmet (36.00), started on 12 successive days
        from ``first_day`` (due 14 days later), alternating grounds."""
        grounds = ("withdrawal", "late_delivery", "conformity")
        # the flows create obligations through the evidence writer
        model = evidence_writer(self.env["sale.consumer.refund"])
        return model.create(
            [
                {
                    "order_id": self.order.id,
                    "ground": grounds[index % 3],
                    "started_on": first_day + timedelta(days=index % 12),
                    "line_ids": self.order._prepare_consumer_refund_line_vals(
                        {self.line: 1}
                    ),
                }
                for index in range(count)
            ]
        )

    def _run_cron(self, progress=None):
        model = self.env["sale.consumer.refund"]
        if progress:
            model = model.with_context(ir_cron_progress_id=progress.id)
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        activities = model._cron_schedule_activities()
        return activities, self.cr.sql_log_count - before

    def _progress(self):
        cron = self.env.ref("sale_consumer_refund.ir_cron_consumer_refund_activities")
        return self.env["ir.cron.progress"].create({"cron_id": cron.id})

    def test_reminders_due_soon_and_overdue_with_surcharge(self):
        """On 25 May: overdue since 20 May with the L242-4 surcharge, due on
        26 May; nothing for 2 June; never scheduled twice."""
        refunds = evidence_writer(self.env["sale.consumer.refund"]).create(
            [
                {
                    "order_id": self.order.id,
                    "ground": "withdrawal",
                    "started_on": started,
                    "line_ids": self.order._prepare_consumer_refund_line_vals(
                        {self.line: 1}
                    ),
                }
                for started in (date(2026, 5, 6), date(2026, 5, 12), date(2026, 5, 19))
            ]
        )
        overdue, due, later = refunds
        with freeze_time("2026-05-25 10:00"):
            activities, _count = self._run_cron()
            self.assertRecordValues(
                activities.sorted("res_id"),
                [
                    {
                        "res_id": overdue.id,
                        "activity_type_id": self.type_overdue.id,
                        "date_deadline": date(2026, 5, 20),
                    },
                    {
                        "res_id": due.id,
                        "activity_type_id": self.type_due.id,
                        "date_deadline": date(2026, 5, 26),
                    },
                ],
            )
            # 36.00 due on 20 May, 5 days late: 36 x 6.67 % x 5 / 365 = 0.03
            self.assertEqual(
                " ".join(html2plaintext(activities.sorted("res_id")[0].note).split()),
                "Refund overdue since 05/20/2026: 36.00 € plus a surcharge of "
                "0.03 € owed today (C. consom. L242-4).",
            )
            activities.action_feedback(feedback="Done")  # marked done by staff
            self.assertFalse(self._run_cron()[0])
        self.assertFalse(later.activity_ids)
        # the due-soon one becomes overdue: one more reminder, once
        with freeze_time("2026-05-27 10:00"):
            activities, _count = self._run_cron()
            self.assertEqual(activities.res_id, due.id)
            self.assertEqual(activities.activity_type_id, self.type_overdue)
            self.assertFalse(self._run_cron()[0])

    def test_cron_queries_constant_10_and_2000(self):
        """One run costs the same queries for 10 and for 2,000 obligations: it
        handles a batch and reports the rest as remaining (ir.cron progress)."""
        self._refunds(5)
        with freeze_time("2026-05-25 10:00"):
            self._run_cron(self._progress())  # warm-up: the registry's caches
        self._refunds(10)
        with freeze_time("2026-05-25 10:00"):
            small, count_small = self._run_cron(self._progress())
        # started 6 to 15 May: due 20 to 29 May; by 28 May: the 9 first
        self.assertEqual(len(small), 9)
        self._refunds(1990)
        progress = self._progress()
        with freeze_time("2026-05-25 10:00"):
            big, count_big = self._run_cron(progress)
        self.assertEqual(len(big), 100)
        self.assertEqual(count_big, count_small)
        # 1,990 more, started 6 to 17 May: those started by 14 May are due by 28
        # May; 100 were done by this run, the rest remains for the next ones
        self.assertEqual(progress.done, 100)
        expected = sum(1 for index in range(1990) if index % 12 <= 8) - 100
        self.assertEqual(progress.remaining, expected)
