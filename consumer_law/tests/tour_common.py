# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""What the backend tours of the staff flows share: their own shop (a French
company in euros with its books and terms of sale in force), staff users, and the
helpers that run a tour and read what the browser left behind.

Nothing here relies on demo data or on the database's main company: a tour runs
the same on the throwaway database of ``tools/test`` and on a development
database with Odoo's demo data or ``consumer_law_demo``.
"""

from datetime import datetime

from odoo.tests import HttpCase, new_test_user

from .common import COMPLIANT_CGV, create_french_company, use_company


class ConsumerTourCase(HttpCase):
    """A French shop in euros, its terms of sale in force and a clerk and a
    manager of consumer law who work only in that shop."""

    clerk_groups = (
        "base.group_user,sales_team.group_sale_salesman_all_leads,"
        "consumer_law.consumer_law_group_user"
    )
    manager_groups = (
        "base.group_user,sales_team.group_sale_manager,"
        "consumer_law.consumer_law_group_manager"
    )
    extra_groups = ""
    cgv_content = COMPLIANT_CGV

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        use_company(cls, cls._create_tour_company())
        cls.policy = cls.company._get_consumer_policy()
        cls.document = cls.env["cgv.document"].create(
            {"name": "General terms of sale", "company_id": cls.company.id}
        )
        cls.cgv_version = cls.env["cgv.version"].create(
            {
                "document_id": cls.document.id,
                "content": cls.cgv_content,
                "lang": "en_US",
                "effective_date": datetime(2026, 1, 1, 9, 0),
            }
        )
        cls.cgv_version.action_publish_history()
        cls.clerk = cls._create_staff("tour_clerk", "Claire Clerk", cls.clerk_groups)
        cls.manager = cls._create_staff(
            "tour_manager", "Marc Manager", cls.manager_groups
        )

    @classmethod
    def _create_tour_company(cls):
        return create_french_company(
            cls.env,
            "Boutique des Tours SAS",
            email="contact@boutique-tours.example.com",
        )

    @classmethod
    def _create_staff(cls, login, name, groups, lang="en_US"):
        extra = f",{cls.extra_groups}" if cls.extra_groups else ""
        return new_test_user(
            cls.env,
            login=login,
            name=name,
            groups=groups + extra,
            company_id=cls.company.id,
            company_ids=[cls.company.id],
            lang=lang,
            tz="Europe/Paris",
        )

    @classmethod
    def _load_french(cls, modules):
        """French for the given addons (their .po only: the messages they raise)."""
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.env["ir.module.module"]._load_module_terms(
            modules, ["fr_FR"], overwrite=True
        )

    def run_tour(self, tour, url, user):
        """Run ``tour`` in Chromium as ``user`` from ``url`` (a backend URL)."""
        self.start_tour(url, tour, login=user.login, timeout=90)
        # what the browser wrote, as this test reads it
        self.env.invalidate_all()
