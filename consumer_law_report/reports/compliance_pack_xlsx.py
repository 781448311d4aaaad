# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from xlsxwriter.utility import xl_rowcol_to_cell

from odoo import models
from odoo.exceptions import AccessError

from .compliance_pack import CompliancePack

MANAGER_GROUP = "consumer_law.consumer_law_group_manager"
FORMATS = {
    "char": {},
    "integer": {"num_format": "0"},
    "number": {"num_format": "#,##0.###"},
    "monetary": {"num_format": "#,##0.00"},
    "date": {"num_format": "yyyy-mm-dd"},
    "datetime": {"num_format": "yyyy-mm-dd hh:mm"},
}
WIDTHS = {"char": 28, "integer": 10, "number": 12, "monetary": 14}


class ReportCompliancePack(models.AbstractModel):
    """The consumer-law compliance pack: a summary sheet, then a sheet per topic
    with frozen headers, autofilters, typed cells and totals."""

    _name = "report.consumer_law_report.compliance_pack"
    _inherit = "report.report_xlsx.abstract"
    _description = "Consumer-Law Compliance Pack"

    def get_workbook_options(self):
        # rows are written in order: constant memory keeps large packs cheap
        return {"constant_memory": True, "remove_timezone": True}

    def generate_xlsx_report(self, workbook, data, objs):
        if not self.env.user.has_group(MANAGER_GROUP):
            raise AccessError(
                self.env._("Only consumer-law managers may print the compliance pack.")
            )
        wizard = objs.ensure_one()
        pack = CompliancePack(
            self.env,
            wizard._get_pack_companies(),
            wizard.date_from,
            wizard.date_to,
        )
        self._write_pack(workbook, pack)

    # === BUSINESS METHODS === #
    def _write_pack(self, workbook, pack):
        """Write ``pack`` (a :class:`CompliancePack`) into ``workbook``."""
        collected = pack.collect()
        formats = self._get_formats(workbook)
        sheet_names = [topic._get_sheet_name()[:31] for topic, _rows in collected]
        self._write_summary(workbook, formats, pack, collected, sheet_names)
        for (topic, rows), name in zip(collected, sheet_names, strict=True):
            self._write_topic(workbook.add_worksheet(name), formats, topic, rows)

    def _get_formats(self, workbook):
        formats = {
            kind: workbook.add_format(dict(spec, valign="top"))
            for kind, spec in FORMATS.items()
        }
        formats.update(
            {
                f"total_{kind}": workbook.add_format(dict(spec, bold=True, top=1))
                for kind, spec in FORMATS.items()
            }
        )
        formats["header"] = workbook.add_format(
            {"bold": True, "bg_color": "#D9E1F2", "bottom": 1, "text_wrap": True}
        )
        formats["title"] = workbook.add_format({"bold": True, "font_size": 14})
        formats["link"] = workbook.add_format({"font_color": "blue", "underline": 1})
        return formats

    def _write_summary(self, workbook, formats, pack, collected, sheet_names):
        _ = self.env._
        sheet = workbook.add_worksheet(_("Summary"))
        sheet.write(0, 0, _("Consumer-law compliance pack"), formats["title"])
        sheet.write(1, 0, ", ".join(pack.companies.mapped("name")))
        sheet.write(2, 0, _("Period"))
        sheet.write_datetime(2, 1, pack.date_from, formats["date"])
        sheet.write_datetime(2, 2, pack.date_to, formats["date"])
        sheet.write(3, 0, _("Drawn up on"))
        sheet.write_datetime(3, 1, pack.today, formats["date"])
        headers = [
            _("Topic"),
            _("Article"),
            _("Items"),
            _("Amount"),
            _("Amount of"),
            _("Judged"),
        ]
        first = 5
        for col, header in enumerate(headers):
            sheet.write(first, col, header, formats["header"])
        sheet.freeze_panes(first + 1, 0)
        for index, ((topic, rows), name) in enumerate(
            zip(collected, sheet_names, strict=True), start=first + 1
        ):
            figures = pack.figures(topic, rows)
            sheet.write_url(
                index, 0, f"internal:'{name}'!A1", formats["link"], topic._get_title()
            )
            sheet.write(index, 1, topic.article)
            sheet.write_number(index, 2, len(rows), formats["integer"])
            if topic.amount_column is not None:
                amount = sum(amount for _count, amount in figures.values())
                sheet.write_number(index, 3, amount, formats["monetary"])
            else:
                sheet.write_blank(index, 3, None, formats["monetary"])
            sheet.write(index, 4, topic._get_amount_label())
            sheet.write(
                index,
                5,
                _("today") if topic.is_snapshot else _("over the period"),
            )
        last = first + len(collected)
        sheet.autofilter(first, 0, last, len(headers) - 1)
        sheet.set_column(0, 0, 46)
        sheet.set_column(1, 1, 40)
        sheet.set_column(2, 3, 14)
        sheet.set_column(4, 5, 26)

    def _write_topic(self, sheet, formats, topic, rows):
        columns = topic._get_columns()
        for col, column in enumerate(columns):
            sheet.write(0, col, column.label, formats["header"])
            sheet.set_column(col, col, WIDTHS.get(column.kind, 16))
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)
        writers = [self._get_writer(sheet, formats, column.kind) for column in columns]
        totals = [0.0] * len(columns)
        for index, row in enumerate(rows, start=1):
            for col, value in enumerate(row[1:]):
                writers[col](index, col, value)
                if columns[col].total and value:
                    totals[col] += value
        total_row = len(rows) + 1
        sheet.write(total_row, 0, self.env._("Total"), formats["total_char"])
        for col, column in enumerate(columns):
            if not column.total:
                continue
            if not rows:
                sheet.write_number(total_row, col, 0, formats[f"total_{column.kind}"])
                continue
            first, last = (
                xl_rowcol_to_cell(1, col),
                xl_rowcol_to_cell(total_row - 1, col),
            )
            formula = f"=SUM({first}:{last})"
            sheet.write_formula(
                total_row,
                col,
                formula,
                formats[f"total_{column.kind}"],
                round(totals[col], 2),
            )

    def _get_writer(self, sheet, formats, kind):
        cell_format = formats[kind]

        if kind in ("date", "datetime"):

            def write(row, col, value):
                if value:
                    sheet.write_datetime(row, col, value, cell_format)
                else:
                    sheet.write_blank(row, col, None, cell_format)

        elif kind in ("integer", "number", "monetary"):

            def write(row, col, value):
                sheet.write_number(row, col, value or 0, cell_format)

        else:

            def write(row, col, value):
                sheet.write_string(row, col, str(value or ""), cell_format)

        return write
