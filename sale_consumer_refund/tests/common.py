# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from freezegun import freeze_time

from odoo import Command

from odoo.addons.consumer_law.tests.common import ConsumerLawCommon, create_sale_vat


def setup_consumer_sale_fixtures(cls):
    """Products, taxes and customers shared by the consumer-law addons' tests,
    TransactionCase and HttpCase alike (``cls.env`` and ``cls.company`` must
    exist)."""
    cls.tax_20 = create_sale_vat(
        cls.env, cls.company, 20.0, name="VAT 20% (withdrawal tests)"
    )
    product_vals = {
        "type": "consu",
        "invoice_policy": "order",
        "taxes_id": [Command.set(cls.tax_20.ids)],
    }
    cls.product_bike = cls.env["product.product"].create(
        {"name": "Mini bike", "list_price": 50.0, **product_vals}
    )
    cls.product_helmet = cls.env["product.product"].create(
        {"name": "Helmet", "list_price": 30.0, **product_vals}
    )
    cls.product_engraved = cls.env["product.product"].create(
        {
            "name": "Engraved plate",
            "list_price": 20.0,
            "withdrawal_exclusion": "personalised",
            **product_vals,
        }
    )
    cls.product_shipping = cls.env["product.product"].create(
        {
            "name": "Standard shipping",
            "type": "service",
            "list_price": 10.0,
            "invoice_policy": "order",
            "taxes_id": [Command.set(cls.tax_20.ids)],
        }
    )
    cls.product_service = cls.env["product.product"].create(
        {"name": "Assembly service", "type": "service", "list_price": 40.0}
    )
    cls.customer = cls.env["res.partner"].create(
        {
            "name": "Camille Martin",
            "email": "camille.martin@example.com",
            "street": "3 rue des Lilas",
            "zip": "69003",
            "city": "Lyon",
            "country_id": cls.env.ref("base.fr").id,
            "lang": "en_US",
        }
    )
    cls.professional = cls.env["res.partner"].create(
        {
            "name": "Garage Dupont SARL",
            "is_company": True,
            "email": "garage@example.com",
        }
    )


class ConsumerRefundCommon(ConsumerLawCommon):
    """A company with a chart of accounts, 20 % and 5.5 % VAT, goods, a delivery
    product and a consumer; orders confirmed and invoiced on demand."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        setup_consumer_sale_fixtures(cls)
        # terms of sale in force since 1 January 2026 (sale_cgv, when installed,
        # refuses consumer orders without them)
        cls._publish_history(cls._create_version())
        cls.tax_5 = create_sale_vat(
            cls.env, cls.company, 5.5, name="VAT 5.5% (refund tests)"
        )
        cls.product_book = cls.env["product.product"].create(
            {
                "name": "Collector's book",
                "type": "consu",
                "list_price": 40.0,
                "invoice_policy": "order",
                "taxes_id": [Command.set(cls.tax_5.ids)],
            }
        )
        cls.product_fee = cls.env["product.product"].create(
            {
                "name": "Cancellation fee",
                "type": "service",
                "list_price": 50.0,
                "invoice_policy": "order",
                "taxes_id": [Command.set(cls.tax_20.ids)],
            }
        )

    @classmethod
    def _create_order(
        cls, lines=None, partner=None, shipping=10.0, confirm_at=None, invoice=False
    ):
        """Create and confirm a consumer order; ``lines`` is [(product, quantity,
        price excl. tax)], confirmed at ``confirm_at`` (default 20 April 2026) and,
        with ``invoice``, invoiced (posted) the same day.

        Default: 2 bikes at 50.00 and a helmet at 30.00 excl. tax (20 %), delivery
        10.00 excl. tax: 156.00 of goods and 12.00 of delivery incl. tax.
        """
        lines = lines or [(cls.product_bike, 2, 50.0), (cls.product_helmet, 1, 30.0)]
        commands = [
            Command.create(
                {"product_id": product.id, "product_uom_qty": qty, "price_unit": price}
            )
            for product, qty, price in lines
        ]
        if shipping:
            commands.append(
                Command.create(
                    {
                        "product_id": cls.product_shipping.id,
                        "product_uom_qty": 1,
                        "price_unit": shipping,
                        "is_delivery": True,
                    }
                )
            )
        with freeze_time(confirm_at or datetime(2026, 4, 20, 10, 0)):
            order = cls.env["sale.order"].create(
                {"partner_id": (partner or cls.customer).id, "order_line": commands}
            )
            order.action_confirm()
            if invoice:
                order._create_invoices().action_post()
        return order

    @classmethod
    def _refund(cls, order, ground="withdrawal", started_on=date(2026, 5, 6), **kw):
        """A refund obligation of all the order's goods unless ``quantities``."""
        quantities = kw.pop("quantities", None) or {
            line: line.product_uom_qty for line in order._get_consumer_goods_lines()
        }
        return order._create_consumer_refund(ground, started_on, quantities, **kw)

    def _pay(self, moves, on):
        wizard = (
            self.env["account.payment.register"]
            .with_context(active_model="account.move", active_ids=moves.ids)
            .create({"payment_date": on})
        )
        return wizard._create_payments()
