# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import date

from lxml import etree

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, tagged

from .common import StorageFeeCommon


@tagged("post_install", "-at_install")
class TestStorageFee(StorageFeeCommon):
    def test_carrier_rate_defaults_to_policy(self):
        """A carrier delivering by appointment takes the policy's daily rate."""
        self.assertEqual(self.carrier.storage_fee_rate, 15.0)
        self.assertTrue(self.carrier.is_fee_taxed)
        self.assertFalse(self.parcel_carrier.storage_fee_rate)

    def test_fee_counts_calendar_days_over_holiday_weekend(self):
        """Last slot Thu 30 April, chosen Mon 4 May: 1 May and the weekend count."""
        picking = self._create_delivery()
        picking.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 5, 4),
            }
        )
        self.assertRecordValues(
            picking,
            [
                {
                    "storage_fee_rate": 15.0,
                    "storage_fee_days": 4,
                    "storage_fee_amount": 60.0,
                    "can_be_storage_fee_invoiced": True,
                }
            ],
        )
        self.assertEqual(picking.sale_id.storage_fee_amount, 60.0)

    def test_no_fee_on_the_last_slot(self):
        """A date on the last proposed slot costs nothing and cannot be billed."""
        picking = self._create_delivery()
        picking.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 4, 30),
            }
        )
        self.assertRecordValues(
            picking,
            [
                {
                    "storage_fee_days": 0,
                    "storage_fee_amount": 0.0,
                    "can_be_storage_fee_invoiced": False,
                }
            ],
        )
        with self.assertRaisesRegex(UserError, "no storage is owed"):
            picking.action_invoice_storage_fee()

    def test_no_fee_for_a_carrier_without_appointment(self):
        """Parcels of a carrier not delivering by appointment owe no storage."""
        picking = self._create_delivery(carrier=self.parcel_carrier)
        picking.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 5, 10),
            }
        )
        self.assertEqual(picking.storage_fee_amount, 0.0)

    def test_invoice_storage_fee_once(self):
        """A second click adds no second line; the fee bears the company's VAT."""
        picking = self._create_delivery()
        picking.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 5, 4),
            }
        )
        order = picking.sale_id
        picking.action_invoice_storage_fee()
        picking.action_invoice_storage_fee()
        fee_lines = order.order_line.filtered("carrier_fee_type")
        self.assertEqual(len(fee_lines), 1)
        self.assertRecordValues(
            fee_lines,
            [
                {
                    "carrier_fee_type": "storage",
                    "carrier_fee_picking_id": picking.id,
                    "product_uom_qty": 4.0,
                    "price_unit": 15.0,
                    "price_subtotal": 60.0,
                    "price_total": 72.0,
                    "tax_id": self.tax_20.ids,
                }
            ],
        )
        self.assertEqual(picking.storage_fee_line_id, fee_lines)
        self.assertFalse(picking.can_be_storage_fee_invoiced)

    def test_untaxed_carrier_fee(self):
        """A carrier whose fees do not bear VAT gives a line without tax."""
        self.carrier.is_fee_taxed = False
        picking = self._create_delivery()
        picking.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 5, 2),
            }
        )
        picking.action_invoice_storage_fee()
        self.assertRecordValues(
            picking.storage_fee_line_id,
            [{"tax_id": [], "price_total": 30.0}],
        )

    def test_changed_date_updates_the_line_until_invoiced(self):
        """Before invoicing a new date updates the line; once invoiced it is locked."""
        picking = self._create_delivery()
        picking.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 5, 4),
            }
        )
        picking.action_invoice_storage_fee()
        line = picking.storage_fee_line_id
        picking.customer_delivery_date = date(2026, 5, 6)
        self.assertRecordValues(
            line, [{"product_uom_qty": 6.0, "price_subtotal": 90.0}]
        )
        invoice = picking.sale_id._create_invoices()
        invoice.action_post()
        self.assertIn(line, invoice.invoice_line_ids.sale_line_ids)
        self.assertTrue(picking.is_storage_fee_invoiced)
        with self.assertRaisesRegex(UserError, "already invoiced"):
            picking.customer_delivery_date = date(2026, 5, 8)
        picking.action_invoice_storage_fee()
        self.assertRecordValues(
            line, [{"product_uom_qty": 6.0, "qty_invoiced": 6.0, "price_unit": 15.0}]
        )
        self.assertEqual(picking.customer_delivery_date, date(2026, 5, 6))

    def test_carrier_rate_change_does_not_change_a_delivery(self):
        """The rate is the carrier's when the delivery was assigned to it."""
        picking = self._create_delivery()
        self.assertEqual(picking.storage_fee_rate, 15.0)
        self.carrier.storage_fee_rate = 20.0
        picking.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 5, 1),
            }
        )
        self.assertEqual(picking.storage_fee_amount, 15.0)

    def test_negative_rate_refused(self):
        """A negative daily rate is refused on the carrier and on the policy."""
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.carrier.storage_fee_rate = -15.0
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.policy.storage_fee_rate = -1.0

    def test_dates_before_the_order_refused(self):
        """A chosen date or a slot before the order (20 April) is refused."""
        picking = self._create_delivery()
        with (
            self.assertRaisesRegex(ValidationError, "before the order"),
            self.env.cr.savepoint(),
        ):
            picking.customer_delivery_date = date(2026, 4, 19)
        with (
            self.assertRaisesRegex(ValidationError, "before the order"),
            self.env.cr.savepoint(),
        ):
            picking.carrier_last_slot_date = date(2026, 4, 1)
        picking.invalidate_recordset()
        self.assertFalse(picking.customer_delivery_date)

    def test_address_change_fee_with_notice(self):
        """The wizard bills the notice's amount and attaches the notice."""
        picking = self._create_delivery()
        wizard_form = Form(
            self.env["stock.picking.address.change"].with_context(
                default_picking_id=picking.id
            )
        )
        wizard_form.amount = 35.5
        wizard_form.notice = base64.b64encode(b"%PDF-1.4 carrier notice")
        wizard = wizard_form.save()
        wizard.notice_filename = "schenker_notice_4711.pdf"
        wizard.action_confirm()
        line = picking.sale_id.order_line.filtered(
            lambda line: line.carrier_fee_type == "address_change"
        )
        self.assertRecordValues(
            line,
            [
                {
                    "carrier_fee_picking_id": picking.id,
                    "product_uom_qty": 1.0,
                    "price_unit": 35.5,
                    "price_total": 42.6,
                }
            ],
        )
        attachment = line.carrier_notice_attachment_id
        self.assertRecordValues(
            attachment,
            [
                {
                    "name": "schenker_notice_4711.pdf",
                    "res_model": "sale.order",
                    "res_id": picking.sale_id.id,
                }
            ],
        )
        self.assertEqual(attachment.raw, b"%PDF-1.4 carrier notice")
        self.assertIn(attachment, picking.sale_id.message_ids.attachment_ids)

    def test_address_change_fee_refusals(self):
        """A fee not above zero or without its notice is refused, nothing billed."""
        picking = self._create_delivery()
        lines_before = picking.sale_id.order_line
        with self.assertRaisesRegex(UserError, "above zero"):
            picking._add_address_change_fee(0.0, "notice.pdf", b"notice")
        with self.assertRaisesRegex(UserError, "attach the carrier's notice"):
            picking._add_address_change_fee(20.0, "notice.pdf", b"")
        self.assertEqual(picking.sale_id.order_line, lines_before)

    def test_storage_fee_needs_consumer_law_rights_for_the_wizards(self):
        """A stock user without sales rights cannot open the fee wizards."""
        user = self.env["res.users"].create(
            {
                "name": "Warehouse worker",
                "login": "warehouse_worker_storage",
                "groups_id": [Command.set(self.env.ref("stock.group_stock_user").ids)],
            }
        )
        with self.assertRaises(AccessError):
            self.env["stock.carrier.notice.import"].with_user(user).create(
                {"file": base64.b64encode(b"picking\n")}
            )

    def test_warehouse_user_updates_the_dates_of_a_billed_fee(self):
        """A stock user records the new date; the unbilled fee line follows."""
        picking = self._create_delivery()
        picking.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 5, 4),
            }
        )
        picking.action_invoice_storage_fee()
        user = self.env["res.users"].create(
            {
                "name": "Warehouse worker",
                "login": "warehouse_worker_dates",
                "groups_id": [Command.set(self.env.ref("stock.group_stock_user").ids)],
            }
        )
        picking.with_user(user).customer_delivery_date = date(2026, 5, 5)
        self.assertEqual(picking.storage_fee_line_id.product_uom_qty, 5.0)

    def test_settings_edit_the_policy_rate(self):
        """Settings › Sales › Consumer law shows and edits the policy's rate."""
        settings = self.env["res.config.settings"].create({})
        self.assertEqual(settings.consumer_storage_fee_rate, 15.0)
        settings.consumer_storage_fee_rate = 12.0
        settings.execute()
        self.assertEqual(self.policy.storage_fee_rate, 12.0)

    def test_fee_shown_on_the_main_page_and_the_appointments_list(self):
        """The delivery's main page shows the customer's date and the fee (not
        only a secondary tab); the appointments list shows the slots, the
        dates and the fee without opening hidden columns."""
        form = etree.fromstring(
            self.env["stock.picking"].get_view(view_type="form")["arch"]
        )
        main = form.xpath("//sheet/group//field[@name='storage_fee_amount']")
        self.assertTrue(main, "storage fee not on the delivery's main page")
        self.assertFalse(main[0].xpath("ancestor::notebook"))
        action = self.env.ref("stock_storage_fee.stock_picking_action_storage_fee")
        list_view = action.view_ids.filtered(lambda view: view.view_mode == "list")
        arch = etree.fromstring(
            self.env["stock.picking"].get_view(
                view_id=list_view.view_id.id, view_type="list"
            )["arch"]
        )
        for name in (
            "carrier_proposed_slots",
            "carrier_last_slot_date",
            "customer_delivery_date",
            "storage_fee_amount",
        ):
            column = arch.xpath(f"//field[@name='{name}']")
            self.assertTrue(column, name)
            self.assertNotEqual(column[0].get("optional"), "hide", name)
