# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""One run of wkhtmltopdf for a batch of documents, also without patched Qt.

The report engine renders several records in one run of wkhtmltopdf by giving
it one HTML file per record; a wkhtmltopdf built without patched Qt refuses
several input files ("Exit with code 1, due to unknown error", empty PDF), so
that the documents queue's batch pass failed and each document cost its own
run. Asked by the queue (context key :data:`MERGE_BODIES_KEY`), the bodies are
given to such a wkhtmltopdf as one HTML file, each record's body starting on a
new page; the engine then splits the PDF page by page, one record a page (the
queue checks it got one PDF per record, else each job renders its own). An
unpatched wkhtmltopdf ignores the per-record headers and footers anyway; a
patched one keeps the engine's own behaviour.
"""

import functools
import logging
import subprocess

import lxml.html

from odoo import models

from odoo.addons.base.models.ir_actions_report import _get_wkhtmltopdf_bin

_logger = logging.getLogger(__name__)

MERGE_BODIES_KEY = "consumer_law_merge_report_bodies"
PAGE_BREAK_STYLE = "page-break-before: always;"


@functools.cache
def wkhtmltopdf_has_patched_qt():
    """Whether this machine's wkhtmltopdf is built with patched Qt (asked once
    per process)."""
    binary = _get_wkhtmltopdf_bin()
    try:
        completed = subprocess.run(
            [binary, "--version"], capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return b"patched qt" in completed.stdout.lower()


def merge_report_bodies(bodies):
    """Return one HTML document holding the ``bodies`` (full HTML documents
    of the same layout) one after the other, each on a new page."""
    document = lxml.html.document_fromstring(bodies[0])
    target = document.body
    for body in bodies[1:]:
        other = lxml.html.document_fromstring(body).body
        target.append(lxml.html.Element("div", style=PAGE_BREAK_STYLE))
        for child in list(other):
            target.append(child)
    return lxml.html.tostring(document, encoding="unicode", doctype="<!DOCTYPE html>")


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _run_wkhtmltopdf(self, bodies, *args, **kwargs):
        if (
            self.env.context.get(MERGE_BODIES_KEY)
            and len(bodies) > 1
            and not wkhtmltopdf_has_patched_qt()
        ):
            bodies = [merge_report_bodies(bodies)]
        return super()._run_wkhtmltopdf(bodies, *args, **kwargs)
