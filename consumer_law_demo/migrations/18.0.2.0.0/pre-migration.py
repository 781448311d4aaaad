# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""18.0.2.0.0: the demo shops moved to the French chart of accounts.

A demo database built before keeps the generic chart of the shops that had one
(a chart is not swapped under existing entries) and gets the French chart for
those that had none; the new demo records name the French 20 % VAT by its xml id,
so each demo company on the generic chart gets that id on its default sale tax.
The records that already exist are demo evidence and stay as they are (noupdate).
"""

from odoo import SUPERUSER_ID, api

COMPANIES = (
    "company_rallye",
    "company_minialuxe",
    "company_smallmx",
    "company_raynaud",
)


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    for company_xmlid in COMPANIES:
        company = env.ref(
            f"consumer_law_demo.{company_xmlid}", raise_if_not_found=False
        )
        if company and not company.chart_template:
            env["account.chart.template"].try_loading(
                "fr", company=company, install_demo=False
            )
    for company_xmlid in COMPANIES:
        cr.execute(
            """
            SELECT res_id FROM ir_model_data
             WHERE module = 'consumer_law_demo' AND name = %s
               AND model = 'res.company'
            """,
            [company_xmlid],
        )
        row = cr.fetchone()
        if not row:
            continue
        company_id = row[0]
        name = f"{company_id}_tva_normale"
        cr.execute(
            "SELECT 1 FROM ir_model_data WHERE module = 'account' AND name = %s",
            [name],
        )
        if cr.fetchone():
            continue
        cr.execute(
            """
            SELECT id FROM account_tax
             WHERE company_id = %s AND type_tax_use = 'sale' AND active
             ORDER BY (amount = 20) DESC, sequence, id
             LIMIT 1
            """,
            [company_id],
        )
        tax = cr.fetchone()
        if tax:
            cr.execute(
                """
                INSERT INTO ir_model_data (module, name, model, res_id, noupdate)
                VALUES ('account', %s, 'account.tax', %s, TRUE)
                """,
                [name, tax[0]],
            )
