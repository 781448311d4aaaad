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
