# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Benchmark: the consumer-law compliance pack of 100,000 consumer orders.

Makes one complete consumer order with the ORM (terms of sale in force,
delivered, withdrawn with its refund obligation, a storage fee billed), then copies
it in SQL (``consumer_law_report/tests/bulk_data.py``: each copy with its own
customer, lines, refund obligation and withdrawal request, moved back by up to two
years with all its dates; the refunds of the orders before last month paid) and
times two XLSX packs: last month's (the one the monthly mail sends, target
< 10 s) and a two-year pack (target < 60 s). Nothing is committed. Prints, per
pack:

    pack=month orders=100000 seconds=S queries=Q rows=R peak_rss_mb=M \
        rss_before_mb=B uptime=...

(Q: the queries of the render, each topic's streamed query counted once; R: the
rows written in the topic sheets; M: the process's peak resident memory while
the pack is rendered (the peak is reset before each pack), B: the resident memory
before it; uptime: the machine's load when the line is printed, the machine
being shared.) The number of queries must not depend on the number of orders,
and the memory must stay bounded (rows are streamed from server-side cursors into
xlsxwriter's constant-memory mode): run it with ORDERS=10000 and ORDERS=100000.

Run it in an Odoo shell on a database where consumer_law_report and the topic
addons with their ``*_report`` glue are installed (the demo database, or the
benchmark database of benchmarks/flow.py):

    ORDERS=100000 odoo shell -d consumer_law_bench_addons --no-http \\
        < benchmarks/compliance_pack.py

(``PACKS=month`` or ``PACKS=two_years`` times one of them only; ``PROFILE=1``
prints each pack's 25 costliest functions by own time, from cProfile, under its
line: the profiler slows the render, so its line's seconds are not the figure.)
"""

import cProfile
from datetime import date, datetime
import importlib.util
from io import BytesIO
import os
from pathlib import Path
import pstats
import subprocess
import time

from freezegun import freeze_time
import openpyxl
import xlsxwriter

from odoo import Command
from odoo.modules.module import get_module_path

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law_report.reports.compliance_pack import CompliancePack

ORDERS = int(os.environ.get("ORDERS", "100000"))
TODAY = datetime(2026, 6, 1, 9, 0)
# the monthly pack: last month, with 23 months of older orders in the database
PERIOD = (date(2026, 5, 1), date(2026, 5, 31))
# the two-year pack: every order of the database
TWO_YEARS = (date(2024, 6, 1), date(2026, 5, 31))


def load_clone_orders():
    """``clone_orders`` of the addon's test helpers, loaded alone (importing the
    tests package would import Odoo's test framework into the shell)."""
    path = Path(get_module_path("sale_withdrawal_report"), "tests", "bulk_data.py")
    spec = importlib.util.spec_from_file_location("consumer_law_bulk_data", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.clone_orders


def make_template(env):
    """One complete consumer order of ``env.company``."""
    company = env.company
    document = env["cgv.document"].create(
        {"name": "Bench terms of sale", "company_id": company.id}
    )
    version = env["cgv.version"].create(
        {
            "document_id": document.id,
            "content": "<p>Bench terms: 14 days to withdraw.</p>",
            "lang": "en_US",
            "effective_date": datetime(2024, 1, 1, 9, 0),
        }
    )
    version.action_publish_history()
    company._get_consumer_policy().write({"is_receipt_on_validation": True})
    partner = env["res.partner"].create(
        {"name": "Bench consumer", "email": "bench.consumer@example.com"}
    )
    product = env["product.product"].create(
        {"name": "Bench mini bike", "type": "consu", "list_price": 150.0}
    )
    fee_product = env["product.product"].create(
        {"name": "Bench storage", "type": "service", "list_price": 15.0}
    )
    with freeze_time(datetime(2026, 5, 20, 10, 0)):
        order = env["sale.order"].create(
            {
                "partner_id": partner.id,
                "order_line": [
                    Command.create({"product_id": product.id, "product_uom_qty": 1})
                ],
            }
        )
        order.action_confirm()
    with freeze_time(datetime(2026, 5, 22, 10, 0)):
        for move in order.picking_ids.move_ids:
            move.quantity = move.product_uom_qty
            move.picked = True
        order.picking_ids._action_done()
    with freeze_time(datetime(2026, 5, 25, 10, 0)):
        # fee links are flow fields: given as the billing flow does
        evidence_writer(env["sale.order.line"].sudo()).create(
            {
                "order_id": order.id,
                "product_id": fee_product.id,
                "product_uom_qty": 4,
                "price_unit": 15.0,
                "carrier_fee_type": "storage",
            }
        )
        env["sale.withdrawal.request"].create(
            {
                "order_id": order.id,
                "channel": "email",
                "received_at": datetime(2026, 5, 25, 9, 0),
                "line_ids": [
                    Command.create({"sale_line_id": line.id, "quantity": 1})
                    for line in order._get_withdrawal_goods_lines()
                ],
            }
        )
    env.flush_all()
    return order


def run(env):
    env = env(context=dict(env.context, lang="en_US"))
    order = make_template(env)
    load_clone_orders()(env, order, ORDERS - 1)
    # the refunds of the orders before the period were paid on their due date
    env.cr.execute(
        """
        UPDATE sale_consumer_refund refund
           SET refund_date = COALESCE(refund.due_date, refund.started_on + 14)
          FROM sale_order so
         WHERE so.id = refund.order_id AND so.date_order < %s
        """,
        (PERIOD[0],),
    )
    env.cr.execute(
        """
        UPDATE sale_withdrawal_request request SET state = 'refunded'
          FROM sale_order so
         WHERE so.id = request.order_id AND so.date_order < %s
        """,
        (PERIOD[0],),
    )
    env.flush_all()
    env.cr.execute("ANALYZE")
    packs = {"month": PERIOD, "two_years": TWO_YEARS}
    for name in os.environ.get("PACKS", "month,two_years").split(","):
        time_pack(env, name, packs[name])
    env.cr.rollback()


def memory_mb(field):
    """``VmRSS`` or ``VmHWM`` (peak) of this process, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def reset_peak_memory():
    """Reset the process's peak resident memory (Linux: clear_refs 5)."""
    Path("/proc/self/clear_refs").write_text("5")


def time_pack(env, name, period):
    """Render the company's pack of ``period`` and print its line."""
    env.invalidate_all()
    rss_before = memory_mb("VmRSS")
    reset_peak_memory()
    before = env.cr.sql_log_count
    profiler = cProfile.Profile() if os.environ.get("PROFILE") else None
    if profiler:
        profiler.enable()
    start = time.perf_counter()
    # "today" is given to the pack rather than frozen: freezegun's fake datetime
    # class would slow down every date cell xlsxwriter writes
    pack = CompliancePack(env, env.company, *period, today=TODAY.date())
    report = env["report.consumer_law_report.compliance_pack"]
    stream = BytesIO()
    workbook = xlsxwriter.Workbook(stream, report.get_workbook_options())
    report._write_pack(workbook, pack)
    workbook.close()
    seconds = time.perf_counter() - start
    if profiler:
        profiler.disable()
    peak = memory_mb("VmHWM")
    queries = env.cr.sql_log_count - before + pack.query_count
    workbook = openpyxl.load_workbook(BytesIO(stream.getvalue()), read_only=True)
    # each topic sheet: a header and a total around its rows
    rows = sum(sheet.max_row - 2 for sheet in workbook.worksheets[1:])
    uptime = subprocess.run(
        ["uptime"], capture_output=True, text=True, check=False
    ).stdout.strip()
    print(
        f"pack={name} orders={ORDERS} seconds={seconds:.2f} queries={queries} "
        f"rows={rows} peak_rss_mb={peak:.0f} rss_before_mb={rss_before:.0f} "
        f"uptime={uptime}",
        flush=True,
    )
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


run(env)  # noqa: F821 (odoo shell)
