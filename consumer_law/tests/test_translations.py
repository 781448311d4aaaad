# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import os

from odoo.modules.module import get_module_path
from odoo.tests import tagged

from odoo.addons.base.tests.common import BaseCommon

from .document_checks import repository_addons, stale_translations

CUSTOMER_DOCUMENTS = ("ir.actions.report", "mail.template")


@tagged("post_install", "-at_install")
class TestTranslations(BaseCommon):
    """The French translations of records and terms load: each ``.po`` msgid of
    a record field or a term (mail templates, views, reports) matches its source
    in every installed addon of the repository (what customers receive)."""

    def _installed_addons(self):
        installed = set(
            self.env["ir.module.module"]
            .search([("state", "=", "installed")])
            .mapped("name")
        )
        return [addon for addon in repository_addons() if addon in installed]

    def test_every_document_has_its_check(self):
        """Each PDF report and mail template of the repository's addons is
        printed or rendered by its addon's ``tests/test_documents.py`` (a new
        report or template fails here until it is checked as received)."""
        unchecked = []
        for addon in self._installed_addons():
            data = self.env["ir.model.data"].search(
                [("module", "=", addon), ("model", "in", CUSTOMER_DOCUMENTS)]
            )
            reports = self.env["ir.actions.report"].browse(
                data.filtered(lambda row: row.model == "ir.actions.report").mapped(
                    "res_id"
                )
            )
            xlsx = reports.filtered(lambda report: report.report_type != "qweb-pdf")
            xmlids = [
                f"{row.module}.{row.name}"
                for row in data
                if not (row.model == "ir.actions.report" and row.res_id in xlsx.ids)
            ]
            path = os.path.join(get_module_path(addon), "tests", "test_documents.py")
            source = open(path).read() if os.path.exists(path) else ""
            unchecked += [xmlid for xmlid in xmlids if f'"{xmlid}"' not in source]
        self.assertFalse(unchecked, f"not checked as customers receive them: {unchecked}")

    def test_po_msgids_match_sources(self):
        """No stale msgid (e.g. ``</t> :`` for a template's ``</t>:``)."""
        stale = {
            addon: found
            for addon in self._installed_addons()
            if (found := stale_translations(self.env, addon))
        }
        self.assertFalse(stale, f"French entries that never load: {stale}")
