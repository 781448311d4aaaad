# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.1.1.0: keep the legal guarantee end of repaired units before the update
recomputes it, so that post-migrate can note the old and new dates."""

TABLE = "sale_consumer_guarantee_end_before_18_0_1_1_0"


def migrate(cr, version):
    if not version:
        return
    cr.execute(
        f"""
        CREATE TABLE IF NOT EXISTS {TABLE} AS
        SELECT id, legal_end_date FROM sale_consumer_guarantee
         WHERE repair_count > 0
        """
    )
