# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.1.1.0: the legal guarantee of goods repaired under it is extended once by
12 months for contracts concluded from 31 July 2026 (Directive (EU) 2024/1799), not
6 months. The guarantees of repaired units are recomputed with their new contract
date; every changed end date is noted in its order's chatter. The decision mail
(a noupdate template) gains the paragraph telling the customer his right to choose
and the repair extension, after the reason, in every language, unless the merchant
removed the reason paragraph."""

import json
import re

from markupsafe import Markup

from odoo import SUPERUSER_ID, api

TABLE = "sale_consumer_guarantee_end_before_18_0_1_1_0"
REASON_PARAGRAPH = re.compile(r"object\.legal_article or ''.*?</p>", re.DOTALL)
REMEDY_PARAGRAPH = {
    "en_US": "Right to choose and repair extension",
    "fr_FR": "Droit de choisir et extension après réparation",
}


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
    _add_remedy_paragraph(env)


def _add_remedy_paragraph(env):
    template = env.ref(
        "sale_consumer_return.mail_template_return_decision", raise_if_not_found=False
    )
    if not template:
        return
    template.env.cr.execute(
        "SELECT body_html FROM mail_template WHERE id = %s", [template.id]
    )
    bodies = template.env.cr.fetchone()[0] or {}
    changed = False
    for lang, body in bodies.items():
        if "remedy_information" in body:
            continue
        match = REASON_PARAGRAPH.search(body)
        if not match:
            continue
        paragraph = Markup(
            '<p t-if="object.remedy_information" class="o_return_remedy_information"'
            ' t-out="object.remedy_information">%s</p>'
        ) % REMEDY_PARAGRAPH.get(lang, REMEDY_PARAGRAPH["en_US"])
        # str(): adding a Markup to the body's str would escape the whole body
        bodies[lang] = (
            body[: match.end()] + "\n" + str(paragraph) + body[match.end() :]
        )
        changed = True
    if changed:
        template.env.cr.execute(
            "UPDATE mail_template SET body_html = %s WHERE id = %s",
            [json.dumps(bodies), template.id],
        )
        template.invalidate_recordset(["body_html"])
