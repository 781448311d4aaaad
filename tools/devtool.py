#!/usr/bin/env python3
# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The project's two commands: ``test`` (every suite) and ``demo`` (demo server).

Odoo 18.0 Community and PostgreSQL are prerequisites: this script finds them
(``odoo`` on PATH, or ``ODOO_BIN`` / ``ODOO_PYTHON``), explains what is missing,
and never downloads or builds Odoo. It installs the project's own Python
dependencies (requirements.txt and the consumer_law_rules package).
"""

import argparse
import json
import os
from pathlib import Path
import re
import shutil
import socket
import subprocess
import sys
import uuid

ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = ROOT / "consumer_law_rules"
VENV = ROOT / ".venv"
LOG_DIR = ROOT / ".test-logs"
DEMO_DB = os.environ.get("CONSUMER_LAW_DEMO_DB", "consumer_law_demo")
INSTALL_DOC = "https://www.odoo.com/documentation/18.0/administration/on_premise.html"
POSTGRES_DOC = (
    "https://www.odoo.com/documentation/18.0/administration/on_premise/source.html"
    "#postgresql"
)
# Python packages the addons need inside Odoo's own environment.
ODOO_ENV_MODULES = {
    "holidays": "holidays",
    "websocket": "websocket-client",
    "openpyxl": "openpyxl",
    "freezegun": "freezegun",
}
COVERAGE_MIN = 95
PYTEST_CLOSING_RE = re.compile(r"\d+ (passed|failed|errors?|skipped).* in [\d.]+s")


class Missing(Exception):
    """A prerequisite is missing; the message says which and where to get it."""


def say(message=""):
    print(message, flush=True)


# --------------------------------------------------------------------------
# Project's own Python environment (pure suite)
# --------------------------------------------------------------------------
def ensure_project_venv():
    """Create .venv with requirements.txt and consumer_law_rules (editable)."""
    python = VENV / "bin" / "python"
    stamp = VENV / ".installed"
    wanted = (ROOT / "requirements.txt").read_text() + (
        RULES_DIR / "pyproject.toml"
    ).read_text()
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    if not python.exists():
        say("Creating the project's virtual environment in .venv ...")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    say("Installing the project's Python dependencies (requirements.txt) ...")
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "-r",
            str(ROOT / "requirements.txt"),
            "-e",
            str(RULES_DIR),
        ],
        check=True,
    )
    stamp.write_text(wanted)
    return python


def run_pure_suite():
    """Run the consumer_law_rules suite; return (passed, failed, skipped, ok)."""
    python = ensure_project_venv()
    say("== pure suite: consumer_law_rules (pytest) ==")
    cmd = [
        str(python),
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        f"--rootdir={RULES_DIR}",
        "-c",
        str(RULES_DIR / "pyproject.toml"),
        f"--cov={RULES_DIR / 'src' / 'consumer_law_rules'}",
        "--cov-branch",
        "--cov-report=term-missing:skip-covered",
        f"--cov-fail-under={COVERAGE_MIN}",
        str(RULES_DIR / "tests"),
        str(RULES_DIR / "src"),
        str(ROOT / "tools" / "tests"),
    ]
    proc = subprocess.run(cmd, cwd=RULES_DIR, capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    print(output, end="", flush=True)
    counts = parse_pytest_counts(output)
    if proc.returncode == 5:
        say("pure suite: pytest collected no test")
        return 0, 1, 0, False
    return (
        counts["passed"],
        counts["failed"] + counts["error"],
        counts["skipped"],
        (proc.returncode == 0),
    )


def parse_pytest_counts(output):
    """Counts of pytest's closing line ("3 passed, 1 skipped in 0.12s")."""
    counts = {"passed": 0, "failed": 0, "error": 0, "skipped": 0}
    closing = [line for line in output.splitlines() if PYTEST_CLOSING_RE.search(line)]
    for number, word in re.findall(
        r"(\d+) (passed|failed|errors?|skipped)", closing[-1] if closing else ""
    ):
        counts["error" if word.startswith("error") else word] += int(number)
    return counts


# --------------------------------------------------------------------------
# Finding Odoo 18 and PostgreSQL
# --------------------------------------------------------------------------
def find_odoo():
    """Return (odoo_bin, odoo_python) or raise Missing with an explanation."""
    odoo_bin = os.environ.get("ODOO_BIN") or shutil.which("odoo")
    odoo_python = os.environ.get("ODOO_PYTHON")
    if not odoo_bin and not odoo_python:
        raise Missing(
            "no `odoo` command on PATH and neither ODOO_BIN nor ODOO_PYTHON is set. "
            f"Install Odoo 18.0 Community ({INSTALL_DOC}) or point ODOO_BIN at "
            "its odoo-bin and ODOO_PYTHON at the Python that runs it."
        )
    if not odoo_python:
        odoo_python = python_of_script(odoo_bin)
    if not odoo_python:
        raise Missing(
            f"cannot tell which Python runs {odoo_bin}; set ODOO_PYTHON to it."
        )
    if not odoo_bin:
        odoo_bin = odoo_python
        odoo_args = ["-m", "odoo"]
    else:
        odoo_args = [odoo_bin]
    probe = subprocess.run(
        [
            odoo_python,
            "-c",
            "import odoo.release as r; print(r.version_info[0], r.version_info[1])",
        ],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        raise Missing(
            f"{odoo_python} cannot import odoo ({last_line(probe.stderr)}). "
            f"Install Odoo 18.0 Community: {INSTALL_DOC}"
        )
    major_minor = probe.stdout.split()
    if major_minor[:2] != ["18", "0"]:
        raise Missing(
            f"found Odoo {'.'.join(major_minor)} but this project needs Odoo 18.0 "
            f"({INSTALL_DOC})."
        )
    return [odoo_python, *odoo_args], odoo_python


def python_of_script(path):
    """The interpreter of a Python script's shebang (what pip and Debian install)."""
    try:
        first = Path(path).read_bytes()[:200].split(b"\n", 1)[0].decode()
    except OSError:
        return None
    if not first.startswith("#!") or "python" not in first:
        return None
    parts = first[2:].split()
    if Path(parts[0]).name == "env":
        return shutil.which(parts[1])
    return parts[0]


def last_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def odoo_config(odoo_python):
    """Odoo's effective default options (from its config file if any)."""
    code = (
        "import json, odoo\n"
        "from odoo.tools import config\n"
        "config.parse_config([])\n"
        "print(json.dumps({k: config[k] for k in ('addons_path', 'db_host', "
        "'db_port', 'db_user', 'db_password')}))"
    )
    proc = subprocess.run([odoo_python, "-c", code], capture_output=True, text=True)
    if proc.returncode != 0:
        raise Missing(f"cannot read Odoo's configuration: {last_line(proc.stderr)}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def check_postgres(odoo_python, config):
    code = (
        "import sys, psycopg2\n"
        "kw = {k: v for k, v in dict(host=sys.argv[1], port=sys.argv[2], "
        "user=sys.argv[3], password=sys.argv[4]).items() if v and v != 'False'}\n"
        "psycopg2.connect(dbname='postgres', **kw).close()\n"
    )
    args = [
        str(config.get(key) or "")
        for key in ("db_host", "db_port", "db_user", "db_password")
    ]
    proc = subprocess.run(
        [odoo_python, "-c", code, *args], capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise Missing(
            "PostgreSQL is not reachable with Odoo's settings "
            f"({last_line(proc.stderr)}). Start PostgreSQL and give your user a role "
            f"(see {POSTGRES_DOC})."
        )


def psql_databases(odoo_python, config):
    code = (
        "import sys, psycopg2\n"
        "kw = {k: v for k, v in dict(host=sys.argv[1], port=sys.argv[2], "
        "user=sys.argv[3], password=sys.argv[4]).items() if v and v != 'False'}\n"
        "c = psycopg2.connect(dbname='postgres', **kw)\n"
        "cr = c.cursor(); cr.execute('SELECT datname FROM pg_database')\n"
        "print('\\n'.join(r[0] for r in cr.fetchall()))\n"
    )
    args = [
        str(config.get(key) or "")
        for key in ("db_host", "db_port", "db_user", "db_password")
    ]
    proc = subprocess.run(
        [odoo_python, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return set(proc.stdout.split())


def ensure_odoo_env(odoo_python):
    """Install the project's packages into Odoo's environment when missing."""
    missing = [
        package
        for module, package in ODOO_ENV_MODULES.items()
        if subprocess.run(
            [odoo_python, "-c", f"import {module}"], capture_output=True
        ).returncode
        != 0
    ]
    rules_ok = (
        subprocess.run(
            [
                odoo_python,
                "-c",
                "import importlib.metadata as m, consumer_law_rules, sys; "
                "m.distribution('consumer-law-rules'); "
                "sys.exit(0 if consumer_law_rules.__file__.startswith("
                f"{str(RULES_DIR)!r}) else 1)",
            ],
            capture_output=True,
        ).returncode
        == 0
    )
    if not missing and rules_ok:
        return
    say(
        f"Installing into Odoo's Python ({odoo_python}): "
        + ", ".join(missing + ([] if rules_ok else ["consumer-law-rules"]))
    )
    cmd = [
        odoo_python,
        "-m",
        "pip",
        "install",
        "-q",
        "--disable-pip-version-check",
        *missing,
    ]
    if not rules_ok:
        cmd += ["-e", str(RULES_DIR)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise Missing(
            f"could not install {', '.join(missing) or 'consumer-law-rules'} into "
            f"Odoo's Python ({last_line(proc.stderr)}). Install them there by hand: "
            f"{odoo_python} -m pip install {' '.join(missing)} -e {RULES_DIR}"
        )


def project_addons():
    return sorted(
        path.name for path in ROOT.iterdir() if (path / "__manifest__.py").is_file()
    )


def addons_path(config):
    core = [p for p in str(config.get("addons_path") or "").split(",") if p]
    return ",".join([*core, str(ROOT)])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --------------------------------------------------------------------------
# Odoo suite
# --------------------------------------------------------------------------
SUMMARY_RE = re.compile(r"(\d+) failed, (\d+) error\(s\) of (\d+) tests when loading")
SKIP_RE = re.compile(r" skipped (\S+) : (.*)$")
TOUR_HINT = re.compile(r"tour|websocket|chrom|browser", re.IGNORECASE)
LOG_LEVEL_RE = re.compile(r"^\S+ \S+ \d+ (ERROR|CRITICAL) ")
# Errors that say nothing about the code under test: Chromium opens speculative
# connections during tours and leaves some idle until werkzeug's read times out
# (the request never reaches Odoo).
BENIGN_ERROR_RE = re.compile(r" werkzeug: .*Request timed out: TimeoutError")


def run_odoo_suite(odoo_cmd, config):
    """Install every addon in a throwaway database and run their tests."""
    addons = project_addons()
    db = f"clo_test_{uuid.uuid4().hex[:8]}"
    LOG_DIR.mkdir(exist_ok=True)
    log_file = LOG_DIR / "odoo-suite.log"
    say(f"== odoo suite: {', '.join(addons)} in throwaway database {db} ==")
    cmd = [
        *odoo_cmd,
        f"--addons-path={addons_path(config)}",
        "-d",
        db,
        "-i",
        ",".join(addons),
        "--test-enable",
        "--test-tags=" + ",".join(f"/{addon}" for addon in addons),
        "--stop-after-init",
        "--without-demo=all",
        "--log-level=info",
        f"--http-port={free_port()}",
        "--max-cron-threads=0",
        f"--logfile={log_file}",
    ]
    try:
        subprocess.run(cmd, check=False)
    finally:
        drop_database(odoo_cmd[0], config, db)
    return parse_odoo_log(log_file.read_text(errors="replace"))


def drop_database(odoo_python, config, db):
    code = (
        "import sys, psycopg2\n"
        "kw = {k: v for k, v in dict(host=sys.argv[1], port=sys.argv[2], "
        "user=sys.argv[3], password=sys.argv[4]).items() if v and v != 'False'}\n"
        "c = psycopg2.connect(dbname='postgres', **kw); c.autocommit = True\n"
        "c.cursor().execute('DROP DATABASE IF EXISTS \"%s\"' % sys.argv[5])\n"
    )
    args = [
        str(config.get(key) or "")
        for key in ("db_host", "db_port", "db_user", "db_password")
    ]
    subprocess.run([odoo_python, "-c", code, *args, db], check=False)
    subprocess.run(
        ["rm", "-rf", str(Path.home() / ".local/share/Odoo/filestore" / db)],
        check=False,
    )


def parse_odoo_log(text):
    """Return a dict of counts and problems read from an Odoo test log."""
    summary = SUMMARY_RE.findall(text)
    skipped = [match for line in text.splitlines() if (match := SKIP_RE.search(line))]
    errors = [
        line
        for line in text.splitlines()
        if LOG_LEVEL_RE.match(line) and not BENIGN_ERROR_RE.search(line)
    ]
    result = {
        "found_summary": bool(summary),
        "failed": 0,
        "errors": 0,
        "run": 0,
        "skipped": len(skipped),
        "skipped_tours": [
            m.group(1) + " : " + m.group(2)
            for m in skipped
            if TOUR_HINT.search(m.group(0))
        ],
        "error_lines": errors,
    }
    if summary:
        failed, errors_count, run = (int(x) for x in summary[-1])
        result.update(failed=failed, errors=errors_count, run=run)
    return result


# --------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------
def cmd_test(args):
    passed, failed, skipped, pure_ok = run_pure_suite()
    say(f"pure: {passed} passed, {failed} failed, {skipped} skipped")
    totals = [passed, failed, skipped]
    ok = pure_ok
    try:
        odoo_cmd, odoo_python = find_odoo()
    except Missing as error:
        say(f"Odoo suite not run: {error}")
        say(f"total: {totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
        return 0 if ok else 1
    try:
        config = odoo_config(odoo_python)
        check_postgres(odoo_python, config)
        ensure_odoo_env(odoo_python)
    except Missing as error:
        # Odoo 18 is there but cannot run: a broken prerequisite, not an absent one.
        say(f"Odoo suite not run: {error}")
        say(f"total: {totals[0]} passed, {totals[1] + 1} failed, {totals[2]} skipped")
        return 1
    result = run_odoo_suite(odoo_cmd, config)
    odoo_failed = result["failed"] + result["errors"]
    odoo_passed = max(result["run"] - odoo_failed - result["skipped"], 0)
    if not result["found_summary"]:
        say(
            "odoo suite: Odoo printed no test summary (installation failed?); "
            f"see {LOG_DIR / 'odoo-suite.log'}"
        )
        ok = False
        odoo_failed = max(odoo_failed, 1)
    if result["run"] == 0:
        say("odoo suite: no Odoo test ran")
        ok = False
    if odoo_failed:
        ok = False
    extra_errors = result["error_lines"]
    if extra_errors and not odoo_failed:
        say("odoo suite: errors were logged outside failing tests:")
        for line in extra_errors[:20]:
            say("  " + line)
        ok = False
    if result["skipped_tours"]:
        say(
            "odoo suite: browser tours were SKIPPED (install Chromium and the "
            "websocket-client package in Odoo's Python):"
        )
        for line in result["skipped_tours"]:
            say("  " + line)
        ok = False
    say(
        f"odoo: {odoo_passed} passed, {odoo_failed} failed, {result['skipped']} skipped"
    )
    totals = [
        totals[0] + odoo_passed,
        totals[1] + odoo_failed,
        totals[2] + result["skipped"],
    ]
    say(f"total: {totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
    return 0 if ok else 1


def cmd_demo(args):
    try:
        odoo_cmd, odoo_python = find_odoo()
        config = odoo_config(odoo_python)
        check_postgres(odoo_python, config)
        ensure_odoo_env(odoo_python)
    except Missing as error:
        say(f"Cannot start the demo: {error}")
        return 2
    cmd = [
        *odoo_cmd,
        f"--addons-path={addons_path(config)}",
        "-d",
        DEMO_DB,
        f"--db-filter=^{DEMO_DB}$",
        f"--http-port={args.port}",
    ]
    if DEMO_DB not in psql_databases(odoo_python, config):
        say(f"Creating the demo database {DEMO_DB} with consumer_law_demo ...")
        cmd += ["-i", "consumer_law_demo", "--load-language=fr_FR"]
    say(
        f"Demo server on http://localhost:{args.port} (login admin, password admin); "
        "Ctrl+C stops it."
    )
    if args.install_only:
        cmd.append("--stop-after-init")
    return subprocess.run(cmd, check=False).returncode


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("test", help="run every test suite")
    demo = sub.add_parser("demo", help="start the demo server")
    demo.add_argument("--port", type=int, default=8069)
    demo.add_argument(
        "--install-only",
        action="store_true",
        help="create the demo database, then stop",
    )
    args = parser.parse_args(argv)
    return {"test": cmd_test, "demo": cmd_demo}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
