# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import AccessError, UserError

from .common import SaleCgvCommon


class TestAcceptanceAccess(SaleCgvCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.order = cls._create_order()
        cls.order._set_cgv_pending_acceptance(channel="store", user=cls.env.user)
        cls.order.action_confirm()
        cls.acceptance = cls.order.cgv_acceptance_ids
        cls.salesman = cls.env["res.users"].create(
            {
                "name": "Salesman",
                "login": "cgv_salesman",
                "company_id": cls.company.id,
                "company_ids": [Command.set(cls.company.ids)],
                "groups_id": [
                    Command.set(
                        cls.env.ref("sales_team.group_sale_salesman_all_leads").ids
                    )
                ],
            }
        )
        cls.other_salesman = cls.env["res.users"].create(
            {
                "name": "Other company salesman",
                "login": "cgv_other_salesman",
                "company_id": cls.other_company.id,
                "company_ids": [Command.set(cls.other_company.ids)],
                "groups_id": [
                    Command.set(
                        cls.env.ref("sales_team.group_sale_salesman_all_leads").ids
                    )
                ],
            }
        )
        cls.portal_user = cls.env["res.users"].create(
            {
                "name": "Alice portal",
                "login": "cgv_alice",
                "partner_id": cls.consumer.id,
                "groups_id": [Command.set(cls.env.ref("base.group_portal").ids)],
            }
        )
        cls.other_portal_user = cls.env["res.users"].create(
            {
                "name": "Bob portal",
                "login": "cgv_bob",
                "groups_id": [Command.set(cls.env.ref("base.group_portal").ids)],
            }
        )

    def test_acceptance_cannot_be_modified_even_sudo(self):
        """A recorded acceptance is evidence: no write, even as superuser."""
        with self.assertRaisesRegex(UserError, "cannot be modified"):
            self.acceptance.sudo().write({"channel": "phone"})
        self.assertEqual(self.acceptance.channel, "store")

    def test_acceptance_cannot_be_deleted_even_sudo(self):
        """A recorded acceptance is evidence: no deletion, even as superuser."""
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            self.acceptance.sudo().unlink()
        self.assertTrue(self.acceptance.exists())

    def test_accepted_order_cannot_be_deleted(self):
        """The order of an acceptance cannot be deleted, even cancelled."""
        self.order._action_cancel()
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            self.order.unlink()

    def test_salesman_reads_but_cannot_create(self):
        """Sales users read acceptances; only the confirmation creates them."""
        acceptance = self.acceptance.with_user(self.salesman)
        self.assertEqual(acceptance.channel, "store")
        with self.assertRaises(AccessError):
            self.env["cgv.acceptance"].with_user(self.salesman).create(
                {
                    "order_id": self.order.id,
                    "partner_id": self.consumer.id,
                    "version_id": self.version_v1.id,
                    "channel": "phone",
                    "accepted_at": "2026-03-01 10:00:00",
                }
            )

    def test_salesman_cannot_forge_pending_acceptance(self):
        """The pending acceptance is not writable by sales users."""
        order = self._create_order().with_user(self.salesman)
        with self.assertRaises(AccessError):
            self.env["cgv.acceptance.pending"].with_user(self.salesman).create(
                {
                    "order_id": order.id,
                    "version_id": self.version_v1.id,
                    "accepted_at": "2026-03-01 10:00:00",
                }
            )
        with self.assertRaises(AccessError):
            order.write(
                {
                    "cgv_pending_ids": [
                        Command.create({"version_id": self.version_v1.id})
                    ]
                }
            )

    def test_other_company_cannot_read(self):
        """The multi-company rule hides acceptances of other companies."""
        acceptances = self.env["cgv.acceptance"].with_user(self.other_salesman)
        self.assertFalse(acceptances.search([("id", "=", self.acceptance.id)]))
        with self.assertRaises(AccessError):
            self.acceptance.with_user(self.other_salesman).read(["channel"])

    def test_portal_customer_reads_own_only(self):
        """Portal users see the acceptances of their commercial partner only."""
        self.assertEqual(
            self.env["cgv.acceptance"].with_user(self.portal_user).search([]),
            self.acceptance,
        )
        self.assertFalse(
            self.env["cgv.acceptance"].with_user(self.other_portal_user).search([])
        )
        with self.assertRaises(AccessError):
            self.acceptance.with_user(self.other_portal_user).read(["channel"])
