# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import date

from odoo.exceptions import UserError
from odoo.tests import Form, tagged

from .common import StorageFeeCommon


@tagged("post_install", "-at_install")
class TestCarrierNoticeImport(StorageFeeCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.picking_a = cls._create_delivery()
        cls.picking_b = cls._create_delivery()
        cls.parcel = cls._create_delivery(carrier=cls.parcel_carrier)

    def _wizard(self, text):
        wizard_form = Form(self.env["stock.carrier.notice.import"])
        wizard_form.file = base64.b64encode(text.encode())
        wizard = wizard_form.save()
        wizard.filename = "schenker.csv"
        return wizard

    def test_import_good_rows(self):
        """Slots, chosen dates and an address-change fee are applied; the slots
        are stored as dates in the company's format, not the notice's text."""
        self.company.partner_id.lang = "en_US"
        wizard = self._wizard(
            "picking,proposed_slots,chosen_date,address_change_fee\n"
            f"{self.picking_a.name},2026-04-28 2026-04-30,2026-05-04,\n"
            f"{self.picking_b.name},28/04/2026|29/04/2026,29/04/2026,25.00\n"
        )
        wizard.action_preview()
        self.assertEqual(wizard.error_count, 0)
        self.assertRecordValues(
            wizard.line_ids,
            [
                {
                    "row": 2,
                    "picking_id": self.picking_a.id,
                    "last_slot_date": date(2026, 4, 30),
                    "customer_delivery_date": date(2026, 5, 4),
                    "address_change_fee": 0.0,
                    "error": False,
                },
                {
                    "row": 3,
                    "picking_id": self.picking_b.id,
                    "last_slot_date": date(2026, 4, 29),
                    "customer_delivery_date": date(2026, 4, 29),
                    "address_change_fee": 25.0,
                    "error": False,
                },
            ],
        )
        wizard.action_import()
        self.assertRecordValues(
            self.picking_a + self.picking_b,
            [
                {
                    "carrier_proposed_slots": "04/28/2026, 04/30/2026",
                    "carrier_last_slot_date": date(2026, 4, 30),
                    "storage_fee_amount": 60.0,
                },
                {
                    "carrier_proposed_slots": "04/28/2026, 04/29/2026",
                    "carrier_last_slot_date": date(2026, 4, 29),
                    "storage_fee_amount": 0.0,
                },
            ],
        )
        fee_line = self.picking_b.sale_id.order_line.filtered("carrier_fee_type")
        self.assertRecordValues(
            fee_line, [{"carrier_fee_type": "address_change", "price_unit": 25.0}]
        )
        self.assertEqual(fee_line.carrier_notice_attachment_id.name, "schenker.csv")

    def test_import_semicolon_file_with_decimal_comma(self):
        """French spreadsheets: semicolons and a decimal comma."""
        wizard = self._wizard(
            "picking;proposed_slots;chosen_date;address_change_fee\n"
            f"{self.picking_a.name};2026-04-30;2026-05-01;12,50\n"
        )
        wizard.action_import()
        self.assertEqual(self.picking_a.storage_fee_amount, 15.0)
        self.assertEqual(
            self.picking_a.sale_id.order_line.filtered("carrier_fee_type").price_unit,
            12.5,
        )

    def test_bad_rows_are_listed_and_nothing_is_imported(self):
        """Each bad row gets its error; the good row is not half-imported."""
        wizard = self._wizard(
            "picking,proposed_slots,chosen_date,address_change_fee\n"
            f"{self.picking_a.name},2026-04-30,2026-05-04,\n"
            "WH/OUT/99999,2026-04-30,2026-05-04,\n"
            f"{self.picking_b.name},2026-04-31,2026-04-10,-3\n"
            f"{self.parcel.name},2026-04-30,2026-05-02,abc\n"
            f"{self.picking_a.name},2026-04-30,2026-05-05,\n"
        )
        wizard.action_preview()
        errors = {line.row: line.error or "" for line in wizard.line_ids}
        self.assertEqual(wizard.error_count, 4)
        self.assertFalse(errors[2])
        self.assertIn("no outgoing delivery WH/OUT/99999", errors[3])
        self.assertIn("proposed_slots: 2026-04-31 is not a date", errors[4])
        self.assertIn("chosen_date:", errors[4])
        self.assertIn("before the order", errors[4])
        self.assertIn("address_change_fee: -3 is negative", errors[4])
        self.assertIn("does not deliver by appointment", errors[5])
        self.assertIn("address_change_fee: abc is not an amount", errors[5])
        self.assertIn("appears twice", errors[6])
        with self.assertRaisesRegex(UserError, "Nothing was imported") as info:
            wizard.action_import()
        self.assertIn("Row 3:", str(info.exception))
        self.assertFalse(self.picking_a.carrier_last_slot_date)
        self.assertFalse(self.picking_a.customer_delivery_date)

    def test_unreadable_files_refused(self):
        """A file without the expected columns or rows is refused clearly."""
        with self.assertRaisesRegex(UserError, "missing column"):
            self._wizard("reference,date\nX,2026-05-01\n").action_preview()
        with self.assertRaisesRegex(UserError, "no rows"):
            self._wizard("picking,proposed_slots,chosen_date\n").action_preview()
        with self.assertRaisesRegex(UserError, "UTF-8"):
            wizard = self._wizard("x")
            wizard.file = base64.b64encode(b"picking,\xff\xfe")
            wizard.action_preview()

    def test_import_refuses_changing_an_invoiced_fee(self):
        """The dates of an invoiced storage fee cannot be re-imported."""
        self.picking_a.write(
            {
                "carrier_last_slot_date": date(2026, 4, 30),
                "customer_delivery_date": date(2026, 5, 4),
            }
        )
        self.picking_a.action_invoice_storage_fee()
        self.picking_a.sale_id._create_invoices().action_post()
        wizard = self._wizard(
            "picking,proposed_slots,chosen_date\n"
            f"{self.picking_a.name},2026-04-30,2026-05-09\n"
        )
        wizard.action_preview()
        self.assertIn("already invoiced", wizard.line_ids.error)
