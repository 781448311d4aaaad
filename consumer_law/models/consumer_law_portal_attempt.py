# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta
import hashlib
import hmac

from odoo import api, fields, models
from odoo.tools import SQL

# Defaults of the portal rate limits (per scope, overridable by the caller).
CLIENT_LIMIT_PER_HOUR = 30
SUBJECT_LIMIT_PER_HOUR = 3
FAILURES_BEFORE_BLOCK = 5
MAX_BLOCK = timedelta(hours=24)
KEEP_ATTEMPTS = timedelta(days=7)


class ConsumerLawPortalAttempt(models.Model):
    """One use of a portal or public form that can send mail or create evidence.

    Used to rate-limit those forms per client address and per subject (e.g. an
    order), and to block a client progressively after repeated failed attempts.
    Client addresses and subjects are stored as keyed hashes (HMAC-SHA256 with
    the database secret), never in clear. Only the forms' code (``sudo``) reads
    and writes these records; they are deleted after a week.
    """

    _name = "consumer.law.portal.attempt"
    _description = "Portal Form Attempt"
    _order = "id desc"
    _log_access = False

    # === FIELDS === #
    scope = fields.Char(required=True, index=True, readonly=True)
    client_hash = fields.Char(required=True, index=True, readonly=True)
    subject_hash = fields.Char(index=True, readonly=True)
    is_failure = fields.Boolean(readonly=True)
    attempted_at = fields.Datetime(
        required=True, index=True, readonly=True, default=fields.Datetime.now
    )

    # === CRUD METHODS === #
    @api.autovacuum
    def _gc_attempts(self):
        """Forget attempts older than a week."""
        limit = fields.Datetime.now() - KEEP_ATTEMPTS
        self.sudo().search([("attempted_at", "<", limit)]).unlink()
        self.env["consumer.law.portal.attempt.lock"].sudo().search(
            [("locked_at", "<", limit)]
        ).unlink()

    # === BUSINESS METHODS === #
    @api.model
    def _hash(self, value):
        """Return the keyed hash under which ``value`` is stored."""
        secret = self.env["ir.config_parameter"].sudo().get_param("database.secret")
        return hmac.new(
            (secret or self.env.cr.dbname).encode(),
            str(value).encode(),
            hashlib.sha256,
        ).hexdigest()

    @api.model
    def _get_client_block_until(
        self,
        scope,
        client,
        *,
        limit=CLIENT_LIMIT_PER_HOUR,
        failures_before_block=FAILURES_BEFORE_BLOCK,
    ):
        """Return until when ``client`` may not use the form, or ``False``.

        Blocked: more than ``limit`` attempts in the last hour, or progressively
        after ``failures_before_block`` failed attempts in the last day (one
        minute after the next failure, then 2, 4, 8… up to a day, counted from
        the last failure).
        """
        self._lock(scope, "client", client)
        now = fields.Datetime.now()
        attempts = self.sudo().search(
            [
                ("scope", "=", scope),
                ("client_hash", "=", self._hash(client)),
                ("attempted_at", ">=", now - timedelta(days=1)),
            ],
            order="attempted_at desc",
        )
        recent = attempts.filtered(
            lambda attempt: attempt.attempted_at >= now - timedelta(hours=1)
        )
        if len(recent) >= limit:
            return recent[limit - 1].attempted_at + timedelta(hours=1)
        failures = attempts.filtered("is_failure")
        excess = len(failures) - failures_before_block
        if excess >= 0:
            block = min(timedelta(minutes=2**excess), MAX_BLOCK)
            until = failures[0].attempted_at + block
            if until > now:
                return until
        return False

    @api.model
    def _count_subject_attempts(self, scope, subject, *, hours=1):
        """Return the number of attempts about ``subject`` in the last hours."""
        self._lock(scope, "subject", subject)
        return self.sudo().search_count(
            [
                ("scope", "=", scope),
                ("subject_hash", "=", self._hash(subject)),
                ("attempted_at", ">=", fields.Datetime.now() - timedelta(hours=hours)),
                ("is_failure", "=", False),
            ]
        )

    @api.model
    def _lock(self, scope, kind, value):
        """Make counting then registering the attempts of ``scope`` for one
        client or subject atomic across workers and servers.

        Takes the row lock of (scope, kind, value) until the transaction ends:
        a concurrent request waits for this one; and a request whose snapshot
        predates another's registering (it would count too few) fails with a
        serialization error, which Odoo retries with a fresh snapshot.
        """
        self.env.cr.execute(
            SQL(
                "INSERT INTO consumer_law_portal_attempt_lock "
                "(scope, key_hash, locked_at) "
                "VALUES (%s, %s, now() at time zone 'UTC') "
                "ON CONFLICT (scope, key_hash) "
                "DO UPDATE SET locked_at = EXCLUDED.locked_at",
                f"{scope}:{kind}",
                self._hash(value),
            ),
            # a serialization failure is expected here, and retried by Odoo
            log_exceptions=False,
        )

    @api.model
    def _register_attempt(self, scope, client, subject=None, failed=False):
        """Record one attempt of ``client`` (and about ``subject``)."""
        return self.sudo().create(
            {
                "scope": scope,
                "client_hash": self._hash(client),
                "subject_hash": self._hash(subject) if subject else False,
                "is_failure": failed,
            }
        )


class ConsumerLawPortalAttemptLock(models.Model):
    """One row per rate-limited client or subject of a portal form: its lock
    makes counting and registering the attempts atomic (see
    :meth:`ConsumerLawPortalAttempt._lock`). Keys are keyed hashes, as the
    attempts'; rows are deleted after a week."""

    _name = "consumer.law.portal.attempt.lock"
    _description = "Portal Form Rate Limit Lock"
    _log_access = False

    scope = fields.Char(required=True, readonly=True)
    key_hash = fields.Char(required=True, readonly=True)
    locked_at = fields.Datetime(required=True, readonly=True, index=True)

    _sql_constraints = [
        (
            "scope_key_unique",
            "UNIQUE(scope, key_hash)",
            "Rate limit: one lock per form and client or subject.",
        ),
    ]
