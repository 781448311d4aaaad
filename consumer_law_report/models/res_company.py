# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
from io import BytesIO

from dateutil.relativedelta import relativedelta
from markupsafe import Markup
import xlsxwriter

from odoo import Command, api, fields, models

from odoo.addons.consumer_law.tools import paris_today

from ..reports.compliance_pack import CompliancePack

MANAGER_GROUP = "consumer_law.consumer_law_group_manager"
# companies whose pack is rendered and queued per run of the monthly action
PACK_MAIL_BATCH = 5


class ResCompany(models.Model):
    _inherit = "res.company"

    # === FIELDS === #
    consumer_pack_sent_month = fields.Date(
        string="Compliance pack mailed for",
        readonly=True,
        copy=False,
        help="First day of the last month whose compliance pack was mailed to the "
        "company's consumer-law managers.",
    )

    # === BUSINESS METHODS === #
    @api.model
    def _cron_send_compliance_pack(self):
        """Monthly: queue last month's compliance pack of each company to the
        company's consumer-law managers. A few companies per run; the action
        runs again at once while companies remain. Each pack is rendered and
        mailed by the documents queue (``consumer.law.document.job``: batches,
        retries, the documents not sent), never here."""
        month = paris_today() + relativedelta(months=-1, day=1)
        todo = self.search(
            [
                "|",
                ("consumer_pack_sent_month", "=", False),
                ("consumer_pack_sent_month", "<", month),
            ]
        )
        batch = todo[:PACK_MAIL_BATCH]
        managers = self.env.ref(MANAGER_GROUP).users.filtered(
            lambda user: not user.share and user.email
        )
        for company in batch:
            recipients = managers.filtered(
                lambda user, company=company: company in user.company_ids
            )
            if recipients:
                self.env["consumer.law.document.job"]._enqueue(
                    company,
                    "compliance_pack",
                    payload={
                        "date_from": month.isoformat(),
                        "date_to": (month + relativedelta(day=31)).isoformat(),
                        "partner_ids": recipients.partner_id.ids,
                    },
                )
        batch.write({"consumer_pack_sent_month": month})
        self.env["ir.cron"]._notify_progress(
            done=len(batch), remaining=len(todo) - len(batch)
        )

    def _document_job_compliance_pack(self, date_from, date_to, partner_ids):
        """Run by the queued job: render the pack of the period and create its
        mail to the managers; return the mail (the job sends it)."""
        partners = self.env["res.partner"].browse(partner_ids).exists()
        return self._queue_compliance_pack(
            fields.Date.to_date(date_from), fields.Date.to_date(date_to), partners
        )

    def _queue_compliance_pack(self, date_from, date_to, partners):
        """Render the company's pack for the period and queue it to ``partners``."""
        self.ensure_one()
        company = self.with_context(lang=self.partner_id.lang or "en_US")
        env = company.env
        content = company._render_compliance_pack(date_from, date_to)
        period = f"{date_from.isoformat()} – {date_to.isoformat()}"
        subject = env._(
            "Consumer-law compliance pack of %(company)s, %(period)s",
            company=self.name,
            period=period,
        )
        body = Markup("<p>%s</p><p>%s</p>") % (
            env._(
                "Please find attached the consumer-law compliance pack of "
                "%(company)s for %(period)s.",
                company=self.name,
                period=period,
            ),
            env._(
                "Its first sheet sums up each topic with its figure and article; "
                "the other sheets list the orders, requests and refunds behind them."
            ),
        )
        filename = f"compliance_pack_{self.id}_{date_from.strftime('%Y_%m')}.xlsx"
        return (
            env["mail.mail"]
            .sudo()
            .create(
                {
                    "subject": subject,
                    "body_html": body,
                    "email_from": self.email_formatted
                    or env.ref("base.partner_root").email_formatted,
                    "recipient_ids": [Command.set(partners.ids)],
                    "auto_delete": False,
                    "attachment_ids": [
                        Command.create(
                            {
                                "name": filename,
                                "datas": base64.b64encode(content),
                                "mimetype": "application/vnd.openxmlformats-"
                                "officedocument.spreadsheetml.sheet",
                            }
                        )
                    ],
                }
            )
        )

    def _render_compliance_pack(self, date_from, date_to):
        """The XLSX bytes of the companies' pack (no user check: the scheduled
        action and the benchmark call it)."""
        pack = CompliancePack(self.env, self, date_from, date_to)
        report = self.env["report.consumer_law_report.compliance_pack"]
        stream = BytesIO()
        workbook = xlsxwriter.Workbook(stream, report.get_workbook_options())
        report._write_pack(workbook, pack)
        workbook.close()
        return stream.getvalue()
