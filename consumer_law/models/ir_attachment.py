# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import UserError

from ..evidence import is_evidence_write

# Changing any of these detaches, re-attaches or replaces a file.
_LINK_AND_CONTENT_FIELDS = frozenset(
    {
        "datas",
        "raw",
        "db_datas",
        "store_fname",
        "checksum",
        "file_size",
        "url",
        "type",
        "res_model",
        "res_field",
        "res_id",
    }
)


class IrAttachment(models.Model):
    """Files that hold evidence cannot be changed, moved, replaced or deleted.

    A model declares its evidence files with ``_consumer_law_evidence_fields``
    (attachment binary fields) and ``_get_frozen_evidence_ids(ids)`` (the records
    whose files are frozen). Only the flows that write evidence
    (:func:`odoo.addons.consumer_law.evidence.evidence_writer`) may write them.
    """

    _inherit = "ir.attachment"

    @api.model_create_multi
    def create(self, vals_list):
        if not is_evidence_write(self.env):
            for vals in vals_list:
                self._check_evidence_target(
                    vals.get("res_model"), vals.get("res_field"), vals.get("res_id")
                )
        return super().create(vals_list)

    def write(self, vals):
        if _LINK_AND_CONTENT_FIELDS & set(vals) and not is_evidence_write(self.env):
            self._check_not_evidence()
            for attachment in self.sudo():
                self._check_evidence_target(
                    vals.get("res_model", attachment.res_model),
                    vals.get("res_field", attachment.res_field),
                    vals.get("res_id", attachment.res_id),
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_consumer_law_evidence(self):
        if not is_evidence_write(self.env):
            self._check_not_evidence()

    # === BUSINESS METHODS === #
    def _check_not_evidence(self):
        for attachment in self.sudo():
            self._check_evidence_target(
                attachment.res_model, attachment.res_field, attachment.res_id
            )

    @api.model
    def _check_evidence_target(self, res_model, res_field, res_id):
        """Refuse to touch the file of a frozen evidence record's field."""
        if not res_model or not res_field or not res_id:
            return
        if res_model not in self.env:
            return
        model = self.env[res_model]
        if res_field not in getattr(model, "_consumer_law_evidence_fields", ()):
            return
        if res_id in model._get_frozen_evidence_ids([res_id]):
            field = model._fields[res_field]
            raise UserError(
                self.env._(
                    "%(field)s: this file is evidence (%(model)s) and cannot be "
                    "changed, moved, replaced or deleted.",
                    field=field._description_string(self.env),
                    model=model._description,
                )
            )
