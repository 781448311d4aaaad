# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import datetime
import hashlib

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import Form

from odoo.addons.consumer_law.evidence import evidence_writer

from .common import V1_DATE, SaleCgvCommon


class TestStamping(SaleCgvCommon):
    def _confirm_with_wizard(self, orders, channel, note=False, evidence=None):
        action = orders.with_context(sale_cgv_ask_channel=True).action_confirm()
        self.assertEqual(action["res_model"], "cgv.acceptance.record")
        wizard_form = Form(
            self.env["cgv.acceptance.record"].with_context(**action["context"])
        )
        wizard_form.channel = channel
        if note:
            wizard_form.note = note
        if evidence:
            wizard_form.evidence_file = base64.b64encode(evidence)
        wizard = wizard_form.save()
        wizard.action_confirm()
        return wizard

    @freeze_time("2026-03-10 14:00:00")
    def test_staff_confirmation_stamps_version_without_acceptance(self):
        """A plain confirmation (no channel asked) stamps the version in force and
        records no acceptance."""
        order = self._create_order()
        order.action_confirm()
        self.assertRecordValues(
            order, [{"state": "sale", "cgv_version_id": self.version_v1.id}]
        )
        self.assertFalse(order.cgv_acceptance_ids)
        self.assertTrue(
            order.message_ids.filtered(
                lambda message: (
                    "how the customer accepted them was not recorded" in message.body
                )
            )
        )

    @freeze_time("2026-03-10 14:00:00")
    def test_confirmation_note_in_company_language(self):
        """A French company's confirmation note is in French, whoever confirms."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["sale_cgv"], ["fr_FR"], overwrite=True
        )
        self.company.partner_id.lang = "fr_FR"
        order = self._create_order()
        order.with_context(lang="en_US").action_confirm()
        self.assertTrue(
            order.message_ids.filtered(
                lambda message: "Confirmée sous les conditions générales de vente"
                in message.body
            )
        )

    @freeze_time("2026-03-10 14:00:00")
    def test_confirmation_note_follows_company_language_change(self):
        """The company's language is kept between confirmations, and forgotten
        when its partner's language changes: the next note is in the new one."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["sale_cgv"], ["fr_FR"], overwrite=True
        )
        french = "Confirmée sous les conditions générales de vente"
        first = self._create_order()
        first.with_context(lang="en_US").action_confirm()
        self.assertFalse(first.message_ids.filtered(lambda m: french in m.body))
        self.company.partner_id.lang = "fr_FR"
        self.assertEqual(self.company._get_consumer_law_lang(), "fr_FR")
        second = self._create_order()
        second.with_context(lang="en_US").action_confirm()
        self.assertTrue(second.message_ids.filtered(lambda m: french in m.body))

    @freeze_time("2026-03-10 14:00:00")
    def test_portal_tick_then_staff_confirmation(self):
        """A box ticked on the portal, then a staff confirmation, is recorded as
        a portal checkbox acceptance with the customer's IP address."""
        order = self._create_order()
        order._set_cgv_pending_acceptance(
            version=self.version_v1, ip_address="192.0.2.7", user_agent="Firefox"
        )
        order.action_confirm()
        self.assertRecordValues(
            order.cgv_acceptance_ids,
            [
                {
                    "channel": "portal_checkbox",
                    "version_id": self.version_v1.id,
                    "ip_address": "192.0.2.7",
                    "user_id": False,
                    "accepted_at": datetime(2026, 3, 10, 14, 0),
                }
            ],
        )

    @freeze_time("2026-03-10 14:00:00")
    def test_wizard_records_staff_channel(self):
        """The staff assistant records the channel, user, note and evidence."""
        order = self._create_order()
        self._confirm_with_wizard(
            order, "phone", note="Called on 10 March", evidence=b"call log"
        )
        acceptance = order.cgv_acceptance_ids
        self.assertRecordValues(
            acceptance,
            [
                {
                    "order_id": order.id,
                    "partner_id": self.consumer.id,
                    "version_id": self.version_v1.id,
                    "version_sha256": self.version_v1.content_sha256,
                    "channel": "phone",
                    "accepted_at": datetime(2026, 3, 10, 14, 0, 0),
                    "user_id": self.env.user.id,
                    "ip_address": False,
                    "note": "Called on 10 March",
                    "company_id": self.company.id,
                }
            ],
        )
        # the file belongs to the acceptance, with its own checksum
        self.assertEqual(
            base64.b64decode(acceptance.with_context(bin_size=False).evidence_file),
            b"call log",
        )
        self.assertEqual(
            acceptance.evidence_sha256, hashlib.sha256(b"call log").hexdigest()
        )
        self.assertFalse(
            self.env["ir.attachment"].search(
                [("res_model", "=", "sale.order"), ("res_id", "=", order.id)]
            )
        )
        self.assertRecordValues(
            order,
            [
                {
                    "state": "sale",
                    "cgv_version_id": self.version_v1.id,
                    "cgv_acceptance_count": 1,
                }
            ],
        )
        self.assertFalse(order.sudo().cgv_pending_id)
        self.assertEqual(self.consumer.cgv_acceptance_count, 1)

    def test_wizard_not_asked_for_business_customer(self):
        """Orders of professionals are confirmed without the assistant."""
        order = self._create_order(partner=self.business)
        result = order.with_context(sale_cgv_ask_channel=True).action_confirm()
        self.assertIs(result, True)
        self.assertRecordValues(
            order, [{"state": "sale", "cgv_version_id": self.version_v1.id}]
        )

    def test_wizard_not_asked_when_company_does_not_require(self):
        """The company setting turns the assistant off."""
        self.policy.cgv_require_staff_channel = False
        order = self._create_order()
        result = order.with_context(sale_cgv_ask_channel=True).action_confirm()
        self.assertIs(result, True)
        self.assertEqual(order.state, "sale")

    def test_reconfirmation_keeps_first_version_adds_acceptance(self):
        """Reset to quotation and confirmed again under a new version: the stamp
        keeps the first version, a second acceptance is recorded."""
        order = self._create_order()
        with freeze_time("2026-03-10 14:00:00"):
            self._confirm_with_wizard(order, "phone")
        order._action_cancel()
        order.action_draft()
        version_v2 = self._publish_v2()
        order.order_line.product_uom_qty = 2.0
        with freeze_time("2026-07-01 10:00:00"):
            self._confirm_with_wizard(order, "email")
        self.assertEqual(order.cgv_version_id, self.version_v1)
        self.assertRecordValues(
            order.cgv_acceptance_ids,
            [
                {
                    "version_id": version_v2.id,
                    "channel": "email",
                    "accepted_at": datetime(2026, 7, 1, 10, 0, 0),
                },
                {
                    "version_id": self.version_v1.id,
                    "channel": "phone",
                    "accepted_at": datetime(2026, 3, 10, 14, 0, 0),
                },
            ],
        )

    def test_language_of_customer_then_company(self):
        """The customer's language is preferred, then the company's language."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["res.lang"]._activate_lang("de_DE")
        document = self.env["cgv.document"].create(
            {"name": "CGV", "company_id": self.other_company.id}
        )
        self.other_company.partner_id.lang = "fr_FR"
        version_fr = self._create_version(
            lang="fr_FR", document=document, effective=V1_DATE
        )
        version_de = self._create_version(
            lang="de_DE", document=document, effective=datetime(2026, 2, 1)
        )
        self._publish_history(version_fr | version_de)
        customer_de = self.env["res.partner"].create({"name": "Jonas", "lang": "de_DE"})
        customer_en = self.env["res.partner"].create({"name": "John", "lang": "en_US"})
        order_de = self._create_order(customer_de, company=self.other_company)
        order_en = self._create_order(customer_en, company=self.other_company)
        (order_de | order_en).action_confirm()
        self.assertEqual(order_de.cgv_version_id, version_de)
        self.assertEqual(order_en.cgv_version_id, version_fr)

    def test_stamped_version_is_of_the_order_company(self):
        """Even through the evidence writer, an order cannot be stamped with the
        terms of another company (its company is checked when stamped)."""
        document = self.env["cgv.document"].create(
            {"name": "CGV", "company_id": self.other_company.id}
        )
        other_version = self._create_version(document=document, effective=V1_DATE)
        order = self._create_order()
        with self.assertRaisesRegex(UserError, "not to the company of"):
            evidence_writer(order).write({"cgv_version_id": other_version.id})
        self.assertFalse(order.cgv_version_id)
        evidence_writer(order).write({"cgv_version_id": self.version_v1.id})
        self.assertEqual(order.cgv_version_id, self.version_v1)

    def test_invoice_version_is_of_the_invoice_company(self):
        """An invoice carries its orders' version; given by the evidence writer
        (creation or first stamp), a version of another company is refused, as
        ``check_company`` would."""
        order = self._create_order()
        order.action_confirm()
        invoice = order._create_invoices()
        self.assertEqual(invoice.cgv_version_id, self.version_v1)
        document = self.env["cgv.document"].create(
            {"name": "CGV", "company_id": self.other_company.id}
        )
        other_version = self._create_version(document=document, effective=V1_DATE)
        vals = {"move_type": "out_invoice", "partner_id": order.partner_id.id}
        moves = self.env["account.move"]
        with self.assertRaisesRegex(UserError, "not to the company of"):
            evidence_writer(moves).create(dict(vals, cgv_version_id=other_version.id))
        draft = moves.create(vals)
        with self.assertRaisesRegex(UserError, "not to the company of"):
            evidence_writer(draft).write({"cgv_version_id": other_version.id})
        self.assertFalse(draft.cgv_version_id)
        evidence_writer(draft).write({"cgv_version_id": self.version_v1.id})
        self.assertEqual(draft.cgv_version_id, self.version_v1)

    def test_refusal_without_version_for_consumer(self):
        """A consumer order without version in force is refused, nothing written."""
        order = self._create_order(company=self.other_company)
        with self.assertRaisesRegex(UserError, "Terms of sale: no version is in force"):
            order.action_confirm()
        self.assertRecordValues(order, [{"state": "draft", "cgv_version_id": False}])
        self.assertFalse(order.cgv_acceptance_ids)

    def test_no_version_warning_when_company_allows(self):
        """With the B2B setting, the order is confirmed with a chatter warning."""
        self.other_company._get_consumer_policy().cgv_block_without_version = False
        order = self._create_order(company=self.other_company)
        order.action_confirm()
        self.assertRecordValues(order, [{"state": "sale", "cgv_version_id": False}])
        self.assertTrue(
            order.message_ids.filtered(
                lambda message: (
                    "Confirmed with no version of the terms of sale" in message.body
                )
            )
        )

    def test_business_order_without_version_is_confirmed(self):
        """Orders of professionals never need a version in force."""
        order = self._create_order(partner=self.business, company=self.other_company)
        order.action_confirm()
        self.assertRecordValues(order, [{"state": "sale", "cgv_version_id": False}])

    def test_history_confirmation_is_backdated(self):
        """History import: accepted in the past under the version then in force."""
        version_v2 = self._publish_v2()
        order = self._create_order()
        order._demo_confirm_cgv_history(datetime(2026, 4, 2, 11, 0, 0), "paper")
        self.assertRecordValues(
            order,
            [
                {
                    "state": "sale",
                    "cgv_version_id": self.version_v1.id,
                    "date_order": datetime(2026, 4, 2, 11, 0, 0),
                }
            ],
        )
        self.assertRecordValues(
            order.cgv_acceptance_ids,
            [
                {
                    "version_id": self.version_v1.id,
                    "channel": "paper",
                    "accepted_at": datetime(2026, 4, 2, 11, 0, 0),
                    "user_id": self.env.user.id,
                }
            ],
        )
        self.assertNotEqual(order.cgv_version_id, version_v2)
