# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Documents produced after a customer's act, off the customer's request.

Recording a withdrawal, a claim or a complaint is quick; rendering its PDF and
mailing it is not. The act is recorded in the request, which enqueues a job;
Odoo's scheduler (``ir.cron``, triggered at once) picks the jobs in batches with
``SELECT ... FOR UPDATE SKIP LOCKED``, so that any number of workers and servers
share the queue and each job is processed by one of them only; its PDFs are
made without requests to the web server (``ir_actions_report``). A failure
(wkhtmltopdf missing, SMTP down) leaves nothing half done, is retried with a
growing delay, and shows in the "documents not sent" list until a manager
resends it.

An addon declares a kind (``selection_add`` on ``kind``) and implements
``_document_job_<kind>()`` on the record's model; the method produces the
document and its mail and returns the ``mail.message`` or ``mail.mail`` records
it created, which the job sends before it is marked done. A job may carry a
``payload`` (JSON), given to the method as keyword arguments (e.g. which version
of the terms a customer is told about). An optional
``_document_job_<kind>_prepare()``, called on all the batch's records first,
may produce their documents in one pass (one run of the report engine).

Run by the scheduler, a batch never sends again what it sent: its jobs are
leased (not due again for a while) and committed, then each job runs in its own
transactions: its document and mails are committed with the job, which records
its messages; each mail's sending is committed as soon as the SMTP server took
it (as Odoo's mail queue does); then the job is marked sent. A worker killed
mid-batch leaves the jobs it finished sent, the one it was on with its mails
recorded (a new attempt sends only those not sent, and never produces them
again), and the others leased until the lease runs out. A run also stops taking
jobs when the scheduler's time limit nears, and has itself called again.
"""

from contextlib import contextmanager
from datetime import timedelta
import logging
import threading
import time
import weakref

from psycopg2.errors import SerializationFailure

from odoo import api, fields, models
from odoo.tools import SQL, config

from ..tools import canonical_json, sha256_hex
from .ir_actions_report import LOCAL_ASSETS_KEY

_logger = logging.getLogger(__name__)

# Delays before the next attempts, in minutes; after the last, the job fails.
RETRY_DELAYS = (1, 5, 15, 60, 240)
# Jobs a run of the sending action takes at once: their PDFs are made in one run
# of wkhtmltopdf, whose start costs the same whatever their number
BATCH_SIZE = 20
KEEP_DONE = timedelta(days=90)
# Scheduled actions sending the queue: each runs in one cron worker at a time.
CRON_XMLIDS = (
    "consumer_law.ir_cron_document_job",
    "consumer_law.ir_cron_document_job_2",
    "consumer_law.ir_cron_document_job_3",
    "consumer_law.ir_cron_document_job_4",
)
# A batch taken by a scheduler's run is not due again for this long (well over
# the scheduler's time limits): a killed worker's jobs wait that long.
LEASE = timedelta(minutes=15)
# Share of the scheduler's time limit (--limit-time-real-cron, else
# --limit-time-real) one run of a sending action may use: two actions send the
# queue one after the other in one cron worker, which runs other actions too.
TIME_BUDGET_SHARE = 0.3
# Snapshots tried to lock a batch when other workers lease jobs meanwhile.
LOCK_ATTEMPTS = 3
# After a kind's batch pass fails (e.g. a report engine that cannot render
# several documents in one run), this process skips it for a while: each job
# produces its own document, without a failed run first.
BATCH_PASS_PAUSE = 600
_BATCH_PASS_FAILED = {}  # {(model, kind): time of the failure}
# {cursor: when the scheduler's run on it started}: a prefork cron worker does
# not tell the action when its run started; its first batch does.
_RUN_STARTS = weakref.WeakKeyDictionary()


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
    payload = fields.Json(readonly=True)
    payload_key = fields.Char(
        readonly=True,
        help="SHA-256 of the payload: one job waiting per document, kind and "
        "payload.",
    )
    message_ids = fields.Many2many(
        comodel_name="mail.message",
        relation="consumer_law_document_job_message_rel",
        column1="job_id",
        column2="message_id",
        string="Mails",
        readonly=True,
        help="The mails this job produced; a new attempt sends those not sent "
        "yet and never produces them again.",
    )

    _sql_constraints = [
        (
            "attempt_count_positive",
            "CHECK(attempt_count >= 0)",
            "Attempts: the number of attempts cannot be negative.",
        ),
    ]

    def init(self):
        # one job waiting per document, kind and payload: enqueuing twice sends
        # once
        self.env.cr.execute(
            SQL("DROP INDEX IF EXISTS consumer_law_document_job_one_queued")
        )
        self.env.cr.execute(
            SQL(
                "CREATE UNIQUE INDEX IF NOT EXISTS "
                "consumer_law_document_job_one_queued_payload "
                "ON consumer_law_document_job "
                "(res_model, res_id, kind, COALESCE(payload_key, '')) "
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
    def _payload_key(self, payload):
        """SHA-256 of the payload's canonical JSON (``False`` without one)."""
        if not payload:
            return False
        return sha256_hex(canonical_json(payload))

    @api.model
    def _enqueue(self, records, kind, payload=None, new=False):
        """Queue the document ``kind`` of each of ``records`` (``payload``: a
        JSON-serialisable dict given to the method); return the jobs.

        A job already waiting for the same document and payload is reused, so
        that a document enqueued twice is sent once.

        :param new: the records were created in this transaction, so that no
            job can wait for them yet (one query fewer)
        """
        jobs_sudo = self.sudo()
        if not records:
            return jobs_sudo
        payload_key = self._payload_key(payload)
        waiting = jobs_sudo
        if not new:
            waiting = jobs_sudo.search(
                [
                    ("res_model", "=", records._name),
                    ("res_id", "in", records.ids),
                    ("kind", "=", kind),
                    ("payload_key", "=", payload_key),
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
                    "payload": payload or False,
                    "payload_key": payload_key,
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
        """Wake the scheduled actions that send the queue (at once, or ``at``).

        Their triggers are created together, in one query, and the cron workers
        woken once (``ir.cron._trigger`` does it action by action: three
        queries each): the rules of ``ir.cron._trigger_list``, an inactive
        action triggered only for later.
        """
        model_data = self.env["ir.model.data"]
        cron_ids = [
            cron_id
            for cron_id in (
                model_data._xmlid_to_res_id(xmlid, raise_if_not_found=False)
                for xmlid in CRON_XMLIDS
            )
            if cron_id
        ]
        if not cron_ids:
            return
        now = fields.Datetime.now()
        at = at or now
        self.env.cr.execute(
            SQL(
                "INSERT INTO ir_cron_trigger "
                "(cron_id, call_at, create_uid, create_date, write_uid, write_date) "
                "SELECT id, %(at)s, %(uid)s, %(now)s, %(uid)s, %(now)s "
                "FROM ir_cron WHERE id IN %(ids)s AND (active OR %(later)s) "
                "ORDER BY id RETURNING cron_id",
                at=at,
                uid=self.env.uid,
                now=now,
                ids=tuple(cron_ids),
                later=at > now,
            )
        )
        triggered = [row[0] for row in self.env.cr.fetchall()]
        if triggered and at <= now:
            self.env.cr.postcommit.add(
                self.env["ir.cron"].browse(triggered[0])._notifydb
            )

    @api.model
    def _cron_send_documents(self, batch_size=BATCH_SIZE, commit=None, deadline=None):
        """Send a batch of due documents, and report the progress to the
        scheduler (which commits and calls again while some remain); return
        the jobs attempted.

        :param commit: commit each job on its own (default: when run by the
            scheduler, outside tests), so that a worker killed mid-batch never
            sends again what it sent
        :param deadline: take no job after this time (epoch seconds; default:
            when run by the scheduler, before its time limit)
        """
        in_scheduler = bool(self.env.context.get("ir_cron_progress_id"))
        if commit is None:
            commit = in_scheduler and not getattr(
                threading.current_thread(), "testing", False
            )
        if deadline is None and in_scheduler:
            deadline = self._get_batch_deadline()
        jobs = self.browse()
        if deadline is None or time.time() < deadline:
            jobs = self._lock_due_jobs(batch_size, retry=commit)
        if commit and jobs:
            # leased: no other worker takes them while this one commits each
            jobs.write({"next_try_at": fields.Datetime.now() + LEASE})
            self.env.cr.commit()
        attempted = jobs._process(commit=commit, deadline=deadline)
        remaining = self._count_due_jobs()
        if remaining and deadline is not None and time.time() >= deadline:
            # out of time: a new run of the scheduler takes the rest at once
            self._trigger_cron()
        self.env["ir.cron"]._notify_progress(done=len(attempted), remaining=remaining)
        return attempted

    @api.model
    def _get_batch_deadline(self):
        """When this run of the scheduled action stops taking jobs (epoch
        seconds), or ``None`` when the server sets no time limit."""
        limit = config.get("limit_time_real_cron") or -1
        if limit < 0:
            limit = config.get("limit_time_real") or 0
        if limit <= 0:
            return None
        # a threaded server's cron thread knows when its run started; in a
        # cron worker, the run starts with the action's first batch
        start = getattr(threading.current_thread(), "start_time", None)
        if not start:
            start = _RUN_STARTS.setdefault(self.env.cr, time.time())
        return start + limit * TIME_BUDGET_SHARE

    @api.model
    def _lock_due_jobs(self, limit, retry=False):
        """Return up to ``limit`` due jobs, the oldest first (a job a run
        had to leave is not put behind the ones queued since), locked until
        the end of the transaction; jobs locked by another worker are skipped.

        :param retry: when a job was leased or sent by another worker since
            this transaction's snapshot (a serialization failure), roll back
            and try again with a new snapshot (a few times)
        """
        self.env.flush_all()
        for attempt in range(LOCK_ATTEMPTS):
            try:
                with self.env.cr.savepoint(flush=False):
                    self.env.cr.execute(
                        SQL(
                            "SELECT id FROM consumer_law_document_job "
                            "WHERE state = 'queued' AND next_try_at <= %s "
                            "ORDER BY id LIMIT %s "
                            "FOR NO KEY UPDATE SKIP LOCKED",
                            fields.Datetime.now(),
                            limit,
                        ),
                        # another worker's lease: expected, retried below
                        log_exceptions=False,
                    )
                    job_ids = [row[0] for row in self.env.cr.fetchall()]
                return self.sudo().browse(job_ids)
            except SerializationFailure:
                if not retry or attempt == LOCK_ATTEMPTS - 1:
                    raise
                self.env.cr.rollback()
        return self.sudo().browse()

    @api.model
    def _count_due_jobs(self):
        return self.sudo().search_count(
            [("state", "=", "queued"), ("next_try_at", "<=", fields.Datetime.now())]
        )

    def _process(self, commit=False, deadline=None):
        """Produce and send each job's document; mark it sent, or schedule
        the next attempt with the error. Return the jobs attempted.

        :param commit: commit each step of each job (see the module's
            documentation); otherwise each step is a savepoint of the caller's
            transaction
        :param deadline: take no new job after this time (epoch seconds); the
            jobs left are due again at once
        """
        self._prepare_batch(commit=commit)
        attempted = self.browse()
        for index, job in enumerate(self):
            if index and deadline is not None and time.time() >= deadline:
                self[index:]._release(commit=commit)
                break
            attempted |= job
            if job.state == "queued":
                job._attempt(commit)
        return attempted

    def _attempt(self, commit):
        """One attempt of one job: produce its document and mails (kept with
        the job), send them, mark it sent; on failure, plan the next try."""
        self.ensure_one()
        try:
            with self._step(commit):
                messages = self._produce()
            with self._step(commit):
                self._send_mails(messages, commit=commit)
                self.write(
                    {
                        "state": "done",
                        "done_at": fields.Datetime.now(),
                        "attempt_count": self.attempt_count + 1,
                    }
                )
        except Exception as error:  # every failure is retried
            _logger.warning(
                "Consumer law document job %s (%s) failed: %s",
                self.id,
                self.kind,
                error,
            )
            with self._step(commit):
                self._record_failure(error)

    @contextmanager
    def _step(self, commit):
        """One step of a job: committed on success and rolled back on failure
        (``commit``), else a savepoint of the current transaction."""
        if not commit:
            with self.env.cr.savepoint():
                yield
            return
        try:
            yield
            self.env.cr.commit()
        except Exception:
            self.env.cr.rollback()
            raise

    def _release(self, commit):
        """Make the jobs not attempted in this run due again at once."""
        self.filtered(lambda job: job.state == "queued").write(
            {"next_try_at": fields.Datetime.now()}
        )
        if commit:
            self.env.cr.commit()

    def _prepare_batch(self, commit=False):
        """Let each kind produce its documents for the whole batch at once; a
        failure here leaves each job to produce its own (and fail alone)."""
        groups = {}
        for job in self.filtered(lambda job: job.state == "queued"):
            groups.setdefault((job.res_model, job.kind), []).append(job.res_id)
        for (model, kind), res_ids in groups.items():
            if model not in self.env:
                continue
            records = (
                self.env[model]
                .sudo()
                .browse(res_ids)
                .exists()
                .with_context(**{LOCAL_ASSETS_KEY: True})
            )
            prepare = getattr(records, f"_document_job_{kind}_prepare", None)
            paused_until = _BATCH_PASS_FAILED.get((model, kind), 0) + BATCH_PASS_PAUSE
            if not records or not prepare or time.time() < paused_until:
                continue
            try:
                with self._step(commit):
                    prepare()
            except Exception as error:  # each job retries alone
                _BATCH_PASS_FAILED[(model, kind)] = time.time()
                _logger.warning(
                    "Consumer law documents %s: batch preparation failed (%s); "
                    "each is produced alone",
                    kind,
                    error,
                )

    def _produce(self):
        """Produce the document and its mails, recorded on the job; return the
        messages. An attempt after one that produced them reuses them."""
        self.ensure_one()
        if self.message_ids:
            return self.message_ids
        record = self._get_record()
        if not record:
            raise LookupError(
                self.env._(
                    "Document: %(model)s,%(id)s no longer exists; nothing to send.",
                    model=self.res_model,
                    id=self.res_id,
                )
            )
        # the job sends the mails itself, so that an SMTP failure fails it;
        # its PDFs are made without requests to the web server
        record = record.with_context(
            mail_notify_force_send=False, **{LOCAL_ASSETS_KEY: True}
        )
        produced = getattr(record, f"_document_job_{self.kind}")(**(self.payload or {}))
        messages = self.env["mail.message"].sudo()
        if produced and produced._name == "mail.mail":
            messages = produced.sudo().mail_message_id
        elif produced and produced._name == "mail.message":
            messages = produced.sudo()
        self.message_ids = messages
        return messages

    @api.model
    def _send_mails(self, messages, commit=False):
        """Send now the messages' mails not sent yet, so that an SMTP failure
        fails the job and is retried; with ``commit``, each mail's sending is
        committed as soon as the SMTP server took it."""
        if not messages:
            return
        mails = (
            self.env["mail.mail"]
            .sudo()
            .search(
                [
                    ("mail_message_id", "in", messages.ids),
                    ("state", "in", ("outgoing", "exception")),
                ]
            )
        )
        if not mails:
            return
        # a mail the mail queue failed to send meanwhile is sent again
        mails.filtered(lambda mail: mail.state == "exception").mark_outgoing()
        mails.send(auto_commit=commit, raise_exception=True)
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
