# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The storage fee once invoiced is evidence of what was billed (issue: one
evidence core)."""

from datetime import date
import hashlib
import importlib.util

from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged
from odoo.tools.misc import file_path

from .common import StorageFeeCommon


@tagged("post_install", "-at_install")
class TestStorageFeeEvidence(StorageFeeCommon):
    def test_invoiced_storage_fee_frozen_for_salesperson_and_sudo(self):
        salesman = new_test_user(
            self.env,
            login="sfe_sales",
            groups="sales_team.group_sale_salesman_all_leads,stock.group_stock_user",
        )
        picking = self._create_delivery()
        picking.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 5, 4),
            }
        )
        picking.action_invoice_storage_fee()
        line = picking.storage_fee_line_id
        picking.sale_id._create_invoices().action_post()
        before = picking.read(["storage_fee_amount", "storage_fee_days"])[0]
        for target in (picking.with_user(salesman), picking.sudo()):
            for vals in (
                {"storage_fee_amount": 1.0},
                {"storage_fee_days": 1},
                {"storage_fee_rate": 0.5},
                {"storage_fee_line_id": False},
            ):
                with self.subTest(vals=vals), self.assertRaises(UserError):
                    target.write(vals)
        for target in (line.with_user(salesman), line.sudo()):
            for vals in (
                {"price_unit": 1.0},
                {"product_uom_qty": 1.0},
                {"carrier_fee_type": False},
            ):
                with self.subTest(vals=vals), self.assertRaises(UserError):
                    target.write(vals)
        picking.invalidate_recordset()
        self.assertEqual(
            picking.read(["storage_fee_amount", "storage_fee_days"])[0], before
        )
        self.assertEqual(line.price_unit, 15.0)

    def test_address_change_notice_sealed_as_evidence(self):
        """The carrier's notice a paid address change is billed from is evidence:
        its SHA-256 is stored, and nobody (sudo() included) replaces, relinks or
        deletes it; the daily check finds it intact."""
        salesman = new_test_user(
            self.env,
            login="sfe_notice_sales",
            groups="sales_team.group_sale_salesman_all_leads,stock.group_stock_user",
        )
        picking = self._create_delivery()
        content = b"%PDF-1.4 carrier notice 4711"
        line = picking._add_address_change_fee(35.5, "notice_4711.pdf", content)
        notice = line.carrier_notice_attachment_id
        self.assertEqual(notice.consumer_law_sha256, hashlib.sha256(content).hexdigest())
        other_order = self._create_delivery().sale_id
        for target in (notice.with_user(salesman), notice.sudo()):
            for label, attempt in (
                ("replace", lambda a: a.write({"raw": b"%PDF-1.4 forged"})),
                ("relink", lambda a, o=other_order: a.write({"res_id": o.id})),
                ("unlink", lambda a: a.unlink()),
                ("digest", lambda a: a.write({"consumer_law_sha256": "0" * 64})),
            ):
                with (
                    self.subTest(attempt=label, user=target.env.user.login),
                    self.assertRaises(UserError),
                ):
                    attempt(target)
        notice.invalidate_recordset()
        self.assertEqual(notice.raw, content)
        self.assertEqual(notice.res_id, picking.sale_id.id)
        self.assertFalse(notice._get_consumer_law_digest_mismatches())
        self.assertNotIn(
            notice, self.env["ir.attachment"]._cron_verify_consumer_law_evidence()
        )

    def test_migration_seals_the_notices_already_attached(self):
        """18.0.1.1.0 seals the notices of address changes billed before it,
        with the digest of their content, and leaves sealed ones as they are."""
        picking = self._create_delivery()
        content = b"%PDF-1.4 old notice"
        notice = picking._add_address_change_fee(
            12.0, "old.pdf", content
        ).carrier_notice_attachment_id
        # as before this version: no digest stored
        self.env.cr.execute(
            "UPDATE ir_attachment SET consumer_law_sha256 = NULL WHERE id = %s",
            [notice.id],
        )
        notice.invalidate_recordset()
        self.assertFalse(notice.consumer_law_sha256)
        path = file_path("stock_storage_fee/migrations/18.0.1.1.0/post-migration.py")
        spec = importlib.util.spec_from_file_location("ssf_post_migration", path)
        script = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(script)
        script.migrate(self.env.cr, "18.0.1.0.0")
        notice.invalidate_recordset()
        self.assertEqual(notice.consumer_law_sha256, hashlib.sha256(content).hexdigest())
        with self.assertRaises(UserError):
            notice.sudo().unlink()
        script.migrate(self.env.cr, "18.0.1.0.0")
        notice.invalidate_recordset()
        self.assertEqual(notice.consumer_law_sha256, hashlib.sha256(content).hexdigest())
