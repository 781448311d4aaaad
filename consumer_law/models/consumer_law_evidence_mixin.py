# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""One evidence core: every model that proves something inherits this mixin.

A model declares what may still change (:meth:`_get_evidence_allowed_fields`,
an allow-list of field, states and group) and what a user may give when
creating a record (:meth:`_get_evidence_create_fields`). Everything else —
stored computed and related fields included — is written only by the flows,
through :func:`odoo.addons.consumer_law.evidence.evidence_writer`: never by
``sudo()`` alone, never by a context key. Records are never copied, and never
deleted once they hold evidence; their files are linked through
:meth:`_attach_evidence_file` with a stored SHA-256.

The mixin also registers the model in the evidence archive and the uninstall
guard: no list to maintain.
"""

import base64
import hashlib

from odoo import api, models
from odoo.exceptions import UserError
from odoo.models import LOG_ACCESS_COLUMNS

from ..evidence import evidence_writer, is_evidence_write

# Models whose fields are bookkeeping, never evidence (chatter, activities,
# portal token): their fields stay writable on every evidence model.
_BOOKKEEPING_MODELS = (
    "mail.thread",
    "mail.thread.main.attachment",
    "mail.activity.mixin",
    "portal.mixin",
)
_ALWAYS_WRITABLE = frozenset({"id", "display_name", *LOG_ACCESS_COLUMNS})
EVIDENCE_MIXIN = "consumer.law.evidence.mixin"
# Marks an import by a user (``load``): a Python object, never set by a client.
_USER_IMPORT_KEY = "consumer_law_user_import"
_USER_IMPORT = object()


def evidence_model_names(registry):
    """Return the names of every model inheriting the evidence mixin (directly
    or through another mixin, such as the customer's acts)."""
    names = set()
    pending = [EVIDENCE_MIXIN]
    while pending:
        for child in registry[pending.pop()]._inherit_children:
            if child not in names:
                names.add(child)
                pending.append(child)
    return names


class ConsumerLawEvidenceMixin(models.AbstractModel):
    _name = "consumer.law.evidence.mixin"
    _description = "Consumer-law evidence"

    # === DECLARATION (overridden by each evidence model) === #
    @api.model
    def _get_evidence_allowed_fields(self):
        """Return the allow-list ``{field name: (states, group)}``: the fields a
        user may still change without the flow's token.

        ``states`` is a tuple of the values of :meth:`_get_evidence_state`
        in which the change is allowed (``None``: in every state), ``group``
        the XML id of the group a user needs (``None``: whoever may write
        the record by its access rights and record rules).
        """
        return {}

    @api.model
    def _get_evidence_create_fields(self):
        """Return ``{field name: group}``: the fields a user may give when
        creating a record without the flow's token (``None``: any user
        allowed to create it). Every other value is the flow's."""
        return {}

    def _get_evidence_state(self):
        """Return the value the allow-list's states refer to (the ``state``
        field by default)."""
        self.ensure_one()
        return self["state"] if "state" in self._fields else False

    def _has_evidence(self):
        """Return the records of ``self`` that hold evidence and may not be
        deleted any more (all of them by default: a record is evidence from
        its creation)."""
        return self

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        if not is_evidence_write(self.env):
            self._check_evidence_create(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        if self and not is_evidence_write(self.env):
            self._check_evidence_write(vals)
        return super().write(vals)

    def copy_data(self, default=None):
        # copy() ends here: only a flow (token) may start a record from another
        if self and not is_evidence_write(self.env):
            raise UserError(
                self.env._(
                    "%(model)s: evidence cannot be duplicated; record a new one "
                    "(referencing this one if it corrects it).",
                    model=self._description,
                )
            )
        return super().copy_data(default=default)

    @api.model
    def load(self, fields, data):
        """An import is a user's creation: checked like one (the data files of
        installed addons, loaded by the server, are not)."""
        return super(
            ConsumerLawEvidenceMixin,
            self.with_context(**{_USER_IMPORT_KEY: _USER_IMPORT}),
        ).load(fields, data)

    @api.model
    def _load_records_create(self, vals_list):
        if self.env.context.get(_USER_IMPORT_KEY) is _USER_IMPORT:
            return super()._load_records_create(vals_list)
        # the data files of installed addons (demo scenarios replaying
        # customers' acts): trusted code, like the flows
        records = super(
            ConsumerLawEvidenceMixin, evidence_writer(self)
        )._load_records_create(vals_list)
        return records.with_env(self.env)

    def _load_records_write(self, values):
        if self.env.context.get(_USER_IMPORT_KEY) is _USER_IMPORT:
            return super()._load_records_write(values)
        return super(
            ConsumerLawEvidenceMixin, evidence_writer(self)
        )._load_records_write(values)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_evidence(self):
        if is_evidence_write(self.env):
            return
        if self._has_evidence():
            raise UserError(
                self.env._(
                    "%(model)s: a record holding evidence cannot be deleted; a "
                    "consumer-law manager may cancel it with a written reason, or "
                    "a new record be recorded that references it.",
                    model=self._description,
                )
            )

    # === GUARDS === #
    @api.model
    def _get_evidence_free_fields(self):
        """Return the names of the bookkeeping fields (chatter, activities,
        portal token, log columns), writable on every evidence model."""
        cls = type(self)
        free = cls.__dict__.get("_consumer_law_free_fields")
        if free is None:
            free = set(_ALWAYS_WRITABLE)
            for name in _BOOKKEEPING_MODELS:
                if name in self.env.registry:
                    free.update(
                        field
                        for field in self.env.registry[name]._fields
                        if field in self._fields
                    )
            free = frozenset(free)
            cls._consumer_law_free_fields = free
        return free

    def _has_evidence_group(self, group):
        # an access check: code running as superuser passes it (the freeze of
        # everything not on the allow-list it never passes)
        return group is None or self.env.su or self.env.user.has_group(group)

    @api.model
    def _check_evidence_create(self, vals_list):
        """Refuse creation values that only the flow may give.

        :raise UserError: naming the fields
        """
        if not self.env.su:
            # who may not create at all is told so first
            self.check_access("create")
        allowed = self._get_evidence_create_fields()
        free = self._get_evidence_free_fields()
        defaults = {
            key[8:]
            for key, value in self.env.context.items()
            if key.startswith("default_") and value not in (False, None)
        }
        refused = set()
        for vals in vals_list:
            for name in set(vals) | (defaults & set(self._fields)):
                if name in free:
                    continue
                if name not in allowed or not self._has_evidence_group(allowed[name]):
                    refused.add(name)
        if refused:
            # giving the value the record would get anyway is no forgery
            plain = {
                key: value
                for key, value in self.env.context.items()
                if not key.startswith("default_")
            }
            defaults = self.with_context(plain).default_get(list(refused))
            refused = {
                name
                for name in refused
                if name not in defaults
                or any(
                    name in vals and vals[name] != defaults[name] for vals in vals_list
                )
                or self.env.context.get(f"default_{name}", defaults[name])
                != defaults[name]
            }
        if refused:
            self._raise_evidence_refusal(
                refused,
                self.env._(
                    "%(fields)s: set only by the flow that records this evidence "
                    "(%(model)s), never given at creation."
                ),
            )

    def _check_evidence_write(self, vals):
        """Refuse the change of any field that is not on the allow-list (in the
        records' state, for the user's groups).

        :raise UserError: naming the fields
        """
        free = self._get_evidence_free_fields()
        names = [name for name in vals if name not in free]
        if not names:
            return
        if not self.env.su:
            # who may not write the record at all is told so first
            self.check_access("write")
        allowed = self._get_evidence_allowed_fields()
        refused = set()
        by_states = {}
        for name in names:
            rule = allowed.get(name)
            if rule is None or not self._has_evidence_group(rule[1]):
                refused.add(name)
            elif rule[0] is not None:
                by_states.setdefault(tuple(rule[0]), []).append(name)
        if by_states:
            states = {record._get_evidence_state() for record in self}
            for rule_states, state_names in by_states.items():
                if not states.issubset(rule_states):
                    refused.update(state_names)
        if refused:
            # writing the value a record already holds changes nothing
            refused = {name for name in refused if self._is_evidence_change(name, vals)}
        if refused:
            self._raise_evidence_refusal(
                refused,
                self.env._(
                    "%(fields)s: this record is evidence (%(model)s); it is written "
                    "only by its flow and cannot be changed, not even by a manager. "
                    "A consumer-law manager may cancel it with a written reason, or "
                    "a new record be recorded that references it."
                ),
            )

    def _is_evidence_change(self, name, vals):
        """Return whether writing ``vals[name]`` changes a record of ``self``."""
        field = self._fields.get(name)
        if field is None or field.type in ("one2many", "many2many", "binary"):
            return True
        for record in self:
            value = field.convert_to_record(
                field.convert_to_cache(vals[name], record), record
            )
            if value != record[name]:
                return True
        return False

    @api.model
    def _raise_evidence_refusal(self, names, message):
        labels = ", ".join(
            sorted(
                self._fields[name]._description_string(self.env)
                if name in self._fields
                else name
                for name in names
            )
        )
        raise UserError(message % {"fields": labels, "model": self._description})

    # === EVIDENCE FILES === #
    def _attach_evidence_file(self, name, raw, mimetype, description=False):
        """Link a file to the record as evidence: its SHA-256 is stored and it
        can never be replaced, relinked or deleted.

        :return: the ``ir.attachment`` created
        """
        self.ensure_one()
        return (
            evidence_writer(self.env["ir.attachment"])
            .sudo()
            .create(
                {
                    "name": name,
                    "raw": raw,
                    "mimetype": mimetype,
                    "res_model": self._name,
                    "res_id": self.id,
                    "description": description,
                    "consumer_law_sha256": hashlib.sha256(raw).hexdigest(),
                }
            )
        )

    def _seal_evidence_files(self):
        """Link the files of the records' evidence fields
        (``_consumer_law_evidence_fields``) as evidence: their SHA-256 stored,
        never replaced, relinked or deleted afterwards. Only a flow does it."""
        if not is_evidence_write(self.env):
            raise UserError(
                self.env._("Evidence files are linked by the flow that records them.")
            )
        names = getattr(self, "_consumer_law_evidence_fields", ())
        if not names or not self:
            return
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .with_context(skip_res_field_check=True)
            .search(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", self.ids),
                    ("res_field", "in", list(names)),
                    ("consumer_law_sha256", "=", False),
                ]
            )
        )
        for attachment in attachments.with_context(bin_size=False):
            digest = hashlib.sha256(attachment.raw or b"").hexdigest()
            evidence_writer(attachment).write({"consumer_law_sha256": digest})

    def _seal_evidence_mail_copies(self, digest_field):
        """Seal the copies of an evidence file attached to the mails the records
        sent (an acknowledgment, a referral letter), recognised by their content:
        its SHA-256 is the one the record stored in ``digest_field``. A copy
        whose content differs is left as it is and returned with the others
        (it is no copy of the evidence any more).

        :return: ``(sealed, mismatched)`` attachments
        """
        attachments = self.env["ir.attachment"].sudo()
        records = self.sudo().filtered(digest_field)
        if not records:
            return attachments, attachments
        copies = (
            self.env["mail.message"]
            .sudo()
            .search(
                [
                    ("model", "=", self._name),
                    ("res_id", "in", records.ids),
                    ("attachment_ids", "!=", False),
                ]
            )
            .attachment_ids.filtered(
                lambda attachment: attachment.res_model == self._name
                and not attachment.res_field
                and not attachment.consumer_law_sha256
            )
        )
        digests = {record.id: record[digest_field] for record in records}
        sealed = mismatched = attachments
        for attachment in copies.with_context(bin_size=False):
            digest = hashlib.sha256(attachment.raw or b"").hexdigest()
            if digest == digests.get(attachment.res_id):
                sealed |= attachment
            else:
                mismatched |= attachment
        evidence_writer(sealed)._seal_consumer_law_evidence()
        return sealed, mismatched

    def _get_evidence_attachments(self):
        """Return the evidence files of ``self`` (those with a stored SHA-256)."""
        return (
            self.env["ir.attachment"]
            .sudo()
            .with_context(skip_res_field_check=True)
            .search(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", self.ids),
                    ("consumer_law_sha256", "!=", False),
                ]
            )
        )

    def action_verify_evidence(self):
        """Recompute the SHA-256 of every evidence file of the records, note the
        result in each record's chatter (who checked, how many files, which
        ones no longer match) and show it.

        :return: a notification, red and sticky when a file no longer matches
        """
        self.check_access("read")
        attachments = self._get_evidence_attachments()
        mismatches = attachments._get_consumer_law_digest_mismatches()
        if "message_ids" in self._fields:
            for record in self:
                record._post_evidence_check_note(
                    attachments.filtered(lambda a, r=record: a.res_id == r.id),
                    mismatches.filtered(lambda a, r=record: a.res_id == r.id),
                )
        if mismatches:
            message = self.env._(
                "Evidence check: %(count)s file(s) no longer match their stored "
                "SHA-256: %(files)s.",
                count=len(mismatches),
                files=", ".join(mismatches.mapped("name")),
            )
        else:
            message = self.env._(
                "Evidence check: %(count)s file(s), every SHA-256 matches.",
                count=len(attachments),
            )
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "danger" if mismatches else "success",
                "sticky": bool(mismatches),
                "message": message,
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    def _post_evidence_check_note(self, attachments, mismatches):
        """Note an evidence check in the record's chatter, by the user who ran
        it (the note is written even when the user may only read the record)."""
        self.ensure_one()
        if mismatches:
            body = self.env._(
                "Evidence check: %(count)s file(s) checked; %(bad)s no longer "
                "match their stored SHA-256: %(files)s.",
                count=len(attachments),
                bad=len(mismatches),
                files=", ".join(mismatches.mapped("name")),
            )
        else:
            body = self.env._(
                "Evidence check: %(count)s file(s) checked, every SHA-256 matches.",
                count=len(attachments),
            )
        self.sudo().message_post(
            body=body,
            author_id=self.env.user.partner_id.id,
            message_type="comment",
            subtype_xmlid="mail.mt_note",
        )

    # === EVIDENCE ARCHIVE === #
    @api.model
    def _get_consumer_law_evidence_domain(self):
        return []

    def _get_consumer_law_evidence_files(self):
        """Return [(path, bytes)]: the records as CSV (every stored field) and
        their evidence files with their SHA-256 (models may add their own)."""
        from .consumer_law_evidence_export import rows_to_csv

        records = self.sudo().with_context(bin_size=True, active_test=False)
        names = [
            name
            for name, field in self._fields.items()
            if field.store
            and field.type not in ("binary", "one2many", "many2many")
            and name not in self._get_evidence_free_fields()
        ]
        rows = []
        for record in records:
            row = [record.id]
            for name in names:
                value = record[name]
                if isinstance(value, models.BaseModel):
                    value = value.display_name or ""
                elif value is False and self._fields[name].type != "boolean":
                    value = ""
                row.append(value)
            rows.append(row)
        prefix = self._table
        files = [(f"{prefix}/{prefix}.csv", rows_to_csv(["id", *names], rows))]
        attachments = records.with_context(bin_size=False)._get_evidence_attachments()
        file_rows = []
        for attachment in attachments:
            path = f"{prefix}/files/{attachment.res_id}-{attachment.id}-" + (
                attachment.name or "file"
            ).replace("/", "-")
            files.append((path, base64.b64decode(attachment.datas or b"")))
            file_rows.append(
                [
                    attachment.res_id,
                    attachment.name,
                    attachment.consumer_law_sha256,
                    path,
                ]
            )
        if file_rows:
            files.append(
                (
                    f"{prefix}/{prefix}-files.csv",
                    rows_to_csv(["record id", "name", "sha256", "path"], file_rows),
                )
            )
        return files

    @api.model
    def _cron_verify_evidence(self):
        """Daily: recompute every evidence file's digest (see ir.attachment)."""
        return self.env["ir.attachment"]._cron_verify_consumer_law_evidence()
