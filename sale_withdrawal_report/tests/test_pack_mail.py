# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from base64 import b64decode
from datetime import date, datetime
from unittest.mock import patch

from freezegun import freeze_time

from odoo import Command
from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.base.models.ir_mail_server import IrMailServer
from odoo.addons.consumer_law.tests.common import send_queued_documents
from odoo.addons.consumer_law_report.models import res_company
from odoo.addons.consumer_law_report.tests.common import open_workbook

from .common import CompliancePackCommon


@tagged("post_install", "-at_install")
class TestPackMail(CompliancePackCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other_manager = new_test_user(
            cls.env,
            login="mail_other_manager",
            email="other.manager@example.com",
            groups="base.group_user,consumer_law.consumer_law_group_manager",
            company_id=cls.other_company.id,
            company_ids=[Command.set(cls.other_company.ids)],
        )
        companies = cls.env["res.company"].search([])
        companies.consumer_pack_sent_month = date(2026, 4, 1)
        # the pack and its mail speak the company's language
        companies.partner_id.lang = "en_US"

    def _pack_mails(self):
        return self.env["mail.mail"].search(
            [("attachment_ids.name", "=like", "compliance_pack_%")]
        )

    def test_monthly_pack_is_queued_to_each_company_managers(self):
        cron = self.env.ref("consumer_law_report.ir_cron_consumer_law_pack_mail")
        self.assertEqual(cron.interval_type, "months")
        # other companies of the database (demo ones) have had May's pack already:
        # the two companies of the test fit in one run
        (
            self.env["res.company"].search([]) - self.company - self.other_company
        ).consumer_pack_sent_month = date(2026, 5, 1)
        with freeze_time(datetime(2026, 6, 1, 5, 0)):
            cron.method_direct_trigger()
        # queued for the documents queue, not rendered by the monthly action
        jobs = self._pack_jobs()
        self.assertEqual(len(jobs), 2)
        self.assertEqual(set(jobs.mapped("state")), {"queued"})
        self.assertFalse(self._pack_mails())
        with patch.object(
            IrMailServer, "send_email", autospec=True, return_value="<pack@test>"
        ) as send_email:
            send_queued_documents(self.env)
            send_queued_documents(self.env)
        self.assertEqual(set(jobs.mapped("state")), {"done"})
        mails = self._pack_mails()
        # one e-mail per recipient of each pack's mail, once (the fixtures'
        # own acknowledgments are sent by the queue too)
        self.assertEqual(
            self._pack_sendings(send_email), sum(len(m.recipient_ids) for m in mails)
        )
        self.assertEqual(len(mails), 2)
        mail = mails.filtered(lambda mail: self.company.name in mail.subject)
        other = mails.filtered(lambda mail: self.other_company.name in mail.subject)
        self.assertEqual(len(mail), 1)
        self.assertEqual(mail.state, "sent")
        self.assertIn(self.manager.partner_id, mail.recipient_ids)
        self.assertNotIn(self.other_manager.partner_id, mail.recipient_ids)
        self.assertIn(self.other_manager.partner_id, other.recipient_ids)
        self.assertNotIn(self.manager.partner_id, other.recipient_ids)
        self.assertIn("2026-05-01 – 2026-05-31", mail.subject)
        workbook = open_workbook(b64decode(mail.attachment_ids.datas))
        self.assertEqual(workbook.sheetnames[0], "Summary")
        self.assertEqual(workbook["Summary"]["A2"].value, self.company.name)
        self.assertEqual(self.company.consumer_pack_sent_month, date(2026, 5, 1))
        # the same month is never mailed twice
        with freeze_time(datetime(2026, 6, 1, 6, 0)):
            cron.method_direct_trigger()
        self.assertEqual(self._pack_jobs(), jobs)
        self.assertEqual(self._pack_mails(), mails)

    def _pack_sendings(self, send_email):
        return sum(
            "compliance pack" in call.args[1]["Subject"]
            for call in send_email.call_args_list
        )

    def _pack_jobs(self):
        return self.env["consumer.law.document.job"].search(
            [("kind", "=", "compliance_pack"), ("res_model", "=", "res.company")]
        )

    @mute_logger(
        "odoo.addons.consumer_law.models.consumer_law_document_job",
        "odoo.addons.mail.models.mail_mail",
    )
    def test_monthly_pack_smtp_down_retried_then_sent_once(self):
        """SMTP down: the pack's mail is kept with its job and sent once by
        the next attempt (the pack is not rendered again)."""
        (self.env["res.company"].search([]) - self.company).write(
            {"consumer_pack_sent_month": date(2026, 5, 1)}
        )
        with freeze_time(datetime(2026, 6, 1, 5, 0)):
            self.env["res.company"]._cron_send_compliance_pack()
        job = self._pack_jobs()
        self.assertEqual(len(job), 1)
        with patch.object(
            IrMailServer, "connect", side_effect=ConnectionRefusedError("SMTP down")
        ):
            send_queued_documents(self.env)
        self.assertRecordValues(job, [{"state": "queued", "attempt_count": 1}])
        self.assertIn("SMTP down", job.last_error)
        mails = self._pack_mails()
        self.assertEqual(len(mails), 1)
        with patch.object(
            res_company.ResCompany, "_render_compliance_pack"
        ) as render, patch.object(
            IrMailServer, "send_email", autospec=True, return_value="<pack@test>"
        ) as send_email:
            with freeze_time(job.next_try_at):
                send_queued_documents(self.env)
        render.assert_not_called()
        self.assertEqual(self._pack_sendings(send_email), len(mails.recipient_ids))
        self.assertRecordValues(job, [{"state": "done", "attempt_count": 2}])
        self.assertEqual(self._pack_mails(), mails)
        self.assertEqual(mails.state, "sent")

    def test_monthly_pack_in_batches(self):
        """A few companies per run; the action reports what remains, so that
        the scheduler runs it again at once."""
        companies = self.env["res.company"].search([])
        progress = self.env["ir.cron.progress"].create(
            {
                "cron_id": self.env.ref(
                    "consumer_law_report.ir_cron_consumer_law_pack_mail"
                ).id
            }
        )
        with (
            patch.object(res_company, "PACK_MAIL_BATCH", 1),
            freeze_time(datetime(2026, 6, 1, 5, 0)),
        ):
            self.env["res.company"].with_context(
                ir_cron_progress_id=progress.id
            )._cron_send_compliance_pack()
        self.assertEqual(progress.done, 1)
        self.assertEqual(progress.remaining, len(companies) - 1)
        self.assertEqual(
            len(
                companies.filtered(
                    lambda c: c.consumer_pack_sent_month == date(2026, 5, 1)
                )
            ),
            1,
        )
