# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The documents queue's runs of wkhtmltopdf: one run for a batch, also
without patched Qt, and no request to the web server.

One run for a batch: the report engine renders several records in one run of
wkhtmltopdf by giving it one HTML file per record; a wkhtmltopdf built without
patched Qt refuses several input files ("Exit with code 1, due to unknown
error", empty PDF), so that the documents queue's batch pass failed and each
document cost its own run. Asked by the queue (context key
:data:`MERGE_BODIES_KEY`), the bodies are given to such a wkhtmltopdf as one
HTML file, each record's body starting on a new page; the engine then splits
the PDF page by page, one record a page (the queue checks it got one PDF per
record, else each job renders its own). An unpatched wkhtmltopdf ignores the
per-record headers and footers anyway; a patched one keeps the engine's own
behaviour.

No request to the web server: wkhtmltopdf fetches a report's style sheets, and
the fonts they name, from the server's address (``report.url``, else
``web.base.url``), each run about fifteen requests. At the peak those requests
wait in the same queue as the customers' (and where the server cannot reach its
own public address, the PDF is made without its style). Asked by the queue
(context key :data:`LOCAL_ASSETS_KEY`), the style sheets the database has
compiled are written into the document itself, and the addons' static files
they name (fonts, images) are read from disk, wkhtmltopdf being allowed to read
those folders only (``--allow``); a style sheet the database does not hold is
left to be fetched as before. Such a document has no script to wait for:
wkhtmltopdf prints it without the engine's one-second delay.
"""

import functools
import logging
import os
import posixpath
import re
import subprocess

import lxml.html

from odoo import models
from odoo.tools.misc import file_path

from odoo.addons.base.models.ir_actions_report import _get_wkhtmltopdf_bin

_logger = logging.getLogger(__name__)

MERGE_BODIES_KEY = "consumer_law_merge_report_bodies"
LOCAL_ASSETS_KEY = "consumer_law_local_report_assets"
# the folders wkhtmltopdf may read, set while the queue's document is rendered
ALLOWED_FOLDERS_KEY = "consumer_law_report_allowed_folders"
PAGE_BREAK_STYLE = "page-break-before: always;"
# milliseconds wkhtmltopdf waits once a self-contained document is loaded
# (wkhtmltopdf's own default; the engine's ``report.print_delay``, 1,000 ms by
# default, gives a report's scripts time to run: the queue's have none)
LOCAL_JAVASCRIPT_DELAY = "200"
# a compiled bundle's style sheet, as the report layouts link it
STYLESHEET_LINK = re.compile(
    r"<link\b[^>]*?\bhref=\"(?P<href>/web/assets/[^\"]+\.css)\"[^>]*>"
)
ASSET_HREF = re.compile(
    r"/web/assets/[^/]+/(?P<bundle>[\w.]+?)(?P<rtl>\.rtl)?\.min\.css"
)
# a url() of a style sheet naming an addon's static file, e.g.
# url("/web/static/fonts/./lato/Lato-Reg-webfont.woff?#iefix")
STATIC_URL = re.compile(
    r"url\(\s*(?P<quote>['\"]?)(?P<path>/\w+/static/[^'\")?#]+)"
    r"(?P<suffix>[?#][^'\")]*)?(?P=quote)\s*\)"
)
# an element's style attribute, and an empty url() in it, as Odoo's layouts
# print the company's background when it has none: wkhtmltopdf asks the server
# for its home page (and its login page, where that redirects); only in style
# attributes, never in the document's text (a customer's words stay as written)
STYLE_ATTRIBUTE = re.compile(r"\bstyle=\"[^\"]*\"")
EMPTY_URL = re.compile(r"url\(\s*(['\"]?)\s*\1\s*\)")
# style sheets made local, kept per process: {checksum: (css, folders)}
STYLESHEETS_KEPT = 16
_LOCAL_STYLESHEETS = {}


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


def static_file_url(path):
    """Return (``file://`` URL, the addon's static folder) of the static file
    an URL path such as ``/web/static/fonts/x.woff`` names, or ``None`` when no
    addon holds it."""
    relative = posixpath.normpath(path).lstrip("/")
    parts = relative.split("/", 2)
    if len(parts) < 3 or parts[1] != "static":
        return None  # e.g. "/web/static/../models/x.py"
    try:
        absolute = file_path(relative)
    except (FileNotFoundError, ValueError):
        return None
    module = parts[0]
    folder = absolute[: absolute.rindex(os.sep + module + os.sep)]
    return f"file://{absolute}", os.path.join(folder, module, "static")


def localize_stylesheet(css):
    """Return the style sheet ``css`` with its addons' static files named by
    ``file://`` URLs, and the static folders they are in (a file no addon
    holds, or another site's, stays named by its URL)."""
    folders = set()

    def localize(match):
        local = static_file_url(match["path"])
        if not local:
            return match.group(0)
        url, folder = local
        folders.add(folder)
        return f'url("{url}{match["suffix"] or ""}")'

    return STATIC_URL.sub(localize, css), frozenset(folders)


def local_stylesheet(attachment):
    """The compiled style sheet ``attachment`` made local (see
    :func:`localize_stylesheet`), kept per content in this process."""
    kept = _LOCAL_STYLESHEETS.get(attachment.checksum)
    if kept is None:
        if len(_LOCAL_STYLESHEETS) >= STYLESHEETS_KEPT:
            _LOCAL_STYLESHEETS.clear()
        css, folders = localize_stylesheet(attachment.raw.decode("utf-8"))
        # a style sheet cannot end the <style> element early
        kept = (css.replace("</", "<\\/"), folders)
        _LOCAL_STYLESHEETS[attachment.checksum] = kept
    return kept


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _run_wkhtmltopdf(
        self, bodies, report_ref=False, header=None, footer=None, **kwargs
    ):
        if (
            self.env.context.get(MERGE_BODIES_KEY)
            and len(bodies) > 1
            and not wkhtmltopdf_has_patched_qt()
        ):
            bodies = [merge_report_bodies(bodies)]
        report = self
        if self.env.context.get(LOCAL_ASSETS_KEY):
            folders = set()
            bodies = [self._localize_html(body, folders) for body in bodies]
            header = header and self._localize_html(header, folders)
            footer = footer and self._localize_html(footer, folders)
            report = self.with_context(**{ALLOWED_FOLDERS_KEY: sorted(folders)})
        return super(IrActionsReport, report)._run_wkhtmltopdf(
            bodies, report_ref=report_ref, header=header, footer=footer, **kwargs
        )

    def _build_wkhtmltopdf_args(self, *args, **kwargs):
        command_args = super()._build_wkhtmltopdf_args(*args, **kwargs)
        folders = self.env.context.get(ALLOWED_FOLDERS_KEY)
        if folders is None:
            return command_args
        for folder in folders:
            command_args.extend(["--allow", folder])
        # nothing to wait for: the document holds its style and no script
        if "--javascript-delay" in command_args:
            index = command_args.index("--javascript-delay")
            command_args[index + 1] = LOCAL_JAVASCRIPT_DELAY
        return command_args

    def _get_stylesheet_attachment(self, href):
        """The compiled style sheet a report links (``href``, e.g.
        ``/web/assets/1a2b3c4/web.report_assets_common.min.css``), compiled
        now when it was not yet, or ``None`` when that bundle version is not
        this database's."""
        match = ASSET_HREF.fullmatch(href)
        if not match:
            return None
        bundle = self.env["ir.qweb"]._get_asset_bundle(
            match["bundle"], css=True, js=False, rtl=bool(match["rtl"])
        )
        attachment = bundle.css()[:1]
        return attachment if attachment.url == href else None

    def _localize_html(self, html, folders):
        """Return ``html`` with the compiled style sheets it links written in
        it, their static files named on disk (their folders added to
        ``folders``), and no empty ``url()``; a style sheet that is not this
        database's stays linked."""
        html = STYLE_ATTRIBUTE.sub(
            lambda match: EMPTY_URL.sub("none", match.group(0)), html
        )
        stylesheets = {}
        for href in {match["href"] for match in STYLESHEET_LINK.finditer(html)}:
            attachment = self._get_stylesheet_attachment(href)
            if attachment:
                stylesheets[href], css_folders = local_stylesheet(attachment)
                folders.update(css_folders)

        def inline(match):
            css = stylesheets.get(match["href"])
            if css is None:
                return match.group(0)
            return f"<style>{css}</style>"

        return STYLESHEET_LINK.sub(inline, html)
