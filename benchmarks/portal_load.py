# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Load benchmark of the portal withdrawal function and the public page.

A script, not a timed test. It only talks to the servers it starts itself on
this machine (127.0.0.1, ``--workers=2`` and two cron workers each; ``--servers=2``
starts two servers on two ports sharing the database, the clients spread over
both), on a throwaway database it creates (``consumer_law_portal_load`` by
default, dropped at the end unless ``--keep``; ``--template=NAME`` copies it from
a template made on the first run):

    PYTHONPATH=consumer_law_rules/src python3 benchmarks/portal_load.py

Odoo is found as the test command finds it (``tools/devtool.py``: ``ODOO_BIN`` /
``ODOO_PYTHON``, the Odoo set up in ``.odoo/``, else ``odoo`` on ``PATH``), and its
addons path is read from Odoo's configuration, with this repository added
(``--odoo`` and ``--addons-path`` override them). The database's scheduled
actions other than the documents queue are deactivated once it is set up, so
that the run measures the portal and its queue (on a fresh database the cron
worker would first run the daily actions for many minutes), and the reports'
style sheets are compiled, as on a shop that has printed a document since its
last update (else the first acknowledgments of the peak would wait for each
cron worker to compile them).

What it does, from 50 concurrent clients:

- 200 withdrawal submissions: logged-in customers and guests with the order's
  token (100 plain ones), 30 forms submitted twice at once (same submission key),
  20 over-quantity attempts, and 10 pairs of different forms withdrawing all the
  goods of one order at the same time;
- 500 requests to the public "Withdraw from a contract" page (GET and POST, known
  and unknown orders; the per-client rate limit blocks most POSTs, as designed).

Then it waits (at most ``--queue-timeout`` seconds) for the scheduler to send
the queued acknowledgments, checks the database and prints one line::

    portal-load servers=S requests=N errors=E duplicates=D over_withdrawn=O
        p95_ms=P server_ms_mean=S latency_floor_ms=F acks=A ack_max_s=M
        acks_over_60s=L public_attempts=T/30 links_per_order_max=K/3

``requests``: submissions and public-page requests sent; ``errors``: 5xx answers,
failed connections, submissions lost (a plain or double-submitted form without
its request) and requests whose acknowledgment was not sent with its PDF
attached once the queue is drained; ``duplicates``: requests beyond one per
distinct form, and acknowledgment mails beyond one per request;
``over_withdrawn``: order lines withdrawn beyond what was delivered; ``p95_ms``:
95th percentile of the answer times of those requests; ``server_ms_mean``: the
time the workers spent on one of them, on average (from the server's log: SQL
and the rest, not the wait in front of the workers; a public-page request is a
GET and often a POST); ``latency_floor_ms``: the least
mean answer time such a load allows whatever the code (Little's law: 50 clients
that each send their next request at once keep 50 requests waiting or served,
served at ``server_ms_mean`` each by 2 workers a server, i.e. 25 times
``server_ms_mean`` with one server); ``acks``: acknowledgments
sent; ``ack_max_s``: the slowest, from the request's recording to the job's
sending; ``acks_over_60s``: how many took longer than 60 s;
``public_attempts``: the public form's uses recorded for the (single) client
address in the hour, against its per-client limit, and ``links_per_order_max``
the most links e-mailed for one order, against its per-order limit (the rate
limits hold across workers and servers when both stay within).

``--baseline`` measures plain Odoo instead, for comparison: on a throwaway
database with only Odoo's ``website`` app (no addon of this repository), a
server started the same way (``--workers=2``) answers the same number of
requests from the same 50 concurrent clients, alternately Odoo's own login page
and its *Contact us* page, and the script prints::

    portal-load baseline=plain-odoo requests=N errors=E p95_ms=P median_ms=M
        server_ms_mean=S latency_floor_ms=F login_p95_ms=L contactus_p95_ms=C

the latency that this machine gives any Odoo page under that load.
"""

import argparse
from concurrent.futures import ThreadPoolExecutor
import http.cookiejar
import json
import os
import random
import re
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import devtool  # noqa: E402  (the test command's way of finding Odoo)

CLIENTS = 50
PLAIN = 100
DOUBLE = 30
OVER = 20
RACE_PAIRS = 10
PUBLIC = 500
PASSWORD = "portal-load"  # only in the throwaway database the script creates
ACK_TARGET_S = 60
PUBLIC_CLIENT_LIMIT = 30  # consumer_law_portal_attempt.CLIENT_LIMIT_PER_HOUR
PUBLIC_LINKS_PER_ORDER = 3  # sale_withdrawal.models.sale_order
CONNECTION_RETRIES = 5
WORKERS = 2  # HTTP workers of each server (--workers)
# a request as the server logs it: '"POST /path HTTP/1.1" 303 - <queries>
# <seconds in SQL> <seconds else>' (the time in the worker, the wait before
# it not counted)
REQUEST_LOG = re.compile(
    r'"(?:GET|POST) (?P<path>\S+) HTTP/[\d.]+" \d{3} - \d+ '
    r"(?P<sql>[\d.]+) (?P<other>[\d.]+)"
)
MEASURED_PATH = re.compile(r"^/(?:my/orders/\d+/withdraw/confirm|withdrawal)\b")
BASELINE_PATH = re.compile(r"^/(?:web/login|contactus)\b")
STATS = {"connection_retries": 0}

SETUP = r"""
import json
from odoo import Command, fields
env = env(context=dict(env.context, tracking_disable=True))
company = env.company
company.email = company.email or "shop@example.com"
policy = company._get_consumer_policy()
policy.is_receipt_on_validation = True
document = env["cgv.document"].create({"name": "Load terms", "company_id": company.id})
version = env["cgv.version"].create({"document_id": document.id,
    "content": "<p>Terms</p>", "effective_date": "2026-01-01 00:00:00"})
version.action_publish_history()
product = env["product.product"].create({"name": "Load crate", "type": "consu",
    "list_price": 20.0})
portal = env.ref("base.group_portal")
result = []
for index in range(__ORDERS__):
    partner = env["res.partner"].create({"name": f"Load customer {index}",
        "email": f"load{index}@example.com"})
    login = False
    if index % 2 == 0:
        user = env["res.users"].create({"name": partner.name, "login": f"load{index}",
            "password": "__PASSWORD__", "partner_id": partner.id,
            "groups_id": [Command.set(portal.ids)]})
        login = user.login
    order = env["sale.order"].create({"partner_id": partner.id, "order_line": [
        Command.create({"product_id": product.id, "product_uom_qty": 2})]})
    order.action_confirm()
    for move in order.picking_ids.move_ids:
        move.quantity = move.product_uom_qty
        move.picked = True
    order.picking_ids._action_done()
    order._portal_ensure_token()
    result.append({"id": order.id, "name": order.name, "token": order.access_token,
        "line": order.order_line.id, "login": login, "email": partner.email})
# the reports' style sheets compiled, as on any shop that has printed a
# document since its last update (the first print after an update compiles
# them: half a minute of the cron workers' time at the peak, once)
for bundle in ("web.report_assets_common", "web.report_assets_pdf"):
    env["ir.qweb"]._get_asset_bundle(bundle, js=False).css()
# only the documents queue runs during the measure: the other scheduled
# actions (daily clean-ups, digests, the evidence check...) are switched off
from odoo.addons.consumer_law.models.consumer_law_document_job import CRON_XMLIDS
queue = env["ir.cron"].browse([env.ref(xmlid).id for xmlid in CRON_XMLIDS])
others = env["ir.cron"].search([("id", "not in", queue.ids)])
others.write({"active": False})
queue.write({"active": True})
env.cr.commit()
print(f"PORTAL-LOAD-CRONS off={len(others)} on={len(queue)}")
print("PORTAL-LOAD-SETUP " + json.dumps(result))
"""


class SmtpSink(socketserver.ThreadingTCPServer):
    """A local SMTP server that accepts every mail and counts them (the
    servers' mails must be sent: a refused connection fails the job)."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), SmtpSinkHandler)
        self.messages = 0
        self.lock = threading.Lock()


class SmtpSinkHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"220 sink ESMTP\r\n")
        in_data = False
        for _line_number in range(1_000_000):  # bounded
            line = self.rfile.readline()
            if not line:
                return
            if in_data:
                if line in (b".\r\n", b".\n"):
                    in_data = False
                    with self.server.lock:
                        self.server.messages += 1
                    self.wfile.write(b"250 OK\r\n")
                continue
            command = line[:4].upper()
            if command == b"DATA":
                in_data = True
                self.wfile.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
            elif command == b"QUIT":
                self.wfile.write(b"221 Bye\r\n")
                return
            elif command == b"EHLO":
                self.wfile.write(b"250-sink\r\n250 SIZE 52428800\r\n")
            else:
                self.wfile.write(b"250 OK\r\n")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def odoo_command(args, subcommand=None):
    command = [*args.odoo, subcommand] if subcommand else [*args.odoo]
    return [*command, f"--addons-path={args.addons_path}", "-d", args.database]


def find_odoo(args):
    """Set ``args.odoo`` (a command) and ``args.addons_path`` as the test
    command does, unless given."""
    if args.odoo:
        args.odoo = [args.odoo]
        odoo_python = devtool.python_of_script(args.odoo[0])
    else:
        args.odoo, odoo_python = devtool.find_odoo()
    if not args.addons_path:
        if not odoo_python:
            raise SystemExit("cannot tell Odoo's Python: give --addons-path")
        args.addons_path = devtool.addons_path(devtool.odoo_config(odoo_python))


def database_exists(name):
    completed = subprocess.run(
        ["psql", "-d", "postgres", "-Atc", "SELECT datname FROM pg_database"],
        capture_output=True,
        text=True,
        check=True,
    )
    return name in completed.stdout.split()


def create_database(args):
    """Create the database (unless ``--reuse``) and its orders; return them.

    With ``--template``, the database is copied from that template (made on
    the first run: sale_withdrawal installed, nothing else done)."""
    if not args.reuse:
        subprocess.run(["dropdb", "--if-exists", args.database], check=True)
        if args.template and database_exists(args.template):
            print(f"Copying {args.template} to {args.database}...", file=sys.stderr)
            subprocess.run(["createdb", "-T", args.template, args.database], check=True)
        else:
            print(f"Creating {args.database} (sale_withdrawal)...", file=sys.stderr)
            subprocess.run(
                [
                    *odoo_command(args),
                    "-i",
                    "sale_withdrawal",
                    "--without-demo=all",
                    "--stop-after-init",
                    "--no-http",
                    "--log-level=warn",
                ],
                check=True,
            )
            if args.template:
                subprocess.run(
                    ["createdb", "-T", args.database, args.template], check=True
                )
    print("Creating the orders...", file=sys.stderr)
    orders = PLAIN + DOUBLE + OVER + RACE_PAIRS
    script = SETUP.replace("__ORDERS__", str(orders)).replace("__PASSWORD__", PASSWORD)
    completed = subprocess.run(
        [*odoo_command(args, "shell"), "--no-http", "--log-level=warn"],
        input=script,
        capture_output=True,
        text=True,
        check=False,
    )
    for line in completed.stdout.splitlines():
        if line.startswith("PORTAL-LOAD-CRONS "):
            print(line, file=sys.stderr)
    for line in completed.stdout.splitlines():
        if line.startswith("PORTAL-LOAD-SETUP "):
            return json.loads(line.split(" ", 1)[1])
    raise RuntimeError(f"setup failed:\n{completed.stdout}\n{completed.stderr}")


def start_server(args, port, logfile):
    command = [
        *odoo_command(args),
        f"--db-filter=^{args.database}$",
        "--http-interface=127.0.0.1",
        f"--http-port={port}",
        f"--gevent-port={free_port()}",
        "--workers=2",
        # Odoo's two cron workers a server: with two servers, the four
        # actions sending the queue run at once
        "--max-cron-threads=2",
        "--limit-time-real=120",
        "--limit-time-cpu=120",
        "--smtp=127.0.0.1",
        f"--smtp-port={args.smtp_port}",
    ]
    server = subprocess.Popen(command, stdout=logfile, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/web/login", timeout=5)
            return server
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(1)
    server.terminate()
    raise RuntimeError("the server did not start")


class Client:
    """One browser: its own cookies."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def request(self, path, data=None, json_body=None):
        """Return (status, text, milliseconds)."""
        headers = {}
        body = None
        if json_body is not None:
            body = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        elif data is not None:
            body = urllib.parse.urlencode(data).encode()
        start = time.monotonic()
        for attempt in range(CONNECTION_RETRIES + 1):
            request = urllib.request.Request(
                self.base + path, data=body, headers=headers
            )
            try:
                with self.opener.open(request, timeout=300) as response:
                    text = response.read().decode("utf-8", "replace")
                    status = response.status
                break
            except urllib.error.HTTPError as error:
                text = error.read().decode("utf-8", "replace")
                status = error.code
                break
            except (urllib.error.URLError, OSError) as error:
                # the server's listen queue (16 with 2 workers) was full: the
                # browser tries again, as a customer would press again (a form
                # sent twice is the double submit the server must absorb)
                text = str(error)
                status = 0
                STATS["connection_retries"] += 1
                time.sleep(0.5 * (attempt + 1))
        return status, text, (time.monotonic() - start) * 1000

    def login(self, database, login):
        self.request(
            "/web/session/authenticate",
            json_body={
                "jsonrpc": "2.0",
                "params": {"db": database, "login": login, "password": PASSWORD},
            },
        )


def csrf_of(text):
    match = re.search(r'name="csrf_token" value="([^"]+)"', text)
    return match.group(1) if match else ""


def prepare_form(client, order):
    """Open step 1 of the order's withdrawal as its customer; return the form."""
    suffix = "" if order["login"] else f"?access_token={order['token']}"
    _status, text, _ms = client.request(f"/my/orders/{order['id']}/withdraw{suffix}")
    key = re.search(r'name="submission_key" value="([^"]+)"', text)
    return {
        "csrf_token": csrf_of(text),
        "access_token": "" if order["login"] else order["token"],
        "submission_key": key.group(1) if key else os.urandom(8).hex(),
        "name": "Load customer",
        "email": order["email"],
        f"qty_{order['line']}": 2,
    }


def run(args):
    orders = create_database(args)
    sink = SmtpSink()
    args.smtp_port = sink.server_address[1]
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    args.sink = sink
    logfile = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
    args.logfile = logfile.name
    servers = []
    bases = []
    try:
        ports = [free_port() for _index in range(args.servers)]
        set_base_url(args, f"http://127.0.0.1:{ports[0]}")
        for port in ports:
            servers.append(start_server(args, port, logfile))
            bases.append(f"http://127.0.0.1:{port}")
        return load(args, bases, orders)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(60)
        sink.shutdown()
        if not args.keep:
            time.sleep(2)
            subprocess.run(["dropdb", "--if-exists", args.database], check=False)
        print(f"server log: {logfile.name}", file=sys.stderr)


def run_baseline(args):
    """Plain Odoo's own pages under the same load (see the module's doc)."""
    args.database = f"{args.database}_plain"
    subprocess.run(["dropdb", "--if-exists", args.database], check=True)
    print(f"Creating {args.database} (website only)...", file=sys.stderr)
    subprocess.run(
        [
            *odoo_command(args),
            "-i",
            "website",
            "--without-demo=all",
            "--stop-after-init",
            "--no-http",
            "--log-level=warn",
        ],
        check=True,
    )
    args.smtp_port = free_port()  # nothing is sent
    logfile = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
    server = None
    try:
        port = free_port()
        server = start_server(args, port, logfile)
        base = f"http://127.0.0.1:{port}"
        paths = ["/web/login", "/contactus"]
        requests = PLAIN + 2 * DOUBLE + OVER + 2 * RACE_PAIRS + PUBLIC

        def get(index):
            path = paths[index % 2]
            status, _text, ms = Client(base).request(path)
            return path, status, ms

        log_offset = os.path.getsize(logfile.name)
        with ThreadPoolExecutor(CLIENTS) as pool:
            results = list(pool.map(get, range(requests)))
        server_s, _logged = server_time(logfile.name, log_offset, BASELINE_PATH)
        server_s /= max(len(results), 1)
    finally:
        if server:
            server.terminate()
            server.wait(60)
        if not args.keep:
            time.sleep(2)
            subprocess.run(["dropdb", "--if-exists", args.database], check=False)
        print(f"server log: {logfile.name}", file=sys.stderr)
    errors = sum(1 for _path, status, _ms in results if status == 0 or status >= 500)

    def p95(times):
        times = sorted(times)
        return times[int(len(times) * 0.95) - 1] if times else 0.0

    times = sorted(ms for _path, _status, ms in results)
    by_path = {
        path: p95(ms for name, _status, ms in results if name == path) for path in paths
    }
    print(
        f"portal-load baseline=plain-odoo requests={len(results)} errors={errors} "
        f"p95_ms={p95(times):.0f} median_ms={times[len(times) // 2]:.0f} "
        f"server_ms_mean={server_s * 1000:.0f} "
        f"latency_floor_ms={latency_floor_ms(server_s, 1):.0f} "
        f"login_p95_ms={by_path['/web/login']:.0f} "
        f"contactus_p95_ms={by_path['/contactus']:.0f}"
    )
    return 0


def server_time(logfile, offset, measured):
    """Seconds the workers spent on the load's HTTP requests (``measured``
    paths logged after ``offset``), and how many were logged (a public-page
    request is a GET and often a POST)."""
    with open(logfile, encoding="utf-8", errors="replace") as handle:
        handle.seek(offset)
        times = [
            float(match["sql"]) + float(match["other"])
            for match in REQUEST_LOG.finditer(handle.read())
            if measured.match(match["path"])
        ]
    return sum(times), len(times)


def latency_floor_ms(mean_s, servers):
    """The least mean answer time the load allows (Little's law): CLIENTS
    clients, each sending its next request as soon as it has an answer, keep
    CLIENTS requests in the servers' workers or in front of them, served at
    ``mean_s`` each by WORKERS workers a server."""
    return CLIENTS * mean_s / (WORKERS * servers) * 1000


def load(args, bases, orders):
    plain = orders[:PLAIN]
    double = orders[PLAIN : PLAIN + DOUBLE]
    over = orders[PLAIN + DOUBLE : PLAIN + DOUBLE + OVER]
    race = orders[PLAIN + DOUBLE + OVER :]

    # every customer opens his form first (not measured); customers are spread
    # over the servers
    def open_form(order):
        client = Client(bases[order["id"] % len(bases)])
        if order["login"]:
            client.login(args.database, order["login"])
        return order, client, prepare_form(client, order)

    with ThreadPoolExecutor(10) as pool:
        forms = list(pool.map(open_form, orders))
        race_second = list(pool.map(open_form, race))
    by_id = {order["id"]: (client, form) for order, client, form in forms}

    submissions = []
    for order in plain:
        submissions.append(by_id[order["id"]])
    for order in double:
        submissions += [by_id[order["id"]]] * 2
    for order in over:
        client, form = by_id[order["id"]]
        submissions.append((client, {**form, f"qty_{order['line']}": 3}))
    for order, client, form in race_second:
        submissions += [by_id[order["id"]], (client, form)]
    order_of = {}
    for order, _client, form in [*forms, *race_second]:
        order_of[form["submission_key"]] = order
    public_orders = random.Random(7).sample(orders, 20)

    def submit(item):
        client, form = item
        order = order_of[form["submission_key"]]
        return client.request(f"/my/orders/{order['id']}/withdraw/confirm", data=form)

    def public(index):
        client = Client(bases[index % len(bases)])
        status, text, ms = client.request("/withdrawal")
        if index % 2:
            return status, text, ms
        order = public_orders[index % len(public_orders)]
        known = index % 4 == 0
        return client.request(
            "/withdrawal",
            data={
                "csrf_token": csrf_of(text),
                "reference": order["name"] if known else f"X{index:05d}",
                "email": order["email"] if known else "nobody@example.com",
            },
        )

    random.Random(11).shuffle(submissions)
    jobs = [(submit, item) for item in submissions]
    jobs += [(public, index) for index in range(PUBLIC)]
    random.Random(13).shuffle(jobs)
    log_offset = os.path.getsize(args.logfile)
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = list(pool.map(lambda job: job[0](job[1]), jobs))
    server_s, logged = server_time(args.logfile, log_offset, MEASURED_PATH)
    server_s /= max(len(results), 1)  # per request measured

    failed = sum(1 for status, _text, _ms in results if status == 0)
    server_errors = sum(1 for status, _text, _ms in results if status >= 500)
    errors = failed + server_errors
    times = sorted(ms for _status, _text, ms in results)
    p95 = times[int(len(times) * 0.95) - 1] if times else 0.0
    waited = wait_for_queue(args)
    counts = check_database(args, plain, double, race)
    acks = check_acknowledgments(args)
    limits = check_rate_limits(args)
    errors += counts["lost"] + acks["unacknowledged"]
    duplicates = counts["duplicates"] + acks["duplicate_mails"]
    print(
        f"details: 5xx={server_errors} connection_failures={failed} "
        f"connection_retries={STATS['connection_retries']} lost={counts['lost']} "
        f"unacknowledged={acks['unacknowledged']} "
        f"duplicate_ack_mails={acks['duplicate_mails']} "
        f"failed_jobs={acks['failed_jobs']} queue_drained_after_s={waited:.0f} "
        f"ack_median_s={acks['median_s']:.1f} smtp_messages={args.sink.messages} "
        f"requests_recorded={counts['recorded']} requests_logged={logged}",
        file=sys.stderr,
    )
    print(
        f"portal-load servers={len(bases)} requests={len(results)} errors={errors} "
        f"duplicates={duplicates} over_withdrawn={counts['over_withdrawn']} "
        f"p95_ms={p95:.0f} server_ms_mean={server_s * 1000:.0f} "
        f"latency_floor_ms={latency_floor_ms(server_s, len(bases)):.0f} "
        f"acks={acks['sent']} ack_max_s={acks['max_s']:.1f} "
        f"acks_over_{ACK_TARGET_S}s={acks['late']} "
        f"public_attempts={limits['public_attempts']}/{PUBLIC_CLIENT_LIMIT} "
        f"links_per_order_max={limits['links_per_order_max']}/"
        f"{PUBLIC_LINKS_PER_ORDER}"
    )
    failed_targets = (
        errors
        or duplicates
        or counts["over_withdrawn"]
        or acks["late"]
        or limits["public_attempts"] > PUBLIC_CLIENT_LIMIT
        or limits["links_per_order_max"] > PUBLIC_LINKS_PER_ORDER
    )
    return 1 if failed_targets else 0


def wait_for_queue(args):
    """Wait until no acknowledgment is queued (bounded); return the seconds."""
    start = time.monotonic()
    deadline = start + args.queue_timeout
    while time.monotonic() < deadline:
        queued = int(
            sql(
                args,
                "SELECT count(*) FROM consumer_law_document_job WHERE state = 'queued'",
            )[0][0]
        )
        if not queued:
            break
        time.sleep(2)
    return time.monotonic() - start


def check_acknowledgments(args):
    """Each request: one acknowledgment mail, PDF attached, and the delay from
    its recording to its sending."""
    rows = sql(
        args,
        "SELECT req.id, "
        "EXTRACT(EPOCH FROM (job.done_at - req.create_date)), "
        "(SELECT count(*) FROM message_attachment_rel rel "
        " JOIN ir_attachment att ON att.id = rel.attachment_id "
        " WHERE rel.message_id = req.acknowledgment_message_id "
        " AND att.mimetype = 'application/pdf'), "
        "(SELECT count(*) FROM mail_message msg "
        " WHERE msg.model = 'sale.withdrawal.request' AND msg.res_id = req.id "
        " AND msg.message_type = 'comment') "
        "FROM sale_withdrawal_request req "
        "LEFT JOIN consumer_law_document_job job "
        "ON job.res_model = 'sale.withdrawal.request' AND job.res_id = req.id "
        "AND job.kind = 'withdrawal_acknowledgment' AND job.state = 'done'",
    )
    delays = sorted(float(delay) for _id, delay, _pdf, _count in rows if delay)
    unacknowledged = sum(
        1 for _id, delay, pdf, _count in rows if not delay or not int(pdf)
    )
    duplicate_mails = sum(max(int(count) - 1, 0) for *_rest, count in rows)
    failed_jobs = int(
        sql(
            args,
            "SELECT count(*) FROM consumer_law_document_job WHERE state != 'done'",
        )[0][0]
    )
    return {
        "sent": len(delays),
        "max_s": delays[-1] if delays else 0.0,
        "median_s": delays[len(delays) // 2] if delays else 0.0,
        "late": sum(1 for delay in delays if delay > ACK_TARGET_S),
        "unacknowledged": unacknowledged,
        "duplicate_mails": duplicate_mails,
        "failed_jobs": failed_jobs,
    }


def check_rate_limits(args):
    """Uses of the public form recorded for the one client address in the last
    hour, and links e-mailed per order (all clients are 127.0.0.1)."""
    public_attempts = int(
        sql(
            args,
            "SELECT count(*) FROM consumer_law_portal_attempt "
            "WHERE scope = 'sale_withdrawal.public_link' "
            "AND attempted_at >= now() at time zone 'UTC' - interval '1 hour'",
        )[0][0]
    )
    per_order = sql(
        args,
        "SELECT count(*) FROM consumer_law_portal_attempt "
        "WHERE scope = 'sale_withdrawal.public_link' AND subject_hash IS NOT NULL "
        "AND NOT is_failure GROUP BY subject_hash",
    )
    return {
        "public_attempts": public_attempts,
        "links_per_order_max": max((int(row[0]) for row in per_order), default=0),
    }


def set_base_url(args, url):
    """Point the database's base URL at the (first) server, frozen: the
    acknowledgments' PDFs are rendered as in production, wkhtmltopdf fetching
    the report's style sheets from it (with Odoo's default address, nothing
    listens there and the PDFs are made without them, faster than for real)."""
    for key, value in (("web.base.url", url), ("web.base.url.freeze", "True")):
        sql(
            args,
            "INSERT INTO ir_config_parameter (key, value, create_date, write_date) "
            f"VALUES ('{key}', '{value}', now(), now()) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        )


def sql(args, query):
    completed = subprocess.run(
        ["psql", "-d", args.database, "-At", "-c", query],
        capture_output=True,
        text=True,
        check=True,
    )
    return [line.split("|") for line in completed.stdout.splitlines() if line]


def check_database(args, plain, double, race):
    per_order = {
        int(order_id): int(count)
        for order_id, count in sql(
            args,
            "SELECT order_id, count(*) FROM sale_withdrawal_request "
            "WHERE NOT coalesce(is_cancelled, false) GROUP BY order_id",
        )
    }
    single = [order["id"] for order in [*plain, *double, *race]]
    lost = sum(1 for order_id in single if not per_order.get(order_id))
    duplicates = sum(max(per_order.get(order_id, 0) - 1, 0) for order_id in single)
    over_withdrawn = int(
        sql(
            args,
            "SELECT count(*) FROM (SELECT sol.id FROM sale_order_line sol "
            "JOIN sale_withdrawal_request_line line ON line.sale_line_id = sol.id "
            "JOIN sale_withdrawal_request req ON req.id = line.request_id "
            "WHERE NOT coalesce(req.is_cancelled, false) "
            "GROUP BY sol.id, sol.qty_delivered "
            "HAVING sum(line.quantity) > sol.qty_delivered) AS over",
        )[0][0]
    )
    return {
        "recorded": sum(per_order.values()),
        "lost": lost,
        "duplicates": duplicates,
        "over_withdrawn": over_withdrawn,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--odoo", help="Odoo's launcher (default: found as the test command does)"
    )
    parser.add_argument(
        "--addons-path",
        default=os.environ.get("ODOO_ADDONS_PATH"),
        help="default: Odoo's configured addons path and this repository",
    )
    parser.add_argument("--database", default="consumer_law_portal_load")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument(
        "--servers",
        type=int,
        choices=(1, 2),
        default=1,
        help="Odoo servers on the same database (two ports)",
    )
    parser.add_argument(
        "--queue-timeout",
        type=int,
        default=900,
        help="seconds to wait at most for the acknowledgments' queue",
    )
    parser.add_argument(
        "--template",
        help="copy the database from this template, made on the first run "
        "(kept; drop it with dropdb when done)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="reuse the database (sale_withdrawal installed) instead of creating it",
    )
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="measure plain Odoo's own pages under the same load instead",
    )
    args = parser.parse_args()
    try:
        find_odoo(args)
    except devtool.Missing as error:
        raise SystemExit(str(error)) from error
    return run_baseline(args) if args.baseline else run(args)


if __name__ == "__main__":
    sys.exit(main())
