# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Bulk copies of a real order for the query-count test and the benchmark.

``clone_orders`` copies, in SQL, a template order made by the ORM (its customer,
lines, refund obligations, withdrawal requests and acceptances): every copy gets
its own customer and is moved back by 0 to ``spread_days - 1`` days, with every
date of its documents. The copies are what the topics read (names, dates,
amounts, states), not complete documents.
"""

from odoo.tools import SQL

# tables whose rows hang on an order, with the column naming it
ORDER_CHILDREN = (
    ("sale_order_line", "order_id"),
    ("sale_consumer_refund", "order_id"),
    ("sale_withdrawal_request", "order_id"),
    ("cgv_acceptance", "order_id"),
)
DATE_TYPES = ("date", "timestamp without time zone")


def _columns(cr, table):
    """{column: data type} of ``table`` but its id, in the table's order."""
    cr.execute(
        SQL(
            """
            SELECT column_name, data_type FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name = %s AND column_name != 'id'
             ORDER BY ordinal_position
            """,
            table,
        )
    )
    return dict(cr.fetchall())


def _table_exists(cr, table):
    cr.execute(SQL("SELECT to_regclass(%s)", table))
    return bool(cr.fetchone()[0])


def _select_list(columns, overrides, alias, shift):
    """SQL: the copied values; dates moved by the interval ``shift``."""
    values = []
    for column, data_type in columns.items():
        if column in overrides:
            values.append(overrides[column])
        elif data_type in DATE_TYPES and column != "write_date":
            values.append(
                SQL(
                    "(%s - %s)::%s",
                    SQL.identifier(alias, column),
                    shift,
                    SQL(data_type),
                )
            )
        else:
            values.append(SQL.identifier(alias, column))
    return SQL(", ").join(values)


def _names(columns):
    return SQL(", ").join(SQL.identifier(column) for column in columns)


def clone_orders(env, order, count, spread_days=700):
    """Insert ``count`` copies of ``order`` (and of its children) in SQL.

    :return: the number of order rows inserted
    """
    env.flush_all()
    cr = env.cr
    cr.execute("SELECT COALESCE(MAX(id), 0) FROM res_partner")
    partner_floor = cr.fetchone()[0]
    cr.execute("SELECT COALESCE(MAX(id), 0) FROM sale_order")
    order_floor = cr.fetchone()[0]
    # one customer per copy
    partner_columns = _columns(cr, "res_partner")
    cr.execute(
        SQL(
            "INSERT INTO res_partner (%s) SELECT %s FROM res_partner p, "
            "generate_series(1, %s) g WHERE p.id = %s ORDER BY g",
            _names(partner_columns),
            _select_list(
                partner_columns,
                {
                    "name": SQL("p.name || ' ' || g"),
                    "complete_name": SQL("p.complete_name || ' ' || g"),
                    "email": SQL("'bulk' || g || '@example.com'"),
                },
                "p",
                SQL("interval '0 days'"),
            ),
            count,
            order.partner_id.id,
        )
    )
    cr.execute(
        SQL(
            "UPDATE res_partner SET commercial_partner_id = id WHERE id > %s",
            partner_floor,
        )
    )
    order_columns = _columns(cr, "sale_order")
    partner_expr = SQL("%s + g", partner_floor)
    cr.execute(
        SQL(
            "INSERT INTO sale_order (%s) SELECT %s FROM sale_order o, "
            "generate_series(1, %s) g WHERE o.id = %s ORDER BY g",
            _names(order_columns),
            _select_list(
                order_columns,
                {
                    "name": SQL("o.name || '-' || g"),
                    "partner_id": partner_expr,
                    "partner_invoice_id": partner_expr,
                    "partner_shipping_id": partner_expr,
                },
                "o",
                SQL("make_interval(days => mod(g, %s))", spread_days),
            ),
            count,
            order.id,
        )
    )
    for table, column in ORDER_CHILDREN:
        if not _table_exists(cr, table):
            continue
        columns = _columns(cr, table)
        overrides = {column: SQL("copy.id")}
        if "name" in columns and table != "sale_order_line":
            overrides["name"] = SQL("child.name || '-' || copy.id")
        for partner_column in ("partner_id", "commercial_partner_id"):
            if partner_column in columns:
                overrides[partner_column] = SQL("copy.partner_id")
        cr.execute(
            SQL(
                "INSERT INTO %s (%s) SELECT %s FROM %s child, sale_order copy, "
                "sale_order template WHERE template.id = %s AND child.%s = %s "
                "AND copy.id > %s",
                SQL.identifier(table),
                _names(columns),
                _select_list(
                    columns,
                    overrides,
                    "child",
                    SQL("(template.date_order - copy.date_order)"),
                ),
                SQL.identifier(table),
                order.id,
                SQL.identifier(column),
                order.id,
                order_floor,
            )
        )
    if _table_exists(cr, "sale_withdrawal_request"):
        # statistics of the copies first: planned on empty-table estimates, the
        # join below is a nested loop over 100,000 x 100,000 rows
        cr.execute("ANALYZE sale_withdrawal_request, sale_consumer_refund")
        # each copied request points at its own order's copied refund
        cr.execute(
            SQL(
                """
                UPDATE sale_withdrawal_request request
                   SET refund_id = refund.id
                  FROM sale_consumer_refund refund
                 WHERE refund.order_id = request.order_id
                   AND request.order_id > %s
                """,
                order_floor,
            )
        )
    # fresh statistics, as a database of that size has
    cr.execute(
        SQL(
            "ANALYZE %s",
            SQL(", ").join(
                SQL.identifier(table)
                for table in ("res_partner", "sale_order", *dict(ORDER_CHILDREN))
                if _table_exists(cr, table)
            ),
        )
    )
    env.invalidate_all()
    return count
