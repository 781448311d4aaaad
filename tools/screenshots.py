#!/usr/bin/env python3
# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Take the addons' screenshots (static/description/) from a running demo server.

Usage, with the demo server of ``tools/demo`` running and Odoo's Python (it has
websocket-client, requests and Pillow)::

    ODOO_PYTHON=/path/to/odoo/python
    $ODOO_PYTHON tools/screenshots.py --url http://localhost:8069 --db consumer_law_demo [ADDON ...]

Each shot is a page of the demo in headless Chromium, logged in as admin (or as a
visitor for public pages), reduced to a small palette PNG (< 150 KB).
"""

import argparse
import base64
import io
import json
from pathlib import Path
import re
import shutil
import socket
import subprocess
import tempfile
import time

from PIL import Image
import requests
import websocket

ROOT = Path(__file__).resolve().parent.parent
MAX_BYTES = 150_000
WIDTH = 1280


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Browser:
    """Just enough of the Chrome DevTools protocol to log in and take a shot."""

    def __init__(self):
        self.port = free_port()
        self.profile = tempfile.mkdtemp(prefix="clo_shots_")
        executable = shutil.which("chromium") or shutil.which("google-chrome")
        self.proc = subprocess.Popen(
            [
                executable,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                f"--window-size={WIDTH},860",
                f"--remote-debugging-port={self.port}",
                f"--user-data-dir={self.profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _attempt in range(50):
            try:
                pages = requests.get(
                    f"http://127.0.0.1:{self.port}/json", timeout=1
                ).json()
                page = next(page for page in pages if page["type"] == "page")
                break
            except (requests.RequestException, StopIteration):
                time.sleep(0.2)
        self.ws = websocket.create_connection(
            page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True
        )
        self.next_id = 0
        self.call("Page.enable")

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(
            json.dumps({"id": self.next_id, "method": method, "params": params})
        )
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                return message.get("result", {})

    def set_session(self, url, session_id):
        self.call("Network.enable")
        self.call("Network.clearBrowserCookies")
        if session_id:
            self.call("Network.setCookie", name="session_id", value=session_id, url=url)

    def run(self, expression):
        return self.call("Runtime.evaluate", expression=expression)

    def click(self, selector, wait=4.0):
        self.run(f"document.querySelector({selector!r})?.click()")
        time.sleep(wait)

    def shot(self, url, path, wait=6.0):
        """Open ``url`` (or stay on the page when None) and save it to ``path``."""
        if url:
            self.call("Page.navigate", url=url)
            time.sleep(wait)
        if path is None:
            return
        data = self.call("Page.captureScreenshot", format="png")["data"]
        if len(data) < 20_000:  # a blank page: the first load is still running
            time.sleep(wait)
            data = self.call("Page.captureScreenshot", format="png")["data"]
        image = Image.open(io.BytesIO(base64.b64decode(data))).convert("RGB")
        image = image.resize((image.width * 3 // 4, image.height * 3 // 4))
        for colors in (64, 32, 16):
            buffer = io.BytesIO()
            image.quantize(colors=colors).save(buffer, "PNG", optimize=True)
            if buffer.tell() <= MAX_BYTES:
                break
        path.write_bytes(buffer.getvalue())
        print(f"{path.relative_to(ROOT)}: {buffer.tell() // 1000} KB")

    def close(self):
        self.ws.close()
        self.proc.terminate()
        self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def login(url, db, login_name, password):
    session = requests.Session()
    response = session.post(
        f"{url}/web/session/authenticate",
        json={"params": {"db": db, "login": login_name, "password": password}},
        timeout=60,
    )
    response.raise_for_status()
    return session.cookies.get("session_id"), session


def rpc(session, url, model, method, *args, **kwargs):
    response = session.post(
        f"{url}/web/dataset/call_kw",
        json={
            "params": {"model": model, "method": method, "args": args, "kwargs": kwargs}
        },
        timeout=60,
    )
    return response.json()["result"]


def xmlid(session, url, name):
    module, ref = name.split(".")
    rows = rpc(
        session,
        url,
        "ir.model.data",
        "search_read",
        [("module", "=", module), ("name", "=", ref)],
        ["res_id"],
    )
    return rows[0]["res_id"]


def topic_keys(addon):
    """The compliance-pack topics a ``*_report`` glue addon registers (the
    ``key`` of each topic class in its reports/compliance_topics.py)."""
    source = (ROOT / addon / "reports" / "compliance_topics.py").read_text()
    return re.findall(r'^    key = "(\w+)"$', source, flags=re.MULTILINE)


def topic_action(session, url, addon, titles, lang):
    """A window action on the latest exposure figures of ``addon``'s topics (the
    rows the glue addon adds to the exposure views and the dashboard), topics by
    company, created for the shot and deleted after it: the action of
    consumer_law_report shows every topic."""
    keys = topic_keys(addon)
    return rpc(
        session,
        url,
        "ir.actions.act_window",
        "create",
        {
            "name": " / ".join(titles[key] for key in keys),
            "res_model": "consumer.law.exposure",
            "view_mode": "pivot,list",
            "domain": repr([("topic", "in", keys), ("is_latest", "=", True)]),
            "context": repr(
                {
                    "pivot_row_groupby": ["company_id"],
                    "pivot_column_groupby": ["topic"],
                    "pivot_measures": ["item_count", "amount"],
                }
            ),
        },
        context={"lang": lang},
    )


GLUE_ADDONS = (
    "account_retention_of_title_report",
    "sale_cancellation_fee_report",
    "sale_cgv_report",
    "sale_consumer_refund_report",
    "sale_consumer_return_report",
    "sale_mediation_report",
    "sale_withdrawal_report",
    "stock_storage_fee_report",
)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://localhost:8069")
    parser.add_argument("--db", default="consumer_law_demo")
    parser.add_argument(
        "addons", nargs="*", help="take only these addons' screenshots (default: all)"
    )
    args = parser.parse_args(argv)

    def target(addon, name):
        """Where the shot goes, or None when ``addon`` was not asked for."""
        if args.addons and addon not in args.addons:
            return None
        return screenshot_path(addon, name)

    url = args.url
    session_id, session = login(url, args.db, "admin", "admin")

    def ref(name):
        return xmlid(session, url, f"consumer_law_demo.{name}")

    smallmx = ref("company_smallmx")
    cids = f"cids={smallmx}"
    # the four shops at once (SmallMX first: the current company)
    companies = [smallmx] + [
        ref(name) for name in ("company_rallye", "company_minialuxe", "company_raynaud")
    ]
    all_cids = "cids=" + "-".join(str(company) for company in companies)
    # the topics' titles in the admin's language, as the other shots
    lang = rpc(session, url, "res.users", "search_read", [("login", "=", "admin")], ["lang"])[0]["lang"]
    titles = dict(
        rpc(
            session,
            url,
            "consumer.law.exposure",
            "fields_get",
            ["topic"],
            attributes=["selection"],
            context={"lang": lang},
        )["topic"]["selection"]
    )
    glue_actions = {
        addon: topic_action(session, url, addon, titles, lang)
        for addon in GLUE_ADDONS
    }
    policy = rpc(session, url, "res.company", "read", [smallmx], ["consumer_policy_id"])
    policy_id = policy[0]["consumer_policy_id"][0]
    order_open = ref("sw_demo_smallmx_order_open")
    order_v2 = ref("sale_cgv_order_smallmx_v2")
    version = ref("cgv_smallmx_v2")
    # the customer's secure link (creates the order's access token if needed)
    portal_url = rpc(session, url, "sale.order", "get_portal_url", [order_open])
    # a return decided as a repair under the legal guarantee
    repair_return = rpc(
        session,
        url,
        "sale.consumer.return",
        "search",
        [("order_id", "=", ref("scr_demo_order_smallmx_a"))],
    )[0]
    shop = url.replace("://localhost", "://smallmx.localhost")
    helmet = ref("sw_demo_product_helmet")
    helmet_template = rpc(
        session, url, "product.product", "read", [helmet], ["product_tmpl_id"]
    )[0]["product_tmpl_id"][0]
    # (addon, name, path): back-office pages first, as admin, then public pages
    backend = [
        (
            "consumer_law",
            "policy",
            f"/odoo/action-consumer_law.consumer_law_policy_action/{policy_id}?{cids}",
        ),
        (
            "consumer_law",
            "mediators",
            f"/odoo/action-consumer_law.consumer_mediator_action?{cids}",
        ),
        ("sale_cgv", "order", f"/odoo/sales/{order_v2}?{cids}"),
        (
            "sale_withdrawal",
            "requests",
            f"/odoo/action-sale_withdrawal.sale_withdrawal_request_action?{cids}",
        ),
        ("consumer_law_demo", "order", f"/odoo/sales/{order_open}?{cids}"),
        (
            "sale_consumer_refund",
            "refunds",
            f"/odoo/action-sale_consumer_refund.sale_consumer_refund_action?{cids}",
        ),
        (
            "sale_consumer_return",
            "returns",
            f"/odoo/action-sale_consumer_return.sale_consumer_return_action?{cids}",
        ),
        (
            "sale_consumer_return_repair",
            "repair_return",
            f"/odoo/action-sale_consumer_return.sale_consumer_return_action/"
            f"{repair_return}?{cids}",
        ),
        (
            "sale_cancellation_fee",
            "cancellations",
            "/odoo/action-sale_cancellation_fee.sale_order_cancellation_action"
            f"?{cids}",
        ),
        (
            "stock_storage_fee",
            "appointments",
            "/odoo/action-stock_storage_fee.stock_picking_action_storage_fee"
            f"?{cids}",
        ),
        (
            "account_retention_of_title",
            "goods_under_retention",
            "/odoo/action-account_retention_of_title."
            f"account_retention_title_report_action?{cids}",
        ),
        (
            "sale_mediation",
            "complaints",
            f"/odoo/action-sale_mediation.consumer_complaint_action?{cids}",
        ),
        (
            "consumer_law_report",
            "dashboard",
            f"/odoo/action-consumer_law_report.consumer_law_exposure_action?{cids}",
        ),
    ] + [
        (addon, "exposure", f"/odoo/action-{action}?{all_cids}")
        for addon, action in glue_actions.items()
    ]
    public = [
        ("sale_cgv", "public_terms", f"{url}/terms-of-sale/{smallmx}/{version}"),
        ("sale_withdrawal", "portal", shop + portal_url),
        ("website_sale_cgv", "shop", f"{shop}/shop"),
        ("website_sale_withdrawal", "withdraw_page", f"{shop}/withdrawal"),
    ]
    browser = Browser()
    try:
        browser.set_session(url, session_id)
        browser.shot(url + "/odoo", None, wait=10)  # loads the assets once
        for addon, name, path in backend:
            if target(addon, name):
                browser.shot(url + path, target(addon, name))
        browser.set_session(url, None)
        for addon, name, page_url in public:
            if target(addon, name):
                browser.shot(page_url, target(addon, name))
        # the harmonised guarantee notice on a product page, as a visitor
        browser.shot(f"{shop}/shop/{helmet_template}", None)
        browser.run(
            "document.querySelector('.o_guarantee_notice')"
            "?.scrollIntoView({block: 'end'})"
        )
        time.sleep(1)
        browser.shot(
            None, target("website_sale_guarantee_notice", "product_page")
        )
        # the checkout's terms-of-sale box, as the demo's portal customer
        customer_session_id, _session = login(
            url, args.db, "lea.bernard@example.com", "lea.bernard@example.com"
        )
        browser.set_session(shop, customer_session_id)
        browser.shot(f"{shop}/shop/{helmet_template}", None)
        browser.click("#add_to_cart")
        browser.shot(f"{shop}/shop/checkout", None)
        browser.click("input[name=o_delivery_radio]")
        browser.run(
            "[...document.querySelectorAll('a, button')]"
            ".filter(e => /Confirm/.test(e.textContent)).forEach(e => e.click())"
        )
        time.sleep(6)
        browser.shot(None, target("website_sale_cgv", "checkout"))
        # the same payment step: the instalment offers with each instalment
        browser.run(
            "document.getElementById('installment_offers')?.scrollIntoView()"
        )
        time.sleep(1)
        browser.shot(
            None, target("website_sale_cancellation_fee", "instalments")
        )
        # the notice again just before the order button
        browser.run(
            "[...document.querySelectorAll('.o_guarantee_notice')].pop()"
            "?.scrollIntoView({block: 'center'})"
        )
        time.sleep(1)
        browser.shot(
            None, target("website_sale_guarantee_notice", "payment_step")
        )
    finally:
        browser.close()
        rpc(session, url, "ir.actions.act_window", "unlink", list(glue_actions.values()))


def screenshot_path(addon, name):
    return ROOT / addon / "static" / "description" / f"screenshot_{name}.png"


if __name__ == "__main__":
    main()
