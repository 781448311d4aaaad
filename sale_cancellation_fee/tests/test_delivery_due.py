# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from freezegun import freeze_time

from odoo.tests import tagged

from .common import CancellationFeeCommon


@tagged("post_install", "-at_install")
class TestDeliveryDueDate(CancellationFeeCommon):
    """L216-1: the date promised, else the policy's promise, else 30 days."""

    MONDAY = datetime(2026, 5, 4, 8, 0)  # 8 May and Ascension (14 May) follow

    def _order(self, **kw):
        return self._create_order(confirm_at=self.MONDAY, **kw)

    def test_default_thirty_days(self):
        self.assertEqual(self._order().delivery_due_date, date(2026, 6, 3))

    def test_promise_in_working_days_across_holidays(self):
        """15 jours ouvrés skip 8 May, Ascension and Saturdays: 28 May; 15 jours
        ouvrables count Saturdays: 23 May."""
        self.policy.write({"delivery_promise_days": 15, "delivery_day_kind": "ouvre"})
        order = self._order()
        self.assertEqual(order.delivery_due_date, date(2026, 5, 28))
        self.policy.delivery_day_kind = "ouvrable"
        self.assertEqual(order.delivery_due_date, date(2026, 5, 23))

    def test_promise_from_validation_and_payment(self):
        """Raynaud: from validation *and* payment; paid on Wed 6 May: 1 June."""
        self.policy.write(
            {
                "delivery_promise_days": 15,
                "delivery_day_kind": "ouvre",
                "is_delivery_promise_from_payment": True,
            }
        )
        order = self._order()
        self.assertEqual(order.delivery_due_date, date(2026, 5, 28))
        with freeze_time("2026-05-07"):
            order.consumer_paid_date = date(2026, 5, 6)
        self.assertEqual(order.delivery_due_date, date(2026, 6, 1))

    def test_commitment_date_first(self):
        self.policy.delivery_promise_days = 15
        order = self._order()
        order.commitment_date = datetime(2026, 5, 12, 10, 0)
        self.assertEqual(order.delivery_due_date, date(2026, 5, 12))

    def test_late_filter_and_activity(self):
        """Late once the due date passed (Paris day), until delivered; the daily
        action schedules one activity per late order."""
        order = self._order()
        with freeze_time("2026-06-03 21:00:00"):  # 23:00 in Paris, still 3 June
            self.assertFalse(order.is_delivery_late)
        with freeze_time("2026-06-03 22:30:00"):  # 00:30 on 4 June in Paris
            order.invalidate_recordset(["is_delivery_late"])
            self.assertTrue(order.is_delivery_late)
            late = self.env["sale.order"].search([("is_delivery_late", "=", True)])
            self.assertIn(order, late)
            self.assertNotIn(
                order,
                self.env["sale.order"].search([("is_delivery_late", "=", False)]),
            )
            activities = self.env[
                "sale.order"
            ]._cron_schedule_late_delivery_activities()
            self.assertIn(
                order, self.env["sale.order"].browse(activities.mapped("res_id"))
            )
            again = self.env["sale.order"]._cron_schedule_late_delivery_activities()
            self.assertFalse(again.filtered(lambda a: a.res_id == order.id))
        self._deliver(
            order, received=date(2026, 6, 4), shipped=datetime(2026, 6, 4, 7, 0)
        )
        with freeze_time("2026-06-04 10:00:00"):
            order.invalidate_recordset(["is_delivery_late"])
            self.assertFalse(order.is_delivery_late)

    def test_professional_has_no_due_date(self):
        order = self._order(partner=self.professional)
        self.assertFalse(order.delivery_due_date)
