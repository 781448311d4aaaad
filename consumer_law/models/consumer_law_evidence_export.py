# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import csv
import hashlib
import io
import zipfile

from odoo import api, fields, models
from odoo.exceptions import AccessError

MANAGER_GROUP = "consumer_law.consumer_law_group_manager"


def rows_to_csv(header, rows):
    """Return CSV bytes (UTF-8) of ``header`` and ``rows``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


class ConsumerLawEvidenceExport(models.Model):
    """A download of the evidence archive by a manager.

    The archive (one ZIP) holds every published version of the terms of sale
    with its stored PDF and SHA-256, and the acceptances and withdrawal
    declarations as CSV with their links and checksums (each addon adds its own
    files). Uninstalling an addon that holds evidence is refused until a manager
    downloaded the archive after the last piece of evidence was recorded.
    """

    _name = "consumer.law.evidence.export"
    _description = "Evidence Archive Download"
    _order = "exported_at desc, id desc"

    # === FIELDS === #
    exported_at = fields.Datetime(required=True, readonly=True, index=True)
    user_id = fields.Many2one(
        comodel_name="res.users", string="Downloaded by", required=True, readonly=True
    )
    archive_sha256 = fields.Char(string="SHA-256 of the archive", readonly=True)
    record_count = fields.Integer(string="Records", readonly=True)

    # === CRUD METHODS === #
    def write(self, vals):
        if vals:
            raise AccessError(
                self.env._("Evidence archive downloads cannot be changed.")
            )
        return super().write(vals)

    # === BUSINESS METHODS === #
    @api.model
    def _get_evidence_models(self):
        """Return the models holding evidence (``_consumer_law_evidence_archive``)."""
        return [
            self.env[name]
            for name, model_class in self.env.registry.items()
            if getattr(model_class, "_consumer_law_evidence_archive", False)
            and not model_class._abstract
            and not model_class._transient
        ]

    @api.model
    def _build_archive(self):
        """Return (file name, ZIP bytes) of the evidence and record the download.

        :raise AccessError: unless the user is a consumer-law manager
        """
        if not self.env.user.has_group(MANAGER_GROUP):
            raise AccessError(
                self.env._("Only consumer-law managers may download the evidence.")
            )
        buffer = io.BytesIO()
        count = 0
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for model in self._get_evidence_models():
                records = (
                    model.sudo()
                    .with_context(active_test=False)
                    .search(model._get_consumer_law_evidence_domain())
                )
                count += len(records)
                for path, content in records._get_consumer_law_evidence_files():
                    archive.writestr(path, content)
        content = buffer.getvalue()
        now = fields.Datetime.now()
        self.sudo().create(
            {
                "exported_at": now,
                "user_id": self.env.uid,
                "archive_sha256": hashlib.sha256(content).hexdigest(),
                "record_count": count,
            }
        )
        filename = f"consumer-law-evidence-{now:%Y%m%d-%H%M%S}.zip"
        return filename, content

    @api.model
    def _get_undownloaded_evidence(self, module_names):
        """Return {model description: count} of the evidence held by the
        ``module_names`` addons and recorded after the last archive download."""
        last = self.sudo().search([], limit=1).exported_at
        result = {}
        for model in self._get_evidence_models():
            if model._original_module not in module_names:
                continue
            domain = list(model._get_consumer_law_evidence_domain())
            if last:
                domain += ["|", ("create_date", ">=", last), ("write_date", ">=", last)]
            count = model.sudo().with_context(active_test=False).search_count(domain)
            if count:
                result[model._description] = count
        return result
