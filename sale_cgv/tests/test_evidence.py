# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, new_test_user, tagged

from .common import SaleCgvCommon


class TestCgvEvidence(SaleCgvCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman = new_test_user(
            cls.env, login="cgv_ev_salesman", groups="sales_team.group_sale_salesman"
        )
        cls.other_salesman = new_test_user(
            cls.env,
            login="cgv_ev_other_salesman",
            groups="sales_team.group_sale_salesman",
        )
        cls.manager = new_test_user(
            cls.env, login="cgv_ev_manager", groups="sales_team.group_sale_manager"
        )
        cls.portal_user = new_test_user(
            cls.env,
            login="cgv_ev_portal",
            groups="base.group_portal",
            partner_id=cls.consumer.id,
        )
        cls.order = cls._create_order(user_id=cls.salesman.id)
        wizard = Form(
            cls.env["cgv.acceptance.record"].with_context(
                default_order_ids=cls.order.ids
            )
        )
        wizard.channel = "paper"
        wizard.note = "Signed in store"
        wizard.evidence_file = base64.b64encode(b"signed paper scan")
        wizard.save().action_confirm()
        cls.acceptance = cls.order.cgv_acceptance_ids
        cls.version_v2 = cls._publish_v2()

    def test_stamped_version_cannot_change(self):
        """Neither the salesperson nor the manager, nor sudo, changes the version
        stamped on a confirmed order."""
        for order in (
            self.order.with_user(self.salesman),
            self.order.with_user(self.manager),
            self.order.sudo(),
        ):
            with self.assertRaisesRegex(UserError, "cannot be changed"):
                order.write({"cgv_version_id": self.version_v2.id})
            with self.assertRaisesRegex(UserError, "cannot be changed"):
                order.write({"cgv_version_id": False})
        self.assertEqual(self.order.cgv_version_id, self.version_v1)

    def test_version_not_stamped_outside_the_confirmation(self):
        """Nobody stamps a version on a quotation by writing it (RPC, sudo): only
        the confirmation's stamp does."""
        quotation = self._create_order()
        for order in (quotation.with_user(self.manager), quotation.sudo()):
            with self.assertRaisesRegex(UserError, "cannot be changed"):
                order.write({"cgv_version_id": self.version_v1.id})
        self.assertFalse(quotation.cgv_version_id)

    def test_acceptance_evidence_file_on_the_acceptance(self):
        """The staff's evidence file belongs to the acceptance, with its
        checksum, and cannot be re-linked, replaced or deleted."""
        acceptance = self.acceptance
        self.assertEqual(
            base64.b64decode(acceptance.with_context(bin_size=False).evidence_file),
            b"signed paper scan",
        )
        self.assertTrue(acceptance.evidence_filename)
        self.assertEqual(len(acceptance.evidence_sha256), 64)
        attachment = (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "cgv.acceptance"),
                    ("res_field", "=", "evidence_file"),
                    ("res_id", "=", acceptance.id),
                ]
            )
        )
        self.assertEqual(len(attachment), 1)
        for vals in (
            {"res_model": "sale.order", "res_field": False, "res_id": self.order.id},
            {"res_id": 0},
            {"raw": b"another scan"},
        ):
            with self.assertRaisesRegex(UserError, "this file is evidence"):
                attachment.write(vals)
        with self.assertRaisesRegex(UserError, "this file is evidence"):
            attachment.unlink()
        with self.assertRaisesRegex(UserError, "this file is evidence"):
            self.env["ir.attachment"].sudo().create(
                {
                    "name": "forged.pdf",
                    "raw": b"forged",
                    "res_model": "cgv.acceptance",
                    "res_field": "evidence_file",
                    "res_id": acceptance.id,
                }
            )

    def test_portal_user_reads_no_addresses_or_staff_notes(self):
        """Over RPC, the customer reads the acceptance, not the IP address, the
        browser, the staff note, who recorded it nor the evidence file."""
        acceptance = self.acceptance.with_user(self.portal_user)
        self.assertEqual(acceptance.read(["channel"])[0]["channel"], "paper")
        for field in ("ip_address", "user_agent", "note", "user_id", "evidence_file"):
            with self.assertRaises(AccessError, msg=field):
                acceptance.read([field])

    def test_salesman_sees_acceptances_of_his_orders_only(self):
        """Own-documents salespeople see the acceptances of their orders only."""
        self.assertTrue(self.acceptance.with_user(self.salesman).read(["channel"]))
        with self.assertRaises(AccessError):
            self.acceptance.with_user(self.other_salesman).read(["channel"])
        self.assertTrue(self.acceptance.with_user(self.manager).read(["channel"]))


@tagged("post_install", "-at_install")
class TestInvoiceEvidence(SaleCgvCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.env["account.journal"].search(
            [("type", "=", "sale"), ("company_id", "=", cls.company.id)], limit=1
        ):
            cls.env["account.chart.template"].try_loading(
                "generic_coa", company=cls.company, install_demo=False
            )
        cls.product.property_account_income_id = cls.env["account.account"].search(
            [("account_type", "=", "income"), ("company_ids", "in", cls.company.id)],
            limit=1,
        )

    def test_invoice_version_cannot_change(self):
        """The version stamped on an invoice cannot be replaced, even by sudo."""
        order = self._create_order()
        order._set_cgv_pending_acceptance(channel="paper", user=self.env.user)
        order.action_confirm()
        invoice = order._create_invoices()
        version_v2 = self._publish_v2()
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            invoice.sudo().write({"cgv_version_id": version_v2.id})
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            invoice.write({"cgv_version_id": False})
        self.assertEqual(invoice.cgv_version_id, self.version_v1)
        self.assertEqual(
            invoice.invoice_line_ids[:1].move_id.cgv_version_id, self.version_v1
        )
        # other fields stay editable
        invoice.write({"ref": "Customer ref"})
