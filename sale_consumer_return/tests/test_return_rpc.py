# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The review's attacks on return claims, replayed by real users over XML-RPC
(issue: one evidence core): each refused, nothing changed or leaked."""

from datetime import date

from odoo import Command
from odoo.tests import HttpCase, tagged

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.tests.common import EvidenceRpcMixin

from .common import ConsumerReturnCommon

STAFF_ONLY = ("override_reason", "goods_condition", "decided_by_id")


@tagged("post_install", "-at_install")
class TestReturnRpc(EvidenceRpcMixin, ConsumerReturnCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman = cls._rpc_user(
            "rtr_sales", "sales_team.group_sale_salesman_all_leads"
        )
        cls.sales_manager = cls._rpc_user(
            "rtr_manager", "sales_team.group_sale_manager"
        )
        cls.portal_user = cls._rpc_user(
            "rtr_portal", "base.group_portal", partner_id=cls.customer.id
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

    def test_staff_cannot_create_a_portal_claim_over_rpc(self):
        model = self.env["sale.consumer.return"]
        count = model.search_count([])
        for user in (self.salesman, self.sales_manager):
            with self.subTest(user=user.login):
                self._assert_rpc_refused(
                    user,
                    "sale.consumer.return",
                    "create",
                    {
                        "order_id": self.order.id,
                        "ground": "conformity",
                        "channel": "portal",
                    },
                    pattern="Channel",
                )
                # nor through a default of the context
                self._assert_rpc_refused(
                    user,
                    "sale.consumer.return",
                    "create",
                    {"order_id": self.order.id, "ground": "conformity"},
                    context={"default_channel": "portal"},
                )
        self.assertEqual(model.search_count([]), count)

    def test_salesperson_cannot_rewrite_the_claim_over_rpc(self):
        for vals in (
            {"claim_date": "2026-01-01"},
            {"description": "Nothing wrong."},
            {"channel": "staff"},
        ):
            with self.subTest(vals=vals):
                self._assert_rpc_refused(
                    self.salesman, "sale.consumer.return", "write",
                    self.claim.ids, vals,
                )
        self.claim.invalidate_recordset()
        self.assertEqual(self.claim.channel, "portal")
        self.assertEqual(self.claim.description, "The bell does not ring.")

    def test_portal_user_reads_no_staff_field_of_her_return_over_rpc(self):
        """The customer reads her return, never the staff's notes and judgments
        (listed nowhere, refused by read and search_read)."""
        claim = self.claim.sudo()
        evidence_writer(claim).write({"goods_condition": "Scratched by the customer"})
        records = self._rpc(
            self.portal_user, "sale.consumer.return", "search_read",
            [("id", "=", claim.id)], ["name"],
        )
        self.assertEqual([record["name"] for record in records], [claim.name])
        listed = self._rpc(
            self.portal_user, "sale.consumer.return", "fields_get", [], ["string"]
        )
        for name in STAFF_ONLY:
            with self.subTest(field=name):
                self.assertNotIn(name, listed)
                for method, args in (
                    ("read", (claim.ids, [name])),
                    ("search_read", ([("id", "=", claim.id)], [name])),
                ):
                    message = self._assert_rpc_refused(
                        self.portal_user, "sale.consumer.return", method, *args
                    )
                    self.assertNotIn("Scratched", message)
