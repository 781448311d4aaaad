# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The 12-month repair extension of contracts from 31 July 2026 (Directive (EU)
2024/1799; LEGAL_RULES §18 R2R-01..04): guarantee records, the decision wizard's
summary, the customer's decision mail in English and French, the migration."""

from datetime import date, datetime
import importlib.util
import json
import re

from freezegun import freeze_time

from odoo.tests import tagged
from odoo.tools import html2plaintext
from odoo.tools.misc import file_path

from odoo.addons.consumer_law.evidence import evidence_writer

from .common import ConsumerReturnCommon


@tagged("post_install", "-at_install")
class TestRepairExtension(ConsumerReturnCommon):
    @classmethod
    def _order_at(cls, confirm_at, delivered_at):
        order = cls._create_order(
            lines=[(cls.product_bike, 1, 50.0)], confirm_at=confirm_at, invoice=True
        )
        cls._deliver(order.picking_ids, delivered_at)
        return order

    def _unit(self, order):
        return self.env["sale.consumer.guarantee"].search([("order_id", "=", order.id)])

    def _repair(self, order, claim_date, decided_at, returned_on, **values):
        claim = self._decide(
            order,
            "conformity",
            "repair",
            claim_date=claim_date,
            decided_at=decided_at,
            customer_choice="repair",
            **values,
        )
        with freeze_time(returned_on):
            self.env["sale.consumer.return.repaired"].create(
                {"return_id": claim.id, "returned_on": returned_on}
            ).action_confirm()
        return claim

    def test_r2r_01_contract_after_31_july_gets_12_months(self):
        """Contract 15 Aug 2026, delivered 20 Aug 2026: 20 Aug 2028 becomes
        20 Aug 2029 after a repair."""
        order = self._order_at(datetime(2026, 8, 15, 10), datetime(2026, 8, 20, 9))
        unit = self._unit(order)
        self.assertRecordValues(
            unit,
            [
                {
                    "contract_date": date(2026, 8, 15),
                    "contract_date_source": "confirmation",
                    "legal_end_date": date(2028, 8, 20),
                    "repair_extension_months": 0,
                }
            ],
        )
        claim = self._repair(
            order, date(2026, 9, 1), datetime(2026, 9, 2, 9), date(2026, 9, 10)
        )
        self.assertRecordValues(
            unit,
            [
                {
                    "repair_count": 1,
                    "repair_extension_months": 12,
                    "legal_end_date": date(2029, 8, 20),
                }
            ],
        )
        self.assertTrue(
            any(
                "2024/1799" in (body or "") for body in claim.message_ids.mapped("body")
            )
        )

    def test_r2r_02_contract_on_30_july_keeps_6_months(self):
        order = self._order_at(datetime(2026, 7, 30, 10), datetime(2026, 8, 4, 9))
        unit = self._unit(order)
        self._repair(
            order, date(2026, 9, 1), datetime(2026, 9, 2, 9), date(2026, 9, 10)
        )
        self.assertRecordValues(
            unit,
            [
                {
                    "contract_date": date(2026, 7, 30),
                    "repair_extension_months": 6,
                    "legal_end_date": date(2029, 2, 4),
                }
            ],
        )

    def test_r2r_03_first_day_in_paris_time(self):
        """Confirmed at 00:30 Paris time on 31 July (22:30 UTC on 30 July): the
        contract is of 31 July, the repair gives 12 months."""
        order = self._order_at(datetime(2026, 7, 30, 22, 30), datetime(2026, 8, 4, 9))
        unit = self._unit(order)
        self.assertEqual(unit.contract_date, date(2026, 7, 31))
        self._repair(
            order, date(2026, 9, 1), datetime(2026, 9, 2, 9), date(2026, 9, 10)
        )
        self.assertEqual(unit.legal_end_date, date(2029, 8, 4))

    def test_second_repair_extends_once(self):
        """The 12 months are given once; older contracts add 6 per repair."""
        new = self._unit(
            self._order_at(datetime(2026, 8, 15, 10), datetime(2026, 8, 20, 9))
        )
        old = self._unit(
            self._order_at(datetime(2026, 7, 20, 10), datetime(2026, 8, 20, 9))
        )
        evidence_writer(new | old).repair_count = 2
        self.assertEqual(new.legal_end_date, date(2029, 8, 20))
        self.assertEqual(old.legal_end_date, date(2029, 8, 20))
        evidence_writer(new | old).repair_count = 3
        self.assertEqual(new.legal_end_date, date(2030, 2, 20))
        self.assertEqual(old.legal_end_date, date(2030, 2, 20))

    def test_r2r_04_chose_repair_seller_replaced(self):
        """Contract 1 Sep 2026, repair chosen, the merchant replaced: new 2 years
        from the replacement's delivery."""
        order = self._order_at(datetime(2026, 9, 1, 10), datetime(2026, 9, 5, 9))
        claim = self._decide(
            order,
            "conformity",
            "replacement",
            claim_date=date(2027, 5, 1),
            decided_at=datetime(2027, 5, 2, 9),
            customer_choice="repair",
        )
        self._validate(claim.replacement_picking_ids, at=datetime(2027, 5, 10, 9))
        unit = self.env["sale.consumer.guarantee"].search(
            [("sale_line_id", "=", claim.replacement_line_ids.id)]
        )
        self.assertRecordValues(
            unit, [{"is_renewed": True, "legal_end_date": date(2029, 5, 10)}]
        )

    def test_contract_date_of_an_unconfirmed_order(self):
        """No confirmation recorded: the order date is used and the choice is
        recorded on the unit."""
        order = self._order_at(datetime(2026, 8, 15, 10), datetime(2026, 8, 20, 9))
        unit = self._unit(order)
        order.with_context(disable_cancel_warning=True).state = "draft"
        self.assertRecordValues(
            unit,
            [
                {
                    "contract_date": date(2026, 8, 15),
                    "contract_date_source": "order_date",
                }
            ],
        )

    def test_summary_and_mail_state_the_choice_and_the_extension(self):
        """The wizard's summary and the customer's decision mail state the right
        to choose and the 12-month extension with the new end date."""
        order = self._order_at(datetime(2026, 8, 15, 10), datetime(2026, 8, 20, 9))
        with freeze_time(datetime(2026, 9, 2, 9)):
            wizard = self._decide_wizard(
                order,
                "conformity",
                "repair",
                claim_date=date(2026, 9, 1),
                customer_choice="repair",
            )
            wizard.action_summary()
            info = wizard.remedy_information
            self.assertIn("chooses between the repair and the replacement", info)
            self.assertIn("extends it by 12 months", info)
            self.assertIn("08/20/2029", info)
            wizard.action_confirm()
        claim = wizard.return_id
        mail = claim.message_ids.filtered(
            lambda message: "decision on your return" in (message.subject or "")
        )
        body = html2plaintext(mail.body)
        self.assertIn("extends it by 12 months", body)
        self.assertIn("08/20/2029", body)
        # a refund decision says nothing of it
        refund = self.env["sale.consumer.return"]._get_remedy_information(
            "conformity", "refund", claim.line_ids.guarantee_ids
        )
        self.assertEqual(refund, "")

    def test_mail_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["sale_consumer_return"], ["fr_FR"], overwrite=True
        )
        self.customer.lang = "fr_FR"
        order = self._order_at(datetime(2026, 8, 15, 10), datetime(2026, 8, 20, 9))
        claim = self._decide(
            order,
            "conformity",
            "replacement",
            claim_date=date(2026, 9, 1),
            decided_at=datetime(2026, 9, 2, 9),
            customer_choice="replacement",
        )
        mail = claim.message_ids.filtered(
            lambda message: (
                message.body and "o_return_remedy_information" in message.body
            )
        )
        self.assertEqual(len(mail), 1)
        body = html2plaintext(mail.body)
        self.assertIn("choisit entre la réparation et le remplacement", body)
        self.assertIn("la prolonge de 12 mois", body)
        self.assertIn("20/08/2029", body)

    def test_migration_recomputes_and_notes_the_chatter(self):
        """The 18.0.1.1.0 migration recomputes repaired units of contracts from
        31 July 2026 and notes the old and new end in the order's chatter."""
        order = self._order_at(datetime(2026, 8, 15, 10), datetime(2026, 8, 20, 9))
        older = self._order_at(datetime(2026, 7, 20, 10), datetime(2026, 8, 20, 9))
        evidence_writer(self._unit(order) | self._unit(older)).repair_count = 1
        self.assertEqual(self._unit(order).legal_end_date, date(2029, 8, 20))
        # as stored by the previous version: +6 months
        changed = self.env["sale.consumer.guarantee"]._recompute_repair_extensions(
            {self._unit(order).id: date(2029, 2, 20)}
        )
        self.assertEqual(changed, self._unit(order))
        note = order.message_ids[:1]
        text = html2plaintext(note.body)
        self.assertIn("2024/1799", text)
        self.assertIn("02/20/2029", text)
        self.assertIn("08/20/2029", text)
        self.assertFalse(
            any(
                "2024/1799" in (body or "") for body in older.message_ids.mapped("body")
            )
        )

    def test_migration_script_adds_the_mail_paragraph(self):
        """The post-migrate script of 18.0.1.1.0 adds the remedy paragraph to a
        decision mail template that lacks it, in every language, once, and leaves
        the body HTML (it once escaped the whole body)."""
        path = file_path("sale_consumer_return/migrations/18.0.1.1.0/post-migrate.py")
        spec = importlib.util.spec_from_file_location("scr_post_migrate", path)
        script = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(script)
        template = self.env.ref("sale_consumer_return.mail_template_return_decision")
        self.env.cr.execute(
            "SELECT body_html FROM mail_template WHERE id = %s", [template.id]
        )
        bodies = self.env.cr.fetchone()[0]
        stripped = {
            lang: re.sub(r"\s*<p[^>]*o_return_remedy_information.*?</p>", "", body)
            for lang, body in bodies.items()
        }
        self.env.cr.execute(
            "UPDATE mail_template SET body_html = %s WHERE id = %s",
            [json.dumps(stripped), template.id],
        )
        template.invalidate_recordset(["body_html"])
        self.assertNotIn("remedy_information", template.body_html)
        script.migrate(self.env.cr, "18.0.1.0.0")
        template.invalidate_recordset(["body_html"])
        self.assertEqual(template.body_html.count("o_return_remedy_information"), 1)
        # the body stays HTML: nothing of it was escaped on the way
        self.assertNotIn("&lt;", template.body_html)
        self.assertIn('<p t-if="object.remedy_information"', template.body_html)
        script.migrate(self.env.cr, "18.0.1.0.0")
        template.invalidate_recordset(["body_html"])
        self.assertEqual(template.body_html.count("o_return_remedy_information"), 1)
