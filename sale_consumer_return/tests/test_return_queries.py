# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime
from unittest.mock import patch

from odoo.sql_db import Cursor
from odoo.tools import SQL

from .common import ConsumerReturnCommon


class TestReturnQueries(ConsumerReturnCommon):
    """Orders without any claim do not pay for the claims' computed fields."""

    def _queries_during(self, function):
        """Run ``function``, flushed; return the SQL texts it executed."""
        texts = []
        execute = Cursor.execute

        def recording_execute(cr, query, params=None, log_exceptions=True):
            texts.append(query.code if isinstance(query, SQL) else str(query))
            return execute(cr, query, params, log_exceptions)

        self.env.flush_all()
        with patch.object(Cursor, "execute", recording_execute):
            function()
            self.env.flush_all()
        return texts

    def test_order_flow_does_not_search_claims(self):
        """Creating, confirming and delivering an order writes order lines and
        stock moves: the claims are not searched, neither at each line and move
        written (10 queries per order through the replacement lines'
        dependencies) nor when the delivery is done, as it delivers no
        replacement line (only those make a claim's remedy done)."""
        orders = []
        texts = self._queries_during(lambda: orders.append(self._create_order()))
        self.assertFalse(
            [text for text in texts if 'FROM "sale_consumer_return"' in text]
        )
        texts = self._queries_during(
            lambda: self._deliver(orders[0].picking_ids, at=datetime(2026, 5, 4, 9, 0))
        )
        claim_queries = [
            text for text in texts if 'FROM "sale_consumer_return"' in text
        ]
        self.assertFalse(claim_queries)

    def test_replacement_pickings_follow_the_claim_lines(self):
        """The field still shows the replacement deliveries of a decided claim."""
        order = self._delivered()
        helmet_line = order.order_line.filtered(
            lambda line: line.product_id == self.product_helmet
        )
        claim = self._decide(
            order, "wrong_item", "replacement", quantities={helmet_line: 1}
        )
        self.assertTrue(claim.replacement_line_ids)
        self.assertEqual(
            claim.replacement_picking_ids,
            claim.replacement_line_ids.move_ids.picking_id,
        )
        self.assertTrue(claim.replacement_picking_ids)

    def test_contract_date_change_recomputes_legal_dates(self):
        """The guarantees' legal dates use the contract's date, which the
        order's confirmation no longer pays for: a confirmed order's date
        changed afterwards still recomputes them."""
        order = self._delivered()
        unit = self.env["sale.consumer.guarantee"].search(
            [("order_id", "=", order.id)], limit=1
        )
        self.assertTrue(unit.legal_end_date)
        guarantee_class = type(unit)
        with patch.object(
            guarantee_class,
            "_compute_legal_dates",
            autospec=True,
            side_effect=guarantee_class._compute_legal_dates,
        ) as compute:
            order.date_order = datetime(2026, 4, 21, 10, 0)
            self.env.flush_all()
        self.assertTrue(compute.called)
        self.assertIn(unit, compute.call_args.args[0])
