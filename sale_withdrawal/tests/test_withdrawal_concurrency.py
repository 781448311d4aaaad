# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import threading
import time

from psycopg2.errors import SerializationFailure

from odoo import SUPERUSER_ID, Command, api
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from odoo.addons.consumer_law.evidence import without_acknowledgment


@tagged("post_install", "-at_install")
class TestWithdrawalConcurrency(TransactionCase):
    """Two transactions submitting at the same time (two cursors)."""

    def _commit_order(self):
        """Create and commit a confirmed order of one crate (the other cursors
        must see it). A professional customer keeps the terms-of-sale and
        window rules out of the way: the requests are commercial gestures,
        whose quantities are checked all the same."""
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            partner = env["res.partner"].create(
                {"name": "Concurrent Pro SARL", "is_company": True}
            )
            product = env["product.product"].create(
                {"name": "Concurrent crate", "type": "consu"}
            )
            order = env["sale.order"].create(
                {
                    "partner_id": partner.id,
                    "order_line": [
                        Command.create(
                            {
                                "product_id": product.id,
                                "product_uom_qty": 1,
                                "price_unit": 10.0,
                            }
                        )
                    ],
                }
            )
            order.action_confirm()
            return order.id, order.order_line.id

    def _vals(self, order_id, line_id):
        return {
            "order_id": order_id,
            "channel": "email",
            "is_commercial_gesture": True,
            "line_ids": [Command.create({"sale_line_id": line_id, "quantity": 1.0})],
        }

    @mute_logger("odoo.sql_db")
    def test_two_simultaneous_submissions_never_over_withdraw(self):
        """The second of two simultaneous withdrawals of the only crate waits for
        the order's lock, fails to serialize, and its retry is refused."""
        order_id, line_id = self._commit_order()
        context = without_acknowledgment(self.env["sale.order"]).env.context
        cr1 = self.registry.cursor()
        cr2 = self.registry.cursor()
        try:
            env1 = api.Environment(cr1, SUPERUSER_ID, context)
            env2 = api.Environment(cr2, SUPERUSER_ID, context)
            # both transactions have read the order before either writes
            self.assertEqual(env1["sale.order"].browse(order_id).state, "sale")
            self.assertEqual(env2["sale.order"].browse(order_id).state, "sale")
            env1["sale.withdrawal.request"].create(self._vals(order_id, line_id))
            outcome = {}

            def second_submission():
                try:
                    env2["sale.withdrawal.request"].create(
                        self._vals(order_id, line_id)
                    )
                    outcome["created"] = True
                except Exception as error:
                    outcome["error"] = error

            thread = threading.Thread(target=second_submission)
            thread.start()
            time.sleep(1.0)
            self.assertTrue(thread.is_alive(), "the second submission waits")
            cr1.commit()
            thread.join(30)
            self.assertNotIn("created", outcome)
            self.assertIsInstance(outcome.get("error"), SerializationFailure)
            cr2.rollback()
            # the retry (Odoo retries serialization failures) sees the first one
            env2.invalidate_all()
            with self.assertRaisesRegex(UserError, "only 0.0 were delivered"):
                env2["sale.withdrawal.request"].create(self._vals(order_id, line_id))
            cr2.rollback()
            self.assertEqual(
                env2["sale.withdrawal.request"].search_count(
                    [("order_id", "=", order_id)]
                ),
                1,
            )
        finally:
            cr1.close()
            cr2.close()
            with self.registry.cursor() as cr:
                # evidence cannot be deleted through the ORM: remove the test's
                # committed rows directly
                cr.execute(
                    "DELETE FROM sale_withdrawal_request WHERE order_id = %s",
                    (order_id,),
                )
