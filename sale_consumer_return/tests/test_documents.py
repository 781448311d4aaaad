# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import re

from odoo.tests import HttpCase, tagged
from odoo.tools import html2plaintext

from odoo.addons.consumer_law.tests.document_checks import DocumentChecksMixin

from .common import ConsumerReturnCommon

# a colon, semicolon, question or exclamation mark not preceded by a (narrow)
# non-breaking space, links aside (French typography)
LOOSE_FRENCH_PUNCTUATION = re.compile(r"\S*(?:[^\u00a0\u202f]|^)[:;?!](?!//)\S*")

ACKNOWLEDGMENT = "sale_consumer_return.mail_template_return_claim_ack"
DECISION = "sale_consumer_return.mail_template_return_decision"


@tagged("post_install", "-at_install")
class TestDocuments(DocumentChecksMixin, ConsumerReturnCommon, HttpCase):
    """The claim acknowledgment and the decision e-mail as received by a French-
    and an English-speaking customer, the decision taken by an English-speaking
    user."""

    documents_addon = "sale_consumer_return"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._activate_french()
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))

    def test_every_document_checked(self):
        """Every PDF report and mail template of the addon is checked below."""
        self.assertAllCovered("ir.actions.report", ())
        self.assertAllCovered("mail.template", (ACKNOWLEDGMENT, DECISION))

    def _check(self, lang, expected):
        self.customer.lang = lang
        order = self._delivered()
        helmet_line = order._get_consumer_goods_lines()[1]
        claim = self._decide(
            order,
            "conformity",
            "refund",
            quantities={helmet_line: 1},
            remedy_failure_reason="The helmet is no longer made.",
        )
        self.assertMailReceived(ACKNOWLEDGMENT, claim, lang, expected=(claim.name,))
        text = self.assertMailReceived(
            DECISION, claim, lang, expected=(claim.name, *expected)
        )
        if lang == "fr_FR":
            for template in (ACKNOWLEDGMENT, DECISION):
                self.assertFrenchPunctuation(template, claim)
        return text

    def assertFrenchPunctuation(self, template, record):
        """French sets a non-breaking space before ':', ';', '?' and '!'."""
        subject, body = self.render_mail(template, record)
        for text in (subject, html2plaintext(body)):
            for line in text.splitlines():
                self.assertFalse(
                    LOOSE_FRENCH_PUNCTUATION.findall(line),
                    f"{template}: {line!r}",
                )

    def test_mails_french(self):
        """French: the decision's reason and the refund in French."""
        self._check("fr_FR", ("Garantie légale jusqu'au 04/05/2028", "38,77"))

    def test_mails_english(self):
        """English: the decision's reason and the refund in English."""
        self._check("en_US", ("Legal guarantee until 05/04/2028", "38.77"))
