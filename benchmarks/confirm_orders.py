# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: confirming sale orders with sale_cgv against plain Odoo.

Run inside an Odoo shell on a database where sale_cgv is installed (the demo
database will do); nothing is committed:

    odoo shell -d consumer_law_demo --no-http < benchmarks/confirm_orders.py

It confirms batches of N consumer orders twice, once as plain ``sale`` (the
sale_cgv hooks switched off) and once with them, and prints the query counts and
the time ratio. The query counts are the stable measure; the times are indicative.
"""

import time
from unittest.mock import patch

from odoo import Command

from odoo.addons.sale_cgv.models.sale_order import SaleOrder as SaleOrderCgv

SIZES = (1, 10, 50, 200)


def make_orders(env, company, product, size):
    partners = env["res.partner"].create(
        [{"name": f"Bench customer {i}", "lang": "fr_FR"} for i in range(size)]
    )
    return (
        env["sale.order"]
        .with_company(company)
        .create(
            [
                {
                    "partner_id": partner.id,
                    "company_id": company.id,
                    "order_line": [
                        Command.create({"product_id": product.id, "product_uom_qty": 1})
                    ],
                }
                for partner in partners
            ]
        )
    )


def measure(env, orders):
    env.flush_all()
    env.invalidate_all()
    queries = env.cr.sql_log_count
    start = time.perf_counter()
    orders.action_confirm()
    env.flush_all()
    return env.cr.sql_log_count - queries, time.perf_counter() - start


def run(env):
    company = env.ref("consumer_law_demo.company_smallmx")
    env = env(context=dict(env.context, allowed_company_ids=company.ids))
    product = env["product.product"].create({"name": "Bench product", "list_price": 10})
    print(f"{'orders':>6} {'plain q':>8} {'cgv q':>6} {'+q':>4} {'time ratio':>10}")
    for size in SIZES:
        plain_orders = make_orders(env, company, product, size)
        with (
            patch.object(SaleOrderCgv, "_stamp_cgv", lambda self, versions=None: None),
            patch.object(
                SaleOrderCgv, "_check_cgv_in_force", lambda self, versions=None: None
            ),
            patch.object(
                SaleOrderCgv, "_get_cgv_versions_in_force", lambda self, at: {}
            ),
        ):
            plain_q, plain_t = measure(env, plain_orders)
        cgv_q, cgv_t = measure(env, make_orders(env, company, product, size))
        print(
            f"{size:>6} {plain_q:>8} {cgv_q:>6} {cgv_q - plain_q:>4} "
            f"{cgv_t / plain_t:>10.2f}"
        )
    env.cr.rollback()


run(env)  # noqa: F821 (odoo shell provides env)
