# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The attacks of the review on the customer's return claim and its decision,
each refused and changing nothing (issue: one evidence core)."""

from datetime import date

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from odoo.addons.consumer_law import portal_input
from odoo.addons.consumer_law.evidence import evidence_writer

from .common import ConsumerReturnCommon


@tagged("post_install", "-at_install")
class TestReturnEvidenceCases(ConsumerReturnCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman = new_test_user(
            cls.env,
            login="rte_sales",
            groups="sales_team.group_sale_salesman_all_leads",
        )
        cls.sales_manager = new_test_user(
            cls.env, login="rte_manager", groups="sales_team.group_sale_manager"
        )
        cls.portal_user = new_test_user(
            cls.env,
            login="rte_portal",
            groups="base.group_portal",
            partner_id=cls.customer.id,
        )
        cls.order = cls._delivered()
        line = cls.order._get_consumer_goods_lines()[:1]
        cls.claim = (
            evidence_writer(cls.env["sale.consumer.return"].sudo())
            .create(
                {
                    "order_id": cls.order.id,
                    "ground": "conformity",
                    "channel": "portal",
                    "claim_date": date(2026, 6, 1),
                    "description": "The bell does not ring.",
                    "line_ids": [
                        Command.create({"sale_line_id": line.id, "quantity": 1})
                    ],
                }
            )
            .with_env(cls.env)
        )
        cls.photo = portal_input.attach_uploads(
            cls.claim.sudo(),
            [{"name": "bell.png", "raw": b"\x89PNG bell", "mimetype": "image/png"}],
        )

    def test_salesperson_cannot_rewrite_the_claim(self):
        """Its date, the customer's own words and its channel."""
        for vals in (
            {"claim_date": date(2026, 1, 1)},
            {"description": "Nothing wrong."},
            {"channel": "staff"},
        ):
            for user in (self.salesman, self.sales_manager):
                with self.subTest(vals=vals, user=user.login):
                    with self.assertRaises(UserError):
                        self.claim.with_user(user).write(vals)
        self.assertEqual(self.claim.channel, "portal")
        self.assertEqual(self.claim.claim_date, date(2026, 6, 1))
        self.assertEqual(self.claim.description, "The bell does not ring.")

    def test_claim_and_photos_cannot_be_deleted(self):
        staff_claim = self.env["sale.consumer.return"].create(
            {"order_id": self.order.id, "ground": "conformity", "channel": "staff"}
        )
        for claim in (self.claim, staff_claim):
            for target in (claim.with_user(self.sales_manager), claim.sudo()):
                with self.assertRaises(UserError):
                    target.unlink()
            self.assertTrue(claim.exists())
        for target in (self.photo.with_user(self.salesman), self.photo.sudo()):
            with self.assertRaises(UserError):
                target.unlink()
            with self.assertRaises(UserError):
                target.write({"raw": b"forged"})
        self.assertEqual(self.photo.raw, b"\x89PNG bell")

    def test_staff_cannot_create_a_portal_claim(self):
        with self.assertRaisesRegex(UserError, "Channel"):
            self.env["sale.consumer.return"].with_user(self.salesman).create(
                {"order_id": self.order.id, "ground": "conformity", "channel": "portal"}
            )

    def test_claim_cannot_be_copied(self):
        with self.assertRaisesRegex(UserError, "cannot be duplicated"):
            self.claim.sudo().copy()

    def test_portal_cannot_read_staff_notes(self):
        claim = self.claim.with_user(self.portal_user)
        for name in ("override_reason", "goods_condition", "decided_by_id"):
            with self.subTest(field=name), self.assertRaises(AccessError):
                claim.read([name])
        self.assertEqual(claim.read(["name"])[0]["name"], self.claim.name)
