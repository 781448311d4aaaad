# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import tagged

from odoo.addons.base.tests.common import BaseCommon

from .document_checks import repository_addons, stale_translations


@tagged("post_install", "-at_install")
class TestTranslations(BaseCommon):
    """The French translations of records and terms load: each ``.po`` msgid of
    a record field or a term (mail templates, views, reports) matches its source
    in every installed addon of the repository (what customers receive)."""

    def test_po_msgids_match_sources(self):
        """No stale msgid (e.g. ``</t> :`` for a template's ``</t>:``)."""
        installed = set(
            self.env["ir.module.module"]
            .search([("state", "=", "installed")])
            .mapped("name")
        )
        stale = {
            addon: found
            for addon in repository_addons()
            if addon in installed and (found := stale_translations(self.env, addon))
        }
        self.assertFalse(stale, f"French entries that never load: {stale}")
