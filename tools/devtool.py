#!/usr/bin/env python3
# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The project's two commands: ``test`` (every suite) and ``demo`` (demo server).

Odoo 18.0 Community and PostgreSQL are prerequisites: this script finds them
(``ODOO_BIN`` / ``ODOO_PYTHON``, the Odoo set up in ``.odoo/`` by ``setup``, or
``odoo`` on PATH) and explains what is missing. When Odoo 18 is not found, ``test``
and ``demo`` run ``setup`` first: the missing system packages (Debian/Ubuntu),
Odoo 18.0 from the official repository or a local source tree or archive
(``ODOO_SOURCE``) in a project-local virtual environment, and a PostgreSQL role.
It installs the project's own Python dependencies (requirements.txt and the
consumer_law_rules package).
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
import tempfile
import time
import uuid
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = ROOT / "consumer_law_rules"
VENV = ROOT / ".venv"
LOG_DIR = ROOT / ".test-logs"
DEMO_DB_LOG_DIR = LOG_DIR / "demo-db"
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
    "pytest": "pytest",
    "pytest_odoo": "pytest-odoo",
}
# Third-party Odoo addons the addons depend on, pip-installed into Odoo's
# environment like any OCA addon (distribution name: requirement).
ODOO_ENV_ADDONS = {
    "odoo-addon-report_xlsx": "odoo-addon-report-xlsx>=18.0,<18.1",
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
    odoo_bin = os.environ.get("ODOO_BIN")
    odoo_python = os.environ.get("ODOO_PYTHON")
    if not odoo_bin and not odoo_python and LOCAL_LAUNCHER.exists():
        # the Odoo set up for this checkout by ``devtool.py setup``
        odoo_bin = str(LOCAL_LAUNCHER)
        os.environ.setdefault("ODOO_RC", str(LOCAL_CONFIG))
    odoo_bin = odoo_bin or shutil.which("odoo")
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


def ensure_postgres(odoo_python, config):
    """check_postgres(), setting PostgreSQL up first when it is missing or has no
    role for this user (local socket only: a configured server is left alone)."""
    try:
        check_postgres(odoo_python, config)
    except Missing as error:
        configured = any(
            config.get(key) and str(config.get(key)) != "False"
            for key in ("db_host", "db_user", "db_password")
        )
        if configured or not auto_setup_allowed():
            raise
        say(f"{error}\nSetting PostgreSQL up (set {NO_SETUP_ENV}=1 to skip this) ...")
        setup_os_packages()
        setup_postgres(odoo_python)
        check_postgres(odoo_python, config)


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
    missing += [
        requirement
        for distribution, requirement in ODOO_ENV_ADDONS.items()
        if subprocess.run(
            [
                odoo_python,
                "-c",
                f"import importlib.metadata as m; m.distribution({distribution!r})",
            ],
            capture_output=True,
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
# Odoo suite (pytest-odoo)
# --------------------------------------------------------------------------
LOG_LEVEL_RE = re.compile(r"^\S+ \S+ \d+ (ERROR|CRITICAL) ")
# Errors that say nothing about the code under test: Chromium opens speculative
# connections during tours and leaves some idle until werkzeug's read times out
# (the request never reaches Odoo); Odoo warns when its test framework is imported
# outside its own runner, which is how pytest-odoo works.
BENIGN_ERROR_RE = re.compile(
    r" werkzeug: .*Request timed out: TimeoutError"
    r"| odoo\.tests\.common: Importing test framework"
)
TOUR_HINT = re.compile(r"tour|websocket|chrom|browser|HttpCase", re.IGNORECASE)
BROWSER_PROBE = (
    "import sys\n"
    "try:\n"
    "    import websocket\n"
    "except ImportError:\n"
    "    sys.exit('the websocket-client package is not installed in Odoo\\'s Python')\n"
    "from odoo.tests.common import _find_executable\n"
    "try:\n"
    "    print(_find_executable())\n"
    "except Exception:\n"
    "    sys.exit('no Chromium or Google Chrome executable found on PATH "
    "(apt install chromium)')\n"
)


def check_browser(odoo_python):
    """The browser tours need Chromium and websocket-client; without them Odoo
    skips every tour, which this project counts as a failure."""
    proc = subprocess.run(
        [odoo_python, "-c", BROWSER_PROBE], capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise Missing(
            f"the browser tours cannot run: {last_line(proc.stderr)}. "
            "Install Chromium (apt install chromium) and websocket-client in "
            "Odoo's Python."
        )


def odoo_test_paths(addons):
    """Every addon's tests folder: what one pytest session runs by default."""
    return [
        str(ROOT / addon / "tests")
        for addon in addons
        if (ROOT / addon / "tests").is_dir()
    ]


def pytest_selection(extra_args):
    """Make the user's pytest arguments absolute; tell whether they select paths.

    ``tools/test sale_cgv/tests/test_portal.py::TestPortal -k tour`` runs only that;
    with options alone (``-k withdrawal``) every addon's tests are collected.
    """
    args, has_path = [], False
    for arg in extra_args:
        path = Path(arg.split("::", 1)[0])
        if not arg.startswith("-") and arg and path.exists():
            rest = arg[len(arg.split("::", 1)[0]) :]
            args.append(str(path.resolve()) + rest)
            has_path = True
        else:
            args.append(arg)
    return args, has_path


def install_addons(odoo_cmd, config, db, addons, with_demo=False, log_dir=None):
    """Install ``addons`` in ``db``, created when missing (with Odoo's demo
    data when ``with_demo``); return (ok, message)."""
    log_file = (log_dir or LOG_DIR) / "odoo-install.log"
    log_file.unlink(missing_ok=True)
    cmd = [
        *odoo_cmd,
        f"--addons-path={addons_path(config)}",
        "-d",
        db,
        "-i",
        ",".join(addons),
        "--stop-after-init",
        *([] if with_demo else ["--without-demo=all"]),
        "--log-level=info",
        "--no-http",
        "--max-cron-threads=0",
        f"--logfile={log_file}",
    ]
    proc = subprocess.run(cmd, check=False)
    text = log_file.read_text(errors="replace") if log_file.exists() else ""
    errors = odoo_log_errors(text)
    if proc.returncode != 0 or errors:
        lines = errors[:10] or [f"odoo exited with code {proc.returncode}"]
        return False, "\n".join(
            ["installation failed:", *("  " + line for line in lines)]
        )
    return True, ""


def run_odoo_suite(
    odoo_cmd, odoo_python, config, extra_args=(), with_demo=False, log_dir=None
):
    """Install every addon in a throwaway database, then run one pytest-odoo session
    over every addon's tests; return a dict of counts and problems. Logs go to
    ``log_dir`` (default ``.test-logs/``)."""
    addons = project_addons()
    db = f"clo_test_{'demo_' if with_demo else ''}{uuid.uuid4().hex[:8]}"
    log_dir = log_dir or LOG_DIR
    log_dir.mkdir(parents=True, exist_ok=True)
    data = " with Odoo's demo data" if with_demo else ""
    say(f"== odoo suite: {', '.join(addons)} in throwaway database {db}{data} ==")
    result = {
        "passed": 0,
        "failed": 0,
        "skipped": 0,
        "skipped_tours": [],
        "error_lines": [],
        "problems": [],
    }
    try:
        say(f"Installing the addons (log: {log_dir / 'odoo-install.log'}) ...")
        started = time.monotonic()
        ok, message = install_addons(odoo_cmd, config, db, addons, with_demo, log_dir)
        say(f"Installed in {elapsed(started)}.")
        if not ok:
            result["problems"].append(message)
            result["failed"] = 1
            return result
        started = time.monotonic()
        result.update(
            run_pytest_odoo(odoo_python, config, db, addons, extra_args, log_dir)
        )
        say(f"Odoo suite ran in {elapsed(started)}.")
    finally:
        drop_database(odoo_python, config, db)
    return result


def run_demo_db_suite(odoo_cmd, odoo_python, config, extra_args=()):
    """The same pytest session on a database like a developer's: Odoo's demo
    data (a main company in US dollars, demo partners and orders) with every
    addon and ``consumer_law_demo`` installed. The tests must not depend on the
    database they run on (README). Logs go to ``.test-logs/demo-db/``: CI runs
    both suites and keeps both logs."""
    return run_odoo_suite(
        odoo_cmd,
        odoo_python,
        config,
        extra_args,
        with_demo=True,
        log_dir=DEMO_DB_LOG_DIR,
    )


def elapsed(started):
    """Minutes and seconds since ``started`` (``time.monotonic()``)."""
    minutes, seconds = divmod(int(time.monotonic() - started), 60)
    return f"{minutes} min {seconds:02d} s"


def run_pytest_odoo(odoo_python, config, db, addons, extra_args=(), log_dir=None):
    log_dir = log_dir or LOG_DIR
    odoo_log = log_dir / "odoo-suite.log"
    junit = log_dir / "odoo-junit.xml"
    for path in (odoo_log, junit):
        path.unlink(missing_ok=True)
    args, has_path = pytest_selection(extra_args)
    cmd = [
        odoo_python,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        f"--rootdir={ROOT}",
        "-c",
        str(ROOT / "pytest.ini"),
        f"--odoo-database={db}",
        f"--odoo-addons-path={addons_path(config)}",
        "--odoo-http",
        "--odoo-log-level=info",
        f"--odoo-extra=logfile={odoo_log}",
        f"--junitxml={junit}",
        "-o",
        "junit_suite_name=odoo",
        "-rfEs",
        *args,
        *([] if has_path else odoo_test_paths(addons)),
    ]
    say(f"$ {' '.join(cmd)}")
    output = tee(cmd, log_dir / "odoo-pytest.log")
    returncode = output.pop()
    text = "".join(output)
    counts = parse_pytest_counts(text)
    skipped = parse_junit_skips(
        junit.read_text(errors="replace") if junit.exists() else ""
    )
    result = {
        "passed": counts["passed"],
        "failed": counts["failed"] + counts["error"],
        "skipped": counts["skipped"],
        "skipped_tours": [
            f"{name} : {message}"
            for name, message in skipped
            if TOUR_HINT.search(name) or TOUR_HINT.search(message)
        ],
        "error_lines": odoo_log_errors(
            odoo_log.read_text(errors="replace") if odoo_log.exists() else ""
        ),
        "problems": [],
    }
    if returncode == 5:
        result["problems"].append("pytest collected no test")
        result["failed"] = max(result["failed"], 1)
    elif returncode != 0 and not result["failed"]:
        result["problems"].append(f"pytest exited with code {returncode}")
        result["failed"] = 1
    return result


def tee(cmd, log_file):
    """Run ``cmd``, echoing and saving its output.

    :return: its output lines, then its exit code as the last item
    """
    lines = []
    with (
        open(log_file, "w", encoding="utf-8") as log,
        subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT
        ) as proc,
    ):
        for line in proc.stdout:
            print(line, end="", flush=True)
            log.write(line)
            lines.append(line)
    lines.append(proc.returncode)
    return lines


def parse_junit_skips(xml_text):
    """(test id, reason) of every skipped test of a JUnit XML report."""
    if not xml_text.strip():
        return []
    root = ElementTree.fromstring(xml_text)
    skips = []
    for case in root.iter("testcase"):
        for skipped in case.findall("skipped"):
            name = f"{case.get('classname', '')}.{case.get('name', '')}"
            skips.append((name, skipped.get("message") or skipped.text or ""))
    return skips


def odoo_log_errors(text):
    """ERROR/CRITICAL lines of an Odoo log that say something about the code."""
    return [
        line
        for line in text.splitlines()
        if LOG_LEVEL_RE.match(line) and not BENIGN_ERROR_RE.search(line)
    ]


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


# --------------------------------------------------------------------------
# Fresh-machine setup (``tools/devtool.py setup``; ``test`` and ``demo`` run it on
# their own when Odoo 18 is not found)
# --------------------------------------------------------------------------
LOCAL_ODOO = ROOT / ".odoo"  # ignored by git
LOCAL_SRC = LOCAL_ODOO / "src"
LOCAL_VENV = LOCAL_ODOO / "venv"
LOCAL_LAUNCHER = LOCAL_ODOO / "bin" / "odoo"
LOCAL_CONFIG = LOCAL_ODOO / "odoo.conf"
LOCAL_SOURCE_LINK = LOCAL_ODOO / "source-path"
ODOO_GIT_URL = "https://github.com/odoo/odoo"
ODOO_BRANCH = "18.0"
NO_SETUP_ENV = "CONSUMER_LAW_NO_SETUP"
# Build tools that Odoo 18's old pinned packages need: their sdists (cbor2,
# psycopg2, python-ldap...) do not build with today's setuptools, and some need
# setuptools_scm < 8 or Cython at build time, so they are built without isolation
# against these.
BUILD_TOOLS = ["setuptools<70", "wheel", "setuptools_scm<8", "cython<3"]
BUILD_CONSTRAINTS = "setuptools<70\n"
PURELIB_PROBE = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
# Debian/Ubuntu packages: (what tells it is there, package)
OS_PACKAGES = [
    (lambda: shutil.which("pg_ctlcluster") or shutil.which("postgres"), "postgresql"),
    (lambda: shutil.which("psql"), "postgresql-client"),
    (lambda: shutil.which("wkhtmltopdf"), "wkhtmltopdf"),
    (lambda: shutil.which("chromium") or shutil.which("chromium-browser"), "chromium"),
    (lambda: shutil.which("git"), "git"),
    (lambda: shutil.which("gcc"), "build-essential"),
    (lambda: shutil.which("pg_config"), "libpq-dev"),
    (lambda: Path(sysconfig_include(), "Python.h").exists(), "python3-dev"),
    (lambda: venv_available(), "python3-venv"),
    (lambda: Path("/usr/include/libxml2").is_dir(), "libxml2-dev"),
    (lambda: Path("/usr/include/libxslt").is_dir(), "libxslt1-dev"),
    (lambda: Path("/usr/include/sasl").is_dir(), "libsasl2-dev"),
    (lambda: Path("/usr/include/ldap.h").exists(), "libldap2-dev"),
    (lambda: Path("/usr/include/jpeglib.h").exists(), "libjpeg-dev"),
]


class SetupUnavailable(Missing):
    """Neither the network nor a local Odoo source tree: nothing to set up from."""


def sysconfig_include():
    import sysconfig

    return sysconfig.get_paths()["include"]


def venv_available():
    return (
        subprocess.run(
            [sys.executable, "-c", "import ensurepip, venv"], capture_output=True
        ).returncode
        == 0
    )


def auto_setup_allowed():
    return os.environ.get(NO_SETUP_ENV, "") in ("", "0")


def as_root(cmd):
    """``cmd`` run as root: directly when we are root, else through sudo."""
    if os.geteuid() == 0:
        return cmd
    if shutil.which("sudo"):
        return ["sudo", *cmd]
    raise Missing(f"`{' '.join(cmd)}` needs root and sudo is not installed")


def as_postgres(cmd):
    """``cmd`` run as the postgres system user, keeping libpq's PG* variables."""
    pg_env = [f"{k}={v}" for k, v in os.environ.items() if k.startswith("PG")]
    inner = ["env", *pg_env, *cmd]
    if os.geteuid() == 0 and shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *inner]
    if shutil.which("sudo"):
        return ["sudo", "-u", "postgres", *inner]
    raise Missing(f"`{' '.join(cmd)}` must run as the postgres user; install sudo")


def is_debian_like():
    try:
        text = Path("/etc/os-release").read_text()
    except OSError:
        return False
    return bool(re.search(r"^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b", text, re.M))


def missing_os_packages():
    return [package for present, package in OS_PACKAGES if not present()]


def setup_os_packages():
    """Install PostgreSQL, wkhtmltopdf, Chromium and the build headers that are
    missing, from the OS packages (Debian/Ubuntu only)."""
    packages = missing_os_packages()
    if not packages:
        say("setup: the system packages are there (PostgreSQL, wkhtmltopdf, ...)")
        return
    if not is_debian_like() or not shutil.which("apt-get"):
        raise Missing(
            "these system packages are missing and this is not Debian/Ubuntu: "
            f"{', '.join(packages)}; install their equivalents, then run again"
        )
    say(f"setup: installing the system packages {', '.join(packages)} (apt-get) ...")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (
        ["apt-get", "update", "-q"],
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages],
    ):
        if subprocess.run(as_root(cmd), env=env, check=False).returncode:
            raise Missing(f"`{' '.join(cmd)}` failed; see its output above")


def odoo_source_request(path=None):
    """Where to take Odoo 18.0 from: a path (argument or ODOO_SOURCE: a source tree
    or an archive of one), else the official repository when it is reachable."""
    path = path or os.environ.get("ODOO_SOURCE")
    if path:
        source = Path(path).expanduser().resolve()
        if not source.exists():
            raise Missing(f"the Odoo source {source} does not exist")
        return source
    if not shutil.which("git"):
        raise SetupUnavailable(
            "git is not installed and no local Odoo source was given (ODOO_SOURCE)"
        )
    probe = subprocess.run(
        ["git", "ls-remote", "--heads", ODOO_GIT_URL, ODOO_BRANCH],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=dict(os.environ, GIT_TERMINAL_PROMPT="0"),
    )
    if probe.returncode or not probe.stdout.strip():
        raise SetupUnavailable(
            f"{ODOO_GIT_URL} is not reachable ({last_line(probe.stderr)}) and no "
            "local Odoo 18.0 source was given (ODOO_SOURCE=/path/to/tree-or-archive)"
        )
    return ODOO_GIT_URL


def source_tree_of(directory):
    """The Odoo tree in ``directory`` (itself or its only sub-folder), or None."""
    if (directory / "odoo" / "release.py").is_file():
        return directory
    children = [child for child in directory.iterdir() if child.is_dir()]
    if len(children) == 1 and (children[0] / "odoo" / "release.py").is_file():
        return children[0]
    return None


def check_odoo_18(tree):
    text = (tree / "odoo" / "release.py").read_text()
    match = re.search(r"^version_info = \((\d+), (\d+)", text, re.M)
    if not match or match.groups() != ("18", "0"):
        found = ".".join(match.groups()) if match else "an unknown version"
        raise Missing(f"{tree} holds Odoo {found}, not Odoo 18.0")
    return tree


def setup_odoo_source(path=None):
    """Odoo 18.0's source tree: the given tree, an archive extracted into
    .odoo/src, or a shallow clone of the official 18.0 branch there."""
    if LOCAL_SOURCE_LINK.exists():
        tree = Path(LOCAL_SOURCE_LINK.read_text().strip())
        if (tree / "odoo" / "release.py").is_file():
            return tree
    source = odoo_source_request(path)
    LOCAL_ODOO.mkdir(exist_ok=True)
    if source == ODOO_GIT_URL:
        shutil.rmtree(LOCAL_SRC, ignore_errors=True)
        say(f"setup: cloning Odoo {ODOO_BRANCH} from {ODOO_GIT_URL} into {LOCAL_SRC}")
        cmd = ["git", "clone", "-q", "--depth", "1", "--branch", ODOO_BRANCH]
        if subprocess.run([*cmd, ODOO_GIT_URL, str(LOCAL_SRC)], check=False).returncode:
            raise Missing(f"cloning {ODOO_GIT_URL} failed; see the output above")
        tree = LOCAL_SRC
    elif source.is_dir():
        tree = source_tree_of(source)
        if not tree:
            raise Missing(f"{source} is not an Odoo source tree (no odoo/release.py)")
    else:
        tree = extract_odoo_archive(source)
    check_odoo_18(tree)
    LOCAL_SOURCE_LINK.write_text(f"{tree}\n")
    say(f"setup: Odoo 18.0 source tree: {tree}")
    return tree


def extract_odoo_archive(archive):
    import tarfile
    import zipfile

    shutil.rmtree(LOCAL_SRC, ignore_errors=True)
    LOCAL_SRC.mkdir(parents=True)
    say(f"setup: extracting {archive} into {LOCAL_SRC} ...")
    if tarfile.is_tarfile(archive):
        with tarfile.open(archive) as tar:
            # the "data" filter (refusing absolute paths and links out of the
            # tree) exists from Python 3.11.4 and 3.12
            safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
            tar.extractall(LOCAL_SRC, **safe)
    elif zipfile.is_zipfile(archive):
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(LOCAL_SRC)
    else:
        raise Missing(f"{archive} is neither a directory nor a tar or zip archive")
    tree = source_tree_of(LOCAL_SRC)
    if not tree:
        raise Missing(f"{archive} holds no Odoo source tree (no odoo/release.py)")
    return tree


def filtered_requirements(tree):
    """Odoo's requirements.txt, without python-ldap when its C headers are missing
    (only the LDAP authentication addon needs it)."""
    lines = (tree / "requirements.txt").read_text().splitlines()
    if not Path("/usr/include/ldap.h").exists():
        say("setup: skipping python-ldap (no LDAP headers: apt install libldap2-dev)")
        lines = [line for line in lines if not line.lower().startswith("python-ldap")]
    target = LOCAL_ODOO / "requirements.txt"
    target.write_text("\n".join(lines) + "\n")
    return target


def setup_odoo_venv(tree):
    """The project-local virtual environment with Odoo's requirements, Odoo made
    importable by a .pth file (not ``pip install -e``: OCA addon wheels such as
    odoo-addon-report-xlsx create a site-packages/odoo folder that would hide an
    editable install) and a distribution record so pip knows Odoo 18.0 is there."""
    python = LOCAL_VENV / "bin" / "python"
    requirements = filtered_requirements(tree)
    stamp = LOCAL_VENV / ".odoo-requirements"
    if not python.exists():
        say(f"setup: creating the virtual environment {LOCAL_VENV} ...")
        subprocess.run([sys.executable, "-m", "venv", str(LOCAL_VENV)], check=True)
    if not stamp.exists() or stamp.read_text() != requirements.read_text():
        constraints = LOCAL_ODOO / "constraints.txt"
        constraints.write_text(BUILD_CONSTRAINTS)
        env = dict(os.environ, PIP_CONSTRAINT=str(constraints))
        pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        say("setup: installing Odoo's requirements (several minutes) ...")
        for cmd in (
            [*pip, *BUILD_TOOLS],
            [*pip, "--no-build-isolation", "-r", str(requirements)],
        ):
            if subprocess.run(cmd, env=env, check=False).returncode:
                raise Missing(f"`{' '.join(cmd)}` failed; see its output above")
        stamp.write_text(requirements.read_text())
    site = Path(
        subprocess.run(
            [str(python), "-c", PURELIB_PROBE],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "odoo-source.pth").write_text(f"{tree}\n")
    write_odoo_distribution(site)
    return python


def write_odoo_distribution(site):
    """Tell pip that Odoo 18.0 is installed (OCA addon wheels require ``odoo``)."""
    info = site / "odoo-18.0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: odoo\nVersion: 18.0\n"
        "Summary: Odoo 18.0 source tree made importable by odoo-source.pth\n"
    )
    (info / "INSTALLER").write_text("consumer-law-devtool\n")
    (info / "RECORD").write_text(
        "odoo-source.pth,,\n"
        + "".join(
            f"odoo-18.0.dist-info/{name},,\n"
            for name in ("METADATA", "INSTALLER", "RECORD")
        )
    )


def setup_launcher(python, tree):
    """``.odoo/bin/odoo``: runs this Odoo with its own configuration file."""
    if not LOCAL_CONFIG.exists():
        addons = ",".join(str(tree / sub) for sub in ("addons", "odoo/addons"))
        LOCAL_CONFIG.write_text(f"[options]\naddons_path = {addons}\n")
    LOCAL_LAUNCHER.parent.mkdir(exist_ok=True)
    LOCAL_LAUNCHER.write_text(
        f"#!{python}\n"
        "# Odoo 18.0 Community set up by tools/devtool.py setup for this checkout.\n"
        "import os\nimport sys\n\n"
        f"os.environ.setdefault('ODOO_RC', {str(LOCAL_CONFIG)!r})\n"
        "import odoo.cli  # noqa: E402\n\n"
        "sys.exit(odoo.cli.main())\n"
    )
    LOCAL_LAUNCHER.chmod(0o755)
    say(f"setup: launcher {LOCAL_LAUNCHER}")


def postgres_error(python):
    """None when PostgreSQL accepts our connection, else its error message."""
    code = "import psycopg2\npsycopg2.connect(dbname='postgres').close()\n"
    proc = subprocess.run([str(python), "-c", code], capture_output=True, text=True)
    return None if proc.returncode == 0 else last_line(proc.stderr)


def setup_postgres(python):
    """A running PostgreSQL and a role for this user (allowed to create databases)."""
    error = postgres_error(python)
    if error and ("No such file" in error or "Connection refused" in error):
        if shutil.which("pg_lsclusters") and shutil.which("pg_ctlcluster"):
            say("setup: starting the PostgreSQL clusters that are down ...")
            listing = subprocess.run(
                ["pg_lsclusters", "--no-header"], capture_output=True, text=True
            ).stdout
            for version, cluster, _port, status, *_rest in (
                line.split() for line in listing.splitlines() if line.strip()
            ):
                if status == "down":
                    start = ["pg_ctlcluster", version, cluster, "start"]
                    subprocess.run(as_root(start), check=False)
        error = postgres_error(python)
    if error and "does not exist" in error and "role" in error:
        user = getpass_user()
        say(f"setup: creating the PostgreSQL role {user} (may create databases) ...")
        cmd = as_postgres(["createuser", "--createdb", "--no-createrole", user])
        if subprocess.run(cmd, check=False).returncode:
            raise Missing(f"could not create the PostgreSQL role {user}")
        error = postgres_error(python)
    if error:
        raise Missing(f"PostgreSQL is not reachable: {error} (see {POSTGRES_DOC})")
    say("setup: PostgreSQL accepts this user's connections")


def getpass_user():
    import getpass

    return getpass.getuser()


def setup_machine(source=None):
    """Everything a fresh Debian/Ubuntu machine lacks to run the two commands.

    :raise SetupUnavailable: no network and no local Odoo source
    :raise Missing: a step failed (the message says which)
    """
    say("== setup: Odoo 18.0 Community for this checkout (in .odoo/) ==")
    tree = setup_odoo_source(source)  # first: without a source, change nothing
    setup_os_packages()
    python = setup_odoo_venv(tree)
    setup_launcher(python, tree)
    setup_postgres(python)
    say(f"setup: done; the commands use {LOCAL_LAUNCHER}")
    return python


def find_or_setup_odoo(source=None):
    """find_odoo(), running the setup first when Odoo 18 is not found.

    :raise Missing: Odoo 18 is not there and could not be set up
    """
    try:
        return find_odoo()
    except Missing as error:
        if not auto_setup_allowed():
            raise SetupUnavailable(str(error)) from error
        say(f"Odoo 18 not found: {error}")
        say(f"Setting it up (set {NO_SETUP_ENV}=1 to skip this) ...")
    setup_machine(source)
    return find_odoo()


def cmd_setup(args):
    try:
        setup_machine(args.odoo_source)
        odoo_cmd, odoo_python = find_odoo()
        check_postgres(odoo_python, odoo_config(odoo_python))
        ensure_odoo_env(odoo_python)
    except Missing as error:
        say(f"setup failed: {error}")
        return 1
    say(f"Ready: {' '.join(odoo_cmd)}")
    return 0


# --------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------
def cmd_test(args):
    passed, failed, skipped, pure_ok = run_pure_suite()
    say(f"pure: {passed} passed, {failed} failed, {skipped} skipped")
    totals = [passed, failed, skipped]
    ok = pure_ok
    try:
        odoo_cmd, odoo_python = find_or_setup_odoo(args.odoo_source)
    except SetupUnavailable as error:
        say(f"Odoo suite not run: {error}")
        say(f"total: {totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
        return 0 if ok else 1
    except Missing as error:
        say(f"Odoo suite not run: the setup of Odoo 18 failed: {error}")
        say(f"total: {totals[0]} passed, {totals[1] + 1} failed, {totals[2]} skipped")
        return 1
    try:
        config = odoo_config(odoo_python)
        ensure_postgres(odoo_python, config)
        ensure_odoo_env(odoo_python)
        check_browser(odoo_python)
    except Missing as error:
        # Odoo 18 is there but cannot run: a broken prerequisite, not an absent one.
        say(f"Odoo suite not run: {error}")
        say(f"total: {totals[0]} passed, {totals[1] + 1} failed, {totals[2]} skipped")
        return 1
    suite = run_demo_db_suite if args.demo_db else run_odoo_suite
    log_dir = DEMO_DB_LOG_DIR if args.demo_db else LOG_DIR
    result = suite(odoo_cmd, odoo_python, config, args.pytest_args)
    for problem in result["problems"]:
        say(f"odoo suite: {problem}")
    if result["failed"]:
        ok = False
    if result["error_lines"]:
        say(f"odoo suite: errors were logged (see {log_dir / 'odoo-suite.log'}):")
        for line in result["error_lines"][:20]:
            say("  " + line)
        ok = False
        result["failed"] = max(result["failed"], 1)
    if result["skipped_tours"]:
        say(
            "odoo suite: browser tours were SKIPPED (install Chromium and the "
            "websocket-client package in Odoo's Python):"
        )
        for line in result["skipped_tours"]:
            say("  " + line)
        ok = False
    say(
        f"odoo: {result['passed']} passed, {result['failed']} failed, "
        f"{result['skipped']} skipped (JUnit XML: {log_dir / 'odoo-junit.xml'})"
    )
    totals = [
        totals[0] + result["passed"],
        totals[1] + result["failed"],
        totals[2] + result["skipped"],
    ]
    say(f"total: {totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
    return 0 if ok else 1


def cmd_demo(args):
    try:
        odoo_cmd, odoo_python = find_or_setup_odoo(args.odoo_source)
        config = odoo_config(odoo_python)
        ensure_postgres(odoo_python, config)
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
    if args.reset and DEMO_DB in psql_databases(odoo_python, config):
        say(f"Dropping the demo database {DEMO_DB} ...")
        drop_database(odoo_python, config, DEMO_DB)
    if DEMO_DB not in psql_databases(odoo_python, config):
        say(f"Creating the demo database {DEMO_DB} with consumer_law_demo ...")
        # Odoo's own demo data (a Californian company, its partners and
        # products) would only blur the four French shops.
        install = [
            *cmd,
            "-i",
            "consumer_law_demo",
            "--load-language=fr_FR",
            "--without-demo=all",
            "--stop-after-init",
        ]
        if subprocess.run(install, check=False).returncode:
            say("The demo database could not be created; see the log above.")
            return 1
        returncode = load_demo_logins(odoo_cmd, config)
        if returncode:
            return returncode
    elif args.install_only:
        say(f"The demo database {DEMO_DB} already exists (--reset rebuilds it).")
    returncode = set_demo_port(odoo_cmd, config, args.port)
    if returncode:
        return returncode
    shops = ", ".join(
        f"http://{shop}.localhost:{args.port}/shop" for shop in DEMO_SHOPS
    )
    if args.install_only:
        say(
            f"Demo database {DEMO_DB} ready for port {args.port} (shops: {shops}); "
            f"start its server with: tools/demo --port {args.port}"
        )
        return 0
    say(
        f"Demo server on http://localhost:{args.port} (login admin, password admin; "
        f"shops: {shops}); Ctrl+C stops it."
    )
    return subprocess.run(cmd, check=False).returncode


DEMO_SHOPS = ("smallmx", "rallye", "minialuxe", "raynaud")
# demo-only records (a known portal password, the admin's landing company): kept
# in the addon's demo data, never in its data, and loaded into the demo database
# built without Odoo's own demo data
DEMO_FILES = ("demo/res_users_demo.xml", "demo/res_users_admin_demo.xml")
DEMO_LOGINS_SCRIPT = """
from odoo.tools.convert import convert_file
for name in {files!r}:
    convert_file(env, "consumer_law_demo", name, {{}}, "init", False, "demo")
env.cr.commit()
print("DEMO LOGINS OK")
"""
DEMO_PORT_SCRIPT = """
import re
port = {port!r}
for website in env["website"].search([("domain", "!=", False)]):
    domain = re.sub(
        r"^(https?://[^/:]+)(:[0-9]+)?", rf"\\g<1>:{{port}}", website.domain
    )
    if domain != website.domain:
        website.domain = domain
env["ir.config_parameter"].set_param("web.base.url", f"http://localhost:{{port}}")
env.cr.commit()
print("DEMO PORT OK")
"""


def run_demo_shell(odoo_cmd, config, script):
    return subprocess.run(
        [
            *odoo_cmd,
            "shell",
            f"--addons-path={addons_path(config)}",
            "-d",
            DEMO_DB,
            "--no-http",
        ],
        input=script,
        capture_output=True,
        text=True,
        check=False,
    )


def load_demo_logins(odoo_cmd, config):
    """Load the demo-only records (the portal login with a known password, the
    admin landing in SmallMX) into the demo database built without Odoo's own
    demo data."""
    proc = run_demo_shell(odoo_cmd, config, DEMO_LOGINS_SCRIPT.format(files=DEMO_FILES))
    if "DEMO LOGINS OK" not in proc.stdout:
        say(f"The demo logins could not be loaded: {last_line(proc.stderr)}")
        return 1
    return 0


def set_demo_port(odoo_cmd, config, port):
    """The shops' domains and the base URL (links in mails and printed terms of
    sale) on the port the demo server listens to."""
    proc = run_demo_shell(odoo_cmd, config, DEMO_PORT_SCRIPT.format(port=port))
    if "DEMO PORT OK" not in proc.stdout:
        say(f"The demo could not be moved to port {port}: {last_line(proc.stderr)}")
        return 1
    return 0


# --------------------------------------------------------------------------
# Translation templates (.pot) exported by Odoo
# --------------------------------------------------------------------------
# Odoo's exporter (what ``--i18n-export`` runs), one addon at a time, leaving out
# the fields an addon's models get only from an addon it does not depend on (the
# ``rating`` addon adds "Ratings" to every mail.thread model of the database):
# those terms belong to that other addon, and a database with fewer addons
# installed would not export them. Added: the strings an addon translates from a
# variable (the exporter cannot read them). They matter: when Odoo loads French,
# it merges the .pot into fr.po and skips every fr.po entry the .pot lacks.
POT_SCRIPT = """
import io
from odoo.tools.translate import TranslationFileWriter, TranslationModuleReader

installed = env["ir.module.module"].search([("state", "=", "installed")])
depends = {{module.name: module.dependencies_id.mapped("name") for module in installed}}


def upstream(addon):
    seen, todo = set(), [addon]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(depends.get(name, ()))
    return seen


def foreign_field(row, own):
    kind, name, xmlid = row[1], row[2], row[3]
    if kind != "model" or not name.startswith("ir.model.fields,"):
        return False
    record = env.ref(xmlid, raise_if_not_found=False)
    if record is None or record._name != "ir.model.fields":
        return False
    field = env[record.model]._fields.get(record.name) if record.model in env else None
    return bool(field and field._modules and not set(field._modules) & own)


def runtime_terms(addon):
    # Python strings an addon translates at run time from a variable, which the
    # exporter cannot read: the policy check translates the finding templates
    # of the rules package (env._(template)).
    if addon != "consumer_law":
        return []
    import consumer_law_rules

    path = "addons/consumer_law/wizards/consumer_law_policy_check.py"
    templates = {{
        template
        for templates in consumer_law_rules.FINDING_TEMPLATES.values()
        for template in templates
    }}
    return [
        (addon, "code", path, 0, template, "", ["odoo-python"])
        for template in sorted(templates)
    ]


for addon, path in {targets!r}:
    own = upstream(addon)
    rows = [
        row
        for row in TranslationModuleReader(env.cr, modules=[addon])
        if not foreign_field(row, own)
    ] + runtime_terms(addon)
    buffer = io.BytesIO()
    TranslationFileWriter(buffer, fileformat="po", lang=None).write_rows(rows)
    with open(path, "wb") as handle:
        handle.write(buffer.getvalue())
    print(f"POT OK {{addon}}")
"""


def cmd_pot(args):
    """Export every addon's ``i18n/<addon>.pot`` with Odoo's own exporter (the
    reader and writer of ``--i18n-export``), from a database where every addon is
    installed: the one given, or a throwaway one."""
    try:
        odoo_cmd, odoo_python = find_or_setup_odoo(None)
        config = odoo_config(odoo_python)
        ensure_postgres(odoo_python, config)
        ensure_odoo_env(odoo_python)
    except Missing as error:
        say(f"pot export not run: {error}")
        return 1
    addons = args.addons or project_addons()
    db = args.database or f"clo_pot_{uuid.uuid4().hex[:8]}"
    LOG_DIR.mkdir(exist_ok=True)
    try:
        if not args.database:
            say(f"Installing every addon in the throwaway database {db} ...")
            ok, message = install_addons(odoo_cmd, config, db, project_addons())
            if not ok:
                say(message)
                return 1
        targets = []
        for addon in addons:
            pot = ROOT / addon / "i18n" / f"{addon}.pot"
            pot.parent.mkdir(exist_ok=True)
            targets.append((addon, str(pot)))
        proc = subprocess.run(
            [
                *odoo_cmd,
                "shell",
                f"--addons-path={addons_path(config)}",
                "-d",
                db,
                "--no-http",
                "--log-level=warn",
            ],
            input=POT_SCRIPT.format(targets=targets),
            capture_output=True,
            text=True,
            check=False,
        )
        failed = [
            addon for addon in addons if f"POT OK {addon}" not in proc.stdout.split("\n")
        ]
        for addon in addons:
            if addon in failed:
                say(f"{addon}: export FAILED ({last_line(proc.stderr)})")
            else:
                say(f"{addon}: {addon}/i18n/{addon}.pot")
        return 1 if failed else 0
    finally:
        if not args.database:
            drop_database(odoo_python, config, db)


# --------------------------------------------------------------------------
# Installability check (pip + Apps menu)
# --------------------------------------------------------------------------
APPS_INSTALL_SCRIPT = """
import sys
import odoo
import consumer_law_rules
site, names = {site!r}, {names!r}
modules = env["ir.module.module"]
modules.update_list()
to_install = modules.search([("name", "in", names)])
assert sorted(to_install.mapped("name")) == sorted(names), to_install.mapped("name")
to_install.button_immediate_install()
env.invalidate_all()
problems = [
    f"{{module.name}} is {{module.state}}"
    for module in modules.search([("name", "in", names)])
    if module.state != "installed"
]
for name in names:
    path = odoo.modules.module.get_module_path(name) or ""
    if not path.startswith(site):
        problems.append(f"{{name}} loaded from {{path}}, not from the pip copy")
    module_file = sys.modules[f"odoo.addons.{{name}}"].__file__
    if not module_file.startswith(site):
        problems.append(f"odoo.addons.{{name}} imported from {{module_file}}")
if not consumer_law_rules.__file__.startswith(site):
    problems.append(f"consumer_law_rules imported from {{consumer_law_rules.__file__}}")
print("APPS-INSTALL " + ("OK" if not problems else "FAILED: " + "; ".join(problems)))
"""
REQUIREMENTS_SCRIPT = """
import importlib.metadata as md, sys
try:
    from packaging.requirements import Requirement
except ImportError:  # pip vendors it
    from pip._vendor.packaging.requirements import Requirement
site = sys.argv[1]
problems = []
for dist in md.distributions(path=[site]):
    for text in dist.requires or []:
        req = Requirement(text)
        if req.marker and not req.marker.evaluate({"extra": ""}):
            continue
        try:
            version = md.version(req.name)
        except md.PackageNotFoundError:
            problems.append(f"{dist.metadata['Name']} needs {req}: not installed")
            continue
        if version not in req.specifier:
            problems.append(f"{dist.metadata['Name']} needs {req}: found {version}")
print("REQUIREMENTS " + ("OK" if not problems else "FAILED: " + "; ".join(problems)))
"""


def cmd_pip_install_check(args):
    """Prove the addons install like any OCA addon: wheels built by whool,
    ``pip install``-ed (into a temporary folder, never into Odoo's environment,
    which other checkouts share), then installed by the Apps menu's code path
    (``button_immediate_install``) in a fresh database whose addons path holds
    the pip copy and not this checkout."""
    try:
        odoo_cmd, odoo_python = find_odoo()
        config = odoo_config(odoo_python)
        check_postgres(odoo_python, config)
        ensure_odoo_env(odoo_python)
    except Missing as error:
        say(f"pip install check not run: {error}")
        return 1
    python = ensure_project_venv()
    addons = project_addons()
    # the demo is not a production addon: it is built and pip-installed with the
    # others, and installed by tools/demo
    apps = [addon for addon in addons if not addon.endswith("_demo")]
    tmp = Path(tempfile.mkdtemp(prefix="clo_pip_"))
    wheels, site = tmp / "wheels", tmp / "site"
    db = f"clo_pip_{uuid.uuid4().hex[:8]}"
    LOG_DIR.mkdir(exist_ok=True)
    log_file = LOG_DIR / "pip-install-check.log"
    say(f"== pip install check: {', '.join(addons)} ==")
    try:
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
        say("-- build the wheels (whool)")
        build = [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels)]
        if subprocess.run(
            [*build, str(RULES_DIR), *(str(ROOT / addon) for addon in addons)],
            check=False,
        ).returncode:
            say("pip install check: FAILED to build the wheels")
            return 1
        say(f"-- pip install the wheels into {site}")
        install = [*pip, "install", "--no-deps", "--no-index", "--target", str(site)]
        if subprocess.run(
            [*install, *(str(wheel) for wheel in sorted(wheels.glob("*.whl")))],
            check=False,
        ).returncode:
            say("pip install check: FAILED to pip install the wheels")
            return 1
        env = dict(os.environ, PYTHONPATH=str(site))
        say("-- check every declared requirement is met in Odoo's Python")
        proc = subprocess.run(
            [odoo_python, "-c", REQUIREMENTS_SCRIPT, str(site)],
            env=env,
            capture_output=True,
            text=True,
        )
        say(last_line(proc.stdout + proc.stderr))
        if "REQUIREMENTS OK" not in proc.stdout:
            return 1
        core = [p for p in str(config.get("addons_path") or "").split(",") if p]
        path = ",".join([*core, str(site / "odoo" / "addons")])
        common = [f"--addons-path={path}", "-d", db, "--without-demo=all"]
        say(f"-- create the fresh database {db} (log: {log_file})")
        proc = subprocess.run(
            [
                *odoo_cmd,
                *common,
                "-i",
                "base",
                "--stop-after-init",
                "--no-http",
                f"--logfile={log_file}",
            ],
            env=env,
            check=False,
        )
        if proc.returncode != 0:
            say("pip install check: FAILED to create the database")
            return 1
        say(f"-- Apps menu: install {', '.join(apps)} (button_immediate_install)")
        script = APPS_INSTALL_SCRIPT.format(site=str(site), names=apps)
        proc = subprocess.run(
            [*odoo_cmd, "shell", *common, "--no-http", f"--logfile={log_file}"],
            input=script,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        verdict = [
            line for line in proc.stdout.splitlines() if line.startswith("APPS-INSTALL")
        ]
        say(
            verdict[-1] if verdict else "APPS-INSTALL FAILED: " + last_line(proc.stderr)
        )
        errors = odoo_log_errors(log_file.read_text(errors="replace"))
        for line in errors[:20]:
            say("  " + line)
        return 0 if verdict and verdict[-1] == "APPS-INSTALL OK" and not errors else 1
    finally:
        drop_database(odoo_python, config, db)
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    source_help = (
        "Odoo 18.0 source to set up from when Odoo is not found: a source tree or "
        "an archive of one (default: $ODOO_SOURCE, else a shallow clone of "
        f"{ODOO_GIT_URL} {ODOO_BRANCH})"
    )
    test = sub.add_parser(
        "test",
        help="run every test suite; other arguments go to the Odoo suite's pytest "
        "(-k EXPRESSION, paths such as sale_cgv/tests/test_portal.py::TestPortal)",
    )
    test.add_argument(
        "--demo-db",
        action="store_true",
        help="run the Odoo suite on a database with Odoo's demo data and "
        "consumer_law_demo installed, instead of one without demo data",
    )
    test.add_argument("--odoo-source", help=source_help)
    setup = sub.add_parser(
        "setup",
        help="set this machine up: missing system packages (Debian/Ubuntu), Odoo 18.0 "
        "in .odoo/ with its requirements and launcher, a PostgreSQL role",
    )
    setup.add_argument("--odoo-source", help=source_help)
    demo = sub.add_parser("demo", help="start the demo server")
    demo.add_argument("--odoo-source", help=source_help)
    demo.add_argument("--port", type=int, default=8069)
    demo.add_argument(
        "--install-only",
        action="store_true",
        help="create the demo database, then stop",
    )
    demo.add_argument(
        "--reset",
        action="store_true",
        help="drop the demo database and build it again from scratch",
    )
    pot = sub.add_parser(
        "pot",
        help="export every addon's i18n/<addon>.pot with Odoo's exporter",
    )
    pot.add_argument("addons", nargs="*", help="default: every addon")
    pot.add_argument(
        "--database",
        help="a database where the addons are installed (default: a throwaway one)",
    )
    sub.add_parser(
        "pip-install-check",
        help="build every addon's wheel, pip-install them into a temporary folder and "
        "install them from there with the Apps menu's code path in a fresh database",
    )
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "test":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.pytest_args = extra
    return {
        "test": cmd_test,
        "setup": cmd_setup,
        "demo": cmd_demo,
        "pot": cmd_pot,
        "pip-install-check": cmd_pip_install_check,
    }[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
