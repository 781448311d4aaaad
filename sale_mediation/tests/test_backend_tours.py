# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A complaint answered, then referred to the mediator, in the web client
(Chromium); the tour is in static/tests/tours/sale_mediation_backend_tour.js."""

from datetime import timedelta

from odoo import Command
from odoo.tests import tagged

from odoo.addons.consumer_law.tests.common import (
    park_queued_documents,
    send_queued_documents,
)
from odoo.addons.consumer_law.tests.tour_common import ConsumerTourCase
from odoo.addons.consumer_law.tools import paris_today
from odoo.addons.sale_consumer_refund.tests.common import setup_consumer_sale_fixtures


@tagged("post_install", "-at_install")
class TestMediationBackendTours(ConsumerTourCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        setup_consumer_sale_fixtures(cls)
        cls.mediator = cls.env["consumer.mediator"].create(
            {
                "name": "Médiation Exemple SAS",
                "street": "1 rue de la Paix",
                "zip": "75002",
                "city": "Paris",
                "country_id": cls.env.ref("base.fr").id,
                "website": "https://mediation.example.org",
                "email": "contact@mediation.example.org",
                "registration_number": "CECMC-2026-042",
            }
        )
        cls.policy.mediator_id = cls.mediator
        cls.order = cls.env["sale.order"].create(
            {
                "partner_id": cls.customer.id,
                "company_id": cls.company.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": cls.product_helmet.id,
                            "product_uom_qty": 1,
                            "price_unit": 30.0,
                        }
                    )
                ],
            }
        )
        cls.order.action_confirm()
        cls.complaint = cls.env["consumer.complaint"].create(
            {
                "order_id": cls.order.id,
                "subject": "Cracked visor",
                "description": "The helmet arrived with a cracked visor.",
                "channel": "email",
                "complaint_date": paris_today() - timedelta(days=20),
            }
        )
        # only the documents the tour queues are due
        park_queued_documents(cls.env)

    def test_answer_then_referral_letter(self):
        complaint = self.complaint
        self.run_tour("sale_mediation_answer_then_referral", "/odoo", self.clerk)
        self.assertEqual(complaint.state, "mediation")
        self.assertIn("new visor", complaint.answer)
        self.assertEqual(complaint.answer_date, paris_today())
        self.assertEqual(complaint.answered_by_id, self.clerk)
        self.assertEqual(complaint.mediation_request_date, paris_today())
        # the click records the decision; the letter is rendered, kept and
        # mailed by the documents queue
        self.assertTrue(complaint.referral_letter_date)
        self.assertFalse(complaint.referral_letter_id)
        send_queued_documents(self.env)
        letter = complaint.referral_letter_id
        self.assertTrue(letter, "the referral letter is kept")
        self.assertEqual(letter.mimetype, "application/pdf")
        self.assertEqual(len(complaint.referral_letter_sha256), 64)
        to_customer = complaint.message_ids.filtered(
            lambda message: self.customer in message.partner_ids
        )
        self.assertTrue(
            any("new visor" in message.body for message in to_customer),
            "the answer is mailed to the customer",
        )
        self.assertIn(
            letter.checksum,
            to_customer.attachment_ids.mapped("checksum"),
            "the letter is mailed (a copy of the kept PDF)",
        )
