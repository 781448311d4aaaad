# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from base64 import b64decode
from datetime import date, datetime
from unittest.mock import patch

from freezegun import freeze_time

from odoo import Command
from odoo.tests import new_test_user, tagged

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
        mails = self._pack_mails()
        mail = mails.filtered(lambda mail: self.company.name in mail.subject)
        other = mails.filtered(lambda mail: self.other_company.name in mail.subject)
        self.assertEqual(len(mail), 1)
        # queued for the mail queue, not sent by the scheduled action
        self.assertEqual(mail.state, "outgoing")
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
        self.assertEqual(self._pack_mails(), mails)

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
