# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.2.0.0: the eight ``cgv_pending_*`` columns of sale orders become one
``cgv.acceptance.pending`` record per order (acceptances given on quotations)."""

from odoo.tools import SQL

OLD_COLUMNS = {
    "cgv_pending_version_id": "version_id",
    "cgv_pending_at": "accepted_at",
    "cgv_pending_channel": "channel",
    "cgv_pending_ip": "ip_address",
    "cgv_pending_user_agent": "user_agent",
    "cgv_pending_user_id": "user_id",
    "cgv_pending_attachment_id": "attachment_id",
    "cgv_pending_note": "note",
}


def migrate(cr, version):
    if not version:
        return
    cr.execute(
        """
        SELECT column_name FROM information_schema.columns
         WHERE table_name = 'sale_order' AND column_name = ANY(%s)
        """,
        [list(OLD_COLUMNS)],
    )
    existing = {row[0] for row in cr.fetchall()}
    if "cgv_pending_version_id" not in existing:
        return
    columns = [column for column in OLD_COLUMNS if column in existing]
    cr.execute(
        SQL(
            """
            INSERT INTO cgv_acceptance_pending
                   (order_id, company_id, create_uid, write_uid, create_date,
                    write_date, %(new)s)
            SELECT id, company_id, 1, 1, now() at time zone 'UTC',
                   now() at time zone 'UTC', %(old)s
              FROM sale_order
             WHERE cgv_pending_version_id IS NOT NULL
            ON CONFLICT DO NOTHING
            """,
            new=SQL(", ").join(SQL.identifier(OLD_COLUMNS[c]) for c in columns),
            old=SQL(", ").join(
                SQL("COALESCE(%s, now() at time zone 'UTC')", SQL.identifier(c))
                if c == "cgv_pending_at"
                else SQL.identifier(c)
                for c in columns
            ),
        )
    )
