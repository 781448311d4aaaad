# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged
from odoo.tools import html2plaintext

from .common import RetentionCommon


@tagged("post_install", "-at_install")
class TestRetentionOfTitle(RetentionCommon):
    def test_policy_default_and_customer_override(self):
        """Orders follow the policy unless the customer says always or never."""
        order = self._create_order()
        self.assertTrue(order.retention_of_title)
        never = self.customer.copy({"retention_of_title_mode": "never"})
        self.assertFalse(self._create_order(partner=never).retention_of_title)
        self.policy.retention_of_title = False
        self.assertFalse(self._create_order().retention_of_title)
        always = self.customer.copy({"retention_of_title_mode": "always"})
        self.assertTrue(self._create_order(partner=always).retention_of_title)

    def test_order_override_and_frozen_after_confirmation(self):
        """Staff may untick it on a quotation; a confirmed order keeps its value."""
        quotation = self._create_order(confirm=False)
        quotation.retention_of_title = False
        quotation.action_confirm()
        self.assertFalse(quotation.retention_of_title)
        order = self._create_order()
        self.customer.retention_of_title_mode = "never"
        self.assertTrue(order.retention_of_title)

    def test_partial_full_and_reversed_payments(self):
        """Partial payment keeps title; full payment passes it on its date;
        a reversed payment takes it back."""
        order = self._create_order()
        picking = self._deliver(order)
        invoice = self._invoice(order)
        self.assertRecordValues(
            invoice,
            [{"retention_of_title": True, "title_transferred_date": False}],
        )
        self.assertRecordValues(
            order,
            [{"title_state": "retained", "is_delivered_under_retention": True}],
        )
        self.assertTrue(picking.is_under_retention_of_title)
        self._pay(invoice, 200.0, date(2026, 11, 10))
        self.assertEqual(invoice.payment_state, "partial")
        self.assertFalse(invoice.title_transferred_date)
        self.assertEqual(order.title_state, "retained")
        self.assertEqual(order.retention_unpaid_amount, 400.0)
        payment = self._pay(invoice, 400.0, date(2026, 11, 20))
        self.assertIn(invoice.payment_state, ("paid", "in_payment"))
        self.assertEqual(invoice.title_transferred_date, date(2026, 11, 20))
        self.assertRecordValues(
            order,
            [{"title_state": "transferred", "is_delivered_under_retention": False}],
        )
        self.assertFalse(picking.is_under_retention_of_title)
        self.assertFalse(
            self.env["stock.picking"].search_count(
                [("id", "=", picking.id), ("is_under_retention_of_title", "=", True)]
            )
        )
        payment.action_draft()
        self.assertFalse(invoice.title_transferred_date)
        self.assertEqual(order.title_state, "retained")
        self.assertTrue(picking.is_under_retention_of_title)

    def test_cancelled_order_owes_nothing(self):
        """A delivered order cancelled before payment shows no retention banner
        and nothing unpaid (the demo's S00041 showed "948,00 € unpaid")."""
        order = self._create_order()
        self._deliver(order)
        self.assertTrue(order.is_delivered_under_retention)
        order.with_context(disable_cancel_warning=True)._action_cancel()
        self.assertRecordValues(
            order,
            [{"is_delivered_under_retention": False, "retention_unpaid_amount": 0.0}],
        )

    def test_payment_reversal_takes_title_back(self):
        """Reversing the payment's entry (bounced payment) retains title again."""
        order = self._create_order(qty=1)
        invoice = self._invoice(order)
        payment = self._pay(invoice, 300.0, date(2026, 11, 20))
        self.assertEqual(invoice.title_transferred_date, date(2026, 11, 20))
        payment.move_id._reverse_moves(cancel=True)
        self.assertEqual(invoice.payment_state, "not_paid")
        self.assertFalse(invoice.title_transferred_date)
        self.assertEqual(order.title_state, "retained")

    def test_no_retention_no_transfer_date(self):
        """Invoices without the clause never get a title transfer date."""
        self.policy.retention_of_title = False
        order = self._create_order(qty=1)
        invoice = self._invoice(order)
        self._pay(invoice, 300.0, date(2026, 11, 20))
        self.assertRecordValues(
            invoice, [{"retention_of_title": False, "title_transferred_date": False}]
        )
        self.assertEqual(order.title_state, "none")

    def test_invoice_prints_the_clause(self):
        """The legal wording by default, the policy's wording when set."""
        invoice = self._invoice(self._create_order(qty=1))
        html = self.env["ir.actions.report"]._render_qweb_html(
            "account.account_invoices", invoice.ids
        )[0]
        text = html2plaintext(html.decode())
        self.assertIn("articles 2367 to 2372", text)
        self.policy.retention_clause = "Reserve de propriete selon notre article 11."
        html = self.env["ir.actions.report"]._render_qweb_html(
            "account.account_invoices", invoice.ids
        )[0]
        self.assertIn("Reserve de propriete selon notre article 11.", html.decode())
        self.policy.retention_of_title = False
        plain = self._invoice(self._create_order(qty=1))
        html = self.env["ir.actions.report"]._render_qweb_html(
            "account.account_invoices", plain.ids
        )[0]
        self.assertNotIn("article 11", html.decode())

    def test_order_confirmation_prints_the_clause(self):
        """The order confirmation is the written agreement (C. civ. 2368)."""
        order = self._create_order(qty=1)
        html = self.env["ir.actions.report"]._render_qweb_html(
            "sale.action_report_saleorder", order.ids
        )[0]
        self.assertIn("articles 2367 to 2372", html2plaintext(html.decode()))
        never = self.customer.copy({"retention_of_title_mode": "never"})
        plain = self._create_order(qty=1, partner=never)
        html = self.env["ir.actions.report"]._render_qweb_html(
            "sale.action_report_saleorder", plain.ids
        )[0]
        self.assertNotIn("articles 2367 to 2372", html2plaintext(html.decode()))

    @freeze_time("2026-12-01")
    def test_insolvency_claim_deadline_at_month_end(self):
        """Published 30 November: claim by 28 February (L624-9), as an activity."""
        self.customer.insolvency_published_date = date(2026, 11, 30)
        self.assertEqual(self.customer.retention_claim_deadline, date(2027, 2, 28))
        activity = self.customer.activity_ids.filtered(
            lambda act: (
                act.activity_type_id
                == self.env.ref(
                    "account_retention_of_title.mail_activity_type_retention_claim"
                )
            )
        )
        self.assertRecordValues(activity, [{"date_deadline": date(2027, 2, 28)}])
        self.assertIn("L624-9", activity.summary)
        self.customer.insolvency_published_date = date(2026, 11, 10)
        activity = self.customer.activity_ids.filtered(
            lambda act: "L624-9" in (act.summary or "")
        )
        self.assertRecordValues(activity, [{"date_deadline": date(2027, 2, 10)}])
        with self.assertRaisesRegex(ValidationError, "in the future"):
            self.customer.insolvency_published_date = date(2026, 12, 2)

    @freeze_time("2026-12-01")
    def test_insolvency_activity_in_company_language(self):
        """An English-speaking user records the judgment of a French company's
        customer: the activity reads in French, the company's language."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["account_retention_of_title"], ["fr_FR"], overwrite=True
        )
        self.company.partner_id.lang = "fr_FR"
        customer = self.customer.with_context(lang="en_US")
        customer.insolvency_published_date = date(2026, 11, 30)
        activity = customer.activity_ids.filtered(
            lambda act: "L624-9" in (act.summary or "")
        )
        self.assertEqual(
            activity.summary,
            "Revendiquer les biens sous réserve de propriété avant le 28/02/2027 "
            "(C. com. L624-9)",
        )
        self.assertIn("lettre recommandée", activity.note)

    def test_recovered_goods_surplus(self):
        """Goods worth 1000 against 600 owed: 400 owed back (C. civ. 2371)."""
        order = self._create_order()
        self._deliver(order)
        self._invoice(order)
        recovery_form = Form(
            self.env["account.retention.recovery"].with_context(
                default_order_id=order.id
            )
        )
        recovery_form.recovered_value = 1000.0
        recovery = recovery_form.save()
        self.assertRecordValues(
            recovery,
            [
                {
                    "partner_id": self.customer.id,
                    "remaining_debt": 600.0,
                    "surplus_amount": 400.0,
                    "state": "draft",
                }
            ],
        )
        recovery.action_done()
        self.assertEqual(recovery.state, "done")
        self.assertIn("C. civ. 2371", order.message_ids[0].body)
        with self.assertRaisesRegex(UserError, "evidence"):
            recovery.recovered_value = 10.0
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            recovery.unlink()

    def test_recovery_refusals(self):
        """A negative value is refused; goods not under retention cannot be taken."""
        order = self._create_order()
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.env["account.retention.recovery"].create(
                {"order_id": order.id, "recovered_value": -5.0}
            )
        with self.assertRaisesRegex(UserError, "part of the confirmed contract"):
            order.retention_of_title = False
        never = self.customer.copy({"retention_of_title_mode": "never"})
        plain_order = self._create_order(partner=never)
        recovery = self.env["account.retention.recovery"].create(
            {"order_id": plain_order.id, "recovered_value": 5.0}
        )
        with self.assertRaisesRegex(UserError, "not sold under retention"):
            recovery.action_done()
