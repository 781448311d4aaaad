# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import ConsumerReturnCommon


@tagged("post_install", "-at_install")
class TestReturnDecision(ConsumerReturnCommon):
    """Each ground in time and late, the documents of each outcome."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # 2 bikes at 60.00 incl., a helmet at 36.00 incl., delivery 12.00 incl.
        cls.order = cls._delivered()
        cls.bike_line, cls.helmet_line = cls.order._get_consumer_goods_lines()

    def _returns(self, order=None):
        return self.env["sale.consumer.return"].search(
            [("order_id", "=", (order or self.order).id)]
        )

    # --- guarantees of delivered units ------------------------------------------
    def test_guarantee_units_per_delivery(self):
        """Each delivered move line records its legal guarantee (2 years), its
        presumption (24 months) and the bike's 12-month commercial warranty."""
        units = self.env["sale.consumer.guarantee"].search(
            [("order_id", "=", self.order.id)], order="product_id"
        )
        self.assertRecordValues(
            units.sorted(lambda unit: unit.product_id.name),
            [
                {
                    "product_id": self.product_helmet.id,
                    "quantity": 1.0,
                    "delivered_on": date(2026, 5, 4),
                    "legal_end_date": date(2028, 5, 4),
                    "presumption_end_date": date(2028, 5, 4),
                    "commercial_end_date": False,
                },
                {
                    "product_id": self.product_bike.id,
                    "quantity": 2.0,
                    "delivered_on": date(2026, 5, 4),
                    "legal_end_date": date(2028, 5, 4),
                    "presumption_end_date": date(2028, 5, 4),
                    "commercial_end_date": date(2027, 5, 4),
                },
            ],
        )
        self.assertEqual(self.order.consumer_guarantee_count, 2)
        self.assertEqual(self.order.picking_ids.consumer_guarantee_count, 2)
        self.assertEqual(self.customer.consumer_guarantee_count, 2)

    def test_second_hand_presumption_twelve_months(self):
        """Second-hand goods: presumption 12 months (L217-7)."""
        used = self.env["product.product"].create(
            {
                "name": "Used bike",
                "type": "consu",
                "is_second_hand": True,
                "taxes_id": [Command.set(self.tax_20.ids)],
            }
        )
        order = self._delivered(lines=[(used, 1, 40.0)])
        unit = self.env["sale.consumer.guarantee"].search([("order_id", "=", order.id)])
        self.assertRecordValues(
            unit,
            [
                {
                    "legal_end_date": date(2028, 5, 4),
                    "presumption_end_date": date(2027, 5, 4),
                }
            ],
        )

    # --- conformity --------------------------------------------------------------
    def test_conformity_refund_multi_tax_amounts(self):
        """Refund of a bike (20 %) and a book (5.5 %) after failed remedies: goods
        102.20 and delivery 12.00 x 102.20 / 162.20 = 7.56; the return picking
        takes them back and the credit note credits 109.76."""
        order = self._delivered(
            lines=[(self.product_bike, 2, 50.0), (self.product_book, 1, 40.0)]
        )
        bike_line, book_line = order._get_consumer_goods_lines()
        claim = self._decide(
            order,
            "conformity",
            "refund",
            quantities={bike_line: 1, book_line: 1},
            remedy_failure_reason="Repair refused by the maker, no stock to replace",
        )
        self.assertRecordValues(
            claim,
            [
                {
                    "state": "decided",
                    "outcome": "refund",
                    "is_in_time": True,
                    "time_limit_date": date(2028, 5, 4),
                    "legal_article": "C. consom. L217-3, L217-7, L217-9",
                    "decision_date": date(2026, 6, 2),
                }
            ],
        )
        self.assertRecordValues(
            claim.refund_id,
            [
                {
                    "ground": "conformity",
                    "goods_amount": 102.2,
                    "delivery_amount": 7.56,
                    "fee_amount": 0.0,
                    "amount": 109.76,
                    "due_date": date(2026, 6, 16),
                }
            ],
        )
        picking = claim.return_picking_id
        self.assertEqual(picking.picking_type_id.code, "incoming")
        self.assertEqual(picking.return_id, order.picking_ids[0])
        self.assertEqual(
            sorted(
                picking.move_ids.mapped(
                    lambda m: (m.product_id.name, m.product_uom_qty)
                )
            ),
            [("Collector's book", 1.0), ("Mini bike", 1.0)],
        )
        self.assertTrue(all(picking.move_ids.mapped("to_refund")))
        claim.refund_id.action_create_credit_note()
        self.assertEqual(claim.credit_note_id.amount_total, 109.76)
        self._validate(picking)
        self.assertEqual(bike_line.qty_delivered, 1.0)

    def test_conformity_refund_needs_remedy_failure(self):
        """A refund under the legal guarantee needs the reason repair and
        replacement fail (L217-14); nothing is created."""
        with self.assertRaisesRegex(UserError, "L217-14"):
            self._decide(self.order, "conformity", "refund")
        self.assertFalse(self._returns())

    def test_conformity_late_refused_and_override(self):
        """Two years after delivery the guarantee is over: a repair needs a
        manager's written override; a refusal needs none."""
        late = {"claim_date": date(2028, 5, 10), "decided_at": datetime(2028, 5, 12)}
        with self.assertRaisesRegex(UserError, "Override justification"):
            self._decide(
                self.order,
                "conformity",
                "repair",
                quantities={self.bike_line: 1},
                customer_choice="repair",
                **late,
            )
        self.assertFalse(self._returns())
        refused = self._decide(
            self.order, "conformity", "refused", quantities={self.bike_line: 1}, **late
        )
        self.assertRecordValues(
            refused,
            [{"state": "refused", "is_in_time": False, "return_picking_id": False}],
        )
        repaired = self._decide(
            self.order,
            "conformity",
            "repair",
            quantities={self.helmet_line: 1},
            customer_choice="repair",
            override_reason="Loyal customer, defect known on this batch",
            **late,
        )
        self.assertRecordValues(
            repaired,
            [
                {
                    "state": "decided",
                    "is_in_time": False,
                    "override_reason": "Loyal customer, defect known on this batch",
                }
            ],
        )
        self.assertTrue(
            any(
                "Loyal customer" in body for body in repaired.message_ids.mapped("body")
            )
        )

    def test_refusal_in_time_needs_override(self):
        """Refusing a claim in time is an override: its justification is
        required."""
        with self.assertRaisesRegex(UserError, "Override justification"):
            self._decide(self.order, "wrong_item", "refused")

    def test_two_partial_returns_then_nothing_left(self):
        """Two returns of one bike each; a third bike is more than delivered."""
        first = self._decide(
            self.order,
            "hidden_defect",
            "refund",
            quantities={self.bike_line: 1},
            discovery_date=date(2026, 5, 20),
        )
        self._validate(first.return_picking_id)
        second = self._decide(
            self.order,
            "hidden_defect",
            "refund",
            quantities={self.bike_line: 1},
            discovery_date=date(2026, 5, 20),
        )
        self.assertEqual(second.return_picking_id.move_ids.product_uom_qty, 1.0)
        self.assertNotEqual(first.refund_id, second.refund_id)
        with self.assertRaisesRegex(UserError, "only 0.0 were delivered"):
            self._decide(
                self.order,
                "hidden_defect",
                "refund",
                quantities={self.bike_line: 1},
                discovery_date=date(2026, 5, 20),
            )
        self.assertEqual(len(self._returns()), 2)

    def test_replacement_at_zero_price_keeps_guarantee(self):
        """Wrong item: exchange at no cost. The helmet comes back without
        changing the delivered quantity, a zero-price line delivers the new one,
        whose guarantee is the replaced unit's."""
        claim = self._decide(
            self.order, "wrong_item", "replacement", quantities={self.helmet_line: 1}
        )
        replacement = claim.replacement_line_ids
        self.assertRecordValues(
            replacement,
            [
                {
                    "product_id": self.product_helmet.id,
                    "product_uom_qty": 1.0,
                    "price_unit": 0.0,
                    "price_total": 0.0,
                }
            ],
        )
        self.assertFalse(claim.refund_id)
        self.assertFalse(any(claim.return_picking_id.move_ids.mapped("to_refund")))
        self.assertEqual(self.order.amount_total, 168.0)
        delivery = claim.replacement_picking_ids
        self.assertEqual(delivery.picking_type_id.code, "outgoing")
        self._validate(claim.return_picking_id)
        self._validate(delivery)
        self.assertEqual(self.helmet_line.qty_delivered, 1.0)
        unit = self.env["sale.consumer.guarantee"].search(
            [("sale_line_id", "=", replacement.id)]
        )
        self.assertRecordValues(
            unit,
            [
                {
                    "delivered_on": date(2026, 6, 5),
                    "legal_end_date": date(2028, 5, 4),
                    "is_renewed": False,
                }
            ],
        )

    def test_replacement_instead_of_chosen_repair_renews(self):
        """The customer chose repair, the merchant replaced: new 2 years from the
        replacement's delivery (L217-13)."""
        claim = self._decide(
            self.order,
            "conformity",
            "replacement",
            quantities={self.helmet_line: 1},
            customer_choice="repair",
        )
        self._validate(claim.replacement_picking_ids)
        unit = self.env["sale.consumer.guarantee"].search(
            [("sale_line_id", "=", claim.replacement_line_ids.id)]
        )
        self.assertRecordValues(
            unit, [{"is_renewed": True, "legal_end_date": date(2028, 6, 5)}]
        )

    def test_repair_extends_legal_guarantee(self):
        """Repair under the legal guarantee: an activity (no Repairs app), goods
        back, then +6 months on the unit once given back (L217-13)."""
        claim = self._decide(
            self.order,
            "conformity",
            "repair",
            quantities={self.bike_line: 1},
            customer_choice="repair",
        )
        self.assertTrue(claim.return_picking_id)
        self.assertFalse(claim.refund_id)
        if "repair_order_id" not in claim._fields:
            self.assertEqual(claim.activity_ids.summary, "Repair the returned goods")
        with freeze_time("2026-06-20"):
            self.env["sale.consumer.return.repaired"].create(
                {"return_id": claim.id, "returned_on": date(2026, 6, 20)}
            ).action_confirm()
        self.assertRecordValues(
            claim.line_ids.guarantee_ids,
            [{"repair_count": 1, "legal_end_date": date(2028, 11, 4)}],
        )
        self.assertEqual(claim.repaired_on, date(2026, 6, 20))
        with self.assertRaisesRegex(UserError, "not a repair waiting"):
            claim._record_repair_done(date(2026, 6, 21))

    def test_conformity_remedy_due_within_30_days(self):
        """Legal guarantee: the repair is due 30 days after the request
        (L217-10); overdue the next day until the good is given back. Other
        grounds have no such deadline."""
        repair = self._decide(
            self.order,
            "conformity",
            "repair",
            quantities={self.bike_line: 1},
            customer_choice="repair",
        )
        self.assertEqual(repair.remedy_due_date, date(2026, 7, 1))
        model = self.env["sale.consumer.return"]
        for today, overdue in (("2026-07-01", False), ("2026-07-02", True)):
            with freeze_time(today):
                repair.invalidate_recordset(["is_remedy_overdue"])
                self.assertEqual(repair.is_remedy_overdue, overdue, today)
                found = model.search([("is_remedy_overdue", "=", True)])
                self.assertEqual(repair in found, overdue, today)
                others = model.search([("is_remedy_overdue", "=", False)])
                self.assertEqual(repair in others, not overdue, today)
        with freeze_time("2026-07-03"):
            self.env["sale.consumer.return.repaired"].create(
                {"return_id": repair.id, "returned_on": date(2026, 7, 3)}
            ).action_confirm()
            self.assertEqual(repair.remedy_done_date, date(2026, 7, 3))
            self.assertFalse(repair.is_remedy_overdue)
            self.assertNotIn(repair, model.search([("is_remedy_overdue", "=", True)]))
        wrong_item = self._decide(
            self.order, "wrong_item", "replacement", quantities={self.helmet_line: 1}
        )
        self.assertFalse(wrong_item.remedy_due_date)

    def _decide_helmet_replacement(self):
        """The helmet replaced under the legal guarantee, due by 1 July."""
        claim = self._decide(
            self.order,
            "conformity",
            "replacement",
            quantities={self.helmet_line: 1},
            customer_choice="replacement",
        )
        self.assertEqual(claim.remedy_due_date, date(2026, 7, 1))
        return claim

    def test_conformity_replacement_done_when_delivered(self):
        """A replacement is done when its delivery is validated."""
        claim = self._decide_helmet_replacement()
        self.assertFalse(claim.remedy_done_date)
        self._validate(claim.replacement_picking_ids, at=datetime(2026, 6, 10, 9, 0))
        self.assertEqual(claim.remedy_done_date, date(2026, 6, 10))
        with freeze_time("2026-07-02"):
            self.assertFalse(claim.is_remedy_overdue)

    def test_replacement_done_on_the_day_in_paris(self):
        """A replacement delivered at 00:30 in Paris on 2 July (22:30 UTC on
        1 July) is done on 2 July, the day after its time limit."""
        claim = self._decide_helmet_replacement()
        self._validate(claim.replacement_picking_ids, at=datetime(2026, 7, 1, 22, 30))
        self.assertEqual(claim.remedy_done_date, date(2026, 7, 2))

    def test_commercial_warranty_immobilisation_added(self):
        """Commercial warranty repair: 10 days immobilised (claim 1 June, given
        back 11 June) are added to the warranty (L217-28)."""
        claim = self._decide(
            self.order, "commercial_warranty", "repair", quantities={self.bike_line: 1}
        )
        self.assertIn("Tyres and brake pads", claim.decision_reason)
        self.assertEqual(claim.time_limit_date, date(2027, 5, 4))
        with freeze_time("2026-06-11"):
            claim._record_repair_done(date(2026, 6, 11))
        self.assertRecordValues(
            claim.line_ids.guarantee_ids,
            [
                {
                    "commercial_extension_days": 10,
                    "commercial_end_date": date(2027, 5, 14),
                }
            ],
        )

    def test_commercial_warranty_not_covered_and_late(self):
        """No commercial warranty on the helmet; the bike's ended after a year."""
        with self.assertRaisesRegex(UserError, "Override justification"):
            self._decide(
                self.order,
                "commercial_warranty",
                "repair",
                quantities={self.helmet_line: 1},
            )
        with self.assertRaisesRegex(UserError, "Override justification"):
            self._decide(
                self.order,
                "commercial_warranty",
                "repair",
                quantities={self.bike_line: 1},
                claim_date=date(2027, 5, 5),
                decided_at=datetime(2027, 5, 6),
            )

    # --- hidden defect -----------------------------------------------------------
    def test_hidden_defect_price_reduction(self):
        """Hidden defect, goods kept: a 30.00 price reduction refunded, no
        delivery share, no return picking."""
        claim = self._decide(
            self.order,
            "hidden_defect",
            "price_reduction",
            quantities={self.bike_line: 1},
            reductions={self.bike_line: 30.0},
            discovery_date=date(2026, 5, 20),
        )
        self.assertRecordValues(
            claim,
            [
                {
                    "time_limit_date": date(2028, 5, 20),
                    "legal_article": "C. civ. 1641, 1644, 1648",
                    "return_picking_id": False,
                }
            ],
        )
        self.assertRecordValues(
            claim.refund_id,
            [
                {
                    "ground": "hidden_defect",
                    "goods_amount": 30.0,
                    "delivery_amount": 0.0,
                    "amount": 30.0,
                    "goods_come_back": False,
                }
            ],
        )

    def test_hidden_defect_price_reduction_above_price_refused(self):
        """A reduction above the price paid for the goods is refused."""
        with self.assertRaisesRegex(UserError, "exceeds"):
            self._decide(
                self.order,
                "hidden_defect",
                "price_reduction",
                quantities={self.bike_line: 1},
                reductions={self.bike_line: 61.0},
                discovery_date=date(2026, 5, 20),
            )

    def test_hidden_defect_late(self):
        """Two years after the discovery, the action is over (C. civ. 1648)."""
        with self.assertRaisesRegex(UserError, "Override justification"):
            self._decide(
                self.order,
                "hidden_defect",
                "refund",
                discovery_date=date(2026, 5, 20),
                claim_date=date(2028, 5, 21),
                decided_at=datetime(2028, 5, 22),
            )

    def test_hidden_defect_discovered_before_the_sale(self):
        """The summary says why, in words, naming the field and the article; the
        claim cannot be validated (sold on 20 April 2026)."""
        wizard = self._decide_wizard(
            self.order,
            "hidden_defect",
            "refund",
            discovery_date=date(2026, 4, 1),
        )
        self.assertEqual(
            wizard.decision_reason,
            "Discovery Date: 04/01/2026 is before the sale of 04/20/2026; a hidden "
            "defect is one the buyer discovers after the sale (C. civ. 1641, "
            "1648).",
        )
        self.assertFalse(wizard.is_in_time)
        with (
            self.assertRaisesRegex(UserError, "Discovery date: .* must be between"),
            freeze_time(datetime(2026, 6, 2, 9, 0)),
        ):
            wizard.action_confirm()
        self.assertFalse(
            self.env["sale.consumer.return"].search([("order_id", "=", self.order.id)])
        )

    def test_hidden_defect_needs_discovery_date(self):
        with self.assertRaisesRegex(UserError, "Discovery date"):
            self._decide(self.order, "hidden_defect", "refund")

    # --- transport damage --------------------------------------------------------
    def test_transport_damage_carrier_window_never_refuses(self):
        """Received Monday 4 May: reserves to the carrier until Thursday 7 May.
        A claim on 1 June bars the carrier claim, never the customer."""
        early = self._decide(
            self.order,
            "transport_damage",
            "replacement",
            quantities={self.helmet_line: 1},
            claim_date=date(2026, 5, 5),
            decided_at=datetime(2026, 5, 6, 9, 0),
        )
        self.assertRecordValues(
            early,
            [
                {
                    "is_in_time": True,
                    "carrier_claim_deadline": date(2026, 5, 7),
                    "is_carrier_claim_barred": False,
                }
            ],
        )
        late = self._decide(
            self.order, "transport_damage", "refund", quantities={self.bike_line: 1}
        )
        self.assertRecordValues(
            late,
            [{"is_in_time": True, "is_carrier_claim_barred": True}],
        )
        self.assertEqual(late.refund_id.ground, "conformity")

    # --- withdrawal --------------------------------------------------------------
    def test_withdrawal_in_time_records_request_and_depreciation(self):
        """A return within the window records the withdrawal request and its
        refund; the opened crate only allows a depreciation with its reason."""
        claim = self._decide(
            self.order,
            "withdrawal",
            "refund",
            quantities={self.bike_line: 1},
            claim_date=date(2026, 5, 10),
            decided_at=datetime(2026, 5, 12, 9, 0),
            goods_condition="Crate opened, bike not ridden",
            depreciation_amount=10.0,
            depreciation_reason="Missing protective film",
        )
        request = claim.withdrawal_request_id
        self.assertTrue(request)
        self.assertEqual(claim.refund_id, request.refund_id)
        self.assertRecordValues(
            claim.refund_id,
            [
                {
                    "ground": "withdrawal",
                    "goods_amount": 60.0,
                    "depreciation_amount": 10.0,
                }
            ],
        )
        self.assertEqual(claim.time_limit_date, date(2026, 5, 18))
        self.assertTrue(claim.return_picking_id.move_ids.to_refund)

    def test_withdrawal_links_existing_request(self):
        """The customer's withdrawal request recorded first is linked with its
        refund; no second request or refund is made."""
        with freeze_time("2026-05-10 09:00"):
            request = self._create_request(
                self.order,
                quantities={self.bike_line: 1},
                sent_at=datetime(2026, 5, 10, 8, 0),
            )
        claim = self._decide(
            self.order,
            "withdrawal",
            "refund",
            quantities={self.bike_line: 1},
            claim_date=date(2026, 5, 10),
            decided_at=datetime(2026, 5, 12, 9, 0),
            withdrawal_request_id=request.id,
        )
        self.assertEqual(claim.withdrawal_request_id, request)
        self.assertEqual(claim.refund_id, request.refund_id)
        self.assertEqual(len(self.order.withdrawal_request_ids), 1)
        self.assertEqual(len(self.order.consumer_refund_ids), 1)
        with self.assertRaisesRegex(UserError, "Withdrawal request"):
            self._decide(
                self.order,
                "withdrawal",
                "refund",
                quantities={self.bike_line: 1},
                claim_date=date(2026, 5, 10),
                decided_at=datetime(2026, 5, 12, 9, 0),
                withdrawal_request_id=request.id,
            )

    def test_withdrawal_late_needs_override(self):
        """After the window, a refund is a commercial gesture with an override."""
        late = {"claim_date": date(2026, 5, 25), "decided_at": datetime(2026, 5, 26)}
        with self.assertRaisesRegex(UserError, "Override justification"):
            self._decide(
                self.order,
                "withdrawal",
                "refund",
                quantities={self.bike_line: 1},
                **late,
            )
        claim = self._decide(
            self.order,
            "withdrawal",
            "refund",
            quantities={self.bike_line: 1},
            override_reason="Customer was in hospital",
            **late,
        )
        self.assertEqual(claim.refund_id.ground, "commercial_gesture")
        self.assertTrue(claim.withdrawal_request_id.is_commercial_gesture)

    def test_withdrawal_excluded_goods(self):
        """Excluded goods (L221-28) are out of the right of withdrawal."""
        order = self._delivered(lines=[(self.product_engraved, 1, 20.0)])
        with self.assertRaisesRegex(UserError, "Override justification"):
            self._decide(
                order,
                "withdrawal",
                "refund",
                claim_date=date(2026, 5, 10),
                decided_at=datetime(2026, 5, 12),
            )

    # --- bad input ---------------------------------------------------------------
    def test_dates_in_future_or_before_delivery_refused(self):
        """A claim dated after today or before the delivery is refused; nothing
        is created."""
        with self.assertRaisesRegex(UserError, "in the future"):
            self._decide(
                self.order, "wrong_item", "refund", claim_date=date(2026, 6, 10)
            )
        with self.assertRaisesRegex(UserError, "before the delivery"):
            self._decide(
                self.order, "wrong_item", "refund", claim_date=date(2026, 5, 1)
            )
        self.assertFalse(self._returns())

    def test_outcome_not_allowed_for_ground(self):
        with self.assertRaisesRegex(UserError, "not a remedy"):
            self._decide(self.order, "withdrawal", "repair")

    def test_refund_refused_without_posted_invoice(self):
        """A refund or price reduction on an order never invoiced would need a
        credit note of nothing: refused, nothing created; a replacement is
        fine."""
        order = self._delivered(invoice=False)
        with self.assertRaisesRegex(UserError, "no posted invoice"):
            self._decide(order, "wrong_item", "refund")
        with self.assertRaisesRegex(UserError, "no posted invoice"):
            self._decide(
                order,
                "hidden_defect",
                "price_reduction",
                reductions={order.order_line[0]: 10.0},
                discovery_date=date(2026, 5, 20),
            )
        self.assertFalse(self._returns(order))
        self.assertFalse(order.consumer_refund_ids)
        claim = self._decide(order, "wrong_item", "replacement")
        self.assertEqual(claim.state, "decided")

    def test_validate_twice_creates_one_return_and_refund(self):
        """A second validation of the same wizard creates nothing more."""
        with freeze_time("2026-06-02"):
            wizard = self._decide_wizard(self.order, "wrong_item", "refund")
            wizard.action_summary()
            wizard.action_confirm()
            wizard.action_confirm()
        self.assertEqual(len(self._returns()), 1)
        self.assertEqual(len(self.order.consumer_refund_ids), 1)
        self.assertEqual(len(self._returns().return_picking_ids), 1)

    def test_summary_step_shows_reason_and_article(self):
        """The wizard's summary step shows the reason, article and limit."""
        with freeze_time("2026-06-02"):
            wizard = self._decide_wizard(
                self.order, "conformity", "repair", customer_choice="repair"
            )
            wizard.action_summary()
        self.assertRecordValues(
            wizard,
            [
                {
                    "step": "summary",
                    "is_in_time": True,
                    "needs_override": False,
                    "time_limit_date": date(2028, 5, 4),
                    "legal_article": "C. consom. L217-3, L217-7, L217-9",
                }
            ],
        )
        self.assertIn("presumed", wizard.decision_reason)

    def test_decision_fields_frozen(self):
        """Nobody writes a decision outside the wizard; a decided claim is
        frozen."""
        claim = self._decide(self.order, "wrong_item", "refund")
        with self.assertRaises(UserError):
            claim.outcome = "refused"
        with self.assertRaises(UserError):
            claim.claim_date = date(2026, 5, 30)
        with self.assertRaises(UserError):
            claim.line_ids.quantity = 1
        with self.assertRaises(UserError):
            claim.unlink()


@tagged("post_install", "-at_install")
class TestReturnSerial(ConsumerReturnCommon):
    """Serial-tracked goods come back by serial number."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.scooter = cls.env["product.product"].create(
            {
                "name": "Electric scooter",
                "is_storable": True,
                "tracking": "serial",
                "invoice_policy": "order",
                "taxes_id": [Command.set(cls.tax_20.ids)],
            }
        )
        cls.lots = cls.env["stock.lot"].create(
            [
                {"name": name, "product_id": cls.scooter.id}
                for name in ("SN-001", "SN-002", "SN-009")
            ]
        )
        cls.order = cls._create_order(lines=[(cls.scooter, 2, 500.0)], invoice=True)
        # the serials are in the stock of the warehouse the order ships from
        # (the test company's own, not the main company's "stock.warehouse0"):
        # the delivery reserves and delivers them
        stock = cls.order.warehouse_id.lot_stock_id
        for lot in cls.lots[:2]:
            cls.env["stock.quant"]._update_available_quantity(
                cls.scooter, stock, 1.0, lot_id=lot
            )
        picking = cls.order.picking_ids
        picking.action_assign()
        with freeze_time(datetime(2026, 5, 4, 9, 0)):
            picking.move_ids.picked = True
            picking._action_done()
        cls.line = cls.order._get_consumer_goods_lines()

    def test_units_per_serial(self):
        """One guarantee per serial number, visible from the lot."""
        units = self.env["sale.consumer.guarantee"].search(
            [("order_id", "=", self.order.id)]
        )
        self.assertEqual(sorted(units.lot_id.mapped("name")), ["SN-001", "SN-002"])
        self.assertEqual(self.lots[0].consumer_guarantee_count, 1)

    def test_return_by_serial(self):
        """The return picking takes back the serial chosen."""
        claim = self._decide(
            self.order,
            "conformity",
            "replacement",
            quantities={self.line: 1},
            lots={self.line: self.lots[1]},
            customer_choice="replacement",
        )
        move_lines = claim.return_picking_id.move_line_ids
        self.assertEqual(move_lines.lot_id, self.lots[1])
        self.assertEqual(move_lines.quantity, 1.0)
        self.assertEqual(claim.line_ids.guarantee_ids.lot_id, self.lots[1])

    def test_serial_count_and_foreign_serial_refused(self):
        """One serial per unit, and only serials delivered on the order."""
        with self.assertRaisesRegex(UserError, "one serial number per unit"):
            self._decide(
                self.order,
                "wrong_item",
                "refund",
                quantities={self.line: 2},
                lots={self.line: self.lots[0]},
            )
        with self.assertRaisesRegex(ValidationError, "SN-009"):
            self._decide(
                self.order,
                "wrong_item",
                "refund",
                quantities={self.line: 1},
                lots={self.line: self.lots[2]},
            )
