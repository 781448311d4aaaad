# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The acknowledgment leaves the customer's request: a queued job, picked by the
scheduler with ``FOR UPDATE SKIP LOCKED``, retried on failure, sent once."""

import base64
from datetime import datetime, timedelta
import hashlib
import io
import json
import os
import re
import threading
import traceback
from unittest.mock import patch

from freezegun import freeze_time

from odoo import SUPERUSER_ID, Command, api
from odoo.exceptions import AccessError, UserError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger
from odoo.tools.pdf import PdfFileReader

from odoo.addons.base.models.ir_actions_report import (
    IrActionsReport as BaseIrActionsReport,
)
from odoo.addons.base.models.ir_mail_server import IrMailServer
from odoo.addons.consumer_law.evidence import without_acknowledgment
from odoo.addons.consumer_law.models import (
    consumer_law_document_job,
    ir_actions_report,
)
from odoo.addons.consumer_law.models.consumer_law_document_job import (
    LEASE,
    RETRY_DELAYS,
)
from odoo.addons.consumer_law.tests.common import (
    PARK_JOBS,
    UNPARK_JOBS,
    send_queued_documents,
)
from odoo.addons.consumer_law.tests.document_checks import (
    RequestRecorder,
    pdf_text,
)

from .common import SaleWithdrawalCommon

JOB_MODEL = "consumer.law.document.job"


class TestWithdrawalAcknowledgmentQueue(SaleWithdrawalCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the database's own queue (a demo database queues its acknowledgments)
        # is not due during these tests: they count what they queue themselves
        cls.env.flush_all()
        cls.env.cr.execute(PARK_JOBS)
        cls.env.invalidate_all()
        cls.order = cls._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        cls.bike_line = cls.order._get_withdrawal_goods_lines()[0]
        cls.cron = cls.env.ref("consumer_law.ir_cron_document_job")

    def setUp(self):
        super().setUp()
        # a batch pass that failed in another test is not paused here
        consumer_law_document_job._BATCH_PASS_FAILED.clear()
        self.addCleanup(consumer_law_document_job._BATCH_PASS_FAILED.clear)

    def _job_of(self, withdrawal):
        return self.env[JOB_MODEL].search(
            [
                ("res_model", "=", withdrawal._name),
                ("res_id", "=", withdrawal.id),
                ("kind", "=", "withdrawal_acknowledgment"),
            ]
        )

    def test_submission_queues_the_acknowledgment(self):
        """Recording the withdrawal renders and mails nothing: it queues one
        job and triggers the scheduler at once; the job sends it."""
        triggers = self.env["ir.cron.trigger"].search_count(
            [("cron_id", "=", self.cron.id)]
        )
        withdrawal = self._create_request(self.order, {self.bike_line: 1})
        self.assertFalse(withdrawal.acknowledged_at)
        self.assertFalse(withdrawal.acknowledgment_sha256)
        job = self._job_of(withdrawal)
        self.assertRecordValues(job, [{"state": "queued", "attempt_count": 0}])
        self.assertGreater(
            self.env["ir.cron.trigger"].search_count([("cron_id", "=", self.cron.id)]),
            triggers,
        )
        with patch.object(
            IrMailServer, "send_email", autospec=True, return_value="<ack@test>"
        ) as send_email:
            send_queued_documents(self.env)
            self.assertRecordValues(job, [{"state": "done", "attempt_count": 1}])
            self.assertTrue(job.done_at)
            self.assertTrue(withdrawal.acknowledged_at)
            self.assertTrue(withdrawal.acknowledgment_sha256)
            self.assertTrue(withdrawal.acknowledgment_message_id)
            # the job itself hands the mail to the SMTP server, PDF attached
            self.assertEqual(send_email.call_count, 1)
            sent = send_email.call_args.args[1]
            self.assertIn(self.customer.email, sent["To"])
            attached = [part.get_filename() for part in sent.iter_attachments()]
            self.assertEqual(attached, [withdrawal.acknowledgment_pdf_filename])
            # run again: nothing is sent twice
            send_queued_documents(self.env)
            self.assertEqual(send_email.call_count, 1)
        self.assertEqual(
            self.env["mail.message"].search_count(
                [
                    ("model", "=", withdrawal._name),
                    ("res_id", "=", withdrawal.id),
                    ("message_type", "=", "comment"),
                ]
            ),
            1,
        )

    def test_act_sealed_in_the_request_before_the_job(self):
        """The request records the act and its SHA-256 over its canonical
        content at once; the job, later, adds the PDF with its own digest;
        the act stays verifiable, and an altered act is detected."""
        withdrawal = self._create_request(self.order, {self.bike_line: 1})
        self.assertEqual(self._job_of(withdrawal).state, "queued")
        self.assertFalse(withdrawal.acknowledgment_sha256)
        self.assertRegex(withdrawal.act_sha256, r"^[0-9a-f]{64}$")
        raw = withdrawal.act_content.encode("utf-8")
        self.assertEqual(hashlib.sha256(raw).hexdigest(), withdrawal.act_sha256)
        content = json.loads(raw)
        canonical = json.dumps(
            content, sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )
        self.assertEqual(withdrawal.act_content, canonical)
        self.assertEqual(content["order"], self.order.name)
        self.assertEqual(content["channel"], withdrawal.channel)
        self.assertEqual(content["email"], withdrawal.email or None)
        self.assertEqual(
            content["received_at"], withdrawal.received_at.strftime("%Y-%m-%d %H:%M:%S")
        )
        self.assertEqual(
            content["lines"],
            [
                {
                    "sale_line_id": self.bike_line.id,
                    "product": self.bike_line.product_id.display_name,
                    "quantity": 1.0,
                }
            ],
        )
        result = withdrawal.action_verify_customer_act()
        self.assertEqual(result["params"]["type"], "success")
        sealed = withdrawal.act_sha256
        with patch.object(
            IrMailServer, "send_email", autospec=True, return_value="<ack@test>"
        ):
            send_queued_documents(self.env)
        self.assertTrue(withdrawal.acknowledgment_sha256)
        self.assertNotEqual(withdrawal.acknowledgment_sha256, sealed)
        self.assertEqual(withdrawal.act_sha256, sealed)
        withdrawal.action_verify_customer_act()
        # the goods changed behind the act's back: detected
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE sale_withdrawal_request_line SET quantity = 2 "
            "WHERE request_id = %s",
            (withdrawal.id,),
        )
        self.env.invalidate_all()
        with self.assertRaisesRegex(UserError, "SHA-256 of the Act"):
            withdrawal.action_verify_customer_act()

    def test_batch_renders_one_pdf_per_declaration(self):
        """Jobs taken together render their declarations in one pass of the
        report engine (one wkhtmltopdf run, split per record), each stored and
        mailed with its own digest; if that pass fails, each job renders its
        own."""
        other_order = self._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        withdrawals = self._create_request(
            self.order, {self.bike_line: 1}
        ) | self._create_request(
            other_order, {other_order._get_withdrawal_goods_lines()[0]: 1}
        )

        def engine(report, report_ref, data, res_ids=None):
            # the engine's answer: one PDF stream per record
            return {
                res_id: {"stream": io.BytesIO(b"%%PDF-1.7 declaration %d" % res_id)}
                for res_id in res_ids
            }

        report_class = type(self.env["ir.actions.report"])
        with patch.object(
            report_class,
            "_render_qweb_pdf_prepare_streams",
            autospec=True,
            side_effect=engine,
        ) as prepare_streams:
            send_queued_documents(self.env)
        self.assertEqual(prepare_streams.call_count, 1)
        self.assertEqual(
            sorted(prepare_streams.call_args.kwargs["res_ids"]), sorted(withdrawals.ids)
        )
        for withdrawal in withdrawals:
            pdf = b"%%PDF-1.7 declaration %d" % withdrawal.id
            self.assertEqual(
                base64.b64decode(
                    withdrawal.with_context(bin_size=False).acknowledgment_pdf
                ),
                pdf,
            )
            self.assertEqual(
                withdrawal.acknowledgment_sha256, hashlib.sha256(pdf).hexdigest()
            )
            message = withdrawal.acknowledgment_message_id
            self.assertEqual(message.attachment_ids.raw, pdf)
            self.assertIn(withdrawal.acknowledgment_sha256, message.body)

    @mute_logger("odoo.addons.consumer_law.models.consumer_law_document_job")
    def test_batch_pass_failing_each_renders_its_own(self):
        """The batch pass fails: each job renders its own declaration."""
        other_order = self._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        withdrawals = self._create_request(
            self.order, {self.bike_line: 1}
        ) | self._create_request(
            other_order, {other_order._get_withdrawal_goods_lines()[0]: 1}
        )
        report_class = type(self.env["ir.actions.report"])
        with patch.object(
            report_class,
            "_render_qweb_pdf_prepare_streams",
            side_effect=ValueError("split failed"),
        ) as prepare_streams:
            send_queued_documents(self.env)
            for withdrawal in withdrawals:
                self.assertTrue(withdrawal.acknowledgment_message_id)
                self.assertTrue(withdrawal.acknowledgment_sha256)
            # the next batches of this process do not try the failing pass
            others = [
                self._delivered_order(at=datetime(2026, 5, 4, 9, 0)) for _i in "ab"
            ]
            for order in others:
                self._create_request(order, {order._get_withdrawal_goods_lines()[0]: 1})
            send_queued_documents(self.env)
        self.assertEqual(prepare_streams.call_count, 1)

    def test_batch_one_wkhtmltopdf_run_without_patched_qt(self):
        """A wkhtmltopdf without patched Qt takes one HTML file only: the
        batch's declarations are given to it as one file, one run for the
        batch, and each declaration gets its own one-page PDF."""
        other_order = self._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        withdrawals = self._create_request(
            self.order, {self.bike_line: 1}
        ) | self._create_request(
            other_order, {other_order._get_withdrawal_goods_lines()[0]: 1}
        )
        report_class = type(self.env["ir.actions.report"])
        with (
            patch.object(
                ir_actions_report, "wkhtmltopdf_has_patched_qt", return_value=False
            ),
            patch.object(
                report_class,
                "_run_wkhtmltopdf",
                autospec=True,
                side_effect=report_class._run_wkhtmltopdf,
            ) as run,
        ):
            withdrawals._document_job_withdrawal_acknowledgment_prepare()
        self.assertEqual(run.call_count, 1)
        self.assertEqual(len(run.call_args.args[1]), 2)  # the engine's two bodies
        for withdrawal, other in (withdrawals, withdrawals[::-1]):
            pdf = base64.b64decode(
                withdrawal.with_context(bin_size=False).acknowledgment_pdf
            )
            self.assertEqual(PdfFileReader(io.BytesIO(pdf)).getNumPages(), 1)
            self.assertEqual(
                withdrawal.acknowledgment_sha256, hashlib.sha256(pdf).hexdigest()
            )
            text = pdf_text(pdf)
            self.assertIn(withdrawal.name, text)
            self.assertNotIn(other.name, text)

    def test_batch_pdf_made_without_requests_to_the_server(self):
        """The queue's PDFs cost no request to the web server, where at the
        peak wkhtmltopdf would wait behind the customers: the report's style
        sheets are written into the document, the fonts they name read from
        the addons' folders, which wkhtmltopdf may read (and those only); the
        report engine alone fetches the style sheets from the server."""
        other_order = self._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        withdrawals = self._create_request(
            self.order, {self.bike_line: 1}
        ) | self._create_request(
            other_order, {other_order._get_withdrawal_goods_lines()[0]: 1}
        )
        allowed, delays = [], []
        build_args = ir_actions_report.IrActionsReport._build_wkhtmltopdf_args

        def record_allowed(report, *args, **kwargs):
            command_args = build_args(report, *args, **kwargs)
            allowed.extend(
                command_args[index + 1]
                for index, arg in enumerate(command_args)
                if arg == "--allow"
            )
            delays.append(command_args[command_args.index("--javascript-delay") + 1])
            return command_args

        engine = BaseIrActionsReport._run_wkhtmltopdf
        with (
            RequestRecorder() as server,
            patch.object(
                BaseIrActionsReport,
                "_run_wkhtmltopdf",
                autospec=True,
                side_effect=engine,
            ) as run,
            patch.object(
                ir_actions_report.IrActionsReport,
                "_build_wkhtmltopdf_args",
                record_allowed,
            ),
        ):
            self.env["ir.config_parameter"].sudo().set_param("report.url", server.url)
            # the control: the engine alone asks the server for the style
            self.env["ir.actions.report"].sudo()._render_qweb_pdf_prepare_streams(
                "sale_withdrawal.action_report_withdrawal_declaration",
                {"report_type": "pdf"},
                res_ids=withdrawals[:1].ids,
            )
            self.assertTrue(
                any(path.startswith("/web/assets/") for path in server.paths),
                server.paths,
            )
            self.assertEqual(allowed, [])
            print_delay = self.env["ir.config_parameter"].get_param(
                "report.print_delay", "1000"
            )
            self.assertEqual(delays, [print_delay])
            server.paths.clear()
            delays.clear()
            run.reset_mock()
            with patch.object(
                IrMailServer, "send_email", autospec=True, return_value="<ack@test>"
            ):
                send_queued_documents(self.env)
            self.assertEqual(server.paths, [])
        # one run for the batch, its style in it, its fonts read from disk
        self.assertEqual(run.call_count, 1)
        body = "".join(run.call_args.args[1])
        self.assertNotRegex(body, r"<link[^>]*/web/assets/[^>]*\.css")
        font = re.search(
            r'url\("file://(?P<folder>[^"]*/web/static)/fonts/lato/[^"]*\.woff', body
        )
        self.assertTrue(font, "no Lato font read from disk")
        self.assertIn(font["folder"], allowed)
        self.assertTrue(all(folder.endswith("/static") for folder in allowed))
        # nothing to wait for once loaded: no script, its style in it
        self.assertEqual(delays, [ir_actions_report.LOCAL_JAVASCRIPT_DELAY])
        for withdrawal in withdrawals:
            self.assertTrue(withdrawal.acknowledgment_message_id)
            pdf = base64.b64decode(
                withdrawal.with_context(bin_size=False).acknowledgment_pdf
            )
            self.assertTrue(pdf.startswith(b"%PDF"))
            self.assertIn(withdrawal.name, pdf_text(pdf))

    def test_local_document_keeps_its_text_and_reads_static_files_only(self):
        """Made self-contained, a document loses the empty ``url()`` of its
        style attributes, never the same words in its text; a style sheet's
        path leaving an addon's static folder is not read from disk."""
        html = (
            '<div style="background-image: url();">'
            "<p>My statement: url() and url('')</p></div>"
        )
        folders = set()
        local = self.env["ir.actions.report"]._localize_html(html, folders)
        self.assertIn('style="background-image: none;"', local)
        self.assertIn("<p>My statement: url() and url('')</p>", local)
        self.assertEqual(folders, set())
        url, folder = ir_actions_report.static_file_url(
            "/web/static/fonts/./lato/Lato-Reg-webfont.woff"
        )
        self.assertTrue(url.startswith("file://") and url.endswith(".woff"))
        self.assertTrue(folder.endswith(os.sep + os.path.join("web", "static")))
        for path in (
            "/web/static/../models/ir_http.py",
            "/web/static/../../base/models/res_users.py",
            "/web/static/no/such/file.woff",
        ):
            self.assertIsNone(ir_actions_report.static_file_url(path), path)

    def test_enqueued_twice_sent_once(self):
        """Queuing the same acknowledgment while it waits reuses the job."""
        withdrawal = self._create_request(self.order, {self.bike_line: 1})
        job = self._job_of(withdrawal)
        self.assertEqual(withdrawal._queue_acknowledgment(), job)
        self.assertEqual(len(self._job_of(withdrawal)), 1)

    @mute_logger("odoo.addons.consumer_law.models.consumer_law_document_job")
    def test_report_engine_missing_retried_with_backoff(self):
        """wkhtmltopdf missing: the job fails, nothing is half written, the
        next attempts come later and later, then it is listed as failed and a
        manager resends it."""
        withdrawal = self._create_request(self.order, {self.bike_line: 1})
        job = self._job_of(withdrawal)
        error = UserError("Unable to find Wkhtmltopdf on this system.")
        report_class = type(self.env["ir.actions.report"])
        start = job.next_try_at + timedelta(seconds=1)
        with patch.object(report_class, "_render_qweb_pdf", side_effect=error):
            for attempt, delay in enumerate(RETRY_DELAYS, start=1):
                with freeze_time(start):
                    self.assertEqual(send_queued_documents(self.env), job)
                self.assertRecordValues(
                    job,
                    [
                        {
                            "state": "queued",
                            "attempt_count": attempt,
                            "next_try_at": start + timedelta(minutes=delay),
                        }
                    ],
                )
                self.assertIn("Wkhtmltopdf", job.last_error)
                self.assertFalse(withdrawal.acknowledgment_sha256)
                self.assertFalse(withdrawal.acknowledgment_message_id)
                # not due before its next try
                with freeze_time(job.next_try_at - timedelta(seconds=1)):
                    self.assertFalse(send_queued_documents(self.env))
                start = job.next_try_at
            with freeze_time(start):
                send_queued_documents(self.env)
        self.assertEqual(job.state, "failed")
        self.assertEqual(job.attempt_count, len(RETRY_DELAYS) + 1)
        # the "documents not sent" list shows it
        action = self.env.ref("consumer_law.consumer_law_document_job_action")
        self.assertIn(job, self._not_sent_jobs(action))
        # the customer's act is kept, acknowledged once the engine is back
        job.action_resend()
        self.assertEqual(job.state, "queued")
        send_queued_documents(self.env)
        self.assertEqual(job.state, "done")
        self.assertTrue(withdrawal.acknowledgment_message_id)
        self.assertNotIn(job, self._not_sent_jobs(action))

    def test_batch_stops_taking_jobs_when_time_runs_out(self):
        """A run takes no new job once its time budget is spent: the jobs
        left are due again at once and the scheduler is triggered for them."""
        orders = [self._delivered_order(at=datetime(2026, 5, 4, 9, 0)) for _i in "ab"]
        withdrawals = self._create_request(self.order, {self.bike_line: 1})
        for order in orders:
            withdrawals |= self._create_request(
                order, {order._get_withdrawal_goods_lines()[0]: 1}
            )
        jobs = self.env[JOB_MODEL].search(
            [("res_model", "=", withdrawals._name), ("res_id", "in", withdrawals.ids)]
        )
        self.assertEqual(len(jobs), 3)

        class Clock:
            """The time of the test: each job takes 20 seconds."""

            now = 1_000_000.0

            @classmethod
            def time(cls):
                return cls.now

        job_class = type(self.env[JOB_MODEL])
        attempt = job_class._attempt

        def attempt_in_20_seconds(job, commit):
            attempt(job, commit)
            Clock.now += 20

        triggers = self.env["ir.cron.trigger"].search([("cron_id", "=", self.cron.id)])
        with (
            patch.object(consumer_law_document_job, "time", Clock),
            patch.object(job_class, "_attempt", attempt_in_20_seconds),
            patch.object(
                IrMailServer, "send_email", autospec=True, return_value="<ack@test>"
            ) as send_email,
        ):
            # 30 seconds: the 2nd job starts at 20 s, the 3rd would at 40 s
            attempted = self.env[JOB_MODEL]._cron_send_documents(
                batch_size=10, deadline=Clock.now + 30
            )
        self.assertEqual(len(attempted), 2)
        self.assertEqual(send_email.call_count, 2)
        self.assertEqual(set(attempted.mapped("state")), {"done"})
        left = jobs - attempted
        self.assertRecordValues(left, [{"state": "queued", "attempt_count": 0}])
        self.assertLessEqual(left.next_try_at, datetime.now())
        new_triggers = (
            self.env["ir.cron.trigger"].search([("cron_id", "=", self.cron.id)])
            - triggers
        )
        self.assertTrue(new_triggers)
        # out of time from the start: nothing taken
        with patch.object(consumer_law_document_job, "time", Clock):
            self.assertFalse(
                self.env[JOB_MODEL]._cron_send_documents(deadline=Clock.now - 1)
            )
        self.assertEqual(left.state, "queued")
        # the job left goes first, before one queued while the run went on
        # (due before the job left was released)
        other = self._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        newer = self._job_of(
            self._create_request(other, {other._get_withdrawal_goods_lines()[0]: 1})
        )
        newer.write({"next_try_at": left.next_try_at - timedelta(seconds=5)})
        with patch.object(
            IrMailServer, "send_email", autospec=True, return_value="<ack@test>"
        ):
            self.assertEqual(
                self.env[JOB_MODEL]._cron_send_documents(batch_size=1), left
            )
        self.assertEqual(newer.state, "queued")

    def _not_sent_jobs(self, action):
        search_view = self.env.ref("consumer_law.consumer_law_document_job_view_search")
        self.assertEqual(action.search_view_id, search_view)
        self.assertIn("search_default_not_sent", action.context)
        return self.env[JOB_MODEL].search(
            [("state", "!=", "done"), ("last_error", "!=", False)]
        )

    @mute_logger(
        "odoo.addons.consumer_law.models.consumer_law_document_job",
        "odoo.addons.mail.models.mail_mail",
    )
    def test_smtp_down_retried_then_sent_once(self):
        """SMTP down: the mail is not lost; the acknowledgment produced is
        kept with its job, and the next attempt sends that one message (it
        never produces a second)."""
        withdrawal = self._create_request(self.order, {self.bike_line: 1})
        job = self._job_of(withdrawal)
        with patch.object(
            IrMailServer, "connect", side_effect=ConnectionRefusedError("SMTP down")
        ):
            send_queued_documents(self.env)
        self.assertEqual(job.state, "queued")
        self.assertEqual(job.attempt_count, 1)
        self.assertIn("SMTP", job.last_error)
        self.assertEqual(job.message_ids, withdrawal.acknowledgment_message_id)
        mail = self.env["mail.mail"].search(
            [("mail_message_id", "in", job.message_ids.ids)]
        )
        self.assertEqual(mail.state, "outgoing")
        with freeze_time(job.next_try_at):
            send_queued_documents(self.env)
        self.assertEqual(job.state, "done")
        self.assertEqual(job.attempt_count, 2)
        messages = self.env["mail.message"].search(
            [
                ("model", "=", withdrawal._name),
                ("res_id", "=", withdrawal.id),
                ("message_type", "=", "comment"),
            ]
        )
        self.assertEqual(messages, withdrawal.acknowledgment_message_id)

    def test_resend_only_by_managers(self):
        """The list and the resend are for consumer-law managers."""
        withdrawal = self._create_request(self.order, {self.bike_line: 1})
        job = self._job_of(withdrawal)
        user = self.env["res.users"].create(
            {
                "name": "Sales clerk",
                "login": "queue_clerk",
                "groups_id": [
                    Command.set(
                        [
                            self.env.ref("sales_team.group_sale_salesman").id,
                            self.env.ref("consumer_law.consumer_law_group_user").id,
                        ]
                    )
                ],
            }
        )
        with self.assertRaises(AccessError):
            job.with_user(user).read(["state"])
        user.groups_id |= self.env.ref("consumer_law.consumer_law_group_manager")
        job.with_user(user).action_resend()


@tagged("post_install", "-at_install")
class TestAcknowledgmentQueueWorkers(TransactionCase):
    """Two workers (two cursors, as two cron workers or two servers) take jobs
    from the same queue at the same time: each acknowledgment is sent once."""

    WITHDRAWALS = 6

    def setUp(self):
        super().setUp()
        self._park_database_jobs()
        self.withdrawal_ids = self._commit_withdrawals()
        self.addCleanup(self._delete_committed)

    def _park_database_jobs(self):
        """Make the database's own queued jobs not due while the workers run (a
        demo database queues its acknowledgments); put them back afterwards."""
        with self.registry.cursor() as cr:
            cr.execute(PARK_JOBS)
            parked = [row[0] for row in cr.fetchall()]
        self.addCleanup(self._unpark_database_jobs, parked)

    def _unpark_database_jobs(self, parked):
        with self.registry.cursor() as cr:
            cr.execute(UNPARK_JOBS, (parked,))

    def _commit_withdrawals(self):
        """Commit withdrawals (commercial gestures of a professional customer,
        keeping the window rules out of the way) and their queued jobs."""
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            partner = env["res.partner"].create(
                {
                    "name": "Queue Pro SARL",
                    "is_company": True,
                    "email": "queue.pro@example.com",
                }
            )
            product = env["product.product"].create(
                {"name": "Queue crate", "type": "consu"}
            )
            order = env["sale.order"].create(
                {
                    "partner_id": partner.id,
                    "order_line": [
                        Command.create(
                            {
                                "product_id": product.id,
                                "product_uom_qty": self.WITHDRAWALS,
                                "price_unit": 10.0,
                            }
                        )
                    ],
                }
            )
            order.action_confirm()
            self.order_id = order.id
            requests = without_acknowledgment(env["sale.withdrawal.request"])
            withdrawals = requests.create(
                [
                    {
                        "order_id": order.id,
                        "channel": "email",
                        "is_commercial_gesture": True,
                        "line_ids": [
                            Command.create(
                                {"sale_line_id": order.order_line.id, "quantity": 1}
                            )
                        ],
                    }
                    for _index in range(self.WITHDRAWALS)
                ]
            )
            withdrawals._queue_acknowledgment()
            return withdrawals.ids

    def _delete_committed(self):
        with self.registry.cursor() as cr:
            # evidence cannot be deleted through the ORM: remove the test's
            # committed rows directly
            cr.execute(
                "DELETE FROM consumer_law_document_job "
                "WHERE res_model = 'sale.withdrawal.request' AND res_id = ANY(%s)",
                (self.withdrawal_ids,),
            )
            cr.execute(
                "DELETE FROM sale_withdrawal_request WHERE id = ANY(%s)",
                (self.withdrawal_ids,),
            )
            cr.execute(
                "DELETE FROM mail_message "
                "WHERE model = 'sale.withdrawal.request' AND res_id = ANY(%s)",
                (self.withdrawal_ids,),
            )

    def _check_sent_once(self, env, attempts=1):
        jobs = env[JOB_MODEL].search(
            [
                ("res_model", "=", "sale.withdrawal.request"),
                ("res_id", "in", self.withdrawal_ids),
            ]
        )
        self.assertEqual(len(jobs), self.WITHDRAWALS)
        self.assertEqual(set(jobs.mapped("state")), {"done"})
        if attempts:
            self.assertEqual(set(jobs.mapped("attempt_count")), {attempts})
        for withdrawal in env["sale.withdrawal.request"].browse(self.withdrawal_ids):
            messages = env["mail.message"].search(
                [
                    ("model", "=", withdrawal._name),
                    ("res_id", "=", withdrawal.id),
                    ("message_type", "=", "comment"),
                ]
            )
            self.assertEqual(len(messages), 1, withdrawal.name)
            self.assertEqual(messages, withdrawal.acknowledgment_message_id)

    def test_two_workers_skip_each_others_jobs(self):
        """The second worker, while the first holds its batch, takes the
        other jobs only; then nothing is left for anyone."""
        cr1 = self.registry.cursor()
        cr2 = self.registry.cursor()
        try:
            jobs1 = api.Environment(cr1, SUPERUSER_ID, {})[JOB_MODEL]
            jobs2 = api.Environment(cr2, SUPERUSER_ID, {})[JOB_MODEL]
            batch1 = jobs1._lock_due_jobs(self.WITHDRAWALS // 2)
            batch2 = jobs2._lock_due_jobs(self.WITHDRAWALS)
            self.assertEqual(len(batch1), self.WITHDRAWALS // 2)
            self.assertEqual(len(batch2), self.WITHDRAWALS - len(batch1))
            self.assertFalse(set(batch1.ids) & set(batch2.ids))
            batch2._process()
            cr2.commit()
            batch1._process()
            cr1.commit()
            self.assertFalse(jobs1._lock_due_jobs(self.WITHDRAWALS))
            self.assertFalse(jobs2._lock_due_jobs(self.WITHDRAWALS))
            cr1.rollback()
            cr2.rollback()
        finally:
            cr1.close()
            cr2.close()
        with self.registry.cursor() as cr:
            self._check_sent_once(api.Environment(cr, SUPERUSER_ID, {}))

    def test_worker_killed_mid_batch_sends_nothing_twice(self):
        """A cron worker is killed after its third mail went out: the two jobs
        it finished stay sent, the third keeps its sent mail (a new attempt
        sends nothing again), the others wait for the batch's lease; the next
        run sends each remaining acknowledgment once."""
        job_class = type(self.env[JOB_MODEL])
        send_mails = job_class._send_mails
        sent_batches = []

        class WorkerKilled(BaseException):
            """The worker process dies (no exception handler runs)."""

        def send_then_die(jobs, messages, commit=False):
            send_mails(jobs, messages, commit=commit)
            sent_batches.append(messages.ids)
            if len(sent_batches) == 3:
                raise WorkerKilled

        with patch.object(
            IrMailServer, "send_email", autospec=True, return_value="<ack@test>"
        ) as send_email:
            with patch.object(job_class, "_send_mails", send_then_die):
                with self.registry.cursor() as cr:
                    jobs = api.Environment(cr, SUPERUSER_ID, {})[JOB_MODEL]
                    with self.assertRaises(WorkerKilled):
                        jobs._cron_send_documents(
                            batch_size=self.WITHDRAWALS, commit=True
                        )
                    # the process dies: its transaction is never committed
                    cr.rollback()
            self.assertEqual(send_email.call_count, 3)
            with self.registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                jobs = env[JOB_MODEL].search(
                    [
                        ("res_model", "=", "sale.withdrawal.request"),
                        ("res_id", "in", self.withdrawal_ids),
                    ],
                    order="id",
                )
                self.assertEqual(jobs.mapped("state").count("done"), 2)
                killed = jobs.filtered(lambda job: job.message_ids.ids in sent_batches)
                killed -= killed.filtered(lambda job: job.state == "done")
                self.assertEqual(len(killed), 1)
                self.assertEqual(killed.state, "queued")
                # its mail's sending was committed with it
                self.assertFalse(
                    env["mail.mail"].search(
                        [
                            ("mail_message_id", "in", killed.message_ids.ids),
                            ("state", "=", "outgoing"),
                        ]
                    )
                )
                # nothing is due before the lease runs out
                self.assertFalse(env[JOB_MODEL]._lock_due_jobs(self.WITHDRAWALS))
                cr.rollback()
            with freeze_time(datetime.now() + LEASE + timedelta(minutes=1)):
                with self.registry.cursor() as cr:
                    jobs = api.Environment(cr, SUPERUSER_ID, {})[JOB_MODEL]
                    jobs._cron_send_documents(batch_size=self.WITHDRAWALS, commit=True)
            self.assertEqual(send_email.call_count, self.WITHDRAWALS)
        with self.registry.cursor() as cr:
            self._check_sent_once(api.Environment(cr, SUPERUSER_ID, {}), attempts=None)

    def test_two_threads_drain_the_queue_once(self):
        """Two threads loop as two cron workers until the queue is empty."""
        processed = {1: [], 2: []}
        errors = []
        barrier = threading.Barrier(2, timeout=30)

        def worker(number):
            try:
                with self.registry.cursor() as cr:
                    jobs = api.Environment(cr, SUPERUSER_ID, {})[JOB_MODEL]
                    barrier.wait()
                    for _round in range(self.WITHDRAWALS):  # bounded
                        # as the scheduler runs it: each job committed on its
                        # own, a snapshot outdated by the other worker retried
                        batch = jobs._cron_send_documents(batch_size=1, commit=True)
                        processed[number] += batch.ids
                        cr.commit()
                        if not batch:
                            break
            except Exception:  # reported below
                errors.append(traceback.format_exc())

        threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
        with patch.object(
            IrMailServer, "send_email", autospec=True, return_value="<ack@test>"
        ) as send_email:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)
        self.assertFalse(errors)
        self.assertEqual(send_email.call_count, self.WITHDRAWALS)
        self.assertEqual(
            len(processed[1]) + len(processed[2]), self.WITHDRAWALS, processed
        )
        self.assertFalse(set(processed[1]) & set(processed[2]))
        with self.registry.cursor() as cr:
            self._check_sent_once(api.Environment(cr, SUPERUSER_ID, {}))
