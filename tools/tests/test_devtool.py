# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The test command's reading of Odoo and pytest output."""

from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import devtool

BENIGN = (
    "2026-11-22 02:56:01,288 1338 ERROR ? werkzeug: 127.0.0.1 - - [22/Nov/2026] "
    "Request timed out: TimeoutError('timed out') - - -"
)
PYTEST_ODOO_IMPORT = (
    "2026-12-01 06:29:11,096 13132 ERROR ? odoo.tests.common: Importing test "
    "framework, avoid importing from business modules and when not running in test "
    "mode"
)
REAL_ERROR = "2026-11-22 02:56:01,288 1338 ERROR db odoo.modules.registry: Failed"
JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="odoo" tests="3" skipped="2">
<testcase classname="sale_cgv.tests.test_portal.TestPortal" name="test_sign_tour">
<skipped type="pytest.skip" message="websocket-client module is not installed">x
</skipped></testcase>
<testcase classname="x.tests.test_y.TestY" name="test_z">
<skipped type="pytest.skip" message="not relevant here" /></testcase>
<testcase classname="x.tests.test_y.TestY" name="test_ok" />
</testsuite></testsuites>
"""


def test_benign_errors_ignored_real_error_kept():
    text = "\n".join([BENIGN, PYTEST_ODOO_IMPORT, REAL_ERROR, "INFO line"])
    assert devtool.odoo_log_errors(text) == [REAL_ERROR]


def test_junit_skips():
    assert devtool.parse_junit_skips(JUNIT) == [
        (
            "sale_cgv.tests.test_portal.TestPortal.test_sign_tour",
            "websocket-client module is not installed",
        ),
        ("x.tests.test_y.TestY.test_z", "not relevant here"),
    ]
    assert devtool.parse_junit_skips("") == []


def test_pytest_selection_paths_made_absolute(tmp_path, monkeypatch):
    (tmp_path / "sale_cgv" / "tests").mkdir(parents=True)
    (tmp_path / "sale_cgv" / "tests" / "test_portal.py").write_text("")
    monkeypatch.chdir(tmp_path)
    args, has_path = devtool.pytest_selection(
        ["-k", "tour", "sale_cgv/tests/test_portal.py::TestPortal::test_tour"]
    )
    assert has_path
    assert args == [
        "-k",
        "tour",
        f"{tmp_path}/sale_cgv/tests/test_portal.py::TestPortal::test_tour",
    ]
    assert devtool.pytest_selection(["-k", "withdrawal"]) == (
        ["-k", "withdrawal"],
        False,
    )


def test_test_command_passes_pytest_arguments(monkeypatch):
    seen = {}
    monkeypatch.setattr(devtool, "cmd_test", lambda args: seen.setdefault("a", args))
    devtool.main(["test", "-k", "withdrawal", "sale_cgv/tests"])
    assert seen["a"].pytest_args == ["-k", "withdrawal", "sale_cgv/tests"]


def test_project_addons_found_by_manifest():
    addons = devtool.project_addons()
    assert "consumer_law" in addons
    assert "tools" not in addons and "consumer_law_rules" not in addons
    for addon in addons:
        assert (devtool.ROOT / addon / "pyproject.toml").is_file(), addon


def test_pytest_closing_line():
    output = "....\n==== 3 passed, 1 skipped, 2 failed in 0.52s ====\n"
    assert devtool.parse_pytest_counts(output) == {
        "passed": 3,
        "failed": 2,
        "error": 0,
        "skipped": 1,
    }


def test_python_of_script(tmp_path):
    script = tmp_path / "odoo"
    script.write_text("#!/opt/odoo18/venv/bin/python\nimport odoo\n")
    assert devtool.python_of_script(script) == "/opt/odoo18/venv/bin/python"
    script.write_text("#!/bin/sh\nexec odoo-bin\n")
    assert devtool.python_of_script(script) is None


def _fake_pytest(monkeypatch, tmp_path, output, returncode, junit=""):
    monkeypatch.setattr(devtool, "LOG_DIR", tmp_path)

    def tee(cmd, log_file):
        if junit:
            (tmp_path / "odoo-junit.xml").write_text(junit)
        return [output, returncode]

    monkeypatch.setattr(devtool, "tee", tee)
    return devtool.run_pytest_odoo("python", {}, "db", ["consumer_law"])


def test_no_test_collected_fails_the_suite(monkeypatch, tmp_path):
    """pytest's exit code 5 (no test collected) fails the Odoo suite."""
    result = _fake_pytest(monkeypatch, tmp_path, "no tests ran in 0.01s\n", 5)
    assert result["failed"] == 1
    assert result["problems"] == ["pytest collected no test"]


def test_skipped_tour_reported(monkeypatch, tmp_path):
    """A skipped tour is reported (the command then fails); counts come from
    pytest's closing line."""
    result = _fake_pytest(
        monkeypatch, tmp_path, "== 1 passed, 2 skipped in 3.00s ==\n", 0, JUNIT
    )
    assert (result["passed"], result["failed"], result["skipped"]) == (1, 0, 2)
    assert result["skipped_tours"] == [
        "sale_cgv.tests.test_portal.TestPortal.test_sign_tour : "
        "websocket-client module is not installed"
    ]


# --- setup of a fresh machine ------------------------------------------------------
def _odoo_tree(root, version="18, 0"):
    (root / "odoo").mkdir(parents=True)
    (root / "odoo" / "release.py").write_text(
        f"version_info = ({version}, 0, FINAL, 0, '')\n"
    )
    (root / "requirements.txt").write_text(
        "Babel==2.10.3\npython-ldap==3.4.0 ; sys_platform != 'win32'\nlxml==4.9.3\n"
    )
    return root


def test_source_tree_found_in_itself_or_its_only_folder(tmp_path):
    tree = _odoo_tree(tmp_path / "archive" / "odoo-18.0")
    assert devtool.source_tree_of(tmp_path / "archive") == tree
    assert devtool.source_tree_of(tree) == tree
    assert devtool.source_tree_of(tmp_path) is None
    assert devtool.check_odoo_18(tree) == tree


def test_other_odoo_version_refused(tmp_path):
    tree = _odoo_tree(tmp_path / "odoo-17.0", version="17, 0")
    try:
        devtool.check_odoo_18(tree)
    except devtool.Missing as error:
        assert "Odoo 17.0, not Odoo 18.0" in str(error)
    else:
        raise AssertionError("Odoo 17 accepted")


def test_archive_extracted_into_project_odoo(tmp_path, monkeypatch):
    import tarfile

    tree = _odoo_tree(tmp_path / "src" / "odoo-18.0")
    archive = tmp_path / "odoo.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(tree, arcname="odoo-18.0")
    monkeypatch.setattr(devtool, "LOCAL_SRC", tmp_path / "local" / "src")
    extracted = devtool.extract_odoo_archive(archive)
    assert extracted == tmp_path / "local" / "src" / "odoo-18.0"
    assert devtool.check_odoo_18(extracted) == extracted


def test_python_ldap_skipped_without_its_headers(tmp_path, monkeypatch):
    tree = _odoo_tree(tmp_path / "odoo-18.0")
    monkeypatch.setattr(devtool, "LOCAL_ODOO", tmp_path / "local")
    (tmp_path / "local").mkdir()
    real_exists = Path.exists
    monkeypatch.setattr(
        Path,
        "exists",
        lambda self: False if str(self) == "/usr/include/ldap.h" else real_exists(self),
    )
    text = devtool.filtered_requirements(tree).read_text()
    assert "python-ldap" not in text
    assert "Babel==2.10.3" in text and "lxml==4.9.3" in text


def test_no_network_and_no_source_keeps_the_pure_suite(monkeypatch):
    """Without a local source and with the official repository unreachable, the
    setup is unavailable (tools/test then runs the pure suite only)."""
    monkeypatch.delenv("ODOO_SOURCE", raising=False)
    monkeypatch.setattr(devtool.shutil, "which", lambda name: f"/usr/bin/{name}")

    class Unreachable:
        returncode = 128
        stdout = ""
        stderr = "fatal: unable to access: Could not resolve host: github.com"

    monkeypatch.setattr(devtool.subprocess, "run", lambda *a, **k: Unreachable())
    try:
        devtool.odoo_source_request(None)
    except devtool.SetupUnavailable as error:
        assert "not reachable" in str(error) and "ODOO_SOURCE" in str(error)
    else:
        raise AssertionError("setup claimed a source")


def test_setup_disabled_by_environment(monkeypatch):
    monkeypatch.setenv(devtool.NO_SETUP_ENV, "1")
    monkeypatch.setattr(
        devtool, "find_odoo", lambda: (_ for _ in ()).throw(devtool.Missing("no odoo"))
    )
    try:
        devtool.find_or_setup_odoo()
    except devtool.SetupUnavailable as error:
        assert "no odoo" in str(error)
    else:
        raise AssertionError("setup ran although disabled")


def test_demo_db_installs_odoo_demo_data(monkeypatch, tmp_path):
    """``tools/test --demo-db`` installs the addons with Odoo's demo data (no
    --without-demo) and runs the same pytest session."""
    seen = {}

    def install(cmd, check):
        seen["install"] = cmd
        return devtool.subprocess.CompletedProcess(cmd, 0)

    def pytest_session(python, config, db, addons, extra, log_dir=None):
        seen.update(db=db, addons=addons, log_dir=log_dir)
        return {"passed": 1}

    monkeypatch.setattr(devtool, "LOG_DIR", tmp_path)
    monkeypatch.setattr(devtool, "DEMO_DB_LOG_DIR", tmp_path / "demo-db")
    monkeypatch.setattr(devtool.subprocess, "run", install)
    monkeypatch.setattr(devtool, "run_pytest_odoo", pytest_session)
    monkeypatch.setattr(devtool, "drop_database", lambda *args: None)
    result = devtool.run_demo_db_suite(["odoo"], "python", {}, ())
    assert result["passed"] == 1
    assert "--without-demo=all" not in seen["install"]
    assert seen["db"].startswith("clo_test_demo_")
    assert "consumer_law_demo" in seen["addons"]
    # its logs apart: CI keeps those of both suites
    assert seen["log_dir"] == tmp_path / "demo-db"
    assert f"--logfile={tmp_path / 'demo-db' / 'odoo-install.log'}" in seen["install"]
    seen.clear()
    devtool.run_odoo_suite(["odoo"], "python", {}, ())
    assert "--without-demo=all" in seen["install"]
    assert seen["log_dir"] == tmp_path
    parsed = {}
    monkeypatch.setattr(devtool, "cmd_test", lambda args: parsed.setdefault("a", args))
    devtool.main(["test", "--demo-db", "-k", "withdrawal"])
    assert parsed["a"].demo_db and parsed["a"].pytest_args == ["-k", "withdrawal"]
