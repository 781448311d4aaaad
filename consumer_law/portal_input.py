# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Validation of what customers type in the portal and public forms.

Every portal form of the consumer-law addons (withdrawal, returns, complaints)
parses its input with these functions: finite numbers only, whole quantities for
unit measures, bounded lengths, real e-mail addresses (Odoo's normalisation), real
booleans. Each refusal is a translated ``UserError`` naming the field; nothing is
truncated or guessed.
"""

import math
import re

from odoo.exceptions import UserError
from odoo.tools import email_normalize, float_compare, float_is_zero

from .evidence import evidence_writer

# Bounds of the portal forms' fields (characters).
NAME_MAX_LENGTH = 128
EMAIL_MAX_LENGTH = 254
REFERENCE_MAX_LENGTH = 64
KEY_MAX_LENGTH = 64
STATEMENT_MAX_LENGTH = 4000
NUMBER_MAX_LENGTH = 32
# No quantity typed in a portal form is ever this large.
QUANTITY_MAX = 1_000_000

_KEY_PATTERN = re.compile(r"^[A-Za-z0-9_-]+$")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_text(env, raw, *, label, max_length, required=False, multiline=False):
    """Return the stripped text, refusing what is too long or missing.

    :param raw: the submitted value (``None`` when absent)
    :param label: the field's label, as the customer sees it
    :raise UserError: too long, or empty while ``required``
    """
    if raw is None:
        raw = ""
    if not isinstance(raw, str):
        raise UserError(env._("%(field)s: the value is not text.", field=label))
    text = _CONTROL_CHARS.sub("", raw).strip()
    if not multiline:
        text = " ".join(text.split())
    if len(text) > max_length:
        raise UserError(
            env._(
                "%(field)s: at most %(max)s characters (%(length)s given).",
                field=label,
                max=max_length,
                length=len(text),
            )
        )
    if required and not text:
        raise UserError(env._("%(field)s: this field is required.", field=label))
    return text


def parse_key(env, raw, *, label, max_length=KEY_MAX_LENGTH):
    """Return a form key (letters, digits, ``-`` and ``_``), or ``""`` when absent.

    :raise UserError: too long or with other characters
    """
    key = parse_text(env, raw, label=label, max_length=max_length)
    if key and not _KEY_PATTERN.match(key):
        raise UserError(
            env._(
                "%(field)s: only letters, digits, '-' and '_' are accepted.",
                field=label,
            )
        )
    return key


def normalize_email(text):
    """Return one e-mail address normalised by Odoo, or ``False``.

    Odoo's normalisation extracts an address from loose text (``a@b@c`` gives
    ``@c``); an address typed in a form must be exactly one address with a local
    part and a domain.
    """
    text = (text or "").strip()
    normalized = email_normalize(text, strict=True)
    local, _at, domain = (normalized or "").rpartition("@")
    if not normalized or text.count("@") != 1 or not local or "." not in domain:
        return False
    return normalized


def parse_email(env, raw, *, label, required=False):
    """Return the e-mail address normalised by Odoo, or ``""`` when empty.

    :raise UserError: when the value is not one e-mail address
    """
    text = parse_text(
        env, raw, label=label, max_length=EMAIL_MAX_LENGTH, required=required
    )
    if not text:
        return ""
    normalized = normalize_email(text)
    if not normalized:
        raise UserError(
            env._(
                "%(field)s: %(value)s is not a valid e-mail address.",
                field=label,
                value=text,
            )
        )
    return normalized


def parse_true(value):
    """Return whether ``value`` is the boolean ``true`` (JSON), nothing else.

    ``"false"``, ``1``, ``"on"`` or a list are not an acceptance.
    """
    return value is True


class LazyLabel:
    """A field's label made only when a message names it: a constraint checking
    every line of a form names the line's product in its errors, and needs not
    read the product when the line is right."""

    def __init__(self, function):
        self._function = function

    def __str__(self):
        return str(self._function())


def is_whole_unit(uom):
    """Return whether quantities of ``uom`` are counted in whole pieces (the
    category's id from the cached XML id: no query)."""
    unit_category_id = uom.env["ir.model.data"]._xmlid_to_res_id(
        "uom.product_uom_categ_unit", raise_if_not_found=False
    )
    return bool(unit_category_id and uom.category_id.id == unit_category_id)


def _get_reference_uom(uom):
    """Return the reference measure of ``uom``'s category (``uom`` itself when it
    is the reference, as the unit of pieces usually is: no query)."""
    if uom.uom_type == "reference":
        return uom
    return (
        uom.category_id.uom_ids.filtered(
            lambda candidate: candidate.uom_type == "reference"
        )[:1]
        or uom
    )


def parse_quantity(env, raw, *, label, uom, maximum=None):
    """Return the quantity typed in a form as a float.

    Accepted: a finite number written with ``.`` or ``,``, at least 0, at most
    ``maximum``, a whole number of pieces for unit measures (no 0.5 helmet).

    :param uom: the ``uom.uom`` of the quantity
    :raise UserError: naming the field, for anything else
    """
    if raw is None or raw == "":
        return 0.0
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        raise UserError(env._("%(field)s: the value is not a number.", field=label))
    text = str(raw).strip().replace(",", ".")
    if len(text) > NUMBER_MAX_LENGTH:
        raise UserError(
            env._(
                "%(field)s: %(value)s is not a quantity.", field=label, value=text[:40]
            )
        )
    try:
        quantity = float(text)
    except ValueError:
        raise UserError(
            env._("%(field)s: %(value)s is not a number.", field=label, value=text)
        ) from None
    if not math.isfinite(quantity) or abs(quantity) > QUANTITY_MAX:
        raise UserError(
            env._("%(field)s: %(value)s is not a quantity.", field=label, value=text)
        )
    rounding = uom.rounding or 0.01
    if float_compare(quantity, 0.0, precision_rounding=rounding) < 0:
        raise UserError(env._("%(field)s: a quantity cannot be negative.", field=label))
    if float_is_zero(quantity, precision_rounding=rounding):
        return 0.0
    if is_whole_unit(uom):
        pieces = uom._compute_quantity(quantity, _get_reference_uom(uom), round=False)
        if not float_is_zero(pieces - round(pieces), precision_digits=6):
            raise UserError(
                env._(
                    "%(field)s: %(value)s is not a whole number of pieces.",
                    field=label,
                    value=text,
                )
            )
    if maximum is not None and (
        float_compare(quantity, maximum, precision_rounding=rounding) > 0
    ):
        raise UserError(
            env._(
                "%(field)s: choose between 0 and %(maximum)s.",
                field=label,
                maximum=maximum,
            )
        )
    return quantity


# Files a customer may join to a portal form (photos of a defect, a carrier's
# notice, a letter): how many, how large, and which kinds, recognised by their
# first bytes rather than by the name or the type the browser claims.
UPLOAD_MAX_COUNT = 5
UPLOAD_MAX_BYTES = 10 * 1024 * 1024
UPLOAD_NAME_MAX_LENGTH = 100
_UPLOAD_SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"%PDF-", "application/pdf", ".pdf"),
)
_UPLOAD_NAME_UNSAFE = re.compile(r"[^\w .()-]+")


def _upload_kind(raw):
    """Return ``(mimetype, extension)`` of a JPEG, PNG, WebP or PDF file, or None."""
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return "image/webp", ".webp"
    for signature, mimetype, extension in _UPLOAD_SIGNATURES:
        if raw.startswith(signature):
            return mimetype, extension
    return None


def _upload_name(filename, extension, position):
    """Return a safe file name: no path, no odd characters, the real extension."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UPLOAD_NAME_UNSAFE.sub("", _CONTROL_CHARS.sub("", base)).strip(" ._")
    stem = base.rsplit(".", 1)[0][: UPLOAD_NAME_MAX_LENGTH - len(extension)]
    return f"{stem or f'file-{position}'}{extension}"


def parse_uploads(env, files, *, label, max_count=UPLOAD_MAX_COUNT):
    """Return the files joined to a portal form, checked, as attachment values.

    Accepted: at most ``max_count`` non-empty files of at most 10 MB each, that
    are JPEG, PNG, WebP images or PDF documents by their content. Empty file
    inputs (the browser sends one when nothing is chosen) are ignored.

    :param files: the uploaded files (werkzeug ``FileStorage`` objects, e.g.
        ``request.httprequest.files.getlist("attachments")``)
    :return: a list of ``{"name", "raw", "mimetype"}`` dicts
    :raise UserError: naming the field, for too many, too large or other files
    """
    uploads = []
    for position, upload in enumerate(files or (), start=1):
        raw = upload.read(UPLOAD_MAX_BYTES + 1) if upload else b""
        if not raw:
            continue
        if len(uploads) >= max_count:
            raise UserError(
                env._("%(field)s: at most %(max)s files.", field=label, max=max_count)
            )
        if len(raw) > UPLOAD_MAX_BYTES:
            raise UserError(
                env._(
                    "%(field)s: %(name)s is larger than %(max)s MB.",
                    field=label,
                    name=_upload_name(upload.filename, "", position),
                    max=UPLOAD_MAX_BYTES // (1024 * 1024),
                )
            )
        kind = _upload_kind(raw)
        if not kind:
            raise UserError(
                env._(
                    "%(field)s: %(name)s is not a JPEG, PNG or WebP picture or a PDF "
                    "document.",
                    field=label,
                    name=_upload_name(upload.filename, "", position),
                )
            )
        mimetype, extension = kind
        uploads.append(
            {
                "name": _upload_name(upload.filename, extension, position),
                "raw": raw,
                "mimetype": mimetype,
            }
        )
    return uploads


def attach_uploads(record, uploads):
    """Attach checked uploads (from :func:`parse_uploads`) to ``record``.

    The attachments are created as superuser, since portal users and guests
    cannot create attachments, and are linked to the record so that only who
    may read the record may read them. They are the customer's evidence: linked
    with their SHA-256, never replaced, relinked or deleted.

    :return: the ``ir.attachment`` records created
    """
    record.ensure_one()
    # the customer's files are evidence: linked with their SHA-256 (through the
    # evidence writer), never replaced, relinked or deleted afterwards
    return (
        evidence_writer(record.env["ir.attachment"])
        .sudo()
        .create(
            [
                {
                    "name": upload["name"],
                    "raw": upload["raw"],
                    "mimetype": upload["mimetype"],
                    "res_model": record._name,
                    "res_id": record.id,
                }
                for upload in uploads
            ]
        )
    )
