# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Write access to evidence.

Evidence (published terms of sale, acceptances, withdrawal declarations and their
acknowledgments) is written once, by the flow that creates it. Those flows mark
their environment with :func:`evidence_writer`; guards accept a change of a frozen
field only in such an environment (:func:`is_evidence_write`).

The mark is a Python object kept in the context: an RPC caller can set any JSON
value in the context, never this object, so no ``with_context`` trick opens the
evidence to a client.
"""

from odoo.exceptions import UserError

_EVIDENCE_WRITE_KEY = "consumer_law_evidence_write"


class _EvidenceWriteToken:
    __slots__ = ()

    def __repr__(self):
        return "<consumer_law evidence write>"


_EVIDENCE_WRITE = _EvidenceWriteToken()


def evidence_writer(records):
    """Return ``records`` in an environment allowed to write evidence fields.

    Only the flows that create evidence (publication, archiving, acceptance,
    acknowledgment, cancellation) use it, around their own writes.
    """
    return records.with_context(**{_EVIDENCE_WRITE_KEY: _EVIDENCE_WRITE})


def is_evidence_write(env):
    """Return whether ``env`` was marked by :func:`evidence_writer`."""
    return env.context.get(_EVIDENCE_WRITE_KEY) is _EVIDENCE_WRITE


_NO_ACKNOWLEDGMENT_KEY = "consumer_law_no_acknowledgment"
_NO_ACKNOWLEDGMENT = _EvidenceWriteToken()


def without_acknowledgment(records):
    """Return ``records`` in an environment where recording a customer's act
    sends no acknowledgment (tests, imports of acts already acknowledged).

    Like :func:`evidence_writer`, the mark is a Python object: an RPC caller
    cannot suppress the acknowledgment owed to a customer.
    """
    return records.with_context(**{_NO_ACKNOWLEDGMENT_KEY: _NO_ACKNOWLEDGMENT})


def is_acknowledgment_suppressed(env):
    """Return whether ``env`` was marked by :func:`without_acknowledgment`."""
    return env.context.get(_NO_ACKNOWLEDGMENT_KEY) is _NO_ACKNOWLEDGMENT


def check_flow_fields(records, vals, names):
    """Refuse a change of ``names`` (evidence fields that a flow stores on a
    model it does not own, such as an invoice or a delivery) outside the
    evidence writer, whatever the caller's rights (``sudo()`` included).

    Writing the value a record already holds is not a change.

    :raise UserError: naming the fields
    """
    if is_evidence_write(records.env):
        return
    changed = set()
    for name in names:
        if name not in vals:
            continue
        field = records._fields[name]
        if field.type in ("one2many", "many2many"):
            changed.add(name)
            continue
        for record in records:
            value = field.convert_to_record(
                field.convert_to_cache(vals[name], record), record
            )
            if value != record[name]:
                changed.add(name)
                break
    if changed:
        env = records.env
        raise UserError(
            env._(
                "%(fields)s: evidence recorded by its flow on %(model)s; it cannot "
                "be changed, not even by a manager.",
                fields=", ".join(
                    sorted(
                        records._fields[name]._description_string(env)
                        for name in changed
                    )
                ),
                model=records._description,
            )
        )
