# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.1.1.0: the legal guarantee of goods repaired under it is extended once by
12 months for contracts concluded from 31 July 2026 (Directive (EU) 2024/1799), not
6 months. The guarantees of repaired units are recomputed with their new contract
date; every changed end date is noted in its order's chatter."""

from odoo import SUPERUSER_ID, api

TABLE = "sale_consumer_guarantee_end_before_18_0_1_1_0"


def migrate(cr, version):
    if not version:
        return
    cr.execute("SELECT to_regclass(%s)", [TABLE])
    before = {}
    if cr.fetchone()[0]:
        cr.execute(f"SELECT id, legal_end_date FROM {TABLE}")
        before = dict(cr.fetchall())
        cr.execute(f"DROP TABLE {TABLE}")
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["sale.consumer.guarantee"]._recompute_repair_extensions(before)
