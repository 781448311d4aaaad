# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: consumer orders through the whole flow, plain Odoo against the addons.

Each order is created, confirmed, delivered (and, with the addons, its receipt by
the customer recorded), invoiced and paid; one order in ten is then partly
withdrawn and refunded. Like real traffic, each step of each order runs on its
own cursor, in its own transaction, committed (as one request would be), so that
no step works on hundreds of orders' uncommitted entries, nor pays for the
environments of the steps before it (Odoo looks a new environment up among its
transaction's environments: a cursor kept over hundreds of steps keeps them all
until Python's garbage collector frees them, and every step pays for that).

The "withdraw" stage is compared fairly: without the addons, a merchant whose
customer withdraws from one unit makes a credit note of that unit from the
order's invoice values, posts it and pays it back (registering the refund
payment); with the addons the same merchant records the withdrawal request
(one unit), creates its credit note from the refund obligation and registers the
refund payment. Both make one posted credit note and one payment. The addons'
credit note also refunds, on a second line, the share of the delivery that the
company's policy gives for a partial withdrawal (by default pro rata of the value
withdrawn: 3.75 of the 12.00 delivery, taxes included, for one 60.00 unit out of
192.00 of goods); and the addons keep the request, its refund obligation (due
date, late-refund surcharge) and queue the customer's acknowledgment (produced
later by the documents queue, outside the customer's request, as in production).

Two template databases are prepared once (``--recreate`` to rebuild them): one
with the shop's Odoo apps and every other module the addons depend on (Repairs,
which the returns' repair glue needs, among them: the plain side runs the same
Odoo code), one with every addon of this repository besides (a template made
before a dependency was added gets it at the next run); each template also
holds the benchmark's fixtures (chart of accounts, tax, products, terms of sale
in force, and one consumer per order of the largest size), committed, so that
nothing is set up during a run.

A size (``--orders N``) is a shop that has taken N orders: its last
``--sample`` orders (100 by default; all of them when N is smaller) are measured
one by one as above, the N − sample before them are the shop's history. The
history is put through the same steps (with the same withdrawals, one order in
ten) in batches of 100 orders when the size's template is made (a copy of the
base template, ``<template>_h<history>``, kept for later runs like the base
ones): set-up, not measured. So every size measures the same number of orders,
and the lines of two sizes compare the cost of an order in a small and in a large
shop (constant in N, or not), in minutes rather than hours: on this project's
2-core machine plain Odoo alone takes more than a second per order, so measuring
1,000 orders one by one, twice per side, would take well over an hour.

Each repetition copies both sides' templates (``CREATE DATABASE … TEMPLATE
…``), loads both registries in this process, runs ``--warmup-orders`` orders on
each copy unmeasured (a server's worker has served requests before: its
registry's trigger trees, caches and compiled templates are built), then the
measured orders, the two sides taking turns order by order (plain first for one
order, the addons first for the next), and drops the copies. Taking turns is
what makes the ratio repeatable: this machine's speed drifts by a fifth from one
minute to the next (other tenants), so two runs one after the other compare two
machines, while alternate orders meet the same one. The first repetition of
each size is cold (fresh registries and caches, no warm-up): it runs
``--cold-orders`` orders, is printed apart and discarded; the figures are the
medians of the ``--repeat`` warm repetitions. For each ``--orders`` size it
prints one line:

    flow orders=1000 history=900 measured=100 warm_runs=2 plain_s=… addons_s=…
        ratio=… plain_cpu_s=… addons_cpu_s=… cpu_ratio=… plain_q=… addons_q=…
        extra_queries_per_order=… by_stage=confirm:+…,deliver:+…,…
        time_by_stage=confirm:…x,… cpu_ms_by_stage=confirm:…/…,… uptime=…

(``*_s``: wall-clock seconds of the measured orders' steps, copy, history and
registry loading excluded; ``*_cpu_s``: this process's CPU seconds over the same
steps (Odoo's Python, without PostgreSQL's work), less sensitive to other processes on a
shared machine than the wall clock; ``by_stage``: the addons' extra queries per
order at each stage, the withdraw stage's being spread over all orders as it
happens to one in ten; ``cpu_ms_by_stage``: plain/addons CPU milliseconds per
order at each stage, spread over all orders like ``by_stage``; uptime: the
machine's load when the line is printed.)

Usage (with Odoo 18 installed; the templates are created the first time):

    python3 benchmarks/flow.py [--orders 200,1000] [--sample 100] [--repeat 2]
        [--recreate]
    python3 benchmarks/flow.py --orders 10 --repeat 1 --cold-orders 1 --profile all

``--profile`` lists, per stage and per order, the statements the addons run
more (or less) often than plain Odoo, each with the place in this repository's
code that issued it ("-": at the commit's flush); its times mean nothing.

``--cprofile STAGE[,STAGE]`` (or ``all``) runs those stages' steps under
cProfile on both sides and prints, per stage and per order, the functions where
the addons spend more CPU than plain Odoo: cumulative time (``cum``, the
function and what it calls) and own time (``own``), in milliseconds per order,
``--cprofile-top`` lines each (default 25). The profiler slows every call: read
the differences, not the totals.

Times are indicative on a shared machine (each line prints its load); query
counts are the stable measure.
"""

import argparse
from collections import Counter
from contextlib import contextmanager
import cProfile
import os
from pathlib import Path
import pstats
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
import traceback

ROOT = Path(__file__).resolve().parent.parent
PLAIN_DB = os.environ.get("CONSUMER_LAW_BENCH_PLAIN_DB", "consumer_law_bench_plain")
ADDONS_DB = os.environ.get("CONSUMER_LAW_BENCH_ADDONS_DB", "consumer_law_bench_addons")
# the shop's own apps; plain Odoo also gets every module the addons depend on
# (see _plain_apps)
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


def _plain_apps(ours):
    """The shop's apps and every other module the addons depend on (Repairs,
    for the returns' repair glue, among them): the plain side runs the same
    modules of Odoo, so that the ratio is the cost of this repository's code."""
    import ast

    depends = set()
    for addon in ours:
        manifest = ast.literal_eval((ROOT / addon / "__manifest__.py").read_text())
        depends.update(manifest.get("depends", ()))
    return ODOO_APPS + sorted(depends - set(ours) - set(ODOO_APPS))


def _create_databases(odoo_cmd, devtool, recreate):
    config = devtool.odoo_config(odoo_cmd[0])
    existing = devtool.psql_databases(odoo_cmd[0], config)
    ours = [addon for addon in devtool.project_addons() if addon != "consumer_law_demo"]
    plain = _plain_apps(ours)
    for db, modules in ((PLAIN_DB, plain), (ADDONS_DB, plain + ours)):
        if db in existing and not recreate:
            # templates made before a module was added to the list get it (the
            # history templates too: they are copies of the base one)
            for name in sorted(existing):
                if name == db or re.fullmatch(rf"{re.escape(db)}_h\d+", name):
                    missing = _missing_modules(name, modules)
                    if missing:
                        print(f"installing {','.join(missing)} in {name} ...")
                        _install(devtool, odoo_cmd, config, name, missing)
            continue
        if db in existing:
            devtool.drop_database(odoo_cmd[0], config, db)
        print(f"creating {db} ...", flush=True)
        _install(devtool, odoo_cmd, config, db, modules)


def _missing_modules(db, modules):
    """Which of ``modules`` are not installed in ``db``."""
    import odoo

    with odoo.sql_db.db_connect(db).cursor() as cr:
        cr.execute(
            "SELECT name FROM ir_module_module WHERE state = 'installed'"
            " AND name IN %s",
            [tuple(modules)],
        )
        installed = {name for (name,) in cr.fetchall()}
    odoo.sql_db.close_db(db)
    return [module for module in modules if module not in installed]


def _install(devtool, odoo_cmd, config, db, modules):
    """Install ``modules`` in ``db`` (created when missing), as the test command
    does; stop on a failed installation."""
    ok, message = devtool.install_addons(odoo_cmd, config, db, modules)
    if not ok:
        sys.exit(f"{db}: {message}")


class Flow:
    """The flow on one (throwaway) database, each step committed."""

    STAGES = ("order", "confirm", "deliver", "invoice", "pay", "withdraw")
    PRODUCT_CODES = ("BENCH-BIKE", "BENCH-HELMET")
    SHIPPING_CODE = "BENCH-SHIPPING"
    CUSTOMER_REF = "bench-customer"

    def __init__(self, env, profile=False, cprofile=()):
        from odoo import Command

        self.Command = Command
        self.env = env
        # with --profile: per stage, the statements run and where (in this
        # repository's code) each was issued
        self.profile = None
        if profile:
            self.profile = {stage: (Counter(), Counter()) for stage in self.STAGES}
        # with --cprofile: one cProfile.Profile per profiled stage
        self.cprofile = {stage: cProfile.Profile() for stage in cprofile}
        self.stage_queries = dict.fromkeys(self.STAGES, 0)
        self.stage_seconds = dict.fromkeys(self.STAGES, 0.0)
        self.stage_cpu_seconds = dict.fromkeys(self.STAGES, 0.0)
        self.has_addons = "sale.withdrawal.request" in env
        Product = env["product.product"]
        self.products = Product.search(
            [("default_code", "in", self.PRODUCT_CODES)], order="default_code"
        )
        self.shipping = Product.search([("default_code", "=", self.SHIPPING_CODE)])

    @classmethod
    def prepare_template(cls, env, customers):
        """Create the fixtures and ``customers`` consumers in a template database
        (once; more consumers when a larger size is asked)."""
        company = env.company
        if not company.chart_template:
            env["account.chart.template"].try_loading(
                "generic_coa", company=company, install_demo=False
            )
        has_addons = "sale.withdrawal.request" in env
        Product = env["product.product"]
        if not Product.search([("default_code", "=", cls.SHIPPING_CODE)]):
            tax = env["account.tax"].create(
                {"name": "Bench VAT 20%", "amount": 20.0, "type_tax_use": "sale"}
            )
            values = {"type": "consu", "invoice_policy": "order", "taxes_id": [tax.id]}
            Product.create(
                [
                    {
                        "name": "Bench bike",
                        "default_code": cls.PRODUCT_CODES[0],
                        "list_price": 50.0,
                        **values,
                    },
                    {
                        "name": "Bench helmet",
                        "default_code": cls.PRODUCT_CODES[1],
                        "list_price": 30.0,
                        **values,
                    },
                    {
                        "name": "Bench shipping",
                        "default_code": cls.SHIPPING_CODE,
                        "list_price": 10.0,
                        **values,
                        "type": "service",
                    },
                ]
            )
            if has_addons:
                document = env["cgv.document"].create({"name": "Bench terms"})
                version = env["cgv.version"].create(
                    {
                        "document_id": document.id,
                        "content": "<p>Bench terms of sale.</p>",
                        "effective_date": "2020-01-01 00:00:00",
                    }
                )
                version.action_publish_history()  # in force since 2020 (history)
        Partner = env["res.partner"]
        existing = Partner.search_count([("ref", "=like", f"{cls.CUSTOMER_REF}-%")])
        partner_vals = {"street": "1 rue de la Paix", "zip": "69001", "city": "Lyon"}
        if has_addons:
            partner_vals["is_consumer"] = True
        Partner.create(
            [
                {
                    "name": f"Bench customer {index}",
                    "ref": f"{cls.CUSTOMER_REF}-{index}",
                    **partner_vals,
                }
                for index in range(existing, customers)
            ]
        )

    def get_customers(self, count, offset=0):
        """The ids of ``count`` prepared consumers, after the first ``offset``."""
        return (
            self.env["res.partner"]
            .search(
                [("ref", "=like", f"{self.CUSTOMER_REF}-%")],
                order="id",
                offset=offset,
                limit=count,
            )
            .ids
        )

    def run_history(self, partner_ids, batch=100):
        """The shop's earlier orders, one per customer, through the same steps
        as the measured ones, ``batch`` orders a transaction (set-up of a
        size's template, not measured)."""
        for start in range(0, len(partner_ids), batch):
            orders = self.env["sale.order"].browse()
            for partner_id in partner_ids[start : start + batch]:
                orders |= self._create_order(partner_id)
            orders.action_confirm()
            for order in orders:
                self._deliver(order)
            invoices = orders._create_invoices()
            invoices.action_post()
            self._pay(invoices)
            for order in orders[::10]:
                self._withdraw(order)
            self.env.cr.commit()

    def run(self, partner_ids):
        """Run the flow of one order per customer, each step committed; return
        (seconds, queries, this process's CPU seconds)."""
        for index, partner_id in enumerate(partner_ids):
            self.run_order(index, partner_id)
        return self.totals()

    def totals(self):
        """(seconds, queries, this process's CPU seconds) of the steps run."""
        return (
            sum(self.stage_seconds.values()),
            sum(self.stage_queries.values()),
            sum(self.stage_cpu_seconds.values()),
        )

    def run_order(self, index, partner_id):
        """The flow of the ``index``-th order, for the customer ``partner_id``:
        each step committed, one order in ten withdrawn."""
        with self._stage("order"):
            order = self._create_order(partner_id)
        with self._stage("confirm"):
            order = order.with_env(self.env)
            order.action_confirm()
        with self._stage("deliver"):
            order = order.with_env(self.env)
            self._deliver(order)
        with self._stage("invoice"):
            order = order.with_env(self.env)
            invoice = order._create_invoices()
            invoice.action_post()
        with self._stage("pay"):
            self._pay(invoice.with_env(self.env))
        if index % 10 == 0:
            with self._stage("withdraw"):
                self._withdraw(order.with_env(self.env))

    def _create_order(self, partner_id):
        Command = self.Command
        return self.env["sale.order"].create(
            {
                "partner_id": partner_id,
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

    @contextmanager
    def _stage(self, name):
        """One step on its own cursor (its own transaction and environments, as
        one request has), committed; ``self.env`` is the step's environment."""
        outer_env = self.env
        with outer_env.registry.cursor() as cr:
            self.env = outer_env(cr=cr)
            try:
                with self._measured_stage(name, cr):
                    yield
            finally:
                self.env = outer_env

    @contextmanager
    def _measured_stage(self, name, cr):
        """Time, CPU and queries of one step, its commit included."""
        hooks = self._profile_hooks(name)
        profiler = self.cprofile.get(name)
        before = cr.sql_log_count
        start = time.perf_counter()
        cpu_start = time.process_time()
        with hooks:
            if profiler:
                profiler.enable()
            try:
                yield
                cr.commit()  # flushes; the next step starts with a cold cache
            finally:
                if profiler:
                    profiler.disable()
        self.stage_seconds[name] += time.perf_counter() - start
        self.stage_cpu_seconds[name] += time.process_time() - cpu_start
        self.stage_queries[name] += cr.sql_log_count - before

    @contextmanager
    def _profile_hooks(self, name):
        """With --profile, record each statement of the stage (its text, its
        numbers blanked) and the innermost frame of this repository's code that
        issued it (Odoo's query hooks, as its profiler uses)."""
        if self.profile is None:
            yield
            return
        statements, origins = self.profile[name]

        def hook(cr, query, params, start, delay):
            text = _normalized_statement(query)
            statements[text] += 1
            origins[(text, _project_origin())] += 1

        thread = threading.current_thread()
        previous = getattr(thread, "query_hooks", ())
        thread.query_hooks = (*previous, hook)
        try:
            yield
        finally:
            thread.query_hooks = previous

    def _deliver(self, order):
        picking = order.picking_ids
        for move in picking.move_ids:
            move.quantity = move.product_uom_qty
        picking.move_ids.picked = True
        picking.button_validate()
        if self.has_addons:
            # the day the customer received the goods: the shipping day in
            # Paris (the UTC day is the day before from 23:00 or 22:00 UTC)
            from odoo.addons.consumer_law.tools import paris_date

            picking.customer_receipt_date = paris_date(picking.date_done)

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


def _normalized_statement(query):
    """The statement's shape: numbers and savepoint names blanked, the column
    lists of reads, inserts and updates elided (the addons add columns to the
    tables both sides read)."""
    text = query.decode() if isinstance(query, bytes) else str(query)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"SAVEPOINT \"[^\"]+\"", "SAVEPOINT", text)
    columns = r'(?:"\w+"\."\w+"(?:->>%s)?(?:, )?)+'
    text = re.sub(rf"^SELECT {columns} FROM", "SELECT … FROM", text)
    text = re.sub(r'^(INSERT INTO "\w+") \(.*', r"\1 …", text)
    text = re.sub(r'^(UPDATE "\w+" SET) .*', r"\1 …", text)
    return re.sub(r"\b\d+\b", "N", text)


def _project_origin():
    """The innermost frame of this repository's addons in the current stack."""
    for frame in reversed(traceback.extract_stack()):
        path = Path(frame.filename)
        if ROOT in path.parents and path.parent.name != "benchmarks":
            return f"{path.relative_to(ROOT)}:{frame.lineno} {frame.name}"
    return "-"


def _copy_database(template, copy):
    """A throwaway copy of the prepared template (PostgreSQL file copy)."""
    import odoo

    odoo.modules.registry.Registry.delete(template)
    odoo.sql_db.close_db(template)
    with odoo.sql_db.db_connect("postgres").cursor() as cr:
        cr._cnx.autocommit = True
        cr.execute(f'DROP DATABASE IF EXISTS "{copy}"')
        cr.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{template}"')


def _drop_database(copy):
    import odoo

    odoo.modules.registry.Registry.delete(copy)
    odoo.sql_db.close_db(copy)
    with odoo.sql_db.db_connect("postgres").cursor() as cr:
        cr._cnx.autocommit = True
        cr.execute(f'DROP DATABASE IF EXISTS "{copy}"')


def _measure(templates, count, offset=0, warmup=0, profile=False, cprofile=()):
    """Copy each template (plain's, the addons'), run on each copy the flow of
    ``warmup`` orders unmeasured (for the first customers of the history), then
    of ``count`` measured orders (the customers after the first ``offset``: those
    of the history have theirs), drop the copies.

    The two sides take turns order by order (plain first for one order, the
    addons for the next), in one process: a change of the machine's speed
    during the run (other tenants, frequency) weighs on both alike, where two
    runs one after the other could each meet another machine.

    :return: per side, (seconds, queries, queries by stage, seconds by stage,
        CPU seconds, statements by stage or None, pstats.Stats by profiled
        stage, CPU seconds by stage)
    """
    import odoo
    from odoo.modules.registry import Registry

    copies = {name: f"{db}_run" for name, db in templates.items()}
    flows = {}
    cursors = []
    try:
        for name, db in templates.items():
            _copy_database(db, copies[name])
        for name, copy in copies.items():
            cr = Registry(copy).cursor()
            cursors.append(cr)
            env = odoo.api.Environment(
                cr, odoo.SUPERUSER_ID, {"tracking_disable": False}
            )
            # a server's worker has served earlier requests: the registry's
            # trigger trees, ormcaches and compiled templates are built by
            # orders that are not measured (the cold repetition shows the rest)
            if warmup:
                warmer = Flow(env)
                warmer.run(warmer.get_customers(warmup))
            flow = Flow(env, profile=profile, cprofile=cprofile)
            flows[name] = (flow, flow.get_customers(count, offset))
        sides = list(flows.values())
        for index in range(count):
            for flow, partner_ids in sides if index % 2 == 0 else sides[::-1]:
                flow.run_order(index, partner_ids[index])
    finally:
        for cr in cursors:
            cr.close()
        for copy in copies.values():
            _drop_database(copy)
    return {
        name: (
            *flow.totals()[:2],
            flow.stage_queries,
            flow.stage_seconds,
            flow.totals()[2],
            flow.profile,
            {stage: pstats.Stats(prof) for stage, prof in flow.cprofile.items()},
            flow.stage_cpu_seconds,
        )
        for name, (flow, _partner_ids) in flows.items()
    }


def _prepare_templates(customers):
    """The fixtures and customers of each template (not measured)."""
    import odoo
    from odoo.modules.registry import Registry

    for db in (PLAIN_DB, ADDONS_DB):
        with Registry(db).cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            Flow.prepare_template(env, customers)
        odoo.modules.registry.Registry.delete(db)


def _history_template(template, history, recreate):
    """The template of a shop with ``history`` orders already taken: a copy of
    ``template`` where they went through the flow in batches (made once)."""
    import odoo
    from odoo.modules.registry import Registry

    if not history:
        return template
    name = f"{template}_h{history}"
    with odoo.sql_db.db_connect("postgres").cursor() as cr:
        cr.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        exists = bool(cr.fetchone())
    if exists and not recreate:
        return name
    print(f"making {name} ({history} orders of history) ...", flush=True)
    start = time.perf_counter()
    try:
        _copy_database(template, name)
        with Registry(name).cursor() as cr:
            env = odoo.api.Environment(
                cr, odoo.SUPERUSER_ID, {"tracking_disable": False}
            )
            flow = Flow(env)
            flow.run_history(flow.get_customers(history))
    except BaseException:
        _drop_database(name)
        raise
    odoo.modules.registry.Registry.delete(name)
    odoo.sql_db.close_db(name)
    print(f"  {name} made in {time.perf_counter() - start:.0f}s", flush=True)
    return name


def _uptime():
    return subprocess.run(
        ["uptime"], capture_output=True, text=True, check=False
    ).stdout.strip()


def _median_of(runs, index):
    return statistics.median(run[index] for run in runs)


def _report(orders, measured, cold, runs):
    """Print the cold runs apart and the line of the warm runs' medians."""
    for name in ("plain", "addons"):
        seconds, queries = cold[name][:2]
        print(
            f"  cold {name} (discarded): orders={cold['orders']} {seconds:.2f}s "
            f"{queries} queries",
            flush=True,
        )
    plain_s, addons_s = _median_of(runs["plain"], 0), _median_of(runs["addons"], 0)
    plain_q, addons_q = _median_of(runs["plain"], 1), _median_of(runs["addons"], 1)
    plain_cpu, addons_cpu = _median_of(runs["plain"], 4), _median_of(runs["addons"], 4)
    by_stage = []
    time_by_stage = []
    cpu_by_stage = []
    for stage in Flow.STAGES:
        plain_stage_q = statistics.median(run[2][stage] for run in runs["plain"])
        addons_stage_q = statistics.median(run[2][stage] for run in runs["addons"])
        by_stage.append(f"{stage}:{(addons_stage_q - plain_stage_q) / measured:+.1f}")
        plain_stage_s = statistics.median(run[3][stage] for run in runs["plain"])
        addons_stage_s = statistics.median(run[3][stage] for run in runs["addons"])
        if plain_stage_s:
            time_by_stage.append(f"{stage}:{addons_stage_s / plain_stage_s:.2f}x")
        plain_stage_cpu, addons_stage_cpu = (
            statistics.median(run[7][stage] for run in runs[name]) * 1000 / measured
            for name in ("plain", "addons")
        )
        cpu_by_stage.append(f"{stage}:{plain_stage_cpu:.0f}/{addons_stage_cpu:.0f}")
    print(
        f"flow orders={orders} history={orders - measured} measured={measured} "
        f"warm_runs={len(runs['plain'])} "
        f"plain_s={plain_s:.2f} addons_s={addons_s:.2f} "
        f"ratio={addons_s / plain_s:.2f} plain_cpu_s={plain_cpu:.2f} "
        f"addons_cpu_s={addons_cpu:.2f} cpu_ratio={addons_cpu / plain_cpu:.2f} "
        f"plain_q={plain_q:.0f} addons_q={addons_q:.0f} "
        f"extra_queries_per_order={(addons_q - plain_q) / measured:.1f} "
        f"by_stage={','.join(by_stage)} time_by_stage={','.join(time_by_stage)} "
        f"cpu_ms_by_stage={','.join(cpu_by_stage)} "
        f"uptime={_uptime()}",
        flush=True,
    )


def _report_profile(measured, runs, stages, width=160):
    """Per stage, the statements the addons run more (or less) often than plain
    Odoo, per order, with the addons' code that issued them."""
    plain, addons = runs["plain"][-1][5], runs["addons"][-1][5]
    for stage in stages:
        plain_statements = plain[stage][0]
        addons_statements, origins = addons[stage]
        diff = Counter(addons_statements)
        diff.subtract(plain_statements)
        print(f"profile stage={stage} (per order, addons - plain):", flush=True)
        for text, count in sorted(diff.items(), key=lambda item: -abs(item[1])):
            if not count:
                continue
            print(f"  {count / measured:+6.2f}  {text[:width]}")
            where = Counter(
                {
                    origin: n
                    for (statement, origin), n in origins.items()
                    if statement == text
                }
            )
            for origin, n in where.most_common(4):
                print(f"           {n / measured:5.2f} from {origin}")


def _function_label(key):
    """``path:line(name)``, the path relative to this repository or to Odoo."""
    filename, line, name = key
    for marker in (str(ROOT) + "/", "/odoo/addons/", "/addons/", "/odoo/"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    return f"{filename}:{line}({name})"


def _report_cprofile(measured, runs, stages, top):
    """Per stage, the functions where the addons spend more CPU than plain Odoo
    (cumulative and own time, milliseconds per order)."""
    plain, addons = runs["plain"][-1][6], runs["addons"][-1][6]
    for stage in stages:
        plain_stats, addons_stats = plain[stage].stats, addons[stage].stats
        own, cumulative = Counter(), Counter()
        calls = Counter()
        for key in set(plain_stats) | set(addons_stats):
            p_own, p_cum = (plain_stats[key][2:4]) if key in plain_stats else (0, 0)
            a_own, a_cum = (addons_stats[key][2:4]) if key in addons_stats else (0, 0)
            own[key] = (a_own - p_own) * 1000 / measured
            cumulative[key] = (a_cum - p_cum) * 1000 / measured
            calls[key] = (
                (addons_stats[key][1] if key in addons_stats else 0)
                - (plain_stats[key][1] if key in plain_stats else 0)
            ) / measured
        totals = [
            sum(entry[2] for entry in stats.values()) * 1000 / measured
            for stats in (plain_stats, addons_stats)
        ]
        print(
            f"cprofile stage={stage} (ms per order, profiled): plain={totals[0]:.1f} "
            f"addons={totals[1]:.1f}",
            flush=True,
        )
        for title, diff in (("cum", cumulative), ("own", own)):
            for key, value in diff.most_common(top):
                print(
                    f"  {title} {value:+8.2f}ms calls{calls[key]:+8.1f}  "
                    f"{_function_label(key)}"
                )


def _stages_of(option):
    """The stages an option names: comma-separated, or ``all``."""
    if option == "all":
        return list(Flow.STAGES)
    return [stage for stage in option.split(",") if stage]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--orders",
        default="200",
        help="order counts, comma-separated (e.g. 200,1000): one line each",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=2,
        help="warm repetitions per size (their median is printed)",
    )
    parser.add_argument(
        "--sample",
        type=int,
        default=100,
        help="orders measured at each size (the others are the shop's history)",
    )
    parser.add_argument(
        "--cold-orders",
        type=int,
        default=20,
        help="orders of the first, cold repetition of each size (discarded)",
    )
    parser.add_argument(
        "--warmup-orders",
        type=int,
        default=10,
        help="orders run unmeasured before each warm repetition's measured ones "
        "(on the same registry, as a server's worker has served earlier requests)",
    )
    parser.add_argument("--recreate", action="store_true")
    parser.add_argument(
        "--profile",
        default="",
        help="stages (comma-separated, or 'all') whose statements the addons run "
        "more often than plain Odoo are listed with the code that issued them "
        "(slow: use few orders and --repeat 1)",
    )
    parser.add_argument(
        "--cprofile",
        default="",
        help="stages (comma-separated, or 'all') run under cProfile on both sides: "
        "the functions where the addons spend more CPU than plain Odoo are listed",
    )
    parser.add_argument(
        "--cprofile-top",
        type=int,
        default=25,
        help="functions listed per stage with --cprofile (cumulative and own)",
    )
    args = parser.parse_args()
    cprofile = _stages_of(args.cprofile)
    profile = _stages_of(args.profile)
    # stopped (kill, timeout): leave through the ``finally`` that drops the copy
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    sizes = [int(size) for size in args.orders.split(",")]
    repeat = max(args.repeat, 1)
    odoo_cmd, addons_path, devtool = _odoo_setup()
    _create_databases(odoo_cmd, devtool, args.recreate)

    import odoo

    odoo.tools.config.parse_config(
        [f"--addons-path={addons_path}", "--log-level=warn", "--max-cron-threads=0"]
    )
    odoo.service.server.load_server_wide_modules()
    _prepare_templates(max(sizes))
    for orders in sizes:
        measured = min(max(args.sample, 1), orders)
        history = orders - measured
        templates = {
            "plain": _history_template(PLAIN_DB, history, args.recreate),
            "addons": _history_template(ADDONS_DB, history, args.recreate),
        }
        cold = {"orders": min(args.cold_orders, measured)}
        runs = {"plain": [], "addons": []}
        for repetition in range(repeat + 1):
            if not repetition:
                results = _measure(templates, cold["orders"], history)
                for name, result in results.items():
                    cold[name] = result
                    print(
                        f"  cold {name} orders={cold['orders']}: "
                        f"{result[0]:.2f}s uptime={_uptime()}",
                        flush=True,
                    )
                continue
            results = _measure(
                templates,
                measured,
                history,
                warmup=args.warmup_orders,
                profile=bool(profile),
                cprofile=cprofile,
            )
            for name, run in results.items():
                runs[name].append(run)
                print(
                    f"  run {repetition} {name} orders={orders} measured={measured}: "
                    f"{run[0]:.2f}s cpu={run[4]:.2f}s {run[1]} queries "
                    f"uptime={_uptime()}",
                    flush=True,
                )
        _report(orders, measured, cold, runs)
        if profile:
            _report_profile(measured, runs, profile)
        if cprofile:
            _report_cprofile(measured, runs, cprofile, args.cprofile_top)


if __name__ == "__main__":
    main()
