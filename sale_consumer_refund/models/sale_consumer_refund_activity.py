# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The daily reminders of refund obligations, for every ground at once."""

from datetime import timedelta

from odoo import api, models
from odoo.tools import SQL, format_amount, format_date

from odoo.addons.consumer_law.tools import paris_today

from .sale_consumer_refund import REFUND_DUE_SOON_DAYS

# One batch of the daily action: as many as Odoo inserts in one query, so that a
# batch costs the same number of queries for 1 or for 100 obligations; the action
# reports its progress and runs again until nothing remains (ir.cron).
ACTIVITY_BATCH_SIZE = 100


class SaleConsumerRefund(models.Model):
    _inherit = "sale.consumer.refund"

    @api.model
    def _cron_schedule_activities(self, batch_size=ACTIVITY_BATCH_SIZE):
        """Daily: an activity for each refund due within 3 days, and one for each
        overdue refund with the surcharge owed today; never the same one twice.

        Works by batches of ``batch_size`` and reports its progress the Odoo 18 way
        (``ir.cron._notify_progress``); the scheduler calls it again while some
        remain.

        :return: the activities created
        """
        today = paris_today()
        refunds, remaining = self._get_refunds_to_remind(today, batch_size)
        activities = refunds._schedule_reminders(today)
        self.env["ir.cron"]._notify_progress(done=len(refunds), remaining=remaining)
        return activities

    @api.model
    def _get_refunds_to_remind(self, today, limit):
        """Return (refunds needing a reminder today, how many more remain).

        One query: open obligations due by ``today`` + 3 days whose reminder stage
        is behind (due soon without any reminder, overdue without the overdue one).
        """
        soon = today + timedelta(days=REFUND_DUE_SOON_DAYS)
        self.flush_model(["is_cancelled", "refund_date", "due_date", "reminder_stage"])
        query = SQL(
            """
            SELECT id, COUNT(*) OVER ()
              FROM sale_consumer_refund
             WHERE NOT COALESCE(is_cancelled, FALSE)
               AND refund_date IS NULL
               AND due_date <= %(soon)s
               AND (reminder_stage IS NULL
                    OR (reminder_stage = 'due_soon' AND due_date < %(today)s))
             ORDER BY due_date, id
             LIMIT %(limit)s
            """,
            soon=soon,
            today=today,
            limit=limit,
        )
        self.env.cr.execute(query)
        rows = self.env.cr.fetchall()
        total = rows[0][1] if rows else 0
        return self.browse([row[0] for row in rows]), total - len(rows)

    def _schedule_reminders(self, today):
        """Create the reminders of ``self`` on ``today``: batch creates and two
        writes at most, whatever the number of obligations."""
        if not self:
            return self.env["mail.activity"]
        type_due = self.env.ref("sale_consumer_refund.mail_activity_type_refund_due")
        type_overdue = self.env.ref(
            "sale_consumer_refund.mail_activity_type_refund_overdue"
        )
        (type_due | type_overdue).mapped("summary")  # one read, whatever the mix
        model_id = self.env["ir.model"]._get_id(self._name)
        overdue = self.filtered(lambda refund: refund.due_date < today)
        vals_list = [
            {
                "res_model_id": model_id,
                "res_id": refund.id,
                "activity_type_id": (
                    type_overdue if refund in overdue else type_due
                ).id,
                "summary": (type_overdue if refund in overdue else type_due).summary,
                "note": refund._get_reminder_note(refund in overdue),
                "date_deadline": refund.due_date,
                "user_id": refund.user_id.id or self.env.uid,
            }
            for refund in self
        ]
        activities = (
            self.env["mail.activity"]
            .with_context(mail_activity_quick_update=True)
            .create(vals_list)
        )
        self._set_reminder_stage(today)
        return activities

    def _set_reminder_stage(self, today):
        """Record the stage reached, in one query whatever the mix of stages (a
        field no user writes and nothing depends on)."""
        self.env.cr.execute(
            SQL(
                """
                UPDATE sale_consumer_refund
                   SET reminder_stage = CASE WHEN due_date < %(today)s
                                             THEN 'overdue' ELSE 'due_soon' END
                 WHERE id IN %(ids)s
                """,
                today=today,
                ids=tuple(self.ids),
            )
        )
        self.invalidate_recordset(["reminder_stage"])

    def _get_reminder_note(self, overdue):
        self.ensure_one()
        env = self._get_company_env()
        amount = format_amount(env, self.amount, self.currency_id)
        if overdue:
            return env._(
                "Refund overdue since %(date)s: %(amount)s plus a surcharge of "
                "%(surcharge)s owed today (%(article)s).",
                date=format_date(env, self.due_date),
                amount=amount,
                surcharge=format_amount(env, self.surcharge_amount, self.currency_id),
                article=self._get_surcharge_article(),
            )
        return env._(
            "Refund of %(amount)s due by %(date)s (%(article)s).",
            date=format_date(env, self.due_date),
            amount=amount,
            article=self.legal_basis,
        )
