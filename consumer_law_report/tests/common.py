# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from io import BytesIO

import openpyxl

MANAGER = "consumer_law.consumer_law_group_manager"
REPORT = "consumer_law_report.consumer_law_pack_report_xlsx"


def open_workbook(content):
    """The XLSX bytes opened with openpyxl (cached formula values)."""
    return openpyxl.load_workbook(BytesIO(content), data_only=True)


def sheet_rows(sheet):
    """The rows of a topic's sheet as tuples: header, rows, total."""
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]
