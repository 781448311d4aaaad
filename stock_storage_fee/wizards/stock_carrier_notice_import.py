# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import binascii
import csv
from datetime import datetime
from decimal import Decimal, InvalidOperation
import io
import re

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_date

from odoo.addons.consumer_law.tools import paris_date, reader_env

MAX_FILE_SIZE = 2 * 1024 * 1024
MAX_ROWS = 5000
COLUMNS = ("picking", "proposed_slots", "chosen_date", "address_change_fee")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")
SLOT_SEPARATOR = re.compile(r"[|\s]+")


class StockCarrierNoticeImport(models.TransientModel):
    _name = "stock.carrier.notice.import"
    _description = "Import of Carrier Notices"

    # === FIELDS === #
    file = fields.Binary(string="CSV file", required=True, attachment=False)
    filename = fields.Char()
    state = fields.Selection(
        selection=[("upload", "Upload"), ("preview", "Preview")],
        default="upload",
        required=True,
    )
    line_ids = fields.One2many(
        comodel_name="stock.carrier.notice.import.line",
        inverse_name="wizard_id",
        string="Rows",
    )
    error_count = fields.Integer(compute="_compute_error_count")

    # === COMPUTE METHODS === #
    @api.depends("line_ids.error")
    def _compute_error_count(self):
        for wizard in self:
            wizard.error_count = len(wizard.line_ids.filtered("error"))

    # === ACTION METHODS === #
    def action_preview(self):
        """Read the file and show every row with its error, if any."""
        self.ensure_one()
        rows = self._read_rows()
        self.line_ids.unlink()
        self.line_ids = [
            fields.Command.create(vals) for vals in self._prepare_line_vals(rows)
        ]
        self.state = "preview"
        return self._reopen()

    def action_import(self):
        """Apply every row, or none when one row is wrong.

        :raise UserError: any row has an error (listed with its row number)
        """
        self.ensure_one()
        self.action_preview()
        errors = self.line_ids.filtered("error")
        if errors:
            raise UserError(
                self.env._(
                    "Nothing was imported: fix these rows of the carrier notice "
                    "file first.\n%(errors)s",
                    errors="\n".join(
                        self.env._(
                            "Row %(row)s: %(error)s", row=line.row, error=line.error
                        )
                        for line in errors
                    ),
                )
            )
        content = base64.b64decode(self.file)
        with self.env.cr.savepoint():
            for line in self.line_ids:
                line._apply(self.filename or "carrier_notice.csv", content)
        pickings = self.line_ids.picking_id
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Imported deliveries"),
            "res_model": "stock.picking",
            "view_mode": "list,form",
            "domain": [("id", "in", pickings.ids)],
        }

    # === BUSINESS METHODS === #
    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }

    def _read_rows(self):
        """Decode the CSV file into a list of (row number, dict) pairs.

        :raise UserError: not a readable CSV file, missing columns, too big
        """
        try:
            content = base64.b64decode(self.file or b"", validate=True)
        except (binascii.Error, ValueError):
            content = b""
        if not content:
            raise UserError(self.env._("CSV file: the file is empty or unreadable."))
        if len(content) > MAX_FILE_SIZE:
            raise UserError(
                self.env._("CSV file: the file is larger than 2 MB; split it.")
            )
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UserError(
                self.env._("CSV file: the file must be encoded in UTF-8.")
            ) from None
        first_line = text.splitlines()[0] if text.splitlines() else ""
        delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
        reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
        header = [name.strip().lower() for name in reader.fieldnames or []]
        missing = [name for name in COLUMNS[:3] if name not in header]
        if missing:
            raise UserError(
                self.env._(
                    "CSV file: missing column(s) %(missing)s; expected %(columns)s.",
                    missing=", ".join(missing),
                    columns=", ".join(COLUMNS),
                )
            )
        reader.fieldnames = header
        rows = []
        for number, row in enumerate(reader, start=2):
            if len(rows) >= MAX_ROWS:
                raise UserError(
                    self.env._(
                        "CSV file: more than %(max)s rows; split the file.",
                        max=MAX_ROWS,
                    )
                )
            values = {key: (value or "").strip() for key, value in row.items() if key}
            if any(values.values()):
                rows.append((number, values, delimiter))
        if not rows:
            raise UserError(self.env._("CSV file: the file has no rows."))
        return rows

    def _parse_date(self, text):
        for date_format in DATE_FORMATS:
            try:
                return datetime.strptime(text, date_format).date()
            except ValueError:
                continue
        raise ValueError(text)

    def _parse_amount(self, text, delimiter):
        if delimiter == ";":
            text = text.replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError(text) from None
        if not amount.is_finite():
            raise ValueError(text)
        return amount

    def _prepare_line_vals(self, rows):
        """Check every row; the pickings are read in one query."""
        references = {values.get("picking", "") for _number, values, _d in rows}
        pickings = self.env["stock.picking"].search(
            [("name", "in", list(references)), ("picking_type_code", "=", "outgoing")]
        )
        by_name = {picking.name: picking for picking in pickings}
        seen = set()
        vals_list = []
        for number, values, delimiter in rows:
            vals, errors = self._check_row(values, delimiter, by_name, seen)
            vals.update(row=number, error="\n".join(errors) or False)
            vals_list.append(vals)
        return vals_list

    def _check_row(self, values, delimiter, by_name, seen):  # noqa: C901
        env = self.env
        errors = []
        reference = values.get("picking", "")
        vals = {
            "picking_reference": reference,
            "proposed_slots": values.get("proposed_slots", ""),
        }
        picking = by_name.get(reference)
        if not reference:
            errors.append(env._("picking: the delivery reference is empty."))
        elif not picking:
            errors.append(
                env._(
                    "picking: no outgoing delivery %(reference)s in your companies.",
                    reference=reference,
                )
            )
        elif reference in seen:
            errors.append(
                env._(
                    "picking: %(reference)s appears twice in the file.",
                    reference=reference,
                )
            )
        seen.add(reference)
        if picking:
            vals["picking_id"] = picking.id
            if not picking.carrier_id.is_by_appointment:
                errors.append(
                    env._(
                        "picking: the carrier of %(reference)s does not deliver by "
                        "appointment.",
                        reference=reference,
                    )
                )
        slots = []
        errors_before_slots = len(errors)
        for text in SLOT_SEPARATOR.split(values.get("proposed_slots", "")):
            if not text:
                continue
            try:
                slots.append(self._parse_date(text))
            except ValueError:
                errors.append(
                    env._(
                        "proposed_slots: %(value)s is not a date (YYYY-MM-DD or "
                        "DD/MM/YYYY).",
                        value=text,
                    )
                )
        if slots:
            vals["last_slot_date"] = max(slots)
            if len(errors) == errors_before_slots:
                # staff read them on the delivery: dates as the company writes
                # them, not the notice's ISO text
                company_env = reader_env(
                    env, (picking.company_id if picking else env.company).partner_id
                )
                vals["proposed_slots"] = ", ".join(
                    format_date(company_env, slot) for slot in sorted(slots)
                )
        chosen_text = values.get("chosen_date", "")
        if chosen_text:
            try:
                vals["customer_delivery_date"] = self._parse_date(chosen_text)
            except ValueError:
                errors.append(
                    env._(
                        "chosen_date: %(value)s is not a date (YYYY-MM-DD or "
                        "DD/MM/YYYY).",
                        value=chosen_text,
                    )
                )
        fee_text = values.get("address_change_fee", "")
        if fee_text:
            try:
                fee = self._parse_amount(fee_text, delimiter)
            except ValueError:
                errors.append(
                    env._(
                        "address_change_fee: %(value)s is not an amount.",
                        value=fee_text,
                    )
                )
            else:
                if fee < 0:
                    errors.append(
                        env._(
                            "address_change_fee: %(value)s is negative.", value=fee_text
                        )
                    )
                vals["address_change_fee"] = float(fee)
        if not (slots or chosen_text or fee_text):
            errors.append(env._("The row gives no slot, no date and no fee."))
        if picking:
            errors += self._check_row_against_picking(picking, vals)
        return vals, errors

    def _check_row_against_picking(self, picking, vals):
        env = self.env
        errors = []
        ordered_on = paris_date(picking.sale_id.date_order) or paris_date(
            picking.create_date
        )
        for key, label in (
            ("last_slot_date", "proposed_slots"),
            ("customer_delivery_date", "chosen_date"),
        ):
            day = vals.get(key)
            if day and ordered_on and day < ordered_on:
                errors.append(
                    env._(
                        "%(column)s: %(date)s is before the order (%(ordered)s).",
                        column=label,
                        date=format_date(env, day),
                        ordered=format_date(env, ordered_on),
                    )
                )
        line = picking.storage_fee_line_id
        if (
            line
            and line._is_carrier_fee_invoiced()
            and (
                vals.get("last_slot_date", picking.carrier_last_slot_date)
                != picking.carrier_last_slot_date
                or vals.get("customer_delivery_date", picking.customer_delivery_date)
                != picking.customer_delivery_date
            )
        ):
            errors.append(
                env._(
                    "picking: the storage fee of %(reference)s is already "
                    "invoiced; its dates can no longer change.",
                    reference=picking.name,
                )
            )
        if vals.get("address_change_fee") and not picking.sale_id:
            errors.append(
                env._(
                    "address_change_fee: %(reference)s has no sale order to bill.",
                    reference=picking.name,
                )
            )
        return errors


class StockCarrierNoticeImportLine(models.TransientModel):
    _name = "stock.carrier.notice.import.line"
    _description = "Row of an Import of Carrier Notices"
    _order = "row"

    # === FIELDS === #
    wizard_id = fields.Many2one(
        comodel_name="stock.carrier.notice.import",
        required=True,
        ondelete="cascade",
    )
    row = fields.Integer()
    picking_reference = fields.Char(string="Delivery reference")
    picking_id = fields.Many2one(comodel_name="stock.picking", string="Delivery")
    proposed_slots = fields.Char()
    last_slot_date = fields.Date(string="Last proposed slot")
    customer_delivery_date = fields.Date(string="Chosen date")
    address_change_fee = fields.Float(digits="Product Price")
    error = fields.Text()

    # === BUSINESS METHODS === #
    def _apply(self, notice_name, notice_content):
        """Write the row's dates on its delivery and bill its address change."""
        self.ensure_one()
        picking = self.picking_id
        vals = {}
        if self.proposed_slots:
            vals["carrier_proposed_slots"] = self.proposed_slots
        if self.last_slot_date:
            vals["carrier_last_slot_date"] = self.last_slot_date
        if self.customer_delivery_date:
            vals["customer_delivery_date"] = self.customer_delivery_date
        if vals:
            picking.write(vals)
        if self.address_change_fee:
            picking._add_address_change_fee(
                self.address_change_fee, notice_name, notice_content
            )
