# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user

from .common import SaleMediationCommon


class TestComplaintAccess(SaleMediationCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.complaint = cls._create_complaint()
        cls.salesman = new_test_user(
            cls.env, login="cmp_own", groups="sales_team.group_sale_salesman"
        )
        cls.other_salesman = new_test_user(
            cls.env, login="cmp_other", groups="sales_team.group_sale_salesman"
        )
        cls.order.user_id = cls.salesman
        cls.portal_user = new_test_user(
            cls.env,
            login="cmp_portal",
            groups="base.group_portal",
            partner_id=cls.customer.id,
        )
        cls.stranger = new_test_user(
            cls.env, login="cmp_stranger", groups="base.group_portal"
        )
        cls.other_company_user = new_test_user(
            cls.env,
            login="cmp_company",
            groups="sales_team.group_sale_salesman_all_leads",
            company_id=cls.other_company.id,
            company_ids=[cls.other_company.id],
        )

    def test_salesperson_handles_own_orders_complaints(self):
        """A salesperson sees and answers the complaints of his orders only."""
        complaint = self.complaint.with_user(self.salesman)
        complaint.answer = "We send a new visor."
        complaint.action_send_answer()
        self.assertEqual(complaint.state, "answered")
        other = self.complaint.with_user(self.other_salesman)
        with self.assertRaises(AccessError):
            other.read(["subject"])

    def test_salesperson_cannot_cancel_or_delete(self):
        """Cancelling needs a manager; nobody deletes a complaint."""
        complaint = self.complaint.with_user(self.salesman)
        with self.assertRaises(UserError):
            complaint._cancel("No reason to keep it")
        with self.assertRaises(AccessError):
            complaint.unlink()
        with self.assertRaises(UserError):
            self.complaint.unlink()

    def test_portal_reads_own_only_and_writes_nothing(self):
        """The portal customer reads his complaints, writes none; another
        customer sees none."""
        complaint = self.complaint.with_user(self.portal_user)
        self.assertEqual(complaint.subject, "Cracked visor")
        with self.assertRaises(AccessError):
            complaint.write({"answer": "self-answered"})
        with self.assertRaises(AccessError):
            self.env["consumer.complaint"].with_user(self.portal_user).create(
                {"order_id": self.order.id, "subject": "x"}
            )
        with self.assertRaises(AccessError):
            self.complaint.with_user(self.stranger).read(["subject"])

    def test_other_company_cannot_see(self):
        """Complaints stay in their company."""
        with self.assertRaises(AccessError):
            self.complaint.with_user(self.other_company_user).read(["subject"])

    def test_rpc_cannot_forge_flow_fields(self):
        """Dates, state and letter are written by their flows only."""
        complaint = self.complaint.with_user(self.salesman)
        for values in (
            {"state": "closed"},
            {"referral_letter_sha256": "0" * 64},
            {"acknowledged_at": "2026-01-01 00:00:00"},
        ):
            with self.assertRaises(UserError):
                complaint.write(values)
