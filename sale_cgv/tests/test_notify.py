# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from unittest.mock import patch

from freezegun import freeze_time

from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError
from odoo.tests import Form, TransactionCase, tagged
from odoo.tools import mute_logger

from odoo.addons.base.models.ir_mail_server import IrMailServer
from odoo.addons.consumer_law.tests.common import (
    PARK_JOBS,
    UNPARK_JOBS,
    park_queued_documents,
    send_queued_documents,
)

from .common import V2_DATE, SaleCgvCommon


class TestNotify(SaleCgvCommon):
    def setUp(self):
        super().setUp()
        # the documents the fixtures queued (acknowledgments...) are not due:
        # these tests count the mails of the notices they queue themselves
        park_queued_documents(self.env)

    def test_notify_customers_of_period(self):
        """Customers with an order in the period get the new version's notice."""
        recent = self._create_order()
        recent._demo_confirm_cgv_history(datetime(2026, 3, 1, 10, 0), "phone")
        old_customer = self.env["res.partner"].create(
            {"name": "Old customer", "email": "old@example.com"}
        )
        old = self._create_order(partner=old_customer)
        old._demo_confirm_cgv_history(datetime(2026, 1, 5, 10, 0), "phone")
        version_v2 = self._publish_v2()
        action = version_v2.action_open_notify()
        wizard_form = Form(
            self.env["cgv.version.notify"].with_context(**action["context"])
        )
        wizard_form.date_from = date(2026, 2, 1)
        wizard_form.date_to = date(2026, 3, 31)
        self.assertEqual(wizard_form.partner_count, 1)
        self.assertEqual(wizard_form.change_summary, "Withdrawal extended to 30 days.")
        wizard = wizard_form.save()
        mails_before = self.env["mail.mail"].search([])
        wizard.action_notify()
        # queued, not mailed in the user's request; notifying twice while it
        # waits queues nothing more
        jobs = self._notify_jobs(version_v2)
        self.assertRecordValues(
            jobs, [{"state": "queued", "res_id": self.consumer.id}]
        )
        self.assertFalse(self.env["mail.mail"].search([]) - mails_before)
        wizard.action_notify()
        self.assertEqual(self._notify_jobs(version_v2), jobs)
        with patch.object(
            IrMailServer, "send_email", autospec=True, return_value="<n@test>"
        ) as send_email:
            send_queued_documents(self.env)
            send_queued_documents(self.env)
        self.assertEqual(send_email.call_count, 1)
        self.assertEqual(jobs.state, "done")
        mails = self.env["mail.mail"].search([]) - mails_before
        self.assertEqual(len(mails), 1)
        self.assertEqual(mails.recipient_ids, self.consumer)
        self.assertIn("Withdrawal extended to 30 days.", mails.body_html)
        self.assertIn(version_v2._get_public_url(), mails.body_html)
        self.assertIn("our terms of sale change", mails.subject)
        self.assertIn(
            "Notice of this version queued for 1 customers (orders from "
            "02/01/2026 to 03/31/2026)",
            version_v2.message_ids[0].body,
        )

    @mute_logger(
        "odoo.addons.consumer_law.models.consumer_law_document_job",
        "odoo.addons.mail.models.mail_mail",
    )
    def test_notify_smtp_down_retried_then_sent_once(self):
        """SMTP down: the notice is kept with its job, retried later and sent
        once; a manager sees it in the documents not sent meanwhile."""
        recent = self._create_order()
        recent._demo_confirm_cgv_history(datetime(2026, 3, 1, 10, 0), "phone")
        version_v2 = self._publish_v2()
        wizard = self.env["cgv.version.notify"].create(
            {
                "version_id": version_v2.id,
                "date_from": date(2026, 2, 1),
                "date_to": date(2026, 3, 31),
            }
        )
        wizard.action_notify()
        job = self._notify_jobs(version_v2)
        with patch.object(
            IrMailServer, "connect", side_effect=ConnectionRefusedError("SMTP down")
        ):
            send_queued_documents(self.env)
        self.assertRecordValues(job, [{"state": "queued", "attempt_count": 1}])
        self.assertIn("SMTP down", job.last_error)
        self.assertEqual(len(job.message_ids), 1)
        with patch.object(
            IrMailServer, "send_email", autospec=True, return_value="<n@test>"
        ) as send_email:
            with freeze_time(job.next_try_at):
                send_queued_documents(self.env)
        self.assertEqual(send_email.call_count, 1)
        self.assertRecordValues(job, [{"state": "done", "attempt_count": 2}])
        self.assertEqual(
            self.env["mail.mail"].search_count(
                [("mail_message_id", "in", job.message_ids.ids)]
            ),
            1,
        )

    def _notify_jobs(self, version):
        return self.env["consumer.law.document.job"].search(
            [
                ("kind", "=", "cgv_version_notify"),
                ("payload_key", "!=", False),
                ("res_model", "=", "res.partner"),
                ("create_date", ">=", version.create_date),
            ]
        )

    def test_notify_refused_without_customers(self):
        """An empty period is refused with the field named."""
        version_v2 = self._publish_v2()
        wizard = self.env["cgv.version.notify"].create(
            {
                "version_id": version_v2.id,
                "date_from": date(2020, 1, 1),
                "date_to": date(2020, 1, 31),
            }
        )
        with self.assertRaisesRegex(UserError, "Orders from: no customer"):
            wizard.action_notify()

    def test_notify_refused_for_draft(self):
        """Only a published version can be notified."""
        draft = self._create_version()
        with self.assertRaisesRegex(UserError, "Status: only a published version"):
            draft.action_open_notify()

    def test_notice_names_the_version_in_the_customer_language(self):
        """A French customer notified by an English-speaking manager reads the
        version's name in French; an English customer in English."""
        self.env["res.lang"]._activate_lang("fr_FR")
        document = self.env["cgv.document"].create(
            {"name": "Terms of sale", "company_id": self.company.id}
        )
        document.with_context(lang="fr_FR").name = "Conditions générales de vente"
        french = self.env["res.partner"].create(
            {"name": "Camille Martin", "email": "camille@example.com", "lang": "fr_FR"}
        )
        for partner in (self.consumer, french):
            order = self._create_order(partner=partner)
            order._demo_confirm_cgv_history(datetime(2026, 3, 1, 10, 0), "phone")
        version = self._publish_history(
            self._create_version(effective=V2_DATE, document=document)
        )
        wizard = self.env["cgv.version.notify"].create(
            {
                "version_id": version.id,
                "date_from": date(2026, 2, 1),
                "date_to": date(2026, 3, 31),
            }
        )
        mails_before = self.env["mail.mail"].search([])
        wizard.with_context(lang="en_US").action_notify()
        with patch.object(
            IrMailServer, "send_email", autospec=True, return_value="<n@test>"
        ):
            send_queued_documents(self.env)
        mails = self.env["mail.mail"].search([]) - mails_before
        french_mail = mails.filtered(lambda mail: mail.recipient_ids == french)
        english_mail = mails.filtered(lambda mail: mail.recipient_ids == self.consumer)
        self.assertIn("Conditions générales de vente v1", french_mail.body_html)
        self.assertNotIn("Terms of sale v1", french_mail.body_html)
        self.assertIn("Terms of sale v1", english_mail.body_html)


@tagged("post_install", "-at_install")
class TestNotifyWorkers(TransactionCase):
    """Two workers (two cursors, as two cron workers or two servers) take the
    notices of new terms from the queue at the same time: each customer gets
    one mail."""

    CUSTOMERS = 4

    def setUp(self):
        super().setUp()
        with self.registry.cursor() as cr:
            cr.execute(PARK_JOBS)
            parked = [row[0] for row in cr.fetchall()]
        self.addCleanup(self._unpark, parked)
        self._commit_notices()
        self.addCleanup(self._delete_committed)

    def _unpark(self, parked):
        with self.registry.cursor() as cr:
            cr.execute(UNPARK_JOBS, (parked,))

    def _commit_notices(self):
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            document = env["cgv.document"].create(
                {"name": "Workers terms", "company_id": env.company.id}
            )
            version = env["cgv.version"].create(
                {
                    "document_id": document.id,
                    "content": "<p>Terms</p>",
                    "effective_date": datetime(2026, 1, 1, 9, 0),
                }
            )
            partners = env["res.partner"].create(
                [
                    {"name": f"Notice {index}", "email": f"notice{index}@example.com"}
                    for index in range(self.CUSTOMERS)
                ]
            )
            env["consumer.law.document.job"]._enqueue(
                partners,
                "cgv_version_notify",
                payload={"version_id": version.id, "change_summary": "Shorter."},
            )
            self.document_id = document.id
            self.version_id = version.id
            self.partner_ids = partners.ids

    def _delete_committed(self):
        with self.registry.cursor() as cr:
            cr.execute(
                "DELETE FROM consumer_law_document_job "
                "WHERE res_model = 'res.partner' AND res_id = ANY(%s)",
                (self.partner_ids,),
            )
            cr.execute(
                "DELETE FROM mail_message WHERE model = 'res.partner' "
                "AND res_id = ANY(%s)",
                (self.partner_ids,),
            )
            cr.execute(
                "DELETE FROM mail_mail WHERE id IN (SELECT mail_mail_id FROM "
                "mail_mail_res_partner_rel WHERE res_partner_id = ANY(%s))",
                (self.partner_ids,),
            )
            cr.execute("DELETE FROM cgv_version WHERE id = %s", (self.version_id,))
            cr.execute("DELETE FROM cgv_document WHERE id = %s", (self.document_id,))
            cr.execute("DELETE FROM res_partner WHERE id = ANY(%s)", (self.partner_ids,))

    def test_two_workers_send_each_notice_once(self):
        cr1 = self.registry.cursor()
        cr2 = self.registry.cursor()
        try:
            jobs1 = api.Environment(cr1, SUPERUSER_ID, {})["consumer.law.document.job"]
            jobs2 = api.Environment(cr2, SUPERUSER_ID, {})["consumer.law.document.job"]
            batch1 = jobs1._lock_due_jobs(self.CUSTOMERS // 2)
            batch2 = jobs2._lock_due_jobs(self.CUSTOMERS)
            self.assertEqual(len(batch1), self.CUSTOMERS // 2)
            self.assertEqual(len(batch2), self.CUSTOMERS - len(batch1))
            self.assertFalse(set(batch1.ids) & set(batch2.ids))
            with patch.object(
                IrMailServer, "send_email", autospec=True, return_value="<n@test>"
            ) as send_email:
                # each worker commits each job on its own, as the scheduler does
                batch2._process(commit=True)
                batch1._process(commit=True)
                self.assertFalse(jobs1._lock_due_jobs(self.CUSTOMERS))
                self.assertFalse(jobs2._lock_due_jobs(self.CUSTOMERS))
            self.assertEqual(send_email.call_count, self.CUSTOMERS)
            recipients = sorted(
                call.args[1]["To"] for call in send_email.call_args_list
            )
            self.assertEqual(
                recipients,
                sorted(
                    f'"Notice {index}" <notice{index}@example.com>'
                    for index in range(self.CUSTOMERS)
                ),
            )
            cr1.rollback()
            cr2.rollback()
        finally:
            cr1.close()
            cr2.close()
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            jobs = env["consumer.law.document.job"].search(
                [("res_model", "=", "res.partner"), ("res_id", "in", self.partner_ids)]
            )
            self.assertEqual(set(jobs.mapped("state")), {"done"})
            self.assertEqual(set(jobs.mapped("attempt_count")), {1})
            self.assertEqual(len(jobs.message_ids), self.CUSTOMERS)
