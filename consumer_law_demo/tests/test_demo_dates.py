# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import ast
from pathlib import Path

from freezegun import freeze_time
from lxml import etree

from odoo.tests import TransactionCase
from odoo.tools import convert

ADDON = Path(__file__).resolve().parent.parent
# Two instants of the same day in Paris (8 December 2026), on two different days in
# UTC: 00:30 and 13:00 in Paris.
LATE_EVENING_UTC = "2026-12-07 23:30:00"
MIDDAY_UTC = "2026-12-08 12:00:00"


class TestDemoDates(TransactionCase):
    def _date_evals(self):
        """(file, line, expression) of every data file's eval that reads the clock."""
        manifest = ast.literal_eval((ADDON / "__manifest__.py").read_text())
        found = []
        for path in manifest["data"] + manifest.get("demo", []):
            tree = etree.parse(str(ADDON / path))
            for node in tree.iter():
                expression = node.get("eval") if isinstance(node.tag, str) else None
                if expression and "DateTime" in expression:
                    found.append((path, node.sourceline, expression))
        return found

    def _evaluate_at(self, instant, expression):
        """``expression`` evaluated as Odoo evaluates a data file's eval (the
        same names: ``DateTime``, ``relativedelta``, ``pytz``...), at ``instant``."""
        with freeze_time(instant):
            importer = convert.xml_import(self.env, "consumer_law_demo", {}, "init")
            context = convert._get_idref(importer, self.env, None, {})
            return convert.safe_eval(expression, context)

    def test_demo_dates_are_counted_from_the_day_in_paris(self):
        """The demo's dates are counted from today in Paris, the day the addons
        reckon with: loaded from 23:00 UTC (midnight in Paris in winter) they
        used to count from the UTC day before, so a defect was 'discovered' the
        day before the order and the demo data refused to load."""
        evals = self._date_evals()
        self.assertGreater(len(evals), 50)
        for path, line, expression in evals:
            self.assertEqual(
                self._evaluate_at(LATE_EVENING_UTC, expression),
                self._evaluate_at(MIDDAY_UTC, expression),
                f"{path}:{line}: {expression} depends on the UTC day",
            )
