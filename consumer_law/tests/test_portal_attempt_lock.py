# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The portal forms' rate limits hold across workers and servers: counting
then registering an attempt is atomic (two cursors, as two servers)."""

import threading
import uuid

from psycopg2.errors import SerializationFailure

from odoo import SUPERUSER_ID, api
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

SCOPE = "consumer_law.test_lock"


@tagged("post_install", "-at_install")
class TestPortalAttemptLock(TransactionCase):
    def setUp(self):
        super().setUp()
        # each test its own client and subject: committed rows never meet
        self.client_address = f"198.51.100.{uuid.uuid4().int % 250}-{uuid.uuid4()}"
        self.subject = uuid.uuid4().hex
        self.addCleanup(self._delete_committed)

    def _delete_committed(self):
        with self.registry.cursor() as cr:
            cr.execute(
                "DELETE FROM consumer_law_portal_attempt WHERE scope = %s", (SCOPE,)
            )
            cr.execute(
                "DELETE FROM consumer_law_portal_attempt_lock WHERE scope LIKE %s",
                (SCOPE + ":%",),
            )

    def _attempts(self, cr):
        return api.Environment(cr, SUPERUSER_ID, {})["consumer.law.portal.attempt"]

    def _use_form(self, attempts, limit):
        """What a form does: check the client's limit, then register; return
        whether the client was let through."""
        if attempts._get_client_block_until(SCOPE, self.client_address, limit=limit):
            return False
        attempts._register_attempt(SCOPE, self.client_address, subject=self.subject)
        return True

    @mute_logger("odoo.sql_db")
    def test_two_servers_cannot_both_pass_the_last_use(self):
        """Two requests began before either registered: without the lock both
        count 0 and pass a limit of 1. The second one's check fails with a
        serialization error (Odoo retries the request) and, retried, it is
        blocked."""
        cr1 = self.registry.cursor()
        cr2 = self.registry.cursor()
        try:
            # both transactions' snapshots are taken before any registering
            for cr in (cr1, cr2):
                cr.execute("SELECT count(*) FROM consumer_law_portal_attempt")
            self.assertTrue(self._use_form(self._attempts(cr1), limit=1))
            cr1.commit()
            with self.assertRaises(SerializationFailure):
                self._use_form(self._attempts(cr2), limit=1)
            cr2.rollback()
            # the retry sees the first use: blocked, nothing registered
            self.assertFalse(self._use_form(self._attempts(cr2), limit=1))
            cr2.commit()
        finally:
            cr1.close()
            cr2.close()
        with self.registry.cursor() as cr:
            count = self._attempts(cr).search_count([("scope", "=", SCOPE)])
        self.assertEqual(count, 1)

    @mute_logger("odoo.sql_db")
    def test_subject_count_waits_for_the_other_request(self):
        """A request counting a subject's uses waits while another, which
        counted the same subject, has not ended; then it retries and counts
        the other's use."""
        cr1 = self.registry.cursor()
        outcome = {}
        counted = threading.Event()

        def second_request():
            try:
                with self.registry.cursor() as cr2:
                    counted.set()
                    attempts = self._attempts(cr2)
                    try:
                        outcome["first"] = attempts._count_subject_attempts(
                            SCOPE, self.subject
                        )
                    except SerializationFailure:
                        outcome["first"] = "retried"
                        cr2.rollback()
                        outcome["retry"] = attempts._count_subject_attempts(
                            SCOPE, self.subject
                        )
            except Exception as error:  # noqa: BLE001 - reported below
                outcome["error"] = error

        try:
            attempts1 = self._attempts(cr1)
            self.assertEqual(attempts1._count_subject_attempts(SCOPE, self.subject), 0)
            attempts1._register_attempt(
                SCOPE, self.client_address, subject=self.subject
            )
            thread = threading.Thread(target=second_request)
            thread.start()
            counted.wait(30)
            thread.join(1)
            # still waiting for the first request's lock
            self.assertTrue(thread.is_alive())
            cr1.commit()
            thread.join(30)
        finally:
            cr1.close()
        self.assertNotIn("error", outcome)
        self.assertEqual(outcome["first"], "retried")
        self.assertEqual(outcome["retry"], 1)
