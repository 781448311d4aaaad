# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import hashlib
import logging

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..evidence import is_evidence_write

_logger = logging.getLogger(__name__)

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

    consumer_law_sha256 = fields.Char(
        string="Evidence SHA-256",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="Set when the file is linked to a consumer-law evidence record: the "
        "file can then never be replaced, relinked or deleted, and its digest is "
        "checked daily.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        if not is_evidence_write(self.env):
            for vals in vals_list:
                if vals.get("consumer_law_sha256"):
                    raise UserError(
                        self.env._(
                            "Evidence SHA-256: set only by the flow that links an "
                            "evidence file."
                        )
                    )
                self._check_evidence_target(
                    vals.get("res_model"), vals.get("res_field"), vals.get("res_id")
                )
        else:
            for vals in vals_list:
                self._set_consumer_law_digest(vals)
        return super().create(vals_list)

    def write(self, vals):
        if (
            (_LINK_AND_CONTENT_FIELDS | {"consumer_law_sha256"}) & set(vals)
            and self
        ):
            # evidence files never change, not even through the flows
            self._check_not_linked_evidence()
        if "consumer_law_sha256" in vals and not is_evidence_write(self.env):
            raise UserError(
                self.env._(
                    "Evidence SHA-256: set only by the flow that links an evidence "
                    "file."
                )
            )
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
        self._check_not_linked_evidence()
        if not is_evidence_write(self.env):
            self._check_not_evidence()

    # === BUSINESS METHODS === #
    @api.model
    def _set_consumer_law_digest(self, vals):
        """Store the SHA-256 of a file the flow links to an evidence record."""
        res_model = vals.get("res_model")
        if (
            vals.get("consumer_law_sha256")
            or not vals.get("res_id")
            or not res_model
            or res_model not in self.env
            or not hasattr(self.env[res_model], "_get_evidence_allowed_fields")
        ):
            return
        raw = vals.get("raw")
        if raw is None and vals.get("datas"):
            raw = base64.b64decode(vals["datas"])
        if raw is None:
            return
        if isinstance(raw, str):
            raw = raw.encode()
        vals["consumer_law_sha256"] = hashlib.sha256(raw).hexdigest()

    def _seal_consumer_law_evidence(self):
        """Store the SHA-256 of files that are evidence but were created without
        it (a copy of an evidence file attached to the mail that sent it, a
        carrier's notice): from then on they can never be replaced, relinked or
        deleted, and the daily check covers them. Only a flow does it; files
        already sealed keep their digest.

        :return: the attachments sealed now
        """
        if not is_evidence_write(self.env):
            raise UserError(
                self.env._("Evidence files are linked by the flow that records them.")
            )
        unsealed = (
            self.sudo()
            .with_context(bin_size=False)
            .filtered(lambda attachment: not attachment.consumer_law_sha256)
        )
        for attachment in unsealed:
            digest = hashlib.sha256(attachment.raw or b"").hexdigest()
            attachment.write({"consumer_law_sha256": digest})
        return unsealed

    def _check_not_linked_evidence(self):
        """Refuse to touch a file linked as evidence (stored SHA-256)."""
        linked = self.sudo().filtered("consumer_law_sha256")
        if linked:
            raise UserError(
                self.env._(
                    "%(files)s: this file is evidence (SHA-256 %(digest)s) and cannot "
                    "be changed, moved, replaced or deleted.",
                    files=", ".join(linked.mapped("name")),
                    digest=linked[0].consumer_law_sha256,
                )
            )

    def _get_consumer_law_digest_mismatches(self):
        """Return the evidence files whose content no longer matches their
        stored SHA-256 (or is missing)."""
        mismatches = self.browse()
        for attachment in self.sudo().with_context(bin_size=False):
            digest = hashlib.sha256(attachment.raw or b"").hexdigest()
            if digest != attachment.consumer_law_sha256:
                mismatches |= attachment
        return mismatches

    @api.model
    def _cron_verify_consumer_law_evidence(self):
        """Recompute the digest of every evidence file; log any mismatch.

        :return: the attachments whose content no longer matches
        """
        attachments = (
            self.sudo()
            .with_context(skip_res_field_check=True)
            .search([("consumer_law_sha256", "!=", False)])
        )
        mismatches = attachments._get_consumer_law_digest_mismatches()
        for attachment in mismatches:
            _logger.error(
                "Evidence file %s (%s,%s) no longer matches its SHA-256 %s",
                attachment.name,
                attachment.res_model,
                attachment.res_id,
                attachment.consumer_law_sha256,
            )
        return mismatches

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
