# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime
import hashlib
import json

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


def send_queued_documents(env):
    """Run the scheduler's job sending the queued documents (acknowledgments,
    letters), as a cron worker does after the customer's request; return the
    jobs processed."""
    return env["consumer.law.document.job"]._cron_send_documents(batch_size=1000)


class ConsumerLawCommon(BaseCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
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
