# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import ast
from pathlib import Path

from odoo.tests import TransactionCase

ADDON = Path(__file__).resolve().parent.parent


class TestDemoSafety(TransactionCase):
    def test_no_known_password_login_without_demo_data(self):
        """Without demo data the addon creates no login (its portal login with a
        known password is demo data only)."""
        manifest = ast.literal_eval((ADDON / "__manifest__.py").read_text())
        for path in manifest["data"]:
            self.assertNotIn(
                'name="password"', (ADDON / path).read_text(), f"{path} sets a password"
            )
        self.assertIn("demo/res_users_demo.xml", manifest["demo"])
        if not self.env.ref("base.module_consumer_law_demo").demo:
            self.assertFalse(
                self.env.ref(
                    "consumer_law_demo.sw_demo_customer_user", raise_if_not_found=False
                )
            )
            self.assertFalse(
                self.env["res.users"]
                .with_context(active_test=False)
                .search([("login", "=", "lea.bernard@example.com")])
            )

    def test_manifest_and_readme_say_not_for_production(self):
        """The manifest and the README warn that the addon is not for production."""
        manifest = ast.literal_eval((ADDON / "__manifest__.py").read_text())
        self.assertIn("Not for production databases", manifest["summary"])
        self.assertIn(
            "Not for production databases", (ADDON / "README.rst").read_text()
        )
