# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: the refund engine's daily reminders for 10,000 refund obligations.

Creates the obligations (one order, one line each, started over 12 days so that
some are overdue and some due soon), then runs the daily action batch after batch
until nothing remains, as the scheduler does with the progress it reports. Nothing
is committed. Prints one line:

    refund-cron refunds=10000 seconds=S batches=B queries_per_batch=Q reminders=R

Run it in an Odoo shell on a database where sale_consumer_refund is installed (the
benchmark database of benchmarks/flow.py, or the demo database):

    odoo shell -d consumer_law_bench_addons --no-http < benchmarks/refund_cron.py

Set REFUNDS in the environment to change the count.
"""

from datetime import date, timedelta
import os
import time

from freezegun import freeze_time

from odoo import Command

from odoo.addons.consumer_law.evidence import evidence_writer

REFUNDS = int(os.environ.get("REFUNDS", "10000"))
TODAY = "2026-05-25 10:00:00"


def make_refunds(env, count):
    company = env.company
    if not company.chart_template:
        env["account.chart.template"].try_loading(
            "generic_coa", company=company, install_demo=False
        )
    partner = env["res.partner"].create({"name": "Bench customer"})
    product = env["product.product"].create(
        {"name": "Bench helmet", "type": "consu", "list_price": 30.0}
    )
    order = env["sale.order"].create(
        {
            "partner_id": partner.id,
            "order_line": [
                Command.create({"product_id": product.id, "product_uom_qty": count})
            ],
        }
    )
    order.state = "sale"  # the obligation needs an order, not its confirmation
    line = order.order_line
    grounds = ("withdrawal", "late_delivery", "conformity", "cancellation")
    refunds = evidence_writer(env["sale.consumer.refund"]).create(
        [
            {
                "order_id": order.id,
                "ground": grounds[index % len(grounds)],
                "started_on": date(2026, 5, 6) + timedelta(days=index % 12),
                "line_ids": [Command.create({"sale_line_id": line.id, "quantity": 1})],
            }
            for index in range(count)
        ]
    )
    env.flush_all()
    return refunds


def run(env):
    make_refunds(env, REFUNDS)
    cron = env.ref("sale_consumer_refund.ir_cron_consumer_refund_activities")
    progress = env["ir.cron.progress"].create({"cron_id": cron.id})
    model = env["sale.consumer.refund"].with_context(ir_cron_progress_id=progress.id)
    batches = reminders = 0
    queries = []
    start = time.perf_counter()
    with freeze_time(TODAY):
        while True:
            env.invalidate_all()
            before = env.cr.sql_log_count
            activities = model._cron_schedule_activities()
            env.flush_all()
            queries.append(env.cr.sql_log_count - before)
            batches += 1
            reminders += len(activities)
            if not progress.remaining:
                break
    seconds = time.perf_counter() - start
    print(
        f"refund-cron refunds={REFUNDS} seconds={seconds:.2f} batches={batches} "
        f"queries_per_batch={max(queries[:-1] or queries)} reminders={reminders}"
    )
    env.cr.rollback()


run(env)  # noqa: F821 (odoo shell)
