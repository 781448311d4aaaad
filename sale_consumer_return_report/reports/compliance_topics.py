# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The compliance pack's topics of ``sale_consumer_return`` (returns by ground and
outcome)."""

from odoo.tools import SQL

from odoo.addons.consumer_law_report.reports.compliance_topic import (
    Column,
    Topic,
)


class ReturnTopic(Topic):
    """Returns claimed in the period or still to decide, by legal ground and
    outcome, with the customer's time limit and the refund owed."""

    key = "returns"
    sequence = 60
    article = "C. consom. L217-3 ff., L221-18; C. civ. 1641-1648"
    amount_column = 13

    def _get_title(self):
        return self.env._("Returns by ground and outcome")

    def _get_sheet_name(self):
        return self.env._("Returns")

    def _get_amount_label(self):
        return self.env._("Amounts to refund")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Return"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Ground"), "char"),
            Column(_("Claimed on"), "date"),
            Column(_("Time limit"), "date"),
            Column(_("In time"), "char"),
            Column(_("Status"), "char"),
            Column(_("Outcome"), "char"),
            Column(_("Decided on"), "date"),
            Column(_("Article"), "char"),
            Column(_("Return delivery"), "char"),
            Column(_("Amount to refund"), "monetary", True),
            Column(_("Refund due by"), "date"),
            Column(_("Carrier claim until"), "date"),
            Column(_("Carrier claim time-barred"), "char"),
        ]

    def _get_rows(self):
        rows = self._query(
            SQL(
                """
                SELECT claim.company_id, company.name, claim.name, so.name,
                       partner.name, claim.ground, claim.claim_date,
                       claim.time_limit_date, claim.is_in_time, claim.state,
                       claim.outcome, claim.decision_date,
                       COALESCE(claim.legal_article, ''),
                       COALESCE(picking.name, ''), COALESCE(refund.amount, 0),
                       refund.due_date, claim.carrier_claim_deadline,
                       claim.is_carrier_claim_barred
                  FROM sale_consumer_return claim
                  JOIN sale_order so ON so.id = claim.order_id
                  JOIN res_company company ON company.id = claim.company_id
                  JOIN res_partner partner ON partner.id = claim.partner_id
             LEFT JOIN stock_picking picking ON picking.id = claim.return_picking_id
             LEFT JOIN sale_consumer_refund refund
                    ON refund.id = claim.refund_id AND refund.is_cancelled IS NOT TRUE
                 WHERE claim.company_id IN %(companies)s
                   AND (claim.claim_date BETWEEN %(start)s AND %(end)s
                        OR claim.state = 'claimed')
                 ORDER BY claim.ground, claim.claim_date, claim.id
                """,
                companies=self._companies(),
                start=self.pack.date_from,
                end=self.pack.date_to,
            )
        )
        model = "sale.consumer.return"
        grounds = self._selection_labels(model, "ground")
        states = self._selection_labels(model, "state")
        outcomes = self._selection_labels(model, "outcome")
        yes, no = self.env._("Yes"), self.env._("No")
        for row in rows:
            (*head, ground, claimed, limit, in_time, state, outcome) = row[:11]
            decided, article, picking, amount, due, carrier, barred = row[11:]
            decided_in_time = "" if state == "claimed" else (yes if in_time else no)
            yield (
                *head,
                grounds.get(ground, ground),
                claimed,
                limit,
                decided_in_time,
                states.get(state, state),
                outcomes.get(outcome, outcome or ""),
                decided,
                article,
                picking,
                amount,
                due,
                carrier,
                (yes if barred else no) if carrier else "",
            )


class GuaranteeExtensionTopic(Topic):
    """Delivered units whose legal guarantee was extended by repairs under it and
    still runs at the start of the period: the months added (12 once for
    contracts from 31 July 2026, 6 per repair before) and the new end."""

    key = "guarantee_extensions"
    sequence = 65
    article = "C. consom. L217-13; Dir. 2019/771 art. 10(1) (Dir. (EU) 2024/1799)"

    def _get_title(self):
        return self.env._("Legal guarantee extensions after repair")

    def _get_sheet_name(self):
        return self.env._("Guarantee extensions")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Product"), "char"),
            Column(_("Lot/Serial"), "char"),
            Column(_("Contract date"), "date"),
            Column(_("Contract date from"), "char"),
            Column(_("Delivered on"), "date"),
            Column(_("Repairs"), "integer", True),
            Column(_("Months added"), "integer"),
            Column(_("Legal guarantee until"), "date"),
        ]

    def _get_rows(self):
        rows = self._query(
            SQL(
                """
                SELECT unit.company_id, company.name, so.name, partner.name,
                       %(product)s, COALESCE(lot.name, ''), unit.contract_date,
                       unit.contract_date_source, unit.delivered_on,
                       unit.repair_count, unit.repair_extension_months,
                       unit.legal_end_date
                  FROM sale_consumer_guarantee unit
                  JOIN sale_order so ON so.id = unit.order_id
                  JOIN res_company company ON company.id = unit.company_id
                  JOIN res_partner partner ON partner.id = unit.partner_id
                  JOIN product_product variant ON variant.id = unit.product_id
                  JOIN product_template template
                    ON template.id = variant.product_tmpl_id
             LEFT JOIN stock_lot lot ON lot.id = unit.lot_id
                 WHERE unit.company_id IN %(companies)s
                   AND unit.repair_count > 0
                   AND unit.legal_end_date >= %(start)s
                 ORDER BY unit.legal_end_date, unit.id
                """,
                product=self._name("template"),
                companies=self._companies(),
                start=self.pack.date_from,
            )
        )
        sources = self._selection_labels(
            "sale.consumer.guarantee", "contract_date_source"
        )
        return ((*row[:7], sources.get(row[7], row[7] or ""), *row[8:]) for row in rows)
