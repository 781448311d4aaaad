# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: consumer orders through the whole flow, plain Odoo against the addons.

Each order is confirmed, delivered, received by the customer, invoiced and paid;
one order in ten is then partly withdrawn and refunded. The same flow runs on two
databases in one process, in interleaved repetitions: one with only the Odoo apps
the addons need (the withdrawal of the plain run is a partial credit note paid
back, which is what a merchant without the addons does), one with every addon of
this repository. Nothing is committed. It prints, per repetition and in the end:

    flow orders=200 plain_s=… addons_s=… ratio=… plain_q=… addons_q=…
    extra_queries_per_order=…

Usage (with Odoo 18 installed; the two databases are created the first time):

    python3 benchmarks/flow.py [--orders 200] [--repeat 3] [--recreate]

Times are indicative (shared machine); query counts are the stable measure.
"""

import argparse
from contextlib import contextmanager
import os
from pathlib import Path
import subprocess
import sys
import time

ROOT = Path(__file__).resolve().parent.parent
PLAIN_DB = os.environ.get("CONSUMER_LAW_BENCH_PLAIN_DB", "consumer_law_bench_plain")
ADDONS_DB = os.environ.get("CONSUMER_LAW_BENCH_ADDONS_DB", "consumer_law_bench_addons")
ODOO_APPS = [
    "sale_management",
    "sale_stock",
    "delivery",
    "account",
    "portal",
    "website_sale",
]


def _odoo_setup():
    """Re-run under Odoo's Python when needed; return (odoo command, addons path)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import devtool

    odoo_cmd, odoo_python = devtool.find_odoo()
    try:
        import odoo  # noqa: F401
    except ImportError:
        os.execv(odoo_python, [odoo_python, *sys.argv])
    config = devtool.odoo_config(odoo_python)
    return odoo_cmd, devtool.addons_path(config), devtool


def _create_databases(odoo_cmd, addons_path, devtool, recreate):
    config = devtool.odoo_config(odoo_cmd[0])
    existing = devtool.psql_databases(odoo_cmd[0], config)
    ours = [addon for addon in devtool.project_addons() if addon != "consumer_law_demo"]
    for db, modules in ((PLAIN_DB, ODOO_APPS), (ADDONS_DB, ODOO_APPS + ours)):
        if db in existing and not recreate:
            continue
        if db in existing:
            devtool.drop_database(odoo_cmd[0], config, db)
        print(f"creating {db} ...", flush=True)
        subprocess.run(
            [
                *odoo_cmd,
                f"--addons-path={addons_path}",
                "-d",
                db,
                "-i",
                ",".join(modules),
                "--without-demo=all",
                "--stop-after-init",
                "--max-cron-threads=0",
                "--http-port=0",
                "--log-level=warn",
            ],
            check=True,
        )


class Flow:
    """The flow on one database, inside a transaction rolled back at the end."""

    def __init__(self, env):
        from odoo import Command

        self.Command = Command
        self.env = env
        self.stage_queries = {}
        self.has_addons = "sale.withdrawal.request" in env
        company = env.company
        if not company.chart_template:
            env["account.chart.template"].try_loading(
                "generic_coa", company=company, install_demo=False
            )
        tax = env["account.tax"].create(
            {"name": "Bench VAT 20%", "amount": 20.0, "type_tax_use": "sale"}
        )
        values = {"type": "consu", "invoice_policy": "order", "taxes_id": [tax.id]}
        self.products = env["product.product"].create(
            [
                {"name": "Bench bike", "list_price": 50.0, **values},
                {"name": "Bench helmet", "list_price": 30.0, **values},
            ]
        )
        self.shipping = env["product.product"].create(
            {
                "name": "Bench shipping",
                "type": "service",
                "list_price": 10.0,
                "invoice_policy": "order",
                "taxes_id": [tax.id],
            }
        )
        if self.has_addons:
            version = env["cgv.version"].create(
                {
                    "document_id": env["cgv.document"]
                    .create({"name": "Bench terms"})
                    .id,
                    "content": "<p>Bench terms of sale.</p>",
                    "effective_date": "2020-01-01 00:00:00",
                }
            )
            version.action_publish_history()  # in force since 2020 (history)

    def run(self, count):
        env = self.env
        Command = self.Command
        partner_vals = {"street": "1 rue de la Paix", "zip": "69001", "city": "Lyon"}
        if self.has_addons:
            partner_vals["is_consumer"] = True
        partners = env["res.partner"].create(
            [{"name": f"Bench customer {i}", **partner_vals} for i in range(count)]
        )
        env.flush_all()
        start_queries = env.cr.sql_log_count
        start = time.perf_counter()
        for index, partner in enumerate(partners):
            order = env["sale.order"].create(
                {
                    "partner_id": partner.id,
                    "order_line": [
                        Command.create({"product_id": product.id, "product_uom_qty": 2})
                        for product in self.products
                    ]
                    + [
                        Command.create(
                            {
                                "product_id": self.shipping.id,
                                "product_uom_qty": 1,
                                "is_delivery": True,
                            }
                        )
                    ],
                }
            )
            with self._stage("confirm"):
                order.action_confirm()
            with self._stage("deliver"):
                self._deliver(order)
            with self._stage("invoice"):
                invoice = order._create_invoices()
                invoice.action_post()
            with self._stage("pay"):
                self._pay(invoice)
            if index % 10 == 0:
                with self._stage("withdraw"):
                    self._withdraw(order)
        env.flush_all()
        return time.perf_counter() - start, env.cr.sql_log_count - start_queries

    @contextmanager
    def _stage(self, name):
        self.env.flush_all()
        before = self.env.cr.sql_log_count
        yield
        self.env.flush_all()
        self.stage_queries[name] = self.stage_queries.get(name, 0) + (
            self.env.cr.sql_log_count - before
        )

    def _deliver(self, order):
        picking = order.picking_ids
        for move in picking.move_ids:
            move.quantity = move.product_uom_qty
        picking.move_ids.picked = True
        picking.button_validate()
        if self.has_addons:
            picking.customer_receipt_date = picking.date_done.date()

    def _pay(self, moves):
        self.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=moves.ids
        ).create({})._create_payments()

    def _withdraw(self, order):
        line = order.order_line[0]
        if self.has_addons:
            request = self.env["sale.withdrawal.request"].create(
                {
                    "order_id": order.id,
                    "channel": "email",
                    "line_ids": [
                        self.Command.create({"sale_line_id": line.id, "quantity": 1})
                    ],
                }
            )
            request.action_create_credit_note()
            request._register_refund_payment()
            return
        credit_note = self.env["account.move"].create(
            {
                **order._prepare_invoice(),
                "move_type": "out_refund",
                "invoice_line_ids": [
                    self.Command.create(line._prepare_invoice_line(quantity=1))
                ],
            }
        )
        credit_note.action_post()
        self._pay(credit_note)


def _measure(db, count):
    import odoo
    from odoo.modules.registry import Registry

    registry = Registry(db)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"tracking_disable": False})
        flow = Flow(env)
        seconds, queries = flow.run(count)
        cr.rollback()
    return seconds, queries, flow.stage_queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--recreate", action="store_true")
    args = parser.parse_args()
    odoo_cmd, addons_path, devtool = _odoo_setup()
    _create_databases(odoo_cmd, addons_path, devtool, args.recreate)

    import odoo

    odoo.tools.config.parse_config(
        [f"--addons-path={addons_path}", "--log-level=warn", "--max-cron-threads=0"]
    )
    odoo.service.server.load_server_wide_modules()
    _measure(PLAIN_DB, 5)  # warm both registries
    _measure(ADDONS_DB, 5)
    totals = {"plain": [0.0, 0], "addons": [0.0, 0]}
    stages = {}
    for repetition in range(args.repeat):
        for name, db in (("plain", PLAIN_DB), ("addons", ADDONS_DB)):
            seconds, queries, stages[name] = _measure(db, args.orders)
            totals[name][0] += seconds
            totals[name][1] += queries
            print(
                f"  run {repetition + 1} {name}: {seconds:.2f}s {queries} queries",
                flush=True,
            )
    extra = {
        stage: (stages["addons"][stage] - stages["plain"][stage]) / args.orders
        for stage in stages["plain"]
    }
    print(
        "  extra queries per order (last run) by stage: "
        + ", ".join(f"{stage} {value:+.1f}" for stage, value in extra.items())
    )
    plain_s, plain_q = (value / args.repeat for value in totals["plain"])
    addons_s, addons_q = (value / args.repeat for value in totals["addons"])
    print(
        f"flow orders={args.orders} plain_s={plain_s:.2f} addons_s={addons_s:.2f} "
        f"ratio={addons_s / plain_s:.2f} plain_q={plain_q:.0f} addons_q={addons_q:.0f} "
        f"extra_queries_per_order={(addons_q - plain_q) / args.orders:.1f}"
    )


if __name__ == "__main__":
    main()
