# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
from datetime import date
import json

from odoo.addons.base.tests.common import BaseCommon

from ..reports.compliance_pack import CompliancePack
from ..reports.compliance_pack_xlsx import excel_currency_format, excel_date_format
from ..reports.compliance_topic import Topic
from ..reports.compliance_topics import ArchiveRegisterTopic, DataRetentionTopic


class TestRegistryAndFormats(BaseCommon):
    def test_registry_holds_this_addon_topics(self):
        """The registry gives this addon's own topics and only Topic classes,
        ordered by sequence then code, without duplicate codes."""
        registry = self.env["consumer.law.report.topic"]
        classes = registry._get_topic_classes()
        self.assertIn(ArchiveRegisterTopic, classes)
        self.assertIn(DataRetentionTopic, classes)
        self.assertTrue(all(issubclass(topic, Topic) for topic in classes))
        pack = CompliancePack(
            self.env, self.env.company, date(2026, 5, 1), date(2026, 5, 31)
        )
        topics = registry._get_topics(pack)
        keys = [topic.key for topic in topics]
        self.assertEqual(len(keys), len(set(keys)))
        self.assertEqual(
            [(topic.sequence, topic.key) for topic in topics],
            sorted((topic.sequence, topic.key) for topic in topics),
        )
        selection = dict(
            self.env["consumer.law.exposure"]
            ._fields["topic"]
            ._description_selection(self.env)
        )
        self.assertEqual(set(selection), set(keys))

    def test_currency_format_puts_the_symbol_where_the_currency_does(self):
        """Euros read "1 234,50 €"-style (symbol after), dollars "$1,234.50"."""
        euro = self.env.ref("base.EUR")
        dollar = self.env.ref("base.USD")
        self.assertEqual(excel_currency_format(euro), '#,##0.00 "€";-#,##0.00 "€"')
        self.assertEqual(excel_currency_format(dollar), '"$"#,##0.00;-"$"#,##0.00')

    def test_date_format_follows_the_language(self):
        """Odoo's language formats become Excel's."""
        self.assertEqual(excel_date_format("%d/%m/%Y"), "dd/mm/yyyy")
        self.assertEqual(excel_date_format("%m/%d/%Y"), "mm/dd/yyyy")
        self.assertEqual(excel_date_format("%Y-%m-%d"), "yyyy-mm-dd")

    def test_amount_label_reads_in_the_reader_language(self):
        """Figures refreshed in English (the daily action) show what their
        amount adds up in the language of whoever reads them."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["consumer_law_report"], ["fr_FR"], overwrite=True
        )
        figures = (
            self.env["consumer.law.exposure"]
            .with_context(lang="en_US")
            ._refresh(self.env.company, today=date(2026, 5, 31))
        )
        archive = figures.filtered(lambda figure: figure.topic == "archive_register")
        self.assertEqual(
            archive.with_context(lang="en_US").amount_label, "Order totals"
        )
        self.assertEqual(
            archive.with_context(lang="fr_FR").amount_label, "Totaux des commandes"
        )

    def test_dashboard_headings_have_figures(self):
        """Each heading of the dashboard's table has a figure under it on every
        topic row (a heading over an empty column reads as a missing figure)."""
        dashboard = self.env.ref(
            "consumer_law_report.spreadsheet_dashboard_consumer_law"
        )
        data = json.loads(base64.b64decode(dashboard.spreadsheet_binary_data))
        cells = data["sheets"][0]["cells"]
        topic_rows = [
            row
            for row in range(4, 100)
            if cells.get(f"A{row}", {}).get("content", "").startswith("=PIVOT.HEADER")
        ]
        self.assertTrue(topic_rows)
        for column in "ABCDEFGH":
            if f"{column}3" not in cells:
                continue
            for row in topic_rows:
                self.assertTrue(
                    cells.get(f"{column}{row}", {}).get("content"),
                    f"{column}{row} under {cells[f'{column}3']['content']}",
                )
