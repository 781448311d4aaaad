# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The compliance pack's topics of ``sale_mediation`` (complaints and mediations)."""

from odoo.tools import SQL

from odoo.addons.consumer_law_report.reports.compliance_topic import (
    Column,
    Topic,
)


class ComplaintTopic(Topic):
    """Written complaints received in the period or still open, with the answer
    owed per the company's commitment and the mediation referral (L612-2)."""

    key = "complaints"
    sequence = 100
    article = "C. consom. L612-1, L612-2, R612-5"

    def _get_title(self):
        return self.env._("Complaints and mediations")

    def _get_sheet_name(self):
        return self.env._("Complaints")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Complaint"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Written complaint on"), "date"),
            Column(_("Channel"), "char"),
            Column(_("Subject"), "char"),
            Column(_("Answer due on"), "date"),
            Column(_("Answered on"), "date"),
            Column(_("Days late answering"), "integer"),
            Column(_("Status"), "char"),
            Column(_("Mediator"), "char"),
            Column(_("Mediation asked on"), "date"),
            Column(_("Mediation admissible"), "char"),
            Column(_("Mediation outcome due on"), "date"),
            Column(_("Mediation outcome"), "char"),
            Column(_("Outcome on"), "date"),
        ]

    def _get_rows(self):
        rows = self._query(
            SQL(
                """
                SELECT complaint.company_id, company.name, complaint.name,
                       COALESCE(so.name, ''), partner.name, complaint.complaint_date,
                       complaint.channel, complaint.subject,
                       complaint.answer_due_date, complaint.answer_date,
                       CASE WHEN complaint.answer_date IS NULL
                                 AND complaint.state = 'received'
                                 AND complaint.answer_due_date < %(today)s::date
                            THEN %(today)s::date - complaint.answer_due_date
                            ELSE 0 END,
                       complaint.state, COALESCE(mediator.name, ''),
                       complaint.mediation_request_date,
                       complaint.mediation_admissible, complaint.mediation_reason,
                       complaint.mediation_outcome_due_date,
                       complaint.mediation_outcome, complaint.mediation_outcome_date
                  FROM consumer_complaint complaint
                  JOIN res_company company ON company.id = complaint.company_id
                  JOIN res_partner partner ON partner.id = complaint.partner_id
             LEFT JOIN sale_order so ON so.id = complaint.order_id
             LEFT JOIN consumer_mediator mediator
                    ON mediator.id = complaint.mediator_id
                 WHERE complaint.company_id IN %(companies)s
                   AND complaint.state != 'cancel'
                   AND (complaint.complaint_date BETWEEN %(start)s AND %(end)s
                        OR complaint.state IN ('received', 'answered', 'mediation'))
                 ORDER BY complaint.complaint_date, complaint.id
                """,
                today=self.pack.today,
                companies=self._companies(),
                start=self.pack.date_from,
                end=self.pack.date_to,
            )
        )
        channels = self._selection_labels("consumer.complaint", "channel")
        states = self._selection_labels("consumer.complaint", "state")
        outcomes = self._selection_labels("consumer.complaint", "mediation_outcome")
        _ = self.env._
        for row in rows:
            (*head, channel, subject, due, answered, late, state, mediator) = row[:13]
            asked, admissible, reason, outcome_due, outcome, outcome_on = row[13:]
            if not asked:
                eligibility = ""
            elif admissible:
                eligibility = _("Yes")
            else:
                eligibility = _("No (%(reason)s)", reason=reason or "")
            yield (
                *head,
                channels.get(channel, channel or ""),
                subject,
                due,
                answered,
                late,
                states.get(state, state),
                mediator,
                asked,
                eligibility,
                outcome_due,
                outcomes.get(outcome, outcome or ""),
                outcome_on,
            )
