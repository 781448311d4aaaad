# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from freezegun import freeze_time

from odoo import Command

from odoo.addons.consumer_law.tests.common import ConsumerLawCommon, create_sale_vat


class StorageFeeCommon(ConsumerLawCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # terms of sale in force (sale_cgv, when installed, requires them)
        cls._publish_history(cls._create_version())
        cls.tax_20 = create_sale_vat(
            cls.env, cls.company, 20.0, name="VAT 20% (storage tests)"
        )
        cls.company.account_sale_tax_id = cls.tax_20
        cls.policy.storage_fee_rate = 15.0
        cls.freight_product = cls.env["product.product"].create(
            {"name": "Freight delivery", "type": "service", "list_price": 0.0}
        )
        cls.carrier = cls.env["delivery.carrier"].create(
            {
                "name": "DB Schenker (appointment)",
                "delivery_type": "fixed",
                "product_id": cls.freight_product.id,
                "is_by_appointment": True,
            }
        )
        cls.parcel_carrier = cls.env["delivery.carrier"].create(
            {
                "name": "Colissimo",
                "delivery_type": "fixed",
                "product_id": cls.freight_product.id,
            }
        )
        cls.product_quad = cls.env["product.product"].create(
            {
                "name": "Quad 110cc",
                "is_storable": True,
                "list_price": 900.0,
                "invoice_policy": "order",
                "taxes_id": [Command.set(cls.tax_20.ids)],
            }
        )
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Lucas Bernard",
                "email": "lucas.bernard@example.com",
                "street": "12 rue Victor Hugo",
                "zip": "33000",
                "city": "Bordeaux",
                "country_id": cls.env.ref("base.fr").id,
            }
        )

    @classmethod
    def _create_delivery(cls, carrier=None):
        """Confirm an order on 20 April 2026 and return its delivery."""
        with freeze_time(datetime(2026, 4, 20, 10, 0)):
            order = cls.env["sale.order"].create(
                {
                    "partner_id": cls.customer.id,
                    "order_line": [
                        Command.create(
                            {
                                "product_id": cls.product_quad.id,
                                "product_uom_qty": 1,
                                "price_unit": 900.0,
                            }
                        )
                    ],
                }
            )
            order.action_confirm()
        picking = order.picking_ids
        picking.carrier_id = carrier or cls.carrier
        return picking
