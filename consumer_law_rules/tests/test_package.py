# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Package-level guarantees: public API, purity, errors, file headers."""

import ast
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import consumer_law_rules as clr
from consumer_law_rules import exceptions

PACKAGE_DIR = Path(clr.__file__).parent
PROJECT_DIR = Path(__file__).parents[1]
ARTICLE = re.compile(r"\b[LRD]\d{3}-\d|C\. (?:civ|com|trav)|\bart\. \d|\d{4}/\d+")
HEADER = (
    "# Copyright 2026 Consumer law for Odoo contributors\n"
    "# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).\n"
)


def test_import_pulls_in_no_odoo():
    code = (
        "import sys, consumer_law_rules\n"
        "bad = [m for m in sys.modules if m == 'odoo' or m.startswith('odoo.')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_public_api_is_exported():
    for name in clr.__all__:
        assert hasattr(clr, name), name
    assert len(set(clr.__all__)) == len(clr.__all__)


@pytest.mark.parametrize(
    ("name", "signature"),
    [
        ("withdrawal_deadline", "(receipt_dates, days=14, region='FR', *, kind=…)"),
        (
            "refund_due_date",
            "(notified_on, days=14, goods_back_on=None, shipment_proof_on=None, *, "
            "merchant_collects=False)",
        ),
        (
            "late_refund_surcharge",
            "(amount_due, days_late, *, product_price, legal_rate_percent)",
        ),
        ("late_delivery_refund_surcharge", "(amount, days_late, *, contract_date)"),
        (
            "conformity_guarantee",
            "(delivered_on, *, second_hand=False, contract_date=None, "
            "presumption_months=None)",
        ),
        (
            "transport_reserve_deadline",
            "(received_on, days=3, region='FR', *, consumer_could_not_check=False)",
        ),
        (
            "mediation_admissibility",
            "(written_complaint_on, request_on, *, before_other_body=False, "
            "manifestly_unfounded=False, outside_competence=False)",
        ),
        (
            "archive_until",
            "(total_incl_tax, concluded_on, delivered_on=None, *, threshold=…, "
            "years=10)",
        ),
        ("check_policy", "(policy, cgv_text='', at=None)"),
        ("storage_fee", "(last_slot_on, chosen_on, *, rate_per_day)"),
        ("retention_claim_deadline", "(published_on)"),
        ("retention_surplus", "(remaining_debt, recovered_value)"),
        (
            "penalty_amount",
            "(sums_owed, *, rate_percent, formal_notice_fruitless)",
        ),
    ],
)
def test_design_public_signatures(name, signature):
    """DESIGN "Public names": the documented parameters keep their place."""
    params = []
    seen_star = False
    for param in inspect.signature(getattr(clr, name)).parameters.values():
        text = param.name
        if param.kind is param.KEYWORD_ONLY and not seen_star:
            params.append("*")
            seen_star = True
        if param.default is not param.empty:
            default = param.default
            shown = repr(default) if type(default) in (str, int, bool) else None
            if default is None:
                shown = "None"
            text += "=" + (shown if shown is not None else "…")
        params.append(text)
    assert "(" + ", ".join(params) + ")" == signature.replace("'", "'")


def test_public_functions_have_docstrings_with_articles_and_examples():
    for name in clr.__all__:
        obj = getattr(clr, name)
        if inspect.isfunction(obj):
            doc = inspect.getdoc(obj) or ""
            assert ">>>" in doc, name
            assert ARTICLE.search(doc), name


@pytest.mark.parametrize(
    "error",
    [
        exceptions.RuleError(),
        exceptions.DateOrderError(),
        exceptions.NegativeValueError(),
        exceptions.UnknownRegionError("XX"),
        exceptions.BelowLegalFloorError("f", 1, 2, None),
        exceptions.AboveLegalCeilingError("f", 3, 2, "D213-1"),
    ],
)
def test_errors_are_value_errors_with_messages(error):
    assert isinstance(error, clr.RuleError)
    assert isinstance(error, ValueError)
    assert str(error)
    assert hasattr(error, "field")
    assert hasattr(error, "article")


def test_error_messages():
    assert str(exceptions.RuleError()) == "The value breaks a consumer-law rule."
    assert str(exceptions.NegativeValueError("days", -1, article="L221-18")) == (
        "days = -1 must not be negative (L221-18)."
    )
    below = exceptions.BelowLegalFloorError("f", 1, 2, None)
    assert str(below) == "f = 1 is below the legal floor 2."
    above = exceptions.AboveLegalCeilingError("f", 3, 2, "D213-1", "Too much.")
    assert (str(above), above.value, above.floor) == ("Too much.", 3, 2)
    custom = exceptions.DateOrderError("Late.", field="x", article="L216-1")
    assert (str(custom), custom.field, custom.article) == ("Late.", "x", "L216-1")


def test_every_python_file_has_the_header():
    files = list(PACKAGE_DIR.glob("*.py")) + list((PROJECT_DIR / "tests").glob("*.py"))
    assert files
    for path in files:
        assert path.read_text(encoding="utf-8").startswith(HEADER), path


def test_no_clock_and_no_io_in_the_package():
    forbidden_calls = {"today", "now", "utcnow", "open", "print", "input"}
    forbidden_modules = {"os", "time", "zoneinfo", "pytz", "io", "pathlib", "odoo"}
    for path in PACKAGE_DIR.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = getattr(func, "attr", None) or getattr(func, "id", None)
                assert name not in forbidden_calls, (path, name)
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = (
                    [alias.name for alias in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                for module in modules:
                    assert module.split(".")[0] not in forbidden_modules, (path, module)


def test_py_typed_marker():
    assert (PACKAGE_DIR / "py.typed").exists()
