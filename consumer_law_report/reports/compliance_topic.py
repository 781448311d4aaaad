# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""What a topic of the compliance pack is, for the addons that bring one.

A topic is a small class: its code (``key``), title, article, columns, and one
query giving its rows; the summary figures of the pack, the exposure views and the
*Consumer law* dashboard are counted from the same rows (:meth:`Topic._get_figures`),
so they cannot disagree. An addon adds its topics to the pack by extending
``consumer.law.report.topic._get_topic_classes`` (see
``models/consumer_law_report_topic.py``), directly when it depends on this addon, or
through a small auto-installed glue addon (``<addon>_report``) so that the report
stays optional. This addon therefore queries only the tables of the addons it
depends on.

Rows are streamed from the database (a server-side cursor): a topic's rows are
never held all at once, whatever the number of orders. Each row is a tuple whose
first item is the company id (not written) followed by one value per column.
"""

from collections import namedtuple
from itertools import count

from odoo.tools import SQL

Column = namedtuple("Column", ["label", "kind", "total"], defaults=[False])
# kind: char, integer, number, monetary (the company's currency), date, datetime
# (Paris time); ``total``: the column is summed in the sheet's total row (only
# amounts of one currency, or counts of one thing)

PARIS_DAY = "((%s AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date"
# rows fetched per round trip of a topic's server-side cursor
STREAM_BATCH = 5000
_cursor_names = count(1)


def paris_day(column):
    """SQL: the Paris calendar day of a UTC ``timestamp`` column."""
    return SQL(PARIS_DAY, SQL(column))


def paris_time(column):
    """SQL: the Paris wall-clock time of a UTC ``timestamp`` column."""
    return SQL("((%s AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')", SQL(column))


class Topic:
    """One topic of the pack.

    :param pack: the ``CompliancePack`` the topic renders for (companies,
        period, today, language)
    """

    key = ""
    sequence = 100
    article = ""
    # index (in the written columns) of the amount shown on the summary sheet, in
    # the company's currency; None: the topic only counts items
    amount_column = None
    # the topic judges today's exposure rather than the period
    is_snapshot = False

    def __init__(self, pack):
        self.pack = pack
        self.env = pack.env

    def _get_title(self):
        raise NotImplementedError

    def _get_columns(self):
        """The written columns, a list of :class:`Column`."""
        raise NotImplementedError

    def _get_rows(self):
        """The topic's rows (an iterable, preferably streamed with
        :meth:`_query`): (company id, value of each column...)."""
        raise NotImplementedError

    def _get_sheet_name(self):
        """The sheet's name (at most 31 characters)."""
        return self._get_title()[:31]

    def _get_amount_label(self):
        return ""

    def _get_figures(self, rows=None):
        """{company id: (items, amount)}: the topic's summary figures, counted
        from its rows (``rows`` when the caller already streams them)."""
        result = {}
        amount_index = None if self.amount_column is None else self.amount_column + 1
        for row in self._get_rows() if rows is None else rows:
            items, amount = result.get(row[0], (0, 0.0))
            if amount_index is not None:
                amount += row[amount_index] or 0.0
            result[row[0]] = (items + 1, amount)
        return result

    def _query(self, query):
        """Run ``query`` (an ``SQL``) and yield its rows, fetched in batches from a
        server-side cursor of the same transaction (one query, however many
        rows; memory bounded by the batch)."""
        self.pack.query_count += 1
        connection = getattr(self.env.cr, "_cnx", None)
        if connection is None:
            # a cursor without its own connection (test cursors): plain fetch
            self.env.cr.execute(query)
            yield from self.env.cr.fetchall()
            return
        name = f"consumer_law_report_topic_{next(_cursor_names)}"
        with connection.cursor(name=name) as cursor:
            cursor.itersize = STREAM_BATCH
            cursor.execute(query.code, query.params)
            yield from cursor

    # shared SQL pieces
    def _companies(self):
        return tuple(self.pack.companies.ids) or (0,)

    def _in_period(self, column):
        return SQL(
            "%s BETWEEN %s AND %s",
            paris_day(column),
            self.pack.date_from,
            self.pack.date_to,
        )

    def _name(self, alias):
        """SQL: the name of a jsonb-translated record (product, for instance)."""
        return SQL(
            "COALESCE(%s->>%s, %s->>'en_US')",
            SQL(f"{alias}.name"),
            self.pack.lang,
            SQL(f"{alias}.name"),
        )

    def _selection_labels(self, model, field):
        return dict(
            self.env[model]._fields[field]._description_selection(self.env) or []
        )
