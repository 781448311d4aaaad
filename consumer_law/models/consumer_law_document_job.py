# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Documents produced after a customer's act, off the customer's request.

Recording a withdrawal, a claim or a complaint is quick; rendering its PDF and
mailing it is not. The act is recorded in the request, which enqueues a job;
Odoo's scheduler (``ir.cron``, triggered at once) picks the jobs in batches with
``SELECT ... FOR UPDATE SKIP LOCKED``, so that any number of workers and servers
share the queue and each job is processed by one of them only. A job runs in a
savepoint: a failure (wkhtmltopdf missing, SMTP down) leaves nothing half done,
is retried with a growing delay, and shows in the "documents not sent" list
until a manager resends it.

An addon declares a kind (``selection_add`` on ``kind``) and implements
``_document_job_<kind>()`` on the record's model; the method produces and
sends the document and returns the ``mail.message`` or ``mail.mail`` records
it created, which the job sends before it is marked done. An optional
``_document_job_<kind>_prepare()``, called on all the batch's records first,
may produce their documents in one pass (one run of the report engine).
"""

from datetime import timedelta
import logging

from odoo import api, fields, models
from odoo.tools import SQL

_logger = logging.getLogger(__name__)

# Delays before the next attempts, in minutes; after the last, the job fails.
RETRY_DELAYS = (1, 5, 15, 60, 240)
BATCH_SIZE = 10
KEEP_DONE = timedelta(days=90)
# Scheduled actions sending the queue: each runs in one cron worker at a time.
CRON_XMLIDS = (
    "consumer_law.ir_cron_document_job",
    "consumer_law.ir_cron_document_job_2",
)


class ConsumerLawDocumentJob(models.Model):
    _name = "consumer.law.document.job"
    _description = "Consumer-Law Document to Send"
    _order = "id desc"

    # === FIELDS === #
    res_model = fields.Char(
        string="Document Model", required=True, readonly=True, index=True
    )
    res_id = fields.Many2oneReference(
        string="Document ID", model_field="res_model", required=True, readonly=True
    )
    document_name = fields.Char(compute="_compute_document_name")
    kind = fields.Selection(selection=[], required=True, readonly=True)
    state = fields.Selection(
        selection=[("queued", "Queued"), ("done", "Sent"), ("failed", "Failed")],
        default="queued",
        required=True,
        readonly=True,
        index=True,
    )
    attempt_count = fields.Integer(string="Attempts", readonly=True)
    next_try_at = fields.Datetime(
        string="Next Try",
        default=fields.Datetime.now,
        required=True,
        readonly=True,
        index=True,
    )
    last_error = fields.Text(readonly=True)
    done_at = fields.Datetime(string="Sent At", readonly=True)
    company_id = fields.Many2one(comodel_name="res.company", readonly=True, index=True)

    _sql_constraints = [
        (
            "attempt_count_positive",
            "CHECK(attempt_count >= 0)",
            "Attempts: the number of attempts cannot be negative.",
        ),
    ]

    def init(self):
        # one job waiting per document and kind: enqueuing twice sends once
        self.env.cr.execute(
            SQL(
                "CREATE UNIQUE INDEX IF NOT EXISTS "
                "consumer_law_document_job_one_queued "
                "ON consumer_law_document_job (res_model, res_id, kind) "
                "WHERE state = 'queued'"
            )
        )

    # === COMPUTE METHODS === #
    @api.depends("res_model", "res_id")
    def _compute_document_name(self):
        for job in self:
            record = job._get_record()
            job.document_name = record.display_name if record else False

    # === CRUD METHODS === #
    @api.autovacuum
    def _gc_done_jobs(self):
        """Forget jobs sent more than 90 days ago (the documents stay)."""
        limit = fields.Datetime.now() - KEEP_DONE
        self.sudo().search([("state", "=", "done"), ("done_at", "<", limit)]).unlink()

    # === ACTION METHODS === #
    def action_resend(self):
        """Queue the failed or waiting documents again, to be sent at once."""
        self.filtered(lambda job: job.state != "done").sudo().write(
            {"state": "queued", "next_try_at": fields.Datetime.now()}
        )
        self._trigger_cron()
        return True

    # === BUSINESS METHODS === #
    @api.model
    def _enqueue(self, records, kind):
        """Queue the document ``kind`` of each of ``records``; return the jobs.

        A job already waiting for the same document is reused, so that a
        document enqueued twice is sent once.
        """
        jobs_sudo = self.sudo()
        if not records:
            return jobs_sudo
        waiting = jobs_sudo.search(
            [
                ("res_model", "=", records._name),
                ("res_id", "in", records.ids),
                ("kind", "=", kind),
                ("state", "=", "queued"),
            ]
        )
        waiting_ids = set(waiting.mapped("res_id"))
        new_jobs = jobs_sudo.create(
            [
                {
                    "res_model": records._name,
                    "res_id": record.id,
                    "kind": kind,
                    "company_id": record._fields.get("company_id")
                    and record.company_id.id,
                }
                for record in records
                if record.id not in waiting_ids
            ]
        )
        self._trigger_cron()
        return waiting | new_jobs

    @api.model
    def _get_sent_at(self, records, kind):
        """Return {record id: when its first document ``kind`` was sent}."""
        sent_at = {}
        for job in self.sudo().search_read(
            [
                ("res_model", "=", records._name),
                ("res_id", "in", records.ids),
                ("kind", "=", kind),
                ("state", "=", "done"),
            ],
            ["res_id", "done_at"],
            order="done_at desc",
        ):
            sent_at[job["res_id"]] = job["done_at"]
        return sent_at

    @api.model
    def _trigger_cron(self, at=None):
        """Wake the scheduled actions that send the queue (at once, or ``at``)."""
        for xmlid in CRON_XMLIDS:
            cron = self.env.ref(xmlid, raise_if_not_found=False)
            if cron:
                cron.sudo()._trigger(at=at)

    @api.model
    def _cron_send_documents(self, batch_size=BATCH_SIZE):
        """Send a batch of due documents, and report the progress to the
        scheduler (which commits and calls again while some remain)."""
        jobs = self._lock_due_jobs(batch_size)
        jobs._process()
        remaining = self._count_due_jobs()
        self.env["ir.cron"]._notify_progress(done=len(jobs), remaining=remaining)
        return jobs

    @api.model
    def _lock_due_jobs(self, limit):
        """Return up to ``limit`` due jobs, locked until the end of the
        transaction; jobs locked by another worker are skipped."""
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "SELECT id FROM consumer_law_document_job "
                "WHERE state = 'queued' AND next_try_at <= %s "
                "ORDER BY next_try_at, id LIMIT %s "
                "FOR NO KEY UPDATE SKIP LOCKED",
                fields.Datetime.now(),
                limit,
            )
        )
        return self.sudo().browse(row[0] for row in self.env.cr.fetchall())

    @api.model
    def _count_due_jobs(self):
        return self.sudo().search_count(
            [("state", "=", "queued"), ("next_try_at", "<=", fields.Datetime.now())]
        )

    def _process(self):
        """Produce and send each job's document; mark it sent, or schedule
        the next attempt with the error."""
        self._prepare_batch()
        for job in self:
            if job.state != "queued":
                continue
            try:
                with self.env.cr.savepoint():
                    job._run()
            except Exception as error:  # noqa: BLE001 - every failure is retried
                _logger.warning(
                    "Consumer law document job %s (%s) failed: %s",
                    job.id,
                    job.kind,
                    error,
                )
                job._record_failure(error)
            else:
                job.write(
                    {
                        "state": "done",
                        "done_at": fields.Datetime.now(),
                        "attempt_count": job.attempt_count + 1,
                    }
                )

    def _prepare_batch(self):
        """Let each kind produce its documents for the whole batch at once; a
        failure here leaves each job to produce its own (and fail alone)."""
        groups = {}
        for job in self.filtered(lambda job: job.state == "queued"):
            groups.setdefault((job.res_model, job.kind), []).append(job.res_id)
        for (model, kind), res_ids in groups.items():
            if model not in self.env:
                continue
            records = self.env[model].sudo().browse(res_ids).exists()
            prepare = getattr(records, f"_document_job_{kind}_prepare", None)
            if not records or not prepare:
                continue
            try:
                with self.env.cr.savepoint():
                    prepare()
            except Exception as error:  # noqa: BLE001 - each job retries alone
                _logger.warning(
                    "Consumer law documents %s: batch preparation failed (%s); "
                    "each is produced alone",
                    kind,
                    error,
                )

    def _run(self):
        """Produce the document and send its mails (raising on failure)."""
        self.ensure_one()
        record = self._get_record()
        if not record:
            raise LookupError(
                self.env._(
                    "Document: %(model)s,%(id)s no longer exists; nothing to send.",
                    model=self.res_model,
                    id=self.res_id,
                )
            )
        # the job sends the mails itself, so that an SMTP failure fails it
        record = record.with_context(mail_notify_force_send=False)
        produced = getattr(record, f"_document_job_{self.kind}")()
        self._send_mails(produced)

    @api.model
    def _send_mails(self, produced):
        """Send now the outgoing mails of the messages (or mails) produced, so
        that an SMTP failure fails the job and is retried."""
        if not produced:
            return
        mails = self.env["mail.mail"].sudo()
        if produced._name == "mail.mail":
            mails = produced.sudo()
        elif produced._name == "mail.message":
            mails = mails.search([("mail_message_id", "in", produced.ids)])
        mails = mails.filtered(lambda mail: mail.state == "outgoing")
        if mails:
            mails.send(raise_exception=True)
            failed = mails.exists().filtered(lambda mail: mail.state == "exception")
            if failed:
                raise RuntimeError(
                    "; ".join(failed.mapped("failure_reason") or ["mail not sent"])
                )

    def _record_failure(self, error):
        attempts = self.attempt_count + 1
        values = {"attempt_count": attempts, "last_error": str(error) or repr(error)}
        if attempts > len(RETRY_DELAYS):
            values["state"] = "failed"
        else:
            next_try = fields.Datetime.now() + timedelta(
                minutes=RETRY_DELAYS[attempts - 1]
            )
            values["next_try_at"] = next_try
            self._trigger_cron(at=next_try)
        self.write(values)

    def _get_record(self):
        self.ensure_one()
        if not self.res_model or self.res_model not in self.env or not self.res_id:
            return None
        return self.env[self.res_model].sudo().browse(self.res_id).exists() or None
