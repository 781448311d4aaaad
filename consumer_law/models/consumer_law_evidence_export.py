# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import csv
import hashlib
import io
import zipfile

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError
from odoo.osv import expression

from ..evidence import evidence_writer, is_evidence_write

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
    _inherit = ["consumer.law.evidence.mixin"]
    _description = "Evidence Archive Download"
    _order = "exported_at desc, id desc"

    # === FIELDS === #
    exported_at = fields.Datetime(required=True, readonly=True, index=True)
    user_id = fields.Many2one(
        comodel_name="res.users", string="Downloaded by", required=True, readonly=True
    )
    archive_sha256 = fields.Char(string="SHA-256 of the archive", readonly=True)
    record_count = fields.Integer(string="Records", readonly=True)
    company_ids = fields.Many2many(
        comodel_name="res.company",
        string="Companies",
        readonly=True,
        help="The companies whose evidence the archive holds (those the manager "
        "may see); evidence of other companies is not covered by this download.",
    )

    # === CRUD METHODS === #
    def write(self, vals):
        if vals and not is_evidence_write(self.env):
            raise AccessError(
                self.env._("Evidence archive downloads cannot be changed.")
            )
        return super().write(vals)

    # === BUSINESS METHODS === #
    @api.model
    def _get_evidence_models(self):
        """Return the models holding evidence: every model inheriting the
        evidence mixin (no list to maintain)."""
        from .consumer_law_evidence_mixin import evidence_model_names

        names = evidence_model_names(self.env.registry)
        return [
            self.env[name]
            for name, model_class in sorted(self.env.registry.items())
            if name in names
            and not model_class._abstract
            and not model_class._transient
            and model_class._auto
        ]

    @api.model
    def _get_company_domain(self, model, companies):
        """Return the domain restricting ``model`` to ``companies``."""
        if "company_id" in model._fields and model._fields["company_id"].store:
            return [("company_id", "in", [False, *companies.ids])]
        return []

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
        # only the companies this manager may see: never another company's
        # customers (acceptances carry IP addresses)
        companies = self.env.user.company_ids
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for model in self._get_evidence_models():
                records = (
                    model.sudo()
                    .with_context(active_test=False)
                    .search(
                        list(model._get_consumer_law_evidence_domain())
                        + self._get_company_domain(model, companies)
                    )
                )
                count += len(records)
                for path, content in records._get_consumer_law_evidence_files():
                    archive.writestr(path, content)
        content = buffer.getvalue()
        now = fields.Datetime.now()
        evidence_writer(self.sudo()).create(
            {
                "exported_at": now,
                "user_id": self.env.uid,
                "archive_sha256": hashlib.sha256(content).hexdigest(),
                "record_count": count,
                "company_ids": [Command.set(companies.ids)],
            }
        )
        filename = f"consumer-law-evidence-{now:%Y%m%d-%H%M%S}.zip"
        return filename, content

    @api.model
    def _get_undownloaded_evidence(self, module_names):
        """Return ``{label: count}`` of the evidence the ``module_names`` addons
        hold (each label names the addon and the evidence model, with the
        fields an addon adds to a model it extends) and that was recorded or
        changed after the last archive download covering it."""
        exports = self.sudo().search([])
        result = {}
        for module_name in sorted(module_names):
            for model in self._get_evidence_models():
                held = self._get_module_evidence_domain(model, {module_name})
                if held is None:
                    continue
                domain = list(model._get_consumer_law_evidence_domain()) + held
                count = (
                    model.sudo()
                    .with_context(active_test=False)
                    .search_count(domain + self._get_not_archived_domain(model, exports))
                )
                if count:
                    label = model._description
                    added = self._get_module_evidence_fields(model, {module_name})
                    if added and model._original_module != module_name:
                        label = self.env._(
                            "%(model)s (its fields %(fields)s)",
                            model=label,
                            fields=", ".join(
                                model._fields[name]._description_string(self.env)
                                for name in added
                            ),
                        )
                    result[f"{module_name}: {label}"] = count
        return result

    @api.model
    def _get_module_evidence_domain(self, model, module_names):
        """Return the domain of the ``model`` records the ``module_names``
        addons would destroy (``None``: none): all of them when an addon
        defines the model; when an addon only extends it, those holding a value
        of a field it adds (its columns are dropped with it); those it created
        as data (demo records)."""
        if model._original_module in module_names:
            return []
        clauses = [
            [(name, "!=", False)]
            for name in self._get_module_evidence_fields(model, module_names)
        ]
        data_ids = (
            self.env["ir.model.data"]
            .sudo()
            .search([("module", "in", list(module_names)), ("model", "=", model._name)])
            .mapped("res_id")
        )
        if data_ids:
            clauses.append([("id", "in", data_ids)])
        return expression.OR(clauses) if clauses else None

    @api.model
    def _get_module_evidence_fields(self, model, module_names):
        """Return the names of the stored fields only the ``module_names``
        addons define on ``model`` (dropped when they are uninstalled)."""
        xmlids = self.env["ir.model.data"].sudo()
        field_records = (
            self.env["ir.model.fields"]
            .sudo()
            .search(
                [
                    ("model", "=", model._name),
                    ("store", "=", True),
                    ("ttype", "!=", "one2many"),
                    (
                        "id",
                        "in",
                        xmlids.search(
                            [
                                ("model", "=", "ir.model.fields"),
                                ("module", "in", list(module_names)),
                            ]
                        ).mapped("res_id"),
                    ),
                ]
            )
        )
        if not field_records:
            return []
        # a field another installed addon defines as well stays
        shared = xmlids.search(
            [
                ("model", "=", "ir.model.fields"),
                ("res_id", "in", field_records.ids),
                ("module", "not in", list(module_names)),
            ]
        ).mapped("res_id")
        return sorted(
            field.name
            for field in field_records
            if field.id not in shared and field.name in model._fields
        )

    @api.model
    def _get_not_archived_domain(self, model, exports):
        """Return the domain of the records recorded or changed after the last
        download that covered their company."""
        if not exports:
            return []
        if not ("company_id" in model._fields and model._fields["company_id"].store):
            last = exports[0].exported_at
            return ["|", ("create_date", ">=", last), ("write_date", ">=", last)]
        domain = []
        covered = self.env["res.company"]
        clauses = []
        for export in exports:
            new = export.company_ids - covered
            covered |= new
            if new:
                clauses.append(
                    [
                        "&",
                        ("company_id", "in", new.ids),
                        "|",
                        ("create_date", ">=", export.exported_at),
                        ("write_date", ">=", export.exported_at),
                    ]
                )
        # records of companies no download ever covered
        clauses.append([("company_id", "not in", covered.ids)])
        domain = ["|"] * (len(clauses) - 1)
        for clause in clauses:
            domain += clause
        return domain
