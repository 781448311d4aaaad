# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from odoo import Command

from odoo.addons.consumer_law.tests.common import ConsumerLawCommon

V1_DATE = datetime(2026, 1, 1, 9, 0, 0)
V2_DATE = datetime(2026, 6, 1, 9, 0, 0)


class PatientHttpMixin:
    """HTTP requests of these tests wait for their answer as long as a loaded
    machine needs.

    The first page or PDF a test database serves compiles the website's or the
    report's assets, and signing an order prints its PDF: on a busy machine that
    takes longer than the 12 s Odoo's ``url_open`` waits by default, and the
    abandoned request then aborts the test transaction of every following test
    of the class. None of these tests is about speed (``test_performance``
    measures that); a request that really hangs still fails, after
    ``HTTP_TIMEOUT`` seconds.
    """

    HTTP_TIMEOUT = 180

    def url_open(self, url, data=None, files=None, timeout=None, **kwargs):
        return super().url_open(
            url, data=data, files=files, timeout=timeout or self.HTTP_TIMEOUT, **kwargs
        )


class SaleCgvCommon(ConsumerLawCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.partner_id.lang = "en_US"
        cls.version_v1 = cls._publish_history(
            cls._create_version(effective=V1_DATE, change_summary="First terms.")
        )
        cls.consumer = cls.env["res.partner"].create(
            {"name": "Alice Martin", "email": "alice@example.com", "lang": "en_US"}
        )
        cls.business = cls.env["res.partner"].create(
            {
                "name": "Garage Dupont SARL",
                "email": "garage@example.com",
                "is_company": True,
                "lang": "en_US",
            }
        )
        cls.product = cls.env["product.product"].create(
            {
                "name": "Scale model 1:43",
                "type": "consu",
                "list_price": 100.0,
                "invoice_policy": "order",
                "taxes_id": [Command.clear()],
            }
        )

    @classmethod
    def _create_order(cls, partner=None, company=None, **kw):
        company = company or cls.company
        return (
            cls.env["sale.order"]
            .with_company(company)
            .create(
                {
                    "partner_id": (partner or cls.consumer).id,
                    "company_id": company.id,
                    "order_line": [
                        Command.create(
                            {"product_id": cls.product.id, "product_uom_qty": 1.0}
                        )
                    ],
                    **kw,
                }
            )
        )

    @classmethod
    def _publish_v2(cls, effective=V2_DATE):
        return cls._publish_history(
            cls._create_version(
                effective=effective, change_summary="Withdrawal extended to 30 days."
            )
        )
