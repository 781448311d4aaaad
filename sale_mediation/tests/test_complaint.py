# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.tools import html2plaintext

from odoo.addons.consumer_law.tests.common import send_queued_documents

from .common import SaleMediationCommon


class TestComplaint(SaleMediationCommon):
    def test_complaint_from_order_acknowledged_with_its_date(self):
        """A complaint takes its customer and company from the order, is
        acknowledged by e-mail with its date and schedules the answer."""
        complaint = self._create_complaint()
        self.assertRecordValues(
            complaint,
            [
                {
                    "partner_id": self.customer.id,
                    "company_id": self.company.id,
                    "state": "received",
                    "is_written": True,
                    "answer_due_date": date(2026, 6, 1),
                    "mediator_id": self.mediator.id,
                    "mediation_limit_date": date(2027, 5, 2),
                    "mediation_admissible": False,
                    "mediation_reason": False,
                }
            ],
        )
        self.assertTrue(complaint.name.startswith("CMP/"))
        # acknowledged by the queued job, off the recording
        self.assertFalse(complaint.acknowledged_at)
        send_queued_documents(self.env)
        self.assertTrue(complaint.acknowledged_at)
        message = complaint.message_ids.filtered(
            lambda message: "we received your complaint" in (message.subject or "")
        )
        self.assertEqual(len(message), 1)
        self.assertIn(self.customer, message.partner_ids)
        self.assertIn("05/02/2026", html2plaintext(message.body))
        activity = complaint.activity_ids
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.date_deadline, date(2026, 6, 1))
        self.assertEqual(self.order.complaint_count, 1)
        self.assertEqual(self.customer.complaint_count, 1)

    def test_answer_due_follows_the_policy(self):
        """The answer is due per the company's service commitment."""
        self.policy.complaint_answer_days = 8
        complaint = self._create_complaint()
        self.assertEqual(complaint.answer_due_date, date(2026, 5, 10))

    def test_policy_answer_days_bounded(self):
        """0 or more than 365 days of answer commitment are refused."""
        for days in (0, 366):
            with self.assertRaises(ValidationError) as info:
                self.policy.complaint_answer_days = days
            self.assertIn("Complaint answer commitment", info.exception.args[0])

    def test_written_complaint_required_l612_2_1(self):
        """A complaint by phone is not the written complaint L612-2 1° needs."""
        complaint = self._create_complaint(
            channel="phone", mediation_request_date=date(2026, 5, 20)
        )
        self.assertRecordValues(
            complaint,
            [
                {
                    "is_written": False,
                    "mediation_admissible": False,
                    "mediation_reason": "L612-2 1°",
                    "mediation_limit_date": False,
                }
            ],
        )
        self.assertIn("in writing", complaint.mediation_explanation)

    def test_manifestly_unfounded_needs_reason_l612_2_2(self):
        """Manifestly unfounded is a staff judgment with a written reason."""
        complaint = self._create_complaint(mediation_request_date=date(2026, 5, 20))
        with self.assertRaises(ValidationError):
            complaint.is_manifestly_unfounded = True
        complaint.write(
            {
                "is_manifestly_unfounded": True,
                "unfounded_reason": "The customer asks a refund of goods he kept "
                "and used for two years.",
            }
        )
        self.assertEqual(complaint.mediation_reason, "L612-2 2°")
        self.assertFalse(complaint.mediation_admissible)

    def test_other_mediator_or_court_l612_2_3(self):
        """A dispute before a court or another mediator is inadmissible."""
        complaint = self._create_complaint(
            mediation_request_date=date(2026, 5, 20),
            is_before_other_body=True,
            other_body_note="Tribunal judiciaire de Lyon, RG 26/01234",
        )
        self.assertEqual(complaint.mediation_reason, "L612-2 3°")

    def test_one_year_limit_l612_2_4(self):
        """The anniversary of the written complaint is still admissible, the
        next day is not."""
        complaint = self._create_complaint(
            complaint_date=date(2025, 3, 10), mediation_request_date=date(2026, 3, 10)
        )
        self.assertTrue(complaint.mediation_admissible)
        self.assertFalse(complaint.mediation_reason)
        complaint.mediation_request_date = date(2026, 3, 11)
        self.assertFalse(complaint.mediation_admissible)
        self.assertEqual(complaint.mediation_reason, "L612-2 4°")
        self.assertIn("more than one year", complaint.mediation_explanation)

    def test_admissible_explanation_dates_in_user_format(self):
        """The eligibility explanation shows the complaint's date as the user
        reads dates (was the raw ISO date 2026-05-02)."""
        self.env["res.lang"]._activate_lang("fr_FR")
        complaint = self._create_complaint(mediation_request_date=date(2026, 5, 20))
        self.assertIn("on 05/02/2026,", complaint.mediation_explanation)
        french = complaint.with_context(lang="fr_FR")
        self.assertIn("02/05/2026", french.mediation_explanation)
        self.assertNotIn("2026-05-02", french.mediation_explanation)

    def test_out_of_scope_l612_2_5(self):
        """A dispute outside the mediator's scope is inadmissible."""
        complaint = self._create_complaint(
            mediation_request_date=date(2026, 5, 20), is_out_of_scope=True
        )
        self.assertEqual(complaint.mediation_reason, "L612-2 5°")

    def test_request_before_complaint_refused(self):
        """A mediation cannot be asked before the written complaint."""
        complaint = self._create_complaint()
        with self.assertRaises(ValidationError) as info:
            complaint.mediation_request_date = date(2026, 5, 1)
        self.assertIn("Mediation asked on", info.exception.args[0])

    def test_complaint_as_received_is_frozen(self):
        """The complaint as received cannot be rewritten, nor deleted."""
        complaint = self._create_complaint()
        for values in (
            {"complaint_date": date(2026, 4, 1)},
            {"subject": "Other"},
            {"channel": "letter"},
            {"state": "closed"},
            {"answer_date": date(2026, 5, 3)},
        ):
            with self.assertRaises(UserError):
                complaint.write(values)
        complaint.write({"subject": "Cracked visor"})  # unchanged value: accepted
        with self.assertRaises(UserError):
            complaint.unlink()

    def test_answer_sent_and_frozen(self):
        """Sending the answer dates it, mails it and closes the to-do."""
        complaint = self._create_complaint()
        with self.assertRaises(UserError):
            complaint.action_send_answer()
        complaint.answer = "We send you a new visor today."
        with freeze_time("2026-05-05 10:00:00"):
            complaint.action_send_answer()
        self.assertRecordValues(
            complaint,
            [{"state": "answered", "answer_date": date(2026, 5, 5)}],
        )
        self.assertFalse(complaint.activity_ids)
        self.assertTrue(
            complaint.message_ids.filtered(
                lambda message: "our answer" in (message.subject or "")
                and "new visor" in message.body
            )
        )
        with self.assertRaises(UserError):
            complaint.answer = "Something else"

    def test_mediation_deadlines_and_extension_r612_5(self):
        """The mediator's 3-week rejection notice and 90-day outcome, moved by
        an extension but never before the 90th day."""
        complaint = self._create_complaint(mediation_request_date=date(2026, 5, 20))
        complaint.action_send_referral_letter()
        complaint.mediation_received_date = date(2026, 6, 1)
        self.assertRecordValues(
            complaint,
            [
                {
                    "state": "mediation",
                    "mediation_rejection_due_date": date(2026, 6, 22),
                    "mediation_outcome_due_date": date(2026, 8, 30),
                }
            ],
        )
        complaint.write(
            {
                "mediation_extended_until": date(2026, 10, 15),
                "mediation_extension_reason": "Mediator's letter of 20/08/2026",
            }
        )
        self.assertEqual(complaint.mediation_outcome_due_date, date(2026, 10, 15))
        with self.assertRaises(ValidationError):
            complaint.mediation_extended_until = date(2026, 8, 1)
        with self.assertRaises(UserError):
            complaint.action_close()
        complaint.write(
            {
                "mediation_outcome": "agreement",
                "mediation_outcome_date": date(2026, 9, 1),
            }
        )
        complaint.action_close()
        self.assertEqual(complaint.state, "closed")
        with self.assertRaises(UserError):
            complaint.mediation_outcome = "refused"

    def test_referral_refused_when_inadmissible_or_mediator_incomplete(self):
        """No letter for an inadmissible mediation, nor without the mediator's
        full identity (L616-1)."""
        complaint = self._create_complaint(
            complaint_date=date(2025, 1, 2), mediation_request_date=date(2026, 5, 20)
        )
        with self.assertRaises(UserError) as info:
            complaint.action_send_referral_letter()
        self.assertIn("L612-2 4°", info.exception.args[0])
        self.mediator.write({"website": False})
        complaint = self._create_complaint(mediation_request_date=date(2026, 5, 20))
        self.assertEqual(complaint.mediator_missing_identity, "website")
        with self.assertRaises(UserError) as info:
            complaint.action_send_referral_letter()
        self.assertIn("website", info.exception.args[0])
        self.assertFalse(complaint.referral_letter_id)

    def test_referral_freezes_its_grounds(self):
        """Once the letter is sent, what it was judged on is frozen."""
        complaint = self._create_complaint(mediation_request_date=date(2026, 5, 20))
        complaint.action_send_referral_letter()
        # what it was judged on is frozen from the decision, before the queue
        # renders and mails the letter
        self.assertEqual(complaint.state, "mediation")
        self.assertFalse(complaint.referral_letter_sha256)
        with self.assertRaises(UserError):
            complaint.is_out_of_scope = True
        send_queued_documents(self.env)
        self.assertTrue(complaint.referral_letter_sha256)
        with self.assertRaises(UserError):
            complaint.is_out_of_scope = True
        with self.assertRaises(UserError):
            complaint.action_send_referral_letter()

    def test_cancel_needs_manager_and_reason(self):
        """Only managers cancel, with a reason kept in the chatter."""
        complaint = self._create_complaint()
        wizard = self.env["consumer.complaint.cancel"].create(
            {"complaint_ids": complaint.ids, "reason": "Duplicate of CMP/2026/1"}
        )
        wizard.action_cancel()
        self.assertEqual(complaint.state, "cancel")
        self.assertIn("Duplicate", complaint.message_ids[0].body)

    def test_customer_must_be_the_order_customer(self):
        """A complaint about an order is the order's customer's."""
        with self.assertRaises(ValidationError):
            self._create_complaint(partner_id=self.professional.id)

    def test_terms_check_flags_mediation_before_court(self):
        """A clause forcing mediation before court is flagged (L612-4)."""
        text = (
            "<p>Médiateur : Médiation Exemple SAS, https://mediation.example.org, "
            "1 rue de la Paix 75002 Paris. À défaut de médiation dans un délai de "
            "15 jours, le litige sera porté devant le tribunal compétent.</p>"
        )
        version = self._create_version(
            content=text, effective=datetime(2026, 2, 1, 9, 0)
        )
        self._publish_history(version)
        action = self.policy.action_check_terms_of_sale()
        wizard = self.env[action["res_model"]].browse(action["res_id"])
        codes = wizard.line_ids.mapped("code")
        self.assertIn("mediation_prior_to_court_clause", codes)
        self.assertNotIn("obsolete_odr_reference", codes)
