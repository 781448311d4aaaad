# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date, datetime

from freezegun import freeze_time

from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law_report.tests.common import MANAGER, REPORT, open_workbook
from odoo.addons.sale_withdrawal.tests.common import SaleWithdrawalCommon


class CompliancePackCommon(SaleWithdrawalCommon):
    """Orders in every situation the pack reports on, in April-May 2026."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(
            cls.env,
            login="pack_manager",
            email="pack.manager@example.com",
            groups=f"base.group_user,sales_team.group_sale_salesman,{MANAGER}",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        # window open on 10 May (last day 18 May), window closing (11 May)
        cls.order_open = cls._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        cls.order_closing = cls._delivered_order(at=datetime(2026, 4, 27, 9, 0))
        # withdrawn on 6 May: its refund obligation comes with the request
        cls.order_withdrawn = cls._delivered_order(at=datetime(2026, 5, 4, 9, 0))
        cls.request = cls._create_request(
            cls.order_withdrawn, sent_at=datetime(2026, 5, 6, 9, 0)
        )
        # a lack of conformity refund, and a storage fee billed on 5 May
        cls.order_conformity = cls._create_order(confirm_at=datetime(2026, 5, 2, 10))
        cls.refund_conformity = cls._refund(cls.order_conformity, ground="conformity")
        with freeze_time(datetime(2026, 5, 5, 10, 0)):
            # the storage fee line as its billing flow writes it (fee links are
            # flow fields: given through the evidence writer)
            cls.fee_line = evidence_writer(cls.env["sale.order.line"].sudo()).create(
                {
                    "order_id": cls.order_conformity.id,
                    "product_id": cls.product_service.id,
                    "name": "Carrier storage, 4 days",
                    "product_uom_qty": 1,
                    "price_unit": 60.0,
                    "tax_id": [Command.clear()],
                    "carrier_fee_type": "storage",
                }
            )
        cls.env.flush_all()
        # the line's creation is its billing (the ORM dates it by the transaction)
        cls.env.cr.execute(
            "UPDATE sale_order_line SET create_date = %s WHERE id = %s",
            (datetime(2026, 5, 5, 10, 0), cls.fee_line.id),
        )
        # an order whose acceptance was recorded
        cls.order_accepted = cls._create_order(confirm_at=datetime(2026, 5, 3, 10))
        cls.order_accepted._create_cgv_acceptances(
            [cls.order_accepted._prepare_cgv_acceptance_vals(cls.version)]
        )
        # a customer who last bought in March 2022: 3 years of data retention over
        cls.old_customer = cls.env["res.partner"].create(
            {"name": "Ancien Client", "email": "ancien.client@example.com"}
        )
        cls.order_old = cls._create_order(partner=cls.old_customer)
        cls.env.flush_all()
        cls.env.cr.execute(
            "UPDATE sale_order SET date_order = %s WHERE id = %s",
            (datetime(2022, 3, 1, 10, 0), cls.order_old.id),
        )
        cls.env.invalidate_all()

    @classmethod
    def _publish_history(cls, versions):
        cls.version = super()._publish_history(versions)
        return cls.version

    def _print_pack(self, user=None, on=date(2026, 5, 10), **values):
        """The pack printed by ``user`` (the manager) on ``on``, as a workbook."""
        user = user or self.manager
        with freeze_time(datetime.combine(on, datetime.min.time().replace(hour=9))):
            wizard = (
                self.env["consumer.law.pack"]
                .with_user(user)
                .create(
                    {
                        "date_from": date(2026, 4, 1),
                        "date_to": date(2026, 5, 31),
                        **values,
                    }
                )
            )
            content, kind = (
                self.env["ir.actions.report"]
                .with_user(user)
                ._render_xlsx(REPORT, wizard.ids, {})
            )
        self.assertEqual(kind, "xlsx")
        return open_workbook(content)
