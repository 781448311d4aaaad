# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tools import mute_logger

from ..models.consumer_law_policy import POLICY_CHANGED
from .common import ConsumerLawCommon


class TestPolicy(ConsumerLawCommon):
    def _end_transaction(self):
        """What the end of a transaction that changed a policy does to the kept
        values (the test's transaction goes on)."""
        self.env.cr.precommit.data.pop(POLICY_CHANGED, None)
        self.env.registry.clear_cache()

    def _assert_stored(self, **expected):
        """Check the database kept the values (the refused write left nothing)."""
        self.policy.invalidate_recordset()
        self.assertRecordValues(self.policy, [expected])

    def test_new_company_gets_legal_defaults(self):
        """A new company gets a policy holding the legal defaults."""
        company = self.env["res.company"].create({"name": "New Shop"})
        self.assertRecordValues(
            company.consumer_policy_id,
            [
                {
                    "company_id": company.id,
                    "is_withdrawal_extended": False,
                    "withdrawal_days": 14,
                    "refund_days": 14,
                    "merchant_pays_return": False,
                    "partial_delivery_refund": "prorata_value",
                    "presumption_months_new": 24,
                    "presumption_months_second_hand": 12,
                    "transport_reserve_days": 3,
                    "archive_threshold": 120.0,
                    "archive_years": 10,
                    "holiday_region": "FR",
                    "allow_pre_delivery_withdrawal": True,
                }
            ],
        )

    def test_withdrawal_below_floor_refused(self):
        """7 withdrawal days are refused, naming L221-18, and nothing is written."""
        with (
            self.assertRaisesRegex(ValidationError, "L221-18"),
            self.env.cr.savepoint(),
        ):
            self.policy.write({"is_withdrawal_extended": True, "withdrawal_days": 7})
        self._assert_stored(withdrawal_days=14, is_withdrawal_extended=False)

    def test_extended_withdrawal_accepted(self):
        """Raynaud's 30 days are above the floor and kept."""
        self.policy.write({"is_withdrawal_extended": True, "withdrawal_days": 30})
        self.assertEqual(self.policy.withdrawal_days, 30)

    def test_unextending_restores_legal_period(self):
        """Unticking the extension brings the period back to 14 days."""
        self.policy.write({"is_withdrawal_extended": True, "withdrawal_days": 30})
        self.policy.is_withdrawal_extended = False
        self.assertEqual(self.policy.withdrawal_days, 14)

    def test_refund_above_ceiling_refused(self):
        """A 15-day refund delay is refused (L221-24 maximum 14 days)."""
        with (
            self.assertRaisesRegex(ValidationError, "L221-24"),
            self.env.cr.savepoint(),
        ):
            self.policy.refund_days = 15
        self._assert_stored(refund_days=14)

    def test_shorter_refund_accepted(self):
        """Refunding faster than the law requires is allowed."""
        self.policy.refund_days = 7
        self.assertEqual(self.policy.refund_days, 7)

    def test_presumption_below_floor_refused(self):
        """A 6-month presumption is refused (L217-7)."""
        with self.assertRaisesRegex(ValidationError, "L217-7"), self.env.cr.savepoint():
            self.policy.presumption_months_second_hand = 6
        with self.assertRaisesRegex(ValidationError, "L217-7"), self.env.cr.savepoint():
            self.policy.presumption_months_new = 12
        self._assert_stored(
            presumption_months_new=24, presumption_months_second_hand=12
        )

    def test_transport_reserve_below_floor_refused(self):
        """Fewer than 3 days of carrier reserves are refused (C. com. L133-3)."""
        with self.assertRaisesRegex(ValidationError, "L133-3"), self.env.cr.savepoint():
            self.policy.transport_reserve_days = 2

    def test_archive_bounds(self):
        """Archiving threshold above 120 € or under 10 years is refused."""
        with self.assertRaisesRegex(ValidationError, "D213-1"), self.env.cr.savepoint():
            self.policy.archive_threshold = 150
        self._assert_stored(archive_threshold=120.0)
        with self.assertRaisesRegex(ValidationError, "D213-2"), self.env.cr.savepoint():
            self.policy.archive_years = 5
        self._assert_stored(archive_years=10)
        self.policy.archive_threshold = 50
        self.assertEqual(self.policy.archive_threshold, 50)

    def test_negative_values_refused(self):
        """Negative durations are refused."""
        with self.assertRaises(ValidationError):
            self.policy.cheque_hold_days = -1
        self._assert_stored(cheque_hold_days=0)
        with self.assertRaises(ValidationError):
            self.policy.data_retention_years = -3
        self._assert_stored(data_retention_years=3)

    def test_error_names_field_label(self):
        """The error message names the field as the user sees it."""
        with (
            self.assertRaisesRegex(ValidationError, "Refund delay"),
            self.env.cr.savepoint(),
        ):
            self.policy.refund_days = 20

    def test_settings_write_through_policy(self):
        """The Settings block writes the company's policy."""
        settings = self.env["res.config.settings"].create(
            {
                "consumer_is_withdrawal_extended": True,
                "consumer_withdrawal_days": 30,
                "consumer_mediator_id": self.mediator.id,
            }
        )
        settings.execute()
        self.assertRecordValues(
            self.policy,
            [{"withdrawal_days": 30, "mediator_id": self.mediator.id}],
        )

    def test_settings_refuse_below_floor(self):
        """The Settings block refuses values below the floor too."""
        with (
            self.assertRaisesRegex(ValidationError, "L221-18"),
            self.env.cr.savepoint(),
        ):
            self.env["res.config.settings"].create(
                {
                    "consumer_is_withdrawal_extended": True,
                    "consumer_withdrawal_days": 10,
                }
            ).execute()
        self._assert_stored(withdrawal_days=14)

    def test_policy_changes_tracked(self):
        """A policy change leaves a tracking message in the chatter."""
        # the policy was created with the test's company, in this transaction:
        # its changes are tracked once that creation is committed
        self.env.flush_all()
        self.env.cr.precommit.run()
        policy = self.policy.with_context(tracking_disable=False, mail_notrack=False)
        policy.write({"is_withdrawal_extended": True, "withdrawal_days": 30})
        self.env.flush_all()
        self.env.cr.precommit.run()
        tracked = policy.message_ids.tracking_value_ids.filtered(
            lambda value: value.field_id.name == "withdrawal_days"
        )
        self.assertEqual(tracked.mapped("new_value_integer"), [30])

    def test_policy_values_kept_between_transactions(self):
        """Each step of an order reads its company's policy: its values are kept
        between transactions (no query once the company is read); a transaction
        that changes the policy reads it from the database, and the next ones
        see the change."""
        company = self.policy.company_id
        self.env.flush_all()
        self._end_transaction()  # the policy's creation committed
        self.assertEqual(company._get_consumer_policy().refund_days, 14)
        self.env.invalidate_all()
        company.fetch(["consumer_policy_id"])
        with self.assertQueryCount(0):
            self.assertEqual(company._get_consumer_policy().refund_days, 14)
        self.policy.refund_days = 7
        self.env.flush_all()
        self.env.invalidate_all()
        self.assertEqual(company._get_consumer_policy().refund_days, 7)
        self._end_transaction()  # the change committed
        self.env.invalidate_all()
        self.assertEqual(company._get_consumer_policy().refund_days, 7)
        company.fetch(["consumer_policy_id"])
        with self.assertQueryCount(0):
            self.assertEqual(company._get_consumer_policy().refund_days, 7)

    def test_one_policy_per_company(self):
        """A second policy for the same company is refused."""
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            self.env["consumer.law.policy"].create({"company_id": self.company.id})
            self.env.flush_all()

    def test_rules_policy_carries_mediator(self):
        """The rules package receives the mediator's identity."""
        self.policy.mediator_id = self.mediator
        rules_policy = self.policy._get_rules_policy()
        self.assertEqual(rules_policy.mediator_name, "Médiation Exemple SAS")
        self.assertEqual(rules_policy.mediator_website, "https://mediation.example.org")
        self.assertIn("75002 Paris", rules_policy.mediator_address)

    def test_error_in_user_language(self):
        """A French user gets the refusal in French, with the article."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["consumer_law"], ["fr_FR"])
        policy = self.policy.with_context(lang="fr_FR")
        with self.assertRaises(ValidationError) as catcher:
            policy.write({"is_withdrawal_extended": True, "withdrawal_days": 7})
        self.assertEqual(
            str(catcher.exception),
            "Délai de rétractation (jours) : 7 est inférieur au minimum légal de 14 "
            "(L221-18).",
        )
