# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import timedelta
import hashlib

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import format_datetime

from ..evidence import evidence_writer, is_evidence_write
from .consumer_law_evidence_export import rows_to_csv

# Fields that may still change on a published version: its retirement (by the
# archive method only) and the chatter. Everything else is evidence, frozen at
# publication.
_MUTABLE_AFTER_PUBLISH = frozenset({"state", "archived_at", "archived_by_id"})
# Fields only the publish and archive methods (and the history import) write,
# never a client through write, create or import, whatever its rights.
_PUBLICATION_FIELDS = frozenset(
    {
        "state",
        "version",
        "published_at",
        "published_by_id",
        "archived_at",
        "archived_by_id",
        "content_sha256",
        "is_history_import",
    }
)
# What a manager prepares in a draft (the allow-list of the evidence mixin).
_DRAFT_FIELDS = (
    "document_id",
    "company_id",
    "lang",
    "content",
    "pdf_file",
    "pdf_filename",
    "effective_date",
    "change_summary",
)
_MUTABLE_PREFIXES = ("message_", "activity_", "website_message")
# Clock skew accepted between the moment a user picks "now" as effective date and
# the moment he clicks "Publish".
_PUBLISH_TOLERANCE = timedelta(minutes=5)


class CgvVersion(models.Model):
    """One version of a company's terms of sale, immutable once published.

    A published version is evidence of what a customer accepted: its text, PDF,
    language and effective date cannot be changed or deleted by anyone (not even
    with ``sudo``); a change of terms is a new version. The SHA-256 digest of the
    content is stored at publication so that any later tampering shows.
    """

    _name = "cgv.version"
    _description = "Terms of Sale Version"
    _inherit = ["consumer.law.evidence.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "effective_date desc, version desc, id desc"
    _check_company_auto = True
    # binary fields whose attachments are evidence once the version is published
    _consumer_law_evidence_fields = ("pdf_file",)
    # published versions go into the evidence archive and block the uninstall
    _consumer_law_evidence_archive = True

    # === FIELDS === #
    document_id = fields.Many2one(
        comodel_name="cgv.document",
        string="Terms of sale",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    company_id = fields.Many2one(
        related="document_id.company_id", store=True, index=True, precompute=True
    )
    name = fields.Char(compute="_compute_name", store=True)
    version = fields.Integer(readonly=True, copy=False, index=True)
    lang = fields.Selection(
        selection="_selection_lang",
        string="Language",
        required=True,
        default=lambda self: self._default_lang(),
    )
    content = fields.Html(sanitize_overridable=True)
    pdf_file = fields.Binary(string="PDF", attachment=True)
    pdf_filename = fields.Char(string="PDF file name")
    effective_date = fields.Datetime(
        required=True,
        default=fields.Datetime.now,
        tracking=True,
        help="Instant from which this version applies to new orders.",
    )
    change_summary = fields.Text(
        copy=False,
        help="What changed since the previous version, for the customers' notice.",
    )
    state = fields.Selection(
        selection=[
            ("draft", "Draft"),
            ("published", "Published"),
            ("archived", "Archived"),
        ],
        required=True,
        default="draft",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    published_at = fields.Datetime(readonly=True, copy=False)
    published_by_id = fields.Many2one(
        comodel_name="res.users", readonly=True, copy=False
    )
    archived_at = fields.Datetime(
        readonly=True,
        copy=False,
        help="Instant from which this version no longer applies to new orders.",
    )
    archived_by_id = fields.Many2one(
        comodel_name="res.users", readonly=True, copy=False
    )
    content_sha256 = fields.Char(
        string="SHA-256",
        readonly=True,
        copy=False,
        help="Digest of the content and PDF, computed at publication.",
    )
    is_history_import = fields.Boolean(
        string="Imported as history",
        readonly=True,
        copy=False,
        help="Published by a manager's import of a version that took effect before "
        "it was recorded here (history import): its effective date was stated by "
        "the manager shown in Published by, not recorded at the time.",
    )
    is_integrity_verified = fields.Boolean(
        string="Integrity verified",
        compute="_compute_is_integrity_verified",
        help="The content still matches the digest computed at publication.",
    )
    is_in_force = fields.Boolean(
        string="In force",
        compute="_compute_is_in_force",
        help="This version is the one in force now for its language.",
    )

    _sql_constraints = [
        (
            "version_document_uniq",
            "unique(document_id, version)",
            "Version numbers are unique per terms of sale.",
        ),
    ]

    # === DEFAULT METHODS === #
    @api.model
    def _selection_lang(self):
        return self.env["res.lang"].get_installed()

    @api.model
    def _default_lang(self):
        return self.env.company.partner_id.lang or self.env.lang or "en_US"

    # === COMPUTE METHODS === #
    @api.depends("version", "document_id.name", "effective_date")
    def _compute_name(self):
        for version in self:
            version.name = version._get_name_in(self.env.lang)

    @api.depends("content", "pdf_file", "content_sha256")
    def _compute_is_integrity_verified(self):
        for version in self:
            version.is_integrity_verified = bool(
                version.content_sha256
                and version.content_sha256 == version._get_content_digest()
            )

    @api.depends("state", "effective_date", "archived_at", "lang", "document_id")
    def _compute_is_in_force(self):
        candidates = self._get_in_force_candidates(
            self.document_id, fields.Datetime.now()
        )
        for version in self:
            version.is_in_force = version == self._pick_in_force(
                candidates.filtered(
                    lambda v, doc=version.document_id: v.document_id == doc
                ),
                version.lang,
            )

    # === CONSTRAINT METHODS === #
    @api.constrains("archived_at", "effective_date")
    def _check_archived_after_effective(self):
        for version in self:
            if version.archived_at and version.archived_at < version.effective_date:
                raise ValidationError(
                    self.env._(
                        "Archived on: a version cannot be retired before its "
                        "effective date."
                    )
                )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        next_numbers = self._get_next_version_numbers(vals_list)
        for vals in vals_list:
            # a new version is always a draft: publication data come from the
            # publish method, never from the creator (RPC, import, copy)
            for name in _PUBLICATION_FIELDS:
                vals.pop(name, None)
        if not is_evidence_write(self.env):
            self._check_evidence_create(vals_list)
        for vals in vals_list:
            document_id = vals.get("document_id")
            vals["version"] = next_numbers[document_id]
            next_numbers[document_id] += 1
        versions = super(CgvVersion, evidence_writer(self)).create(vals_list)
        return versions.with_env(self.env)

    def write(self, vals):
        self._check_write_allowed(vals)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_published(self):
        if any(version.state != "draft" for version in self):
            raise UserError(
                self.env._(
                    "A published version of the terms of sale cannot be deleted: "
                    "it is evidence of what customers accepted. Archive it instead."
                )
            )

    def copy_data(self, default=None):
        vals_list = super().copy_data(default=default)
        if not (default or {}).get("effective_date"):
            for vals in vals_list:
                vals["effective_date"] = fields.Datetime.now()
        return vals_list

    # === ACTION METHODS === #
    def action_publish(self):
        """Freeze the version: store its PDF, compute its digest and make it
        applicable.

        :raise UserError: when the version is not a draft, has neither text nor
            PDF, or takes effect before the moment of publication
        """
        return self._publish(history=False)

    def action_publish_history(self):
        """Publish versions that took effect before they were recorded here.

        The only way to load past versions of the terms of sale (history
        import): reserved to consumer-law managers, and the version says so
        (*Imported as history*, with who published it and when).

        :raise AccessError: when the user is not a consumer-law manager
        """
        if not self.env.user.has_group("consumer_law.consumer_law_group_manager"):
            raise AccessError(
                self.env._(
                    "Only consumer-law managers may import past versions of the "
                    "terms of sale."
                )
            )
        return self._publish(history=True)

    def _publish(self, history):
        now = fields.Datetime.now()
        for version in self:
            version._check_publishable(now, history=history)
        for version in self:
            writer = evidence_writer(version)
            pdf_vals = version._prepare_publication_pdf_vals()
            if pdf_vals:
                # stored before the state changes: it becomes frozen with it
                writer.write(pdf_vals)
            writer.write(
                {
                    "state": "published",
                    "published_at": now,
                    "published_by_id": self.env.uid,
                    "content_sha256": version._get_content_digest(),
                    "is_history_import": history,
                }
            )
            writer._seal_evidence_files()
            # the note is in the company's language, whoever publishes
            env = version.with_context(
                lang=version.company_id.partner_id.lang or self.env.lang
            ).env
            if history:
                body = env._(
                    "Version %(number)s imported as history by %(user)s: in force "
                    "from %(date)s (a date stated by the importer). SHA-256: "
                    "%(digest)s",
                    number=version.version,
                    user=self.env.user.name,
                    date=format_datetime(env, version.effective_date),
                    digest=version.content_sha256,
                )
            else:
                body = env._(
                    "Version %(number)s published, in force from %(date)s. "
                    "SHA-256: %(digest)s",
                    number=version.version,
                    date=format_datetime(env, version.effective_date),
                    digest=version.content_sha256,
                )
            version.message_post(body=body)
        return True

    def action_archive_version(self):
        """Retire published versions: they stop applying to new orders now."""
        if any(version.state != "published" for version in self):
            raise UserError(self.env._("Only a published version can be archived."))
        now = fields.Datetime.now()
        for version in self:
            evidence_writer(version).write(
                {
                    "state": "archived",
                    "archived_at": max(now, version.effective_date),
                    "archived_by_id": self.env.uid,
                }
            )
        return True

    def action_new_version(self):
        """Open a new draft version prefilled with this version's text."""
        self.ensure_one()
        new_version = evidence_writer(self).copy().with_env(self.env)
        return new_version.get_formview_action()

    def action_download_pdf(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/cgv.version/{self.id}/pdf_file/"
            f"{self.pdf_filename or 'cgv.pdf'}?download=true",
            "target": "self",
        }

    # === EVIDENCE === #
    @api.model
    def _get_evidence_allowed_fields(self):
        # a draft is prepared freely; a published version is frozen
        draft = ("draft",)
        return {name: (draft, None) for name in _DRAFT_FIELDS}

    @api.model
    def _get_evidence_create_fields(self):
        return dict.fromkeys(_DRAFT_FIELDS)

    def _has_evidence(self):
        return self.filtered(lambda version: version.state != "draft")

    # === BUSINESS METHODS === #
    def _get_name_in(self, lang):
        """The version's name as a reader of ``lang`` reads it: the document's
        name in that language (the stored ``name`` is in the language of whoever
        wrote the version)."""
        self.ensure_one()
        version = self.with_context(lang=lang) if lang else self
        return version.env._(
            "%(document)s v%(number)s (%(date)s)",
            document=version.document_id.name or "",
            number=version.version or "?",
            date=fields.Date.to_string(version.effective_date)
            if version.effective_date
            else "",
        )

    @api.model
    def _get_in_force(self, company, at, lang=None, document=None):
        """Return the version in force at instant ``at`` for a company.

        The version in force is the published (or since archived) one with the
        latest effective date not after ``at`` that was not yet retired at
        ``at``. Language preference: ``lang``, then the company's language, then
        any language the company publishes in.

        :param company: ``res.company`` record
        :param at: UTC datetime (naive, Odoo convention) or its string
        :param lang: language code of the customer, e.g. ``"fr_FR"``
        :param document: restrict to one ``cgv.document``
        :return: a ``cgv.version`` record, empty when none is in force
        """
        if not company:
            return self.browse()
        candidates = self._get_in_force_candidates(
            document or self.env["cgv.document"], at, company=company
        )
        if not candidates:
            return self.browse()
        first_document = candidates[0].document_id
        candidates = candidates.filtered(lambda v: v.document_id == first_document)
        return self._pick_in_force(candidates, lang)

    @api.model
    def _get_in_force_candidates(self, documents, at, company=None):
        """Return, in one search, the versions of ``documents`` (or of every
        document of ``company``) that were in force at ``at``, latest first per
        document (sudo: evidence is read whatever the user's rights)."""
        at = fields.Datetime.to_datetime(at)
        domain = [
            ("state", "in", ("published", "archived")),
            ("effective_date", "<=", at),
            "|",
            ("archived_at", "=", False),
            ("archived_at", ">", at),
        ]
        if company:
            domain.append(("company_id", "=", company.id))
        if documents:
            domain.append(("document_id", "in", documents.ids))
        # the versions' values come with the search (one query, not two): the
        # caller picks among them by document and language and reads the one
        # picked
        versions = self.sudo()
        return versions.search_fetch(
            domain,
            [
                name
                for name, field in versions._fields.items()
                if field.store and field.column_type and field.prefetch is True
            ],
            order="document_id, effective_date desc, version desc",
        )

    @api.model
    def _pick_in_force(self, candidates, lang):
        """Among one document's ``candidates`` (latest first), the version in force
        for ``lang``: that language, then the company's, then the latest."""
        if not candidates:
            return self.browse()

        def in_lang(code):
            return code and candidates.filtered(lambda v: v.lang == code)[:1]

        version = in_lang(lang)
        if not version:
            # the company's language only when the customer's has no version
            company = candidates[0].company_id
            version = company and in_lang(company._get_consumer_law_lang())
        return self.browse((version or candidates[0]).id)

    def _get_content_digest(self):
        """Return the SHA-256 hex digest of the content and the PDF."""
        self.ensure_one()
        digest = hashlib.sha256()
        digest.update((self.content or "").encode("utf-8"))
        digest.update(b"\0")
        pdf_file = self.with_context(bin_size=False).pdf_file
        if pdf_file:
            digest.update(base64.b64decode(pdf_file))
        return digest.hexdigest()

    @api.model
    def _get_frozen_evidence_ids(self, ids):
        """Return the ids among ``ids`` whose evidence files are frozen."""
        return set(
            self.sudo()
            .browse(ids)
            .exists()
            .filtered(lambda version: version.state != "draft")
            .ids
        )

    @api.model
    def _get_consumer_law_evidence_domain(self):
        return [("state", "!=", "draft")]

    def _get_consumer_law_evidence_files(self):
        """Return [(path, bytes)] of the evidence archive: each version's stored
        PDF and text, and one CSV with their digests and links."""
        files = []
        rows = []
        for version in self.sudo().with_context(bin_size=False):
            stem = (
                f"terms_of_sale/{version.company_id.id}/{version.id}-v{version.version}"
            )
            pdf_path = ""
            pdf_sha256 = ""
            if version.pdf_file:
                pdf = base64.b64decode(version.pdf_file)
                pdf_path = f"{stem}.pdf"
                pdf_sha256 = hashlib.sha256(pdf).hexdigest()
                files.append((pdf_path, pdf))
            files.append((f"{stem}.html", (version.content or "").encode("utf-8")))
            rows.append(
                [
                    version.id,
                    version.company_id.name,
                    version.document_id.name,
                    version.version,
                    version.lang,
                    version.state,
                    fields.Datetime.to_string(version.effective_date),
                    fields.Datetime.to_string(version.published_at),
                    version.published_by_id.name or "",
                    fields.Datetime.to_string(version.archived_at) or "",
                    version.is_history_import,
                    version.content_sha256,
                    version.is_integrity_verified,
                    pdf_path,
                    pdf_sha256,
                ]
            )
        header = [
            "id",
            "company",
            "terms_of_sale",
            "version",
            "lang",
            "state",
            "effective_date_utc",
            "published_at_utc",
            "published_by",
            "archived_at_utc",
            "imported_as_history",
            "content_sha256",
            "integrity_verified",
            "pdf_path",
            "pdf_sha256",
        ]
        files.append(("terms_of_sale/versions.csv", rows_to_csv(header, rows)))
        return files

    def _prepare_publication_pdf_vals(self):
        """Return the values storing the PDF rendered at publication, or ``{}``.

        The base addon publishes the uploaded PDF, if any; ``sale_cgv`` prints
        the text when there is none. The stored file is covered by the digest.
        """
        self.ensure_one()
        return {}

    def _get_text_digest(self):
        """Return the SHA-256 hex digest of the text alone (printed in the PDF)."""
        self.ensure_one()
        return hashlib.sha256((self.content or "").encode("utf-8")).hexdigest()

    def _check_publishable(self, now, history=False):
        self.ensure_one()
        if self.state != "draft":
            raise UserError(
                self.env._(
                    "Version %(name)s is already published.", name=self.display_name
                )
            )
        if not self.content and not self.pdf_file:
            raise UserError(
                self.env._(
                    "Content: version %(name)s has neither text nor PDF to publish.",
                    name=self.display_name,
                )
            )
        backdating = self.effective_date < now - _PUBLISH_TOLERANCE
        if backdating and not history:
            raise UserError(
                self.env._(
                    "Effective date: a version cannot take effect before it is "
                    "published (%(date)s); customers cannot have accepted it.",
                    date=format_datetime(self.env, self.effective_date),
                )
            )

    def _check_write_allowed(self, vals):
        """Refuse any change of a published version but its retirement, and any
        write of the publication data outside the publish and archive methods."""
        trusted = is_evidence_write(self.env)
        forged = _PUBLICATION_FIELDS.intersection(vals)
        if forged and not trusted:
            raise UserError(
                self.env._(
                    "%(fields)s: set only by publishing or archiving the version, "
                    "never directly.",
                    fields=", ".join(
                        self._fields[name]._description_string(self.env)
                        for name in sorted(forged)
                    ),
                )
            )
        frozen = [
            name
            for name in vals
            if name not in _MUTABLE_AFTER_PUBLISH
            and not name.startswith(_MUTABLE_PREFIXES)
        ]
        published = self.filtered(lambda version: version.state != "draft")
        if not published:
            return
        if frozen:
            raise UserError(
                self.env._(
                    "%(fields)s: version %(name)s is published and cannot be "
                    "modified; create a new version instead.",
                    fields=", ".join(
                        self._fields[name]._description_string(self.env)
                        for name in frozen
                        if name in self._fields
                    ),
                    name=published[0].display_name,
                )
            )
        if vals.get("state") not in (None, "archived"):
            raise UserError(
                self.env._(
                    "Status: a published version can only be archived, never "
                    "returned to draft."
                )
            )

    @api.model
    def _get_next_version_numbers(self, vals_list):
        document_ids = {vals.get("document_id") for vals in vals_list}
        maxima = dict(
            self.sudo()._read_group(
                [("document_id", "in", list(document_ids))],
                ["document_id"],
                ["version:max"],
            )
        )
        return {
            document_id: (maxima.get(self.env["cgv.document"].browse(document_id)) or 0)
            + 1
            for document_id in document_ids
        }
