# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""A worksheet that takes whole rows of typed values, for the pack's large sheets.

xlsxwriter's public ``write_*`` methods cost about 25 µs a cell (argument
conversion, bounds checks, a cell tuple, then the generic cell writer building
attribute lists): two years of orders are millions of cells. In constant-memory
mode xlsxwriter writes each finished row as XML into a temporary file; this
worksheet writes the same XML for a whole row at once, with each column's cell
template prepared once (column letter, format index, type). Cells are exactly the
ones xlsxwriter writes: numbers as ``%.16G``, dates as Excel serial numbers with
their date format, strings in-line and escaped the same way, blank dates as
formatted blank cells. Outside constant-memory mode it falls back to the public
methods.
"""

from datetime import datetime
import re

from xlsxwriter.utility import (
    datetime_to_excel_datetime,
    preserve_whitespace,
    xl_col_to_name,
)
from xlsxwriter.worksheet import Worksheet, re_control_chars_1, re_control_chars_2

# Excel's epoch (1900 system) and its ordinal; Excel counts 1900 as a leap year,
# so a serial number above 59 (after 1900-02-28) is one more than the days since
EXCEL_EPOCH = datetime(1899, 12, 31)
EXCEL_EPOCH_ORDINAL = EXCEL_EPOCH.toordinal()
EXCEL_LAST_PLAIN_SERIAL = 59
SECONDS_A_DAY = 60 * 60 * 24
# the characters that need more than the plain path: XML escapes, control
# characters, non-characters (a character class: one quick scan)
_SPECIAL_CHARACTERS = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]")


def _inline_text(string):
    """``(attribute, text)`` of an in-line string cell, escaped as xlsxwriter's
    ``_write_cell`` does in constant-memory mode."""
    if not string or not (
        _SPECIAL_CHARACTERS.search(string)
        # a literal "_xHHHH_" sequence, leading or trailing white space
        or "_x" in string
        or string[0].isspace()
        or string[-1].isspace()
    ):
        return "", string
    string = re_control_chars_1.sub(r"_x005F\1", string)
    string = re_control_chars_2.sub(
        lambda match: f"_x{ord(match.group(1)):04X}_", string
    )
    string = string.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    preserve = ' xml:space="preserve"' if preserve_whitespace(string) else ""
    string = string.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return preserve, string


def _excel_serial(value):
    """The Excel serial number (1900 system) of a date or a naive datetime after
    1900-02-28, computed as ``datetime_to_excel_datetime`` does; None for
    anything else (left to it)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return None
        delta = value - EXCEL_EPOCH
        serial = (
            delta.days
            + (float(delta.seconds) + float(delta.microseconds) / 1e6) / SECONDS_A_DAY
        )
    else:
        serial = value.toordinal() - EXCEL_EPOCH_ORDINAL
    return serial + 1 if serial > EXCEL_LAST_PLAIN_SERIAL else None


class StreamedWorksheet(Worksheet):
    """An xlsxwriter worksheet with :meth:`get_row_writer`."""

    def get_row_writer(self, kinds, cell_formats):
        """A function ``write_row(row, values, money_format)`` writing one row of
        values (row numbers increasing, as constant-memory mode requires).

        :param kinds: each column's kind: ``char``, ``integer``, ``number``,
            ``monetary``, ``date`` or ``datetime``
        :param cell_formats: each column's format (None for ``monetary``: the
            row's ``money_format`` is used, amounts being in the row's currency)
        """
        if not self.constant_memory:
            return self._get_public_row_writer(kinds, cell_formats)
        cells = [
            self._get_cell_writer(kind, xl_col_to_name(col), cell_format)
            for col, (kind, cell_format) in enumerate(
                zip(kinds, cell_formats, strict=True)
            )
        ]
        last_col = len(cells) - 1
        money_index = {}
        # the first column's dimension is recorded once, the last one per row
        self._check_dimensions(self.previous_row, 0, ignore_row=True)

        def write_row(row, values, money_format):
            self._start_streamed_row(row, last_col)
            xf = money_index.get(money_format)
            if xf is None:
                xf = money_index[money_format] = money_format._get_xf_index()
            number = row + 1
            self.fh.write(
                f'<row r="{number}">'
                + "".join(
                    [
                        cell(number, value, xf)
                        for cell, value in zip(cells, values, strict=True)
                    ]
                )
                + "</row>"
            )

        return write_row

    def _start_streamed_row(self, row, last_col):
        """Write what is pending of the previous rows and record the row in the
        sheet's dimensions."""
        if self._check_dimensions(row, last_col):
            raise ValueError(f"row {row} cannot be written in this sheet any more")
        pending = self.previous_row
        if self.table or pending in self.set_rows or pending in self.comments:
            self._write_single_row(row)
        else:
            self.previous_row = row

    def _get_cell_writer(self, kind, letter, cell_format):
        """``cell(row number, value, money xf index)``: the XML of one cell."""
        if kind == "monetary":

            def cell(number, value, money_xf):
                value = value or 0
                return f'<c r="{letter}{number}" s="{money_xf}"><v>{value:.16G}</v></c>'

            return cell
        xf = cell_format._get_xf_index()
        if kind in ("integer", "number"):

            def cell(number, value, money_xf):
                return f'<c r="{letter}{number}" s="{xf}"><v>{value or 0:.16G}</v></c>'

        elif kind in ("date", "datetime"):
            date_1904 = self.date_1904
            remove_timezone = self.remove_timezone

            def cell(number, value, money_xf):
                if not value:
                    return f'<c r="{letter}{number}" s="{xf}"/>'
                serial = None if date_1904 else _excel_serial(value)
                if serial is None:
                    serial = datetime_to_excel_datetime(
                        value, date_1904, remove_timezone
                    )
                return f'<c r="{letter}{number}" s="{xf}"><v>{serial:.16G}</v></c>'

        else:
            max_length = self.xls_strmax

            def cell(number, value, money_xf):
                preserve, text = _inline_text(str(value or "")[:max_length])
                return (
                    f'<c r="{letter}{number}" s="{xf}" t="inlineStr">'
                    f"<is><t{preserve}>{text}</t></is></c>"
                )

        return cell

    def _get_public_row_writer(self, kinds, cell_formats):
        """The same rows through xlsxwriter's public methods."""

        def write_row(row, values, money_format):
            for col, (kind, cell_format, value) in enumerate(
                zip(kinds, cell_formats, values, strict=True)
            ):
                if kind in ("date", "datetime"):
                    if value:
                        self.write_datetime(row, col, value, cell_format)
                    else:
                        self.write_blank(row, col, None, cell_format)
                elif kind == "monetary":
                    self.write_number(row, col, value or 0, money_format)
                elif kind in ("integer", "number"):
                    self.write_number(row, col, value or 0, cell_format)
                else:
                    self.write_string(row, col, str(value or ""), cell_format)

        return write_row
