# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.sale_consumer_refund.tests.common import ConsumerRefundCommon


class SaleMediationCommon(ConsumerRefundCommon):
    """A company adhering to a mediator, a confirmed consumer order and helpers
    to record complaints."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.mediator.write(
            {
                "registration_number": "CECMC-2026-042",
                "referral_instructions": "<p>Use the form on the mediator's "
                "website.</p>",
            }
        )
        cls.policy.mediator_id = cls.mediator
        cls.order = cls._create_order(shipping=0)

    @classmethod
    def _create_complaint(cls, complaint_date=date(2026, 5, 2), **values):
        return cls.env["consumer.complaint"].create(
            {
                "order_id": cls.order.id,
                "subject": "Cracked visor",
                "description": "The helmet arrived with a cracked visor.",
                "channel": "email",
                "complaint_date": complaint_date,
                **values,
            }
        )
