# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.1.1.0: one evidence core.

Nothing is dropped or rewritten: every record stays, and every digest already
stored on a record (terms, acknowledgments, referral letters, acceptances) is
kept as it is. The evidence files already recorded are linked through the
mixin: their SHA-256 is stored on the attachment, so they can no longer be
replaced, relinked or deleted and the daily check covers them. The archive
downloads made before this version covered every company: they say so.

Runs at the end of the update, once every addon's models are loaded.
"""

import hashlib
import logging

from odoo import SUPERUSER_ID, api

from odoo.addons.consumer_law.evidence import evidence_writer

_logger = logging.getLogger(__name__)
# Files stored without a binary field: the referral letters, and what customers
# uploaded on the portal with their complaint or return claim.
PORTAL_UPLOAD_MODELS = ("consumer.complaint", "sale.consumer.return")


def _evidence_attachment_domain(env, model):
    """Return the domain of the attachments of ``model`` that are evidence."""
    names = list(getattr(model, "_consumer_law_evidence_fields", ()))
    clauses = []
    if names:
        clauses.append([("res_field", "in", names)])
    if model._name == "consumer.complaint":
        clauses.append([("description", "=", "sale_mediation:referral_letter")])
    if model._name in PORTAL_UPLOAD_MODELS and "channel" in model._fields:
        portal_ids = model.sudo().search([("channel", "=", "portal")]).ids
        clauses.append([("res_field", "=", False), ("res_id", "in", portal_ids)])
    if not clauses:
        return None
    domain = ["|"] * (len(clauses) - 1)
    for clause in clauses:
        domain += ["&", *clause] if len(clause) == 2 else clause
    return [("res_model", "=", model._name), ("consumer_law_sha256", "=", False)] + (
        domain
    )


def _seal_existing_files(env):
    attachment_model = env["ir.attachment"].sudo().with_context(
        skip_res_field_check=True, bin_size=False
    )
    export_model = env["consumer.law.evidence.export"]
    count = 0
    for model in export_model._get_evidence_models():
        domain = _evidence_attachment_domain(env, model)
        if domain is None:
            continue
        for attachment in attachment_model.search(domain):
            record = model.sudo().browse(attachment.res_id).exists()
            if not record or not record._has_evidence():
                continue
            digest = hashlib.sha256(attachment.raw or b"").hexdigest()
            evidence_writer(attachment).write({"consumer_law_sha256": digest})
            count += 1
    _logger.info("consumer_law: %s existing evidence files linked with SHA-256", count)


def _mark_old_exports(env):
    exports = env["consumer.law.evidence.export"].sudo().search(
        [("company_ids", "=", False)]
    )
    companies = env["res.company"].sudo().search([])
    for export in exports:
        # the downloads before this version held every company's evidence
        evidence_writer(export).write({"company_ids": [(6, 0, companies.ids)]})


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    _mark_old_exports(env)
    _seal_existing_files(env)
