# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Customers notified of a new version of the terms of sale, from the web client
(Chromium); the tour is in static/tests/tours/sale_cgv_notify_tour.js."""

from unittest.mock import patch

from odoo import Command, fields
from odoo.tests import tagged

from odoo.addons.base.models.ir_mail_server import IrMailServer
from odoo.addons.consumer_law.tests.common import (
    COMPLIANT_CGV,
    park_queued_documents,
    send_queued_documents,
)
from odoo.addons.consumer_law.tests.tour_common import ConsumerTourCase


@tagged("post_install", "-at_install")
class TestNotifyBackendTours(ConsumerTourCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.customer = cls.env["res.partner"].create(
            {"name": "Camille Martin", "email": "camille.martin@example.com"}
        )
        product = cls.env["product.product"].create(
            {"name": "Mini bike", "type": "consu", "list_price": 50.0}
        )
        order = cls.env["sale.order"].create(
            {
                "partner_id": cls.customer.id,
                "company_id": cls.company.id,
                "order_line": [Command.create({"product_id": product.id})],
            }
        )
        order.action_confirm()
        cls.new_version = cls.env["cgv.version"].create(
            {
                "document_id": cls.document.id,
                "content": COMPLIANT_CGV + "<p>Version 2.</p>",
                "lang": "en_US",
                "effective_date": fields.Datetime.now(),
            }
        )
        cls.new_version.action_publish()
        # only the notices the tour queues are due
        park_queued_documents(cls.env)

    def test_notify_customers(self):
        version = self.new_version
        self.run_tour(
            "sale_cgv_notify_customers",
            f"/odoo/action-consumer_law.cgv_version_action/{version.id}",
            self.manager,
        )
        # the notices are queued by the click, mailed by the documents queue
        with patch.object(
            IrMailServer, "send_email", autospec=True, return_value="<n@test>"
        ) as send_email:
            send_queued_documents(self.env)
        self.assertEqual(send_email.call_count, 1)
        mails = self.env["mail.mail"].search(
            [("recipient_ids", "in", self.customer.id)]
        )
        self.assertEqual(len(mails), 1, "one mail to the customer")
        self.assertIn(version.public_url, mails.body_html)
        self.assertIn("legal guarantee clauses rewritten", mails.body_html)
        self.assertIn(
            "Notice of this version queued for 1 customers", version.message_ids[0].body
        )
