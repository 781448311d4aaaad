# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.2.0.0: withdrawal refunds move to the refund engine (sale_consumer_refund).

Each existing request gets its refund obligation, built from the values the
request stored itself until now (still in its table's columns): the dates that
defer the refund, the depreciation, the credit note, the surcharge credit note and
the surcharge already added. The request's own refund reminders (cron, activity
types and their activities) give way to the engine's daily action, and the
daily update of the window states to a state judged against today.
"""

import logging

from odoo import SUPERUSER_ID, api
from odoo.tools import SQL

_logger = logging.getLogger(__name__)

OLD_COLUMNS = (
    "goods_back_date",
    "shipment_proof_date",
    "depreciation_amount",
    "depreciation_reason",
    "credit_note_id",
    "surcharge_move_id",
    "surcharge_added_amount",
)
OLD_XMLIDS = (
    "ir_cron_withdrawal_refund_activities",
    "ir_cron_withdrawal_window_state",
    "mail_activity_type_refund_due",
    "mail_activity_type_refund_overdue",
)


def _existing_columns(cr):
    cr.execute(
        """
        SELECT column_name FROM information_schema.columns
         WHERE table_name = 'sale_withdrawal_request' AND column_name = ANY(%s)
        """,
        [list(OLD_COLUMNS)],
    )
    return [row[0] for row in cr.fetchall()]


def _read_old_values(cr, columns):
    cr.execute(
        SQL(
            "SELECT id, %s FROM sale_withdrawal_request WHERE refund_id IS NULL",
            SQL(", ").join(SQL.identifier(column) for column in columns),
        )
    )
    return {row[0]: dict(zip(columns, row[1:], strict=True)) for row in cr.fetchall()}


def _create_refunds(env, old_values):
    requests = env["sale.withdrawal.request"].browse(sorted(old_values))
    extras = [
        {
            key: old_values[request.id].get(key) or False
            for key in (
                "goods_back_date",
                "shipment_proof_date",
                "depreciation_amount",
                "depreciation_reason",
            )
            if old_values[request.id].get(key)
        }
        for request in requests
    ]
    refunds = requests._create_refund_obligations(extras)
    moves = env["account.move"]
    for request, refund in zip(requests, refunds, strict=True):
        values = old_values[request.id]
        credit_note = moves.browse(values.get("credit_note_id") or [])
        surcharge_move = moves.browse(values.get("surcharge_move_id") or [])
        (credit_note | surcharge_move).exists().write({"consumer_refund_id": refund.id})
        refund.line_ids.filtered(
            lambda line: line.line_type == "goods"
        ).move_id = credit_note.exists()
        if values.get("surcharge_added_amount"):
            env["sale.consumer.refund.line"].create(
                {
                    "refund_id": refund.id,
                    "line_type": "surcharge",
                    "name": env._("Late refund surcharge (C. consom. L242-4)"),
                    "amount": values["surcharge_added_amount"],
                    "move_id": (surcharge_move or credit_note).exists().id,
                }
            )
        if request.is_cancelled and not refund.is_cancelled:
            refund._cancel_as_flow(
                env._("Withdrawal request %(request)s cancelled.", request=request.name)
            )
    return refunds


def _remove_old_reminders(env):
    for xmlid in OLD_XMLIDS:
        record = env.ref(f"sale_withdrawal.{xmlid}", raise_if_not_found=False)
        if not record:
            continue
        if record._name == "mail.activity.type":
            env["mail.activity"].search([("activity_type_id", "=", record.id)]).unlink()
        record.unlink()


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
    columns = _existing_columns(cr)
    old_values = _read_old_values(cr, columns) if columns else {}
    if old_values:
        refunds = _create_refunds(env, old_values)
        _logger.info("Withdrawal requests: %d refund obligations created", len(refunds))
    _remove_old_reminders(env)
