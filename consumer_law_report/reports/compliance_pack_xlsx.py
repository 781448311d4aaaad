# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from xlsxwriter.utility import xl_rowcol_to_cell

from odoo import models
from odoo.exceptions import AccessError

from .compliance_pack import CompliancePack
from .streamed_worksheet import StreamedWorksheet

MANAGER_GROUP = "consumer_law.consumer_law_group_manager"
FORMATS = {
    "char": {},
    "integer": {"num_format": "0"},
    "number": {"num_format": "#,##0.###"},
}
WIDTHS = {"char": 28, "integer": 10, "number": 12, "monetary": 16, "date": 12}
# strftime directives of Odoo's language formats and their Excel equivalents
EXCEL_DATE_CODES = {
    "%d": "dd",
    "%e": "d",
    "%m": "mm",
    "%b": "mmm",
    "%B": "mmmm",
    "%y": "yy",
    "%Y": "yyyy",
    "%a": "ddd",
    "%A": "dddd",
    "%H": "hh",
    "%I": "hh",
    "%M": "mm",
    "%S": "ss",
    "%p": "AM/PM",
}


def excel_date_format(strftime_format):
    """The Excel number format of an Odoo (strftime) date or time format."""
    result = strftime_format
    for directive, code in EXCEL_DATE_CODES.items():
        result = result.replace(directive, code)
    return result


def excel_currency_format(currency):
    """The Excel number format of amounts in ``currency``: its symbol on the
    side the currency puts it, its decimal places."""
    decimals = "0" * (currency.decimal_places or 0)
    number = f"#,##0.{decimals}" if decimals else "#,##0"
    symbol = '"{}"'.format((currency.symbol or currency.name).replace('"', ""))
    if currency.position == "before":
        positive = f"{symbol}{number}"
    else:
        positive = f"{number} {symbol}"
    return f"{positive};-{positive}"


class ReportCompliancePack(models.AbstractModel):
    """The consumer-law compliance pack: a summary sheet, then a sheet per topic
    with frozen headers, autofilters, typed cells (amounts in the company's
    currency, dates in the user's format) and totals per currency."""

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
        """Write ``pack`` (a :class:`CompliancePack`) into ``workbook``: the
        summary's head, each topic's sheet as its rows stream from the database,
        then the summary's figures (counted from the rows written)."""
        formats = _Formats(self.env, workbook, pack.companies)
        topics = pack.get_topics()
        summary = workbook.add_worksheet(self.env._("Summary"))
        first = self._write_summary_head(summary, formats, pack)
        summary_rows = []
        for topic in topics:
            name = topic._get_sheet_name()[:31]
            sheet = workbook.add_worksheet(name, worksheet_class=StreamedWorksheet)
            figures = self._write_topic(sheet, formats, topic)
            summary_rows.append((topic, name, figures))
        self._write_summary_figures(summary, formats, first, summary_rows)

    def _write_summary_head(self, sheet, formats, pack):
        """Write the summary's title, period and headers; return the header row."""
        _ = self.env._
        sheet.write(0, 0, _("Consumer-law compliance pack"), formats.title)
        sheet.write(1, 0, ", ".join(pack.companies.mapped("name")))
        sheet.write(2, 0, _("Period"))
        sheet.write_datetime(2, 1, pack.date_from, formats.date)
        sheet.write_datetime(2, 2, pack.date_to, formats.date)
        sheet.write(3, 0, _("Drawn up on"))
        sheet.write_datetime(3, 1, pack.today, formats.date)
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
            sheet.write(first, col, header, formats.header)
        sheet.freeze_panes(first + 1, 0)
        sheet.set_column(0, 0, 46)
        sheet.set_column(1, 1, 40)
        sheet.set_column(2, 3, 16)
        sheet.set_column(4, 5, 26)
        return first

    def _write_summary_figures(self, sheet, formats, first, summary_rows):
        """One line per topic (per topic and currency when the companies of the
        pack keep their books in several currencies: amounts are never added
        across currencies)."""
        _ = self.env._
        index = first
        for topic, name, figures in summary_rows:
            by_currency = formats.split_by_currency(figures)
            for currency, (items, amount) in by_currency:
                index += 1
                # a quote in a sheet name is doubled inside the quoted reference
                quoted = name.replace("'", "''")
                sheet.write_url(
                    index,
                    0,
                    f"internal:'{quoted}'!A1",
                    formats.link,
                    topic._get_title(),
                )
                sheet.write(index, 1, topic.article)
                sheet.write_number(index, 2, items, formats.integer)
                if topic.amount_column is not None:
                    sheet.write_number(index, 3, amount, formats.monetary(currency))
                else:
                    sheet.write_blank(index, 3, None)
                sheet.write(index, 4, topic._get_amount_label())
                sheet.write(
                    index,
                    5,
                    _("today") if topic.is_snapshot else _("over the period"),
                )
        sheet.autofilter(first, 0, max(index, first + 1), 5)

    def _write_topic(self, sheet, formats, topic):
        """Write the topic's rows as they stream; return its figures
        (``topic._get_figures`` of the rows written)."""
        columns = topic._get_columns()
        for col, column in enumerate(columns):
            sheet.write(0, col, column.label, formats.header)
            sheet.set_column(col, col, WIDTHS.get(column.kind, 16))
        sheet.freeze_panes(1, 0)
        write_row = sheet.get_row_writer(
            [column.kind for column in columns],
            [formats.of_kind(column.kind) for column in columns],
        )
        summed = [col for col, column in enumerate(columns) if column.total]
        # {company id: [total of each column]}, added up by currency afterwards
        company_totals = {}
        written = [0]

        def write_rows():
            for index, row in enumerate(topic._get_rows(), start=1):
                company_id = row[0]
                values = row[1:]
                row_totals = company_totals.get(company_id)
                if row_totals is None:
                    row_totals = company_totals[company_id] = [0.0] * len(columns)
                write_row(index, values, formats.of_company(company_id)[1])
                for col in summed:
                    row_totals[col] += values[col] or 0
                written[0] = index
                yield row

        figures = topic._get_figures(rows=write_rows())
        count = written[0]
        # {currency: [total of each column]}
        totals = {}
        for company_id, row_totals in company_totals.items():
            currency = formats.currency_of(company_id)
            currency_totals = totals.setdefault(currency, [0.0] * len(columns))
            for col, value in enumerate(row_totals):
                currency_totals[col] += value
        sheet.autofilter(0, 0, max(count, 1), len(columns) - 1)
        self._write_totals(sheet, formats, columns, count, totals)
        return figures

    def _write_totals(self, sheet, formats, columns, count, totals):
        """The total row under the rows: one per currency when there are several
        (a SUM formula when there is one)."""
        if not totals:
            totals = {formats.currency_of(None): [0.0] * len(columns)}
        several = len(totals) > 1
        for offset, (currency, values) in enumerate(
            sorted(totals.items(), key=lambda item: item[0].name)
        ):
            row = count + 1 + offset
            label = self.env._("Total")
            if several:
                label = self.env._("Total %(currency)s", currency=currency.name)
            sheet.write(row, 0, label, formats.total("char"))
            for col, column in enumerate(columns):
                if not column.total:
                    continue
                cell_format = formats.total(column.kind, currency)
                value = round(values[col], 2)
                if several or not count:
                    sheet.write_number(row, col, value, cell_format)
                    continue
                cells = f"{xl_rowcol_to_cell(1, col)}:{xl_rowcol_to_cell(count, col)}"
                sheet.write_formula(row, col, f"=SUM({cells})", cell_format, value)


class _Formats:
    """The cell formats of a pack: created once per workbook, amounts per
    currency of the pack's companies, dates in the user's language format."""

    def __init__(self, env, workbook, companies):
        self.workbook = workbook
        self._currency_by_company = {
            company.id: company.currency_id for company in companies
        }
        self._default_currency = companies[:1].currency_id or env.company.currency_id
        lang = env["res.lang"]._get_data(code=env.lang or "en_US")
        date_format = excel_date_format(lang.date_format or "%Y-%m-%d")
        self.plain = {
            kind: workbook.add_format(dict(spec, valign="top"))
            for kind, spec in FORMATS.items()
        }
        self.integer = self.plain["integer"]
        self.date = workbook.add_format({"num_format": date_format, "valign": "top"})
        self.datetime = workbook.add_format(
            {"num_format": f"{date_format} hh:mm", "valign": "top"}
        )
        self.header = workbook.add_format(
            {"bold": True, "bg_color": "#D9E1F2", "bottom": 1, "text_wrap": True}
        )
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.link = workbook.add_format({"font_color": "blue", "underline": 1})
        self._monetary = {}
        self._totals = {}
        # {company id: (currency, amount format)}: looked up once per row
        self._by_company = {}

    def of_kind(self, kind):
        """The format of a column of ``kind`` (None for amounts: the format of
        the row's currency)."""
        if kind == "monetary":
            return None
        if kind in ("date", "datetime"):
            return self.date if kind == "date" else self.datetime
        return self.plain.get(kind, self.plain["char"])

    def currency_of(self, company_id):
        return self._currency_by_company.get(company_id, self._default_currency)

    def of_company(self, company_id):
        """(currency, amount format) of a row's company."""
        if company_id not in self._by_company:
            currency = self.currency_of(company_id)
            self._by_company[company_id] = (currency, self.monetary(currency))
        return self._by_company[company_id]

    def monetary(self, currency):
        if currency not in self._monetary:
            self._monetary[currency] = self.workbook.add_format(
                {"num_format": excel_currency_format(currency), "valign": "top"}
            )
        return self._monetary[currency]

    def total(self, kind, currency=None):
        key = (kind, currency if kind == "monetary" else None)
        if key not in self._totals:
            if kind == "monetary":
                spec = {"num_format": excel_currency_format(currency)}
            else:
                spec = dict(FORMATS.get(kind, {}))
            self._totals[key] = self.workbook.add_format(dict(spec, bold=True, top=1))
        return self._totals[key]

    def split_by_currency(self, figures):
        """[(currency, (items, amount))] of a topic's figures by company; a
        single line in the pack's (first) currency when there are none."""
        result = {}
        for company_id, (items, amount) in figures.items():
            currency = self.currency_of(company_id)
            total_items, total_amount = result.get(currency, (0, 0.0))
            result[currency] = (total_items + items, total_amount + amount)
        if not result:
            result[self._default_currency] = (0, 0.0)
        return sorted(result.items(), key=lambda item: item[0].name)
