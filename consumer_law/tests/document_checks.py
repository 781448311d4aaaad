# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Checks of what customers receive: printed documents and e-mails.

The models' tests prove the values; these checks prove the text a customer reads:
a PDF printed by wkhtmltopdf and read back with poppler's ``pdftotext``, an e-mail
rendered by its template in the customer's language. They refuse raw field values
(``res.partner(20,)``, ``False``, ``None``, ISO dates), relative links, and any
sentence left in the source language: every ``.po`` entry of the repository's
addons whose English text is not in its translation must not appear in a French
document (nor its French text in an English one).

Used by one test per addon (``test_documents.py``) that prints each of its
``ir.actions.report`` and renders each of its ``mail.template``; the coverage
check fails when an addon gains a report or a template no test prints.
"""

import glob
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import os
import re
import shutil
import subprocess
import tempfile
import threading

import polib

from odoo.modules.module import get_module_path
from odoo.tools import formatLang, html2plaintext

REPOSITORY = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
# Raw values a template prints when it outputs a record or an empty field
# instead of its text.
RAW_VALUES = (
    re.compile(r"\b(res|sale|account|stock|consumer|cgv)\.[a-z_.]+\(\d*,?\)"),
    re.compile(r"\bFalse\b"),
    re.compile(r"\bNone\b"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?\b"),
    # a whole quantity printed as a float ("2.0 Units")
    re.compile(r"(?<![\d.,])\d+\.0(?![\d.])"),
)
ABSOLUTE_LINK = re.compile(r"^(https?://|mailto:|tel:|data:|cid:|#)")
LINK = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']*)["']""")
# A fragment of a sentence between tags and placeholders.
TEXT_SPLIT = re.compile(r"<[^>]*>|%\(\w+\)s|%s|\{\{.*?\}\}|\n")
MIN_WORDS = 4
# Records whose translated text reaches customers.
CUSTOMER_MODELS = ("mail.template", "ir.actions.report", "ir.ui.view")


# An amount in euros as Odoo prints it (``ir.qweb.field.monetary``), once the
# non-breaking spaces are plain (pdftotext reads them as spaces): French
# "1 234,50 €", English "1,234.50 €"; the minus sign before the figures.
EURO_AMOUNTS = {
    "fr": re.compile(r"-?\d{1,3}(?: \d{3})*,\d{2} €"),
    "en": re.compile(r"-?\d{1,3}(?:,\d{3})*\.\d{2} €"),
}
# The symbols and codes of the currencies a shop in France must not print.
OTHER_CURRENCIES = re.compile(r"\$|£|¥|\b(?:USD|GBP|CHF|JPY|CAD)\b")
# The documents that print an order's or an invoice's totals and VAT.
TOTALS_TEMPLATES = (
    "sale.report_saleorder",
    "sale.report_saleorder_pro_forma",
    "account.report_invoice",
    "account.report_invoice_with_payments",
)
# A tax group's label with its rate: "VAT 20%", "TVA 5,5 %".
TAX_RATE = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")


def normalize(text):
    """Whitespace collapsed, typographic apostrophes and spaces made plain,
    zero-width characters (Odoo prints one after a minus sign) dropped."""
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())


def euro_amount(env, amount, lang):
    """``amount`` in euros as Odoo prints it for a reader in ``lang``,
    normalised like the text of a document (``normalize``)."""
    euro = env.ref("base.EUR")
    return normalize(formatLang(env(context={"lang": lang}), amount, currency_obj=euro))


def pdf_text(pdf):
    """The text layer of a PDF, extracted by poppler's pdftotext, on one line."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        output = subprocess.run(
            ["pdftotext", "-layout", handle.name, "-"],
            check=True,
            capture_output=True,
        ).stdout.decode()
    return normalize(output)


class RequestRecorder(ThreadingHTTPServer):
    """A web server on this machine that records the paths asked of it and
    answers each with 404 (``with RequestRecorder() as server: ... server.url``)."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _RecordingHandler)
        self.paths = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc_info):
        self.shutdown()
        self.server_close()


class _RecordingHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.paths.append(self.path)
        self.send_error(404)

    do_POST = do_GET

    def log_message(self, *args):
        pass


def repository_addons():
    """Names of the repository's addons (every folder with a manifest)."""
    return sorted(
        os.path.basename(os.path.dirname(path))
        for path in glob.glob(os.path.join(REPOSITORY, "*", "__manifest__.py"))
    )


def _fragments(text):
    """Sentence fragments of a msgid/msgstr: text between tags and
    placeholders, with at least ``MIN_WORDS`` words."""
    for piece in TEXT_SPLIT.split(text):
        piece = normalize(piece).strip(" .,:;()[]-")
        if len(re.findall(r"[^\W\d_]{2,}", piece)) >= MIN_WORDS:
            yield piece


def foreign_fragments(lang, addons=None):
    """The fragments that must not appear in a document in ``lang``.

    For French: the English msgids' fragments that are not in their French
    translation (an untranslated sentence); for English: the French
    translations' fragments that are not in their msgid.

    :param lang: ``fr_FR`` or ``en_US``
    :param addons: addon names whose ``i18n/fr.po`` is read (default: all the
        repository's)
    :return: set of strings
    """
    fragments = set()
    for addon in addons or repository_addons():
        path = os.path.join(get_module_path(addon) or "", "i18n", "fr.po")
        if not os.path.exists(path):
            continue
        for entry in polib.pofile(path):
            if entry.obsolete or not entry.msgstr or entry.msgid == entry.msgstr:
                continue
            source, target = (
                (entry.msgid, entry.msgstr)
                if lang.startswith("fr")
                else (entry.msgstr, entry.msgid)
            )
            kept = normalize(target)
            fragments.update(
                fragment for fragment in _fragments(source) if fragment not in kept
            )
    return fragments


class DocumentChecksMixin:
    """Assertions on the text customers receive, for ``HttpCase`` classes
    (wkhtmltopdf fetches the report's assets from the test server: a real PDF
    rendered inside a TransactionCase waits for a server that never answers)."""

    #: addon whose reports and templates the test class must all cover
    documents_addon = None

    @classmethod
    def _activate_french(cls):
        """French and English active, the repository's translations loaded."""
        cls.env["res.lang"]._activate_lang("en_US")
        cls.env["res.lang"]._activate_lang("fr_FR")
        installed = (
            cls.env["ir.module.module"]
            .search([("state", "=", "installed")])
            .mapped("name")
        )
        cls.env["ir.module.module"]._load_module_terms(
            [name for name in repository_addons() if name in installed],
            ["fr_FR"],
            overwrite=True,
        )

    def _addon_xmlids(self, model):
        """The xml ids of the records of ``model`` the addon's data defines
        (PDF reports only for ``ir.actions.report``)."""
        data = self.env["ir.model.data"].search(
            [("module", "=", self.documents_addon), ("model", "=", model)]
        )
        if model == "ir.actions.report":
            pdf = self.env[model].browse(data.mapped("res_id"))
            pdf = pdf.filtered(lambda report: report.report_type == "qweb-pdf")
            data = data.filtered(lambda row: row.res_id in pdf.ids)
        return {f"{row.module}.{row.name}" for row in data}

    def assertAllCovered(self, model, covered):
        """Every report (or template) of the addon is checked by a test.

        :param model: ``ir.actions.report`` or ``mail.template``
        :param covered: xml ids checked by the class
        """
        missing = sorted(self._addon_xmlids(model) - set(covered))
        self.assertFalse(
            missing,
            f"{model} of {self.documents_addon} not checked as customers receive "
            f"them: {', '.join(missing)}",
        )

    # --- printed documents ---------------------------------------------------- #
    def print_pdf_text(self, report_ref, records, lang=None):
        """Print ``records`` with the report to a real PDF and return its text.

        Every PDF is checked for its amounts: euros only, in the format of the
        reader's language (``lang``, by default the customer's), and, for an
        order or an invoice document, its totals and each VAT rate with its amount
        (``assertEuroAmounts``, ``assertTotalsPrinted``)."""
        if not shutil.which("pdftotext") or not shutil.which("wkhtmltopdf"):
            self.fail("pdftotext and wkhtmltopdf are needed to check documents")
        pdf, _format = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(report_ref, records.ids)
        )
        self.assertTrue(pdf.startswith(b"%PDF-"), f"{report_ref} is not a PDF")
        text = pdf_text(pdf)
        self.assertGreater(
            len(text),
            100,
            f"{report_ref}: the PDF has no text layer (a web font drawn as shapes?)",
        )
        lang = lang or self._reader_lang(records)
        self.assertEuroAmounts(text, lang, name=report_ref)
        report = self.env["ir.actions.report"]._get_report(report_ref)
        if report.report_name in TOTALS_TEMPLATES:
            for record in records:
                self.assertTotalsPrinted(text, record, lang, name=report_ref)
        return text

    @staticmethod
    def _reader_lang(records):
        """The language a document of ``records`` is printed in: its
        customer's."""
        if "partner_id" in records._fields and records[:1].partner_id.lang:
            return records[:1].partner_id.lang
        return "en_US"

    def assertEuroAmounts(self, text, lang, name="document"):
        """Every amount of ``text`` is in euros, printed for ``lang``: no other
        currency's symbol or code, and each "€" follows an amount in the
        language's format ("1 234,50 €" in French, "1,234.50 €" in English)."""
        other = OTHER_CURRENCIES.search(text)
        if other:
            around = text[max(0, other.start() - 60) : other.end() + 60]
            self.fail(f"{name}: amount in another currency than the euro: …{around}…")
        pattern = EURO_AMOUNTS[lang[:2]]
        formatted = pattern.findall(text)
        self.assertEqual(
            len(formatted),
            text.count("€"),
            f"{name}: an amount in euros not printed as in {lang} "
            f"({pattern.pattern}): {text}",
        )

    def assertTotalsPrinted(self, text, record, lang, name="document"):
        """The totals of an order or an invoice are printed in euros: untaxed
        amount, total, and each VAT group with its rate (that of its taxes)
        and its amount."""
        self.assertEqual(
            record.currency_id,
            self.env.ref("base.EUR"),
            f"{name}: {record.display_name} is not in euros",
        )
        totals = record.tax_totals
        amounts = [totals["base_amount_currency"], totals["total_amount_currency"]]
        for subtotal in totals["subtotals"]:
            for group in subtotal["tax_groups"]:
                tax_group = self.env["account.tax.group"].browse(group["id"])
                label = tax_group.with_context(lang=lang).name
                self.assertIn(normalize(label), text, f"{name}: VAT {label!r}")
                taxes = self.env["account.tax"].browse(group["involved_tax_ids"])
                self.assertTaxGroupRate(taxes, label, name)
                amounts.append(group["tax_amount_currency"])
        for amount in amounts:
            printed = euro_amount(self.env, amount, lang)
            self.assertIn(printed, text, f"{name}: {printed!r} missing")

    def assertTaxGroupRate(self, taxes, label, name="document"):
        """The rate a VAT group prints is that of its taxes."""
        printed = {float(rate.replace(",", ".")) for rate in TAX_RATE.findall(label)}
        self.assertEqual(
            printed,
            set(taxes.mapped("amount")),
            f"{name}: VAT label {label!r} for taxes at {taxes.mapped('amount')} %",
        )

    def assertCustomerText(self, text, lang, name="document", foreign=None):
        """No raw value and no sentence of the other language in ``text``."""
        for pattern in RAW_VALUES:
            match = pattern.search(text)
            if match:
                around = text[max(0, match.start() - 60) : match.end() + 60]
                self.fail(f"{name}: raw value {match.group(0)!r} in …{around}…")
        foreign = foreign_fragments(lang) if foreign is None else foreign
        plain = normalize(text)
        left = sorted(fragment for fragment in foreign if fragment in plain)
        self.assertFalse(
            left, f"{name}: text not in the customer's language ({lang}): {left}"
        )

    def assertAddressed(self, text, partner, name="document"):
        """The customer's name and postal address are printed."""
        for value in (partner.name, partner.street, partner.zip, partner.city):
            if value:
                self.assertIn(normalize(value), text, f"{name}: {value!r} missing")

    # --- e-mails ---------------------------------------------------------------- #
    def render_mail(self, template_ref, record):
        """Render the template for ``record`` as it is sent (in the language the
        template chooses) and return (subject, body html)."""
        template = self.env.ref(template_ref)
        values = template._generate_template(record.ids, ("subject", "body_html"))[
            record.id
        ]
        return values["subject"], values["body_html"]

    def assertMailReceived(self, template_ref, record, lang, expected=()):
        """The e-mail reads well in ``lang``: subject and body in that language,
        no raw values, absolute links, and the ``expected`` strings."""
        subject, body = self.render_mail(template_ref, record)
        text = normalize(f"{subject}\n{html2plaintext(body)}")
        self.assertCustomerText(text, lang, name=f"{template_ref} ({lang})")
        for link in LINK.findall(str(body)):
            self.assertRegex(
                link, ABSOLUTE_LINK, f"{template_ref}: relative link {link!r}"
            )
        for value in expected:
            self.assertIn(normalize(value), text, f"{template_ref} ({lang})")
        return text


def stale_translations(env, addon):
    """The ``fr.po`` entries of ``addon`` that no longer match their source, in
    what customers receive: mail templates, reports, QWeb templates (portal
    pages, printed documents).

    A msgid of a record's field (``model:``) must equal the field's English
    value, and a msgid of a term (``model_terms:``, e.g. a mail template's body
    or a view) must be one of the terms of that value: otherwise Odoo never
    loads the translation and the customer reads English.

    :return: list of ``(occurrence, msgid)``
    """
    path = os.path.join(get_module_path(addon) or "", "i18n", "fr.po")
    if not os.path.exists(path):
        return []
    stale = []
    for entry in polib.pofile(path):
        if entry.obsolete:
            continue
        for occurrence, _line in entry.occurrences:
            match = re.match(
                r"(model|model_terms):([\w.]+),(\w+):(\w+\.[\w.]+)$", occurrence
            )
            if not match:
                continue
            kind, model, field_name, xmlid = match.groups()
            if model not in CUSTOMER_MODELS:
                continue
            record = env.ref(xmlid, raise_if_not_found=False)
            if record is None or record._name != model:
                continue  # a record gone: nothing is shown
            if model == "ir.ui.view" and record.type != "qweb":
                continue  # staff screens
            field = record._fields[field_name]
            value = record.with_context(lang="en_US")[field_name] or ""
            if kind == "model":
                matches = entry.msgid == value
            else:
                matches = entry.msgid in field.get_trans_terms(str(value))
            if not matches:
                stale.append((occurrence, entry.msgid))
    return stale
