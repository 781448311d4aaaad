# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from odoo.addons.sale_consumer_return.tests.common import ConsumerReturnCommon


@tagged("post_install", "-at_install")
class TestReturnRepair(ConsumerReturnCommon):
    def test_repair_creates_repair_order(self):
        """With the Repairs app, a repair decision creates a repair order under
        warranty, linked to the return picking, instead of an activity."""
        order = self._delivered()
        bike_line = order._get_consumer_goods_lines()[0]
        claim = self._decide(
            order,
            "conformity",
            "repair",
            quantities={bike_line: 1},
            customer_choice="repair",
        )
        self.assertRecordValues(
            claim.repair_order_ids,
            [
                {
                    "product_id": self.product_bike.id,
                    "product_qty": 1.0,
                    "partner_id": self.customer.id,
                    "under_warranty": True,
                    "picking_id": claim.return_picking_id.id,
                }
            ],
        )
        self.assertFalse(claim.activity_ids)

    def test_repair_order_in_the_order_company(self):
        """A repair decided while the user works in another company is made with
        the repair operation type of the order's warehouse."""
        order = self._delivered()
        other = self.env["res.company"].create({"name": "Other company (repairs)"})
        self.env.user.company_ids |= other
        bike_line = order._get_consumer_goods_lines()[0]
        self.env.user.company_id = other
        claim = self._decide(
            order.with_context(allowed_company_ids=[other.id, order.company_id.id]),
            "conformity",
            "repair",
            quantities={bike_line: 1},
            customer_choice="repair",
        )
        self.assertRecordValues(
            claim.repair_order_ids,
            [
                {
                    "company_id": order.company_id.id,
                    "picking_type_id": order.warehouse_id.repair_type_id.id,
                }
            ],
        )

    def test_uninstall_refused_while_its_repair_links_are_not_archived(self):
        """This addon defines no evidence model, but its fields on the returns
        (the repair orders decided) are evidence: uninstalling it drops them, so
        it is refused, naming the addon, until a manager downloads the archive.
        The glue addons holding no evidence field uninstall freely.

        The database may hold other returns with repair orders (other tests'
        data, a demo database): the count must grow by this test's return."""
        export = self.env["consumer.law.evidence.export"]
        addon = {"sale_consumer_return_repair"}
        before = sum(export._get_undownloaded_evidence(addon).values())
        order = self._delivered()
        bike_line = order._get_consumer_goods_lines()[0]
        claim = self._decide(
            order,
            "conformity",
            "repair",
            quantities={bike_line: 1},
            customer_choice="repair",
        )
        self.assertTrue(claim.repair_order_ids)
        modules = self.env["ir.module.module"]
        module = modules.search([("name", "=", "sale_consumer_return_repair")])
        with self.assertRaisesRegex(
            UserError, r"Uninstall refused.*sale_consumer_return_repair: .*Repair"
        ):
            module._check_consumer_law_evidence_kept()
        pending = export._get_undownloaded_evidence(addon)
        self.assertEqual(list(pending.values()), [before + 1], pending)
        # addons holding no evidence field: the compliance pack's glue, the shop
        free = modules.search(
            [
                ("state", "=", "installed"),
                "|",
                ("name", "=like", "%\\_report"),
                ("name", "=like", "website\\_sale\\_%"),
            ]
        )
        for glue in free:
            with self.subTest(module=glue.name):
                self.assertFalse(export._get_undownloaded_evidence({glue.name}))
        manager = new_test_user(
            self.env,
            login="scrr_archivist",
            groups="consumer_law.consumer_law_group_manager",
            company_ids=[(6, 0, self.env["res.company"].search([]).ids)],
        )
        export.with_user(manager)._build_archive()
        self.assertFalse(export._get_undownloaded_evidence(addon))
        module._check_consumer_law_evidence_kept()
