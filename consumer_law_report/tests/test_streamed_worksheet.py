# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date, datetime
from io import BytesIO
from zipfile import ZipFile

import xlsxwriter

from odoo.tests import BaseCase

from ..reports.streamed_worksheet import StreamedWorksheet

KINDS = ["char", "date", "monetary", "number", "datetime", "integer"]
ROWS = [
    ("ORD/1", date(2026, 5, 31), 123.45, 1.5, datetime(2026, 5, 2, 10, 30), 3),
    (" leading & <trailing> ", None, None, 0, None, None),
    ("_x0041_ and \x01 control", date(1900, 1, 15), -7.1, 2.25, None, 0),
    (False, date(2024, 2, 29), 1e-05, 1234567.891, datetime(1900, 2, 1, 6), 42),
    ("x" * 40000, date(2026, 1, 1), 0.1 + 0.2, 10, datetime(2025, 12, 31, 23, 59), 7),
]


def _sheet_xml(streamed):
    """The first sheet's XML of a constant-memory workbook holding ``ROWS``, written
    row by row by the streamed worksheet or cell by cell by xlsxwriter."""
    stream = BytesIO()
    workbook = xlsxwriter.Workbook(
        stream, {"constant_memory": True, "remove_timezone": True}
    )
    sheet = workbook.add_worksheet(worksheet_class=StreamedWorksheet)
    formats = {
        "char": workbook.add_format({"valign": "top"}),
        "date": workbook.add_format({"num_format": "dd/mm/yyyy"}),
        "datetime": workbook.add_format({"num_format": "dd/mm/yyyy hh:mm"}),
        "number": workbook.add_format({"num_format": "#,##0.###"}),
        "integer": workbook.add_format({"num_format": "0"}),
    }
    money = workbook.add_format({"num_format": '#,##0.00 "€"'})
    for cell_format in (*formats.values(), money):
        cell_format._get_xf_index()  # the same indexes whatever writes first
    sheet.write(0, 0, "Header")
    cell_formats = [formats.get(kind) for kind in KINDS]
    if streamed:
        write_row = sheet.get_row_writer(KINDS, cell_formats)
    else:
        write_row = sheet._get_public_row_writer(KINDS, cell_formats)
    for index, row in enumerate(ROWS, start=1):
        write_row(index, row, money)
    sheet.write_formula(len(ROWS) + 1, 2, "=SUM(C2:C6)", money, 0)
    workbook.close()
    return ZipFile(stream).read("xl/worksheets/sheet1.xml")


class TestStreamedWorksheet(BaseCase):
    def test_rows_are_written_as_xlsxwriter_writes_them(self):
        """Whole rows give the very XML of xlsxwriter's typed cell writes: escaped
        and truncated strings, numbers, dates and date-times as serial numbers
        (Excel's 1900 leap year included), formatted blanks."""
        self.assertEqual(_sheet_xml(streamed=True), _sheet_xml(streamed=False))

    def test_rows_outside_constant_memory_use_the_public_writes(self):
        """Without constant memory the rows go through xlsxwriter's methods."""
        stream = BytesIO()
        workbook = xlsxwriter.Workbook(stream)
        sheet = workbook.add_worksheet(worksheet_class=StreamedWorksheet)
        write_row = sheet.get_row_writer(["char", "integer"], [None, None])
        write_row(0, ("a", 1), None)
        workbook.close()
        self.assertIn(b"<v>1</v>", ZipFile(stream).read("xl/worksheets/sheet1.xml"))
