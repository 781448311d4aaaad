# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime
import hashlib
import json
import xmlrpc.client

from odoo.tests import new_test_user
from odoo.tools import mute_logger

from odoo import Command

from odoo.addons.base.tests.common import BaseCommon

COMPLIANT_CGV = """
<h2>Droit de rétractation</h2>
<p>Le client consommateur dispose d'un délai de quatorze (14) jours à compter du
lendemain de la réception du dernier bien pour se rétracter, sans motif. Il peut
utiliser la fonction « renoncer au contrat ici » de son espace client.</p>
<h2>Garanties légales</h2>
<p>Le consommateur dispose d'un délai de deux ans à compter de la délivrance du bien
pour obtenir la mise en œuvre de la garantie légale de conformité. Les défauts
apparus dans les 24 mois sont présumés exister au moment de la délivrance. Le
vendeur qui fait obstacle de mauvaise foi à la garantie encourt une amende civile
d'un montant maximal de 300 000 euros. Le consommateur bénéficie aussi de la
garantie des vices cachés (articles 1641 et suivants du code civil).</p>
<h2>Médiation</h2>
<p>Le client peut recourir gratuitement au médiateur de la consommation.</p>
"""


# Where the tests' own shops are (a French address: the legal calendar, the
# customer's country and the documents' address block depend on it).
FRENCH_SHOP_ADDRESS = {
    "street": "12 rue de la République",
    "zip": "69002",
    "city": "Lyon",
}


def create_french_company(env, name="Boutique Consommateurs SAS", **values):
    """A company of the test's own: in France, in euros, with its books (the
    generic chart of accounts, the same on every database, its fiscal country
    France), French among the active languages, and among the current user's
    companies (``use_company`` makes it the current one).

    The tests must not depend on the database they run on: the main company of
    a database with Odoo's demo data is American and in US dollars, and a
    developer's database may have other pricelists, taxes and partners.

    :param values: more values of the company (e.g. its e-mail)
    :return: res.company
    """
    env["res.lang"]._activate_lang("fr_FR")
    euro = env.ref("base.EUR")
    if not euro.active:
        euro.action_unarchive()
    france = env.ref("base.fr")
    company = env["res.company"].create(
        {
            "name": name,
            "currency_id": euro.id,
            "country_id": france.id,
            **FRENCH_SHOP_ADDRESS,
            **values,
        }
    )
    env.user.company_ids = [Command.link(company.id)]
    env["account.chart.template"].with_company(company).try_loading(
        "generic_coa", company=company, install_demo=False
    )
    # the generic chart makes its company American, in dollars
    company.write({"currency_id": euro.id, "account_fiscal_country_id": france.id})
    _set_euro_pricelist(env, company)
    return company


def _set_euro_pricelist(env, company):
    """The company's customers get a pricelist in euros: the first pricelist
    valid in the company, when it is in another currency (a pricelist shared
    by every company, in the main company's dollars), would turn every order
    into dollars."""
    first = env["product.pricelist"].search(
        [("company_id", "in", [company.id, False])], limit=1
    )
    if first and first.currency_id != company.currency_id:
        env["product.pricelist"].create(
            {
                "name": f"{company.name} (EUR)",
                "currency_id": company.currency_id.id,
                "company_id": company.id,
                "sequence": first.sequence - 1,
            }
        )


def create_sale_vat(env, company, rate, name=None, **values):
    """A sales VAT of ``rate`` percent of ``company``, in a tax group of its own
    named after its rate ("VAT 20%", in French "TVA 20 %"): the group is what
    order and invoice totals print, so a 20 % tax must not land in the first
    group of the chart (the generic chart's "Tax 15%").

    :param values: more values of the tax (e.g. ``price_include_override``)
    :return: account.tax
    """
    label = f"{rate:g}"
    group = env["account.tax.group"].create(
        {
            "name": f"VAT {label}%",
            "company_id": company.id,
            "country_id": company.account_fiscal_country_id.id,
        }
    )
    french = label.replace(".", ",")
    group.with_context(lang="fr_FR").name = f"TVA {french}\u00a0%"
    return env["account.tax"].create(
        {
            "name": name or f"VAT {label}%",
            "amount": rate,
            "amount_type": "percent",
            "type_tax_use": "sale",
            "company_id": company.id,
            "tax_group_id": group.id,
            "country_id": company.account_fiscal_country_id.id,
            **values,
        }
    )


def use_company(cls, company):
    """Make ``company`` the current company of the test class: the current
    and allowed company of the user the tests run as, and of ``cls.env``."""
    cls.env.user.write(
        {"company_ids": [Command.link(company.id)], "company_id": company.id}
    )
    cls.env = cls.env(context=dict(cls.env.context, allowed_company_ids=company.ids))
    cls.company = company
    return company


def use_website(cls):
    """The website of the test's company that the test server answers on
    (``HttpCase``): the current website, given the company and the server's own
    host as its domain. On a database with several websites (``consumer_law_demo``
    has one per shop, the first with sequence 1), a request to an unknown host
    is answered by the first website, another shop's.

    :return: website
    """
    website = cls.env["website"].get_current_website()
    website.write({"company_id": cls.company.id, "domain": cls.base_url()})
    cls.website = website
    return website


def send_queued_documents(env):
    """Run the scheduler's job sending the queued documents (acknowledgments,
    letters), as a cron worker does after the customer's request; return the
    jobs processed."""
    return env["consumer.law.document.job"]._cron_send_documents(batch_size=1000)


# the documents already queued in a database (by fixtures or demo data), made
# not due for a century and back (tests that commit use their own cursor)
PARK_JOBS = (
    "UPDATE consumer_law_document_job "
    "SET next_try_at = next_try_at + interval '100 years' "
    "WHERE state = 'queued' RETURNING id"
)
UNPARK_JOBS = (
    "UPDATE consumer_law_document_job "
    "SET next_try_at = next_try_at - interval '100 years' WHERE id = ANY(%s)"
)


def park_queued_documents(env):
    """Make the documents already queued in the database (by the fixtures or
    a demo database) not due before the end of the test transaction, so that
    :func:`send_queued_documents` then sends only what the test queues."""
    env.flush_all()
    env.cr.execute(PARK_JOBS)
    env.invalidate_all()


def rpc_password(login):
    """The password of a user created by :meth:`EvidenceRpcMixin._rpc_user`."""
    return f"{login}-pw-2026"


class EvidenceRpcMixin:
    """Attacks by real users over HTTP, as any client does: XML-RPC
    ``execute_kw`` on ``/xmlrpc/2/object`` (to mix into an ``HttpCase``)."""

    @classmethod
    def _rpc_user(cls, login, groups, **values):
        return new_test_user(
            cls.env, login=login, password=rpc_password(login), groups=groups, **values
        )

    def _rpc(self, user, model, method, *args, **kwargs):
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname,
            user.id,
            rpc_password(user.login),
            model,
            method,
            list(args),
            kwargs,
        )

    def _assert_rpc_refused(self, user, model, method, *args, pattern="", **kwargs):
        """Call ``model.method`` over XML-RPC as ``user``: it must fail with a
        message matching ``pattern``; return the message."""
        with (
            mute_logger("odoo.http", "odoo.sql_db"),
            self.assertRaises(xmlrpc.client.Fault) as caught,
        ):
            self._rpc(user, model, method, *args, **kwargs)
        if pattern:
            self.assertRegex(caught.exception.faultString, pattern)
        return caught.exception.faultString


class ConsumerLawCommon(BaseCommon):
    """A French company in euros of the test's own, the current company of the
    user the tests run as (Odoo's ``setup_independent_company``), its policy,
    another company, a mediator and a terms-of-sale document."""

    #: name of the test's own company
    company_name = "Boutique Consommateurs SAS"

    @classmethod
    def setup_independent_company(cls, **kwargs):
        return create_french_company(cls.env, cls.company_name, **kwargs)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.policy = cls.company._get_consumer_policy()
        cls.other_company = cls.env["res.company"].create({"name": "Other Shop SAS"})
        cls.mediator = cls.env["consumer.mediator"].create(
            {
                "name": "Médiation Exemple SAS",
                "street": "1 rue de la Paix",
                "zip": "75002",
                "city": "Paris",
                "country_id": cls.env.ref("base.fr").id,
                "website": "https://mediation.example.org",
                "email": "contact@mediation.example.org",
            }
        )
        cls.document = cls.env["cgv.document"].create(
            {"name": "General terms of sale", "company_id": cls.company.id}
        )

    @classmethod
    def _create_version(cls, content=COMPLIANT_CGV, effective=None, lang="en_US", **kw):
        return cls.env["cgv.version"].create(
            {
                "document_id": kw.pop("document", cls.document).id,
                "content": content,
                "lang": lang,
                "effective_date": effective or datetime(2026, 1, 1, 9, 0, 0),
                **kw,
            }
        )

    @classmethod
    def _publish_history(cls, versions):
        """Publish versions whose effective date is already past (history import)."""
        versions.action_publish_history()
        return versions


def assert_act_sealed(test, act, expected):
    """Check that ``act`` holds its canonical content and SHA-256 while its
    acknowledgment still waits in the queue, that the content says
    ``expected`` ({key: value}), and that the act verifies; return the
    content."""
    job = act.env["consumer.law.document.job"].search(
        [("res_model", "=", act._name), ("res_id", "=", act.id)]
    )
    test.assertEqual(set(job.mapped("state")), {"queued"})
    raw = act.act_content.encode("utf-8")
    test.assertEqual(hashlib.sha256(raw).hexdigest(), act.act_sha256)
    content = json.loads(raw)
    test.assertEqual(
        raw,
        json.dumps(
            content, sort_keys=True, ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8"),
    )
    test.assertEqual({key: content.get(key) for key in expected}, expected)
    result = act.action_verify_customer_act()
    test.assertEqual(result["params"]["type"], "success")
    return content
