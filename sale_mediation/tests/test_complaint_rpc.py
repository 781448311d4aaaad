# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The review's attacks on complaints, replayed by real users over XML-RPC
(issue: one evidence core): each refused, nothing changed or mailed."""

from datetime import date

from odoo.tests import HttpCase, tagged

from odoo.addons.consumer_law.tests.common import EvidenceRpcMixin

from .common import SaleMediationCommon


@tagged("post_install", "-at_install")
class TestComplaintRpc(EvidenceRpcMixin, SaleMediationCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman_all = cls._rpc_user(
            "cpr_all", "sales_team.group_sale_salesman_all_leads"
        )
        cls.law_manager = cls._rpc_user(
            "cpr_law_manager",
            "sales_team.group_sale_manager,consumer_law.consumer_law_group_manager",
        )

    def test_complaint_cannot_be_copied_over_rpc(self):
        """A copy would keep the original date and mail a new acknowledgment."""
        complaint = self._create_complaint()
        model = self.env["consumer.complaint"]
        count = model.search_count([])
        mails = self.env["mail.message"].search_count([])
        for user in (self.salesman_all, self.law_manager):
            for default in ({}, {"complaint_date": "2026-01-01"}):
                with self.subTest(user=user.login, default=default):
                    self._assert_rpc_refused(
                        user, "consumer.complaint", "copy", complaint.ids, default,
                        pattern="cannot be duplicated",
                    )
        self.assertEqual(model.search_count([]), count)
        self.assertEqual(self.env["mail.message"].search_count([]), mails)

    def test_salesperson_cannot_declare_it_admissible_over_rpc(self):
        complaint = self._create_complaint(
            mediation_request_date=date(2026, 5, 20),
            is_manifestly_unfounded=True,
            unfounded_reason="Third identical complaint this month.",
        )
        self._assert_rpc_refused(
            self.salesman_all, "consumer.complaint", "write", complaint.ids,
            {"is_manifestly_unfounded": False}, pattern="evidence",
        )
        self.assertTrue(complaint.is_manifestly_unfounded)
