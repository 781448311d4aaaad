# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The test command's reading of Odoo and pytest output."""

from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import devtool

HEAD = "2026-11-22 02:56:01,288 1338 INFO db odoo.tests.result: "
SUMMARY = HEAD + "0 failed, 0 error(s) of 12 tests when loading database 'db'"
SKIPPED_TOUR = (
    "2026-11-22 02:56:01,288 1338 INFO db odoo.addons.sale_cgv.tests.test_portal: "
    "skipped TestPortal.test_portal_sign_tour : websocket-client module is not "
    "installed"
)
SKIPPED_OTHER = (
    "2026-11-22 02:56:01,288 1338 INFO db odoo.addons.x.tests.test_y: "
    "skipped TestY.test_z : not relevant here"
)
BENIGN = (
    "2026-11-22 02:56:01,288 1338 ERROR ? werkzeug: 127.0.0.1 - - [22/Nov/2026] "
    "Request timed out: TimeoutError('timed out') - - -"
)
REAL_ERROR = "2026-11-22 02:56:01,288 1338 ERROR db odoo.modules.registry: Failed"


def test_summary_counts():
    result = devtool.parse_odoo_log(
        "\n".join([HEAD + "1 failed, 2 error(s) of 30 tests when loading database 'x'"])
    )
    assert (result["failed"], result["errors"], result["run"]) == (1, 2, 30)
    assert result["found_summary"]


def test_skipped_tour_is_reported():
    result = devtool.parse_odoo_log("\n".join([SKIPPED_TOUR, SKIPPED_OTHER, SUMMARY]))
    assert result["skipped"] == 2
    assert result["skipped_tours"] == [
        "TestPortal.test_portal_sign_tour : websocket-client module is not installed"
    ]


def test_benign_werkzeug_timeout_ignored_real_error_kept():
    result = devtool.parse_odoo_log("\n".join([BENIGN, REAL_ERROR, SUMMARY]))
    assert result["error_lines"] == [REAL_ERROR]


def test_missing_summary():
    result = devtool.parse_odoo_log(REAL_ERROR)
    assert not result["found_summary"]
    assert result["run"] == 0


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
