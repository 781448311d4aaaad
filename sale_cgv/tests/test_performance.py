# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from unittest.mock import patch

from odoo.addons.sale_cgv.models.sale_order import SaleOrder as SaleOrderCgv

from .common import SaleCgvCommon

# Queries added by the stamping of a batch, whatever its size: one search of the
# versions in force for the refusal check and the stamp, the stamp's UPDATE, the
# INSERT of the acceptances and of the chatter notes, the read and deletion of the
# pending acceptances, plus a few reads of the policy and versions.
MAX_EXTRA_QUERIES = 20


class TestPerformance(SaleCgvCommon):
    def _count_confirm_queries(self, orders):
        self.env.flush_all()
        self.env.invalidate_all()
        start = self.cr.sql_log_count
        orders.action_confirm()
        self.env.flush_all()
        return self.cr.sql_log_count - start

    def _plain_sale_count(self, size):
        """Queries of the same confirmation with this addon's hooks disabled."""
        orders = self._make_orders(size, with_acceptance=False)
        with (
            patch.object(SaleOrderCgv, "_stamp_cgv", lambda self, versions=None: None),
            patch.object(
                SaleOrderCgv, "_check_cgv_in_force", lambda self, versions=None: None
            ),
            patch.object(
                SaleOrderCgv, "_get_cgv_versions_in_force", lambda self, at: {}
            ),
        ):
            return self._count_confirm_queries(orders)

    def _make_orders(self, size, with_acceptance=True):
        partners = self.env["res.partner"].create(
            [{"name": f"Customer {index}", "lang": "en_US"} for index in range(size)]
        )
        orders = self.env["sale.order"].browse()
        for partner in partners:
            orders |= self._create_order(partner=partner)
        if with_acceptance:
            orders._set_cgv_pending_acceptance(channel="phone", user=self.env.user)
        return orders

    def test_confirm_batch_adds_constant_queries(self):
        """Confirming 50 orders adds as few queries over plain sale as 1 order."""
        # Warm up caches (templates, rules) outside the measured runs.
        self._make_orders(1).action_confirm()
        self._plain_sale_count(1)
        extra = {}
        for size in (1, 50):
            plain = self._plain_sale_count(size)
            orders = self._make_orders(size)
            with_cgv = self._count_confirm_queries(orders)
            extra[size] = with_cgv - plain
            self.assertEqual(len(orders.cgv_acceptance_ids), size)
            self.assertEqual(orders.cgv_version_id, self.version_v1)
        self.assertLessEqual(extra[50], MAX_EXTRA_QUERIES, extra)
        self.assertLessEqual(extra[50], extra[1] + 2, extra)
