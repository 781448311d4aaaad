# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .common import RetentionCommon


@tagged("post_install", "-at_install")
class TestPenalty(RetentionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        order = cls._create_order(qty=1)
        cls.invoice = cls._invoice(
            order, invoice_date=date(2026, 11, 2), due_date=date(2026, 11, 12)
        )

    def _notice(self, notice_date):
        wizard_form = Form(
            self.env["account.move.formal.notice"].with_context(
                default_move_id=self.invoice.id
            )
        )
        wizard_form.notice_date = notice_date
        wizard_form.note = "Registered letter 1A 234 567 8901 2"
        wizard_form.save().action_confirm()

    def test_penalty_only_after_a_fruitless_notice(self):
        """No penalty without notice nor during its period; then 10 % of the
        unpaid sums on a separate invoice citing C. civ. 1231-5."""
        with freeze_time("2026-11-20"):
            self.assertTrue(self.invoice.can_be_formally_noticed)
            self.assertFalse(self.invoice.can_be_penalized)
            with self.assertRaisesRegex(UserError, "no formal notice"):
                self.invoice.action_apply_penalty()
            self._notice(date(2026, 11, 20))
            self.assertRecordValues(
                self.invoice,
                [
                    {
                        "formal_notice_date": date(2026, 11, 20),
                        "formal_notice_deadline": date(2026, 11, 28),
                        "can_be_formally_noticed": False,
                    }
                ],
            )
            self.assertIn("1A 234 567 8901 2", self.invoice.message_ids[0].body)
        with freeze_time("2026-11-28"), self.assertRaisesRegex(UserError, "until"):
            self.invoice.action_apply_penalty()
        self._pay(self.invoice, 100.0, date(2026, 11, 25))
        with freeze_time("2026-11-29"):
            self.invoice.invalidate_recordset(["can_be_penalized"])
            self.assertTrue(self.invoice.can_be_penalized)
            self.invoice.action_apply_penalty()
            penalty = self.invoice.penalty_invoice_id
            self.assertRecordValues(
                penalty,
                [
                    {
                        "move_type": "out_invoice",
                        "partner_id": self.customer.id,
                        "penalty_origin_id": self.invoice.id,
                        "retention_of_title": False,
                        "amount_untaxed": 20.0,
                        "amount_total": 20.0,
                        "invoice_origin": self.invoice.name,
                    }
                ],
            )
            self.assertIn("C. civ. 1231-5", penalty.invoice_line_ids.name)
            with self.assertRaisesRegex(UserError, "already invoiced"):
                self.invoice.action_apply_penalty()

    def test_no_penalty_once_paid(self):
        """A notice followed by full payment leaves nothing to penalise."""
        with freeze_time("2026-11-20"):
            self._notice(date(2026, 11, 20))
        self._pay(self.invoice, 300.0, date(2026, 11, 27))
        with freeze_time("2026-12-01"), self.assertRaisesRegex(UserError, "is paid"):
            self.invoice.action_apply_penalty()

    def test_no_penalty_without_clause(self):
        """A policy without penalty clause (0 %) refuses to apply one."""
        self.policy.penalty_rate_percent = 0.0
        with freeze_time("2026-11-20"):
            self._notice(date(2026, 11, 20))
        with freeze_time("2026-12-01"), self.assertRaisesRegex(UserError, "no penalty"):
            self.invoice.action_apply_penalty()

    def test_days_are_counted_in_paris_whatever_the_users_zone(self):
        """At 00:30 in Paris on 21 November (23:30 UTC on the 20th), a user
        whose zone is UTC records a notice sent that day; the penalty is refused
        until the notice's deadline ended in Paris, not in the user's zone."""
        invoice = self.invoice.with_context(tz="UTC")
        with freeze_time("2026-11-20 23:30:00"):
            wizard_form = Form(
                self.env["account.move.formal.notice"].with_context(
                    tz="UTC", default_move_id=invoice.id
                )
            )
            self.assertEqual(wizard_form.notice_date, date(2026, 11, 21))
            invoice._record_formal_notice(date(2026, 11, 21))
        deadline = invoice.formal_notice_deadline
        invoice = invoice.with_context(tz="Asia/Tokyo")
        with (
            freeze_time(f"{deadline} 16:00:00"),
            self.assertRaisesRegex(UserError, "until"),
        ):
            # 01:00 the day after in Tokyo, 17:00 on the deadline in Paris
            invoice._check_can_apply_penalty()

    def test_formal_notice_refusals(self):
        """Future, early or repeated notices are refused and change nothing."""
        with freeze_time("2026-11-20"):
            with self.assertRaisesRegex(UserError, "not a future day"):
                self.invoice._record_formal_notice(date(2026, 11, 21))
            with self.assertRaisesRegex(UserError, "not after the due date"):
                self.invoice._record_formal_notice(date(2026, 11, 12))
            self.assertFalse(self.invoice.formal_notice_date)
            self.invoice._record_formal_notice(date(2026, 11, 19))
            with self.assertRaisesRegex(UserError, "cannot be replaced"):
                self.invoice._record_formal_notice(date(2026, 11, 20))
            with self.assertRaisesRegex(UserError, "cannot be replaced"):
                self.invoice.write({"formal_notice_date": date(2026, 11, 18)})
            with self.assertRaisesRegex(UserError, "is posted"):
                self.invoice.retention_of_title = False

    def test_negative_penalty_values_refused(self):
        """The policy refuses a negative rate or notice period."""
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.policy.penalty_rate_percent = -10.0
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.policy.formal_notice_days = -1

    def test_settings_edit_the_penalty_clause(self):
        """Settings › Sales › Consumer law edits retention and penalty values."""
        settings = self.env["res.config.settings"].create({})
        self.assertRecordValues(
            settings,
            [
                {
                    "consumer_retention_of_title": True,
                    "consumer_penalty_rate_percent": 10.0,
                    "consumer_formal_notice_days": 8,
                }
            ],
        )
        settings.consumer_formal_notice_days = 15
        settings.execute()
        self.assertEqual(self.policy.formal_notice_days, 15)
