# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A customer's complaint to the merchant and its mediation referral.

The written complaint is the step the law requires before consumer mediation
(C. consom. L612-2 1°); the referral is judged against the five grounds of
inadmissibility of L612-2, and the mediator's deadlines are those of L612-2 and
R612-5.
"""

import base64
import hashlib
import uuid

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_date

from odoo.addons.consumer_law import portal_input
from odoo.addons.consumer_law.evidence import evidence_writer, is_evidence_write
from odoo.addons.consumer_law.tools import paris_today, reader_env, rule_errors

import consumer_law_rules as rules

# The customer's complaint as received: frozen once recorded.
COMPLAINT_FIELDS = frozenset(
    {
        "partner_id",
        "order_id",
        "company_id",
        "complaint_date",
        "channel",
        "subject",
        "description",
        "email",
        "submission_key",
    }
)
# What the referral letter was judged on: frozen once the letter is sent.
REFERRAL_FIELDS = frozenset(
    {
        "mediation_request_date",
        "mediator_id",
        "is_before_other_body",
        "other_body_note",
        "is_manifestly_unfounded",
        "unfounded_reason",
        "is_out_of_scope",
    }
)
# The admissibility of the mediation (L612-2): judged by a consumer-law manager.
ADMISSIBILITY_FIELDS = frozenset(
    {
        "is_before_other_body",
        "other_body_note",
        "is_manifestly_unfounded",
        "unfounded_reason",
        "is_out_of_scope",
    }
)
# The mediator's follow-up: frozen once the complaint is closed or cancelled.
MEDIATION_FIELDS = frozenset(
    {
        "mediation_received_date",
        "mediation_extended_until",
        "mediation_extension_reason",
        "mediation_outcome",
        "mediation_outcome_date",
        "mediation_outcome_note",
    }
)
# Written only by their own flow (acknowledgment, answer, letter, closing).
FLOW_FIELDS = frozenset(
    {
        "name",
        "state",
        "acknowledged_at",
        "answer_date",
        "answered_by_id",
        "referral_letter_date",
        "referral_letter_id",
        "referral_letter_sha256",
        "cancel_reason",
    }
)
# Channels that are a complaint in writing (L612-2 1°).
WRITTEN_CHANNELS = ("portal", "email", "letter", "registered_letter")
# Portal form rate limit: new complaints about one order per hour.
PORTAL_COMPLAINTS_PER_ORDER = 3
PORTAL_SCOPE = "sale_mediation.portal_complaint"
SUBJECT_MAX_LENGTH = 200
MANAGER_GROUP = "consumer_law.consumer_law_group_manager"


class ConsumerComplaint(models.Model):
    _name = "consumer.complaint"
    _description = "Customer Complaint"
    _inherit = [
        "consumer.law.customer.act.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _customer_act_fields = {
        "channel": "channel",
        "received_at": "complaint_date",
        "words": "description",
        "email": "email",
        "acknowledged_at": "acknowledged_at",
        "submission_key": "submission_key",
    }
    _customer_act_content_fields = ("subject", "partner_id")
    _order = "complaint_date desc, id desc"
    _check_company_auto = True

    # === FIELDS === #
    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Customer",
        required=True,
        index=True,
        tracking=True,
        compute="_compute_partner_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    commercial_partner_id = fields.Many2one(
        related="partner_id.commercial_partner_id", store=True, index=True
    )
    order_id = fields.Many2one(
        comodel_name="sale.order",
        index="btree_not_null",
        check_company=True,
        tracking=True,
        domain="[('state', '=', 'sale')]",
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        index=True,
        compute="_compute_company_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    user_id = fields.Many2one(
        related="order_id.user_id", string="Salesperson", store=True, index=True
    )
    complaint_date = fields.Date(
        string="Written complaint on",
        required=True,
        default=lambda self: paris_today(),
        tracking=True,
        help="The day the merchant received the customer's complaint. A written "
        "complaint is required before a mediation, which must then be asked "
        "within one year (C. consom. L612-2 1° and 4°).",
    )
    channel = fields.Selection(
        selection=[
            ("portal", "Customer portal"),
            ("email", "E-mail"),
            ("letter", "Letter"),
            ("registered_letter", "Registered letter"),
            ("phone", "Phone (not in writing)"),
        ],
        required=True,
        default="email",
        tracking=True,
    )
    is_written = fields.Boolean(
        string="In writing",
        compute="_compute_is_written",
        store=True,
        help="Only a complaint in writing opens the way to mediation "
        "(C. consom. L612-2 1°).",
    )
    subject = fields.Char(required=True, tracking=True)
    description = fields.Text(string="Customer's complaint")
    email = fields.Char(
        string="Reply e-mail",
        compute="_compute_email",
        store=True,
        readonly=False,
        precompute=True,
    )
    document_ids = fields.One2many(
        comodel_name="ir.attachment",
        inverse_name="res_id",
        string="Documents",
        domain=[("res_model", "=", "consumer.complaint")],
    )
    document_count = fields.Integer(compute="_compute_document_count")
    acknowledged_at = fields.Datetime(
        string="Acknowledgment sent on", readonly=True, copy=False
    )
    answer = fields.Text(
        string="Merchant's answer",
        tracking=True,
        help="Sent to the customer by e-mail with 'Send the answer'; kept as sent.",
    )
    answer_date = fields.Date(string="Answered on", readonly=True, copy=False)
    answered_by_id = fields.Many2one(
        comodel_name="res.users", string="Answered by", readonly=True, copy=False
    )
    answer_due_date = fields.Date(
        string="Answer due on",
        compute="_compute_answer_due_date",
        store=True,
        index=True,
        help="The company's service commitment (Settings > Consumer law policy).",
    )
    state = fields.Selection(
        selection=[
            ("received", "Received"),
            ("answered", "Answered"),
            ("mediation", "In mediation"),
            ("closed", "Closed"),
            ("cancel", "Cancelled"),
        ],
        default="received",
        required=True,
        readonly=True,
        copy=False,
        index=True,
        tracking=True,
    )
    cancel_reason = fields.Text(
        readonly=True, copy=False, groups="consumer_law.consumer_law_group_user"
    )
    submission_key = fields.Char(
        copy=False,
        readonly=True,
        help="Key of the portal form that filed the complaint: a second submit "
        "of the same form returns the same complaint.",
    )

    # --- mediation referral (L612-2) --- #
    mediator_id = fields.Many2one(
        comodel_name="consumer.mediator",
        string="Mediator",
        compute="_compute_mediator_id",
        store=True,
        readonly=False,
        precompute=True,
        check_company=True,
        tracking=True,
    )
    mediation_request_date = fields.Date(
        string="Mediation asked on",
        tracking=True,
        help="The day the customer asks for (or is offered) the mediation: at "
        "most one year after the written complaint (C. consom. L612-2 4°).",
    )
    mediation_limit_date = fields.Date(
        string="Mediation possible until",
        compute="_compute_mediation_limit_date",
        store=True,
        help="One year after the written complaint (C. consom. L612-2 4°).",
    )
    is_before_other_body = fields.Boolean(
        string="Before a court or another mediator",
        tracking=True,
        help="The dispute was already examined, or is pending, before another "
        "mediator or a court (C. consom. L612-2 3°).",
    )
    other_body_note = fields.Char(
        string="Court or mediator seized", help="Which one, and the reference."
    )
    is_manifestly_unfounded = fields.Boolean(
        string="Manifestly unfounded or abusive",
        tracking=True,
        help="Staff judgment, with a written reason (C. consom. L612-2 2°).",
    )
    unfounded_reason = fields.Text(string="Why manifestly unfounded")
    is_out_of_scope = fields.Boolean(
        string="Outside the mediator's scope",
        tracking=True,
        help="The dispute is outside the mediator's competence "
        "(C. consom. L612-2 5°).",
    )
    mediation_admissible = fields.Boolean(
        string="Mediation admissible",
        compute="_compute_mediation_admissible",
        store=True,
        help="The mediation asked on that day is admissible under C. consom. "
        "L612-2 (empty while no mediation is asked).",
    )
    mediation_reason = fields.Char(
        string="Inadmissibility ground",
        compute="_compute_mediation_admissible",
        store=True,
        help="The item of C. consom. L612-2 that makes the mediation inadmissible.",
    )
    mediation_explanation = fields.Char(
        string="Eligibility", compute="_compute_mediation_explanation"
    )
    mediator_missing_identity = fields.Char(
        string="Mediator identity missing",
        compute="_compute_mediator_missing_identity",
        help="What the law requires to give of the mediator and this one lacks "
        "(C. consom. L616-1, R616-1).",
    )
    referral_letter_date = fields.Datetime(
        string="Referral letter sent on", readonly=True, copy=False
    )
    referral_letter_id = fields.Many2one(
        comodel_name="ir.attachment",
        string="Referral letter",
        readonly=True,
        copy=False,
    )
    referral_letter_sha256 = fields.Char(
        string="Referral letter SHA-256", readonly=True, copy=False
    )
    mediation_received_date = fields.Date(
        string="Complete file received by the mediator on",
        tracking=True,
        help="The mediator's periods run from this day (C. consom. L612-2, " "R612-5).",
    )
    mediation_rejection_due_date = fields.Date(
        string="Rejection notice due by",
        compute="_compute_mediation_deadlines",
        store=True,
        help="A mediator refusing the file says so within 3 weeks "
        "(C. consom. L612-2).",
    )
    mediation_extended_until = fields.Date(
        string="Outcome period extended until",
        tracking=True,
        help="The mediator may extend the 90 days at any time for a complex "
        "dispute, telling the parties (C. consom. R612-5).",
    )
    mediation_extension_reason = fields.Char(string="Extension notified by")
    mediation_outcome_due_date = fields.Date(
        string="Outcome due by",
        compute="_compute_mediation_deadlines",
        store=True,
        index=True,
        help="90 days from the complete file, or the mediator's extension "
        "(C. consom. R612-5).",
    )
    mediation_outcome = fields.Selection(
        selection=[
            ("agreement", "Solution accepted by both parties"),
            ("refused", "Solution refused"),
            ("rejected", "Request rejected by the mediator"),
            ("withdrawn", "Withdrawn by the customer"),
        ],
        tracking=True,
    )
    mediation_outcome_date = fields.Date(string="Outcome on", tracking=True)
    mediation_outcome_note = fields.Text(string="Outcome details")
    can_be_referred = fields.Boolean(compute="_compute_can_be_referred")

    _sql_constraints = [
        (
            "submission_key_uniq",
            "unique(order_id, submission_key)",
            "This complaint form was already submitted.",
        ),
    ]

    # === COMPUTE METHODS === #
    @api.depends("order_id")
    def _compute_partner_id(self):
        for complaint in self:
            if complaint.order_id and not complaint.partner_id:
                complaint.partner_id = complaint.order_id.partner_id

    @api.depends("order_id")
    def _compute_company_id(self):
        for complaint in self:
            complaint.company_id = (
                complaint.order_id.company_id
                or complaint.company_id
                or self.env.company
            )

    @api.depends("channel")
    def _compute_is_written(self):
        for complaint in self:
            complaint.is_written = complaint.channel in WRITTEN_CHANNELS

    @api.depends("partner_id")
    def _compute_email(self):
        for complaint in self:
            complaint.email = complaint.email or complaint.partner_id.email

    def _compute_document_count(self):
        counts = dict(
            self.env["ir.attachment"]._read_group(
                [("res_model", "=", self._name), ("res_id", "in", self.ids)],
                ["res_id"],
                ["__count"],
            )
        )
        for complaint in self:
            complaint.document_count = counts.get(complaint.id, 0)

    @api.depends(
        "complaint_date", "company_id.consumer_policy_id.complaint_answer_days"
    )
    def _compute_answer_due_date(self):
        for complaint in self:
            policy = complaint.company_id._get_consumer_policy()
            if not complaint.complaint_date:
                complaint.answer_due_date = False
                continue
            with rule_errors(self.env, policy._name):
                complaint.answer_due_date = rules.complaint_answer_due(
                    complaint.complaint_date, days=policy.complaint_answer_days
                )

    @api.depends("company_id")
    def _compute_mediator_id(self):
        for complaint in self:
            if not complaint.mediator_id or (
                complaint.mediator_id.company_id
                and complaint.mediator_id.company_id != complaint.company_id
            ):
                complaint.mediator_id = (
                    complaint.company_id._get_consumer_policy().mediator_id
                )

    @api.depends("complaint_date", "is_written")
    def _compute_mediation_limit_date(self):
        for complaint in self:
            complaint.mediation_limit_date = (
                rules.mediation_request_limit(complaint.complaint_date)
                if complaint.is_written and complaint.complaint_date
                else False
            )

    @api.depends(
        "complaint_date",
        "is_written",
        "mediation_request_date",
        "is_before_other_body",
        "is_manifestly_unfounded",
        "is_out_of_scope",
    )
    def _compute_mediation_admissible(self):
        for complaint in self:
            result = complaint._get_admissibility()
            complaint.mediation_admissible = bool(result and result.admissible)
            complaint.mediation_reason = (result and result.reason) or False

    @api.depends("mediation_request_date", "mediation_reason")
    @api.depends_context("lang")
    def _compute_mediation_explanation(self):
        labels = self._get_mediation_reason_labels()
        for complaint in self:
            if not complaint.mediation_request_date:
                complaint.mediation_explanation = self.env._("No mediation asked yet.")
            elif complaint.mediation_admissible:
                complaint.mediation_explanation = self.env._(
                    "Admissible: written complaint on %(date)s, mediation asked "
                    "within one year, no court or other mediator, not manifestly "
                    "unfounded, within the mediator's scope (L612-2).",
                    date=format_date(self.env, complaint.complaint_date),
                )
            else:
                complaint.mediation_explanation = labels.get(
                    complaint.mediation_reason, complaint.mediation_reason
                )

    @api.depends(
        "mediator_id.website",
        "mediator_id.email",
        "mediator_id.street",
        "mediator_id.city",
    )
    def _compute_mediator_missing_identity(self):
        for complaint in self:
            mediator = complaint.mediator_id
            if not mediator:
                complaint.mediator_missing_identity = self.env._(
                    "The company names no consumer mediator (L612-1)."
                )
                continue
            missing = mediator._get_missing_identity_labels()
            complaint.mediator_missing_identity = (
                ", ".join(missing) if missing else False
            )

    @api.depends("mediation_received_date", "mediation_extended_until")
    def _compute_mediation_deadlines(self):
        for complaint in self:
            received = complaint.mediation_received_date
            if not received:
                complaint.mediation_rejection_due_date = False
                complaint.mediation_outcome_due_date = False
                continue
            with rule_errors(self.env, self._name):
                complaint.mediation_rejection_due_date = rules.mediation_deadlines(
                    received
                ).rejection_notice_by
                complaint.mediation_outcome_due_date = rules.mediation_outcome_due(
                    received, extended_until=complaint.mediation_extended_until or None
                )

    @api.depends("state", "mediation_admissible", "mediator_id")
    def _compute_can_be_referred(self):
        for complaint in self:
            complaint.can_be_referred = (
                complaint.state in ("received", "answered")
                and complaint.mediation_admissible
                and bool(complaint.mediator_id)
            )

    # === CONSTRAINT METHODS === #
    @api.constrains("complaint_date", "mediation_request_date")
    def _check_mediation_request_date(self):
        for complaint in self:
            complaint._get_admissibility()

    @api.constrains("answer_date", "complaint_date", "mediation_outcome_date")
    def _check_dates_after_complaint(self):
        for complaint in self:
            for field_name in ("answer_date", "mediation_outcome_date"):
                value = complaint[field_name]
                if value and value < complaint.complaint_date:
                    raise ValidationError(
                        self.env._(
                            "%(field)s: %(date)s is before the complaint of "
                            "%(complaint)s.",
                            field=self._fields[field_name]._description_string(
                                self.env
                            ),
                            date=format_date(self.env, value),
                            complaint=format_date(self.env, complaint.complaint_date),
                        )
                    )

    @api.constrains("mediation_received_date", "mediation_extended_until")
    def _check_mediation_deadlines(self):
        for complaint in self:
            if complaint.mediation_received_date and (
                complaint.mediation_request_date
                and complaint.mediation_received_date < complaint.mediation_request_date
            ):
                raise ValidationError(
                    self.env._(
                        "Complete file received by the mediator on: it cannot be "
                        "before the mediation was asked."
                    )
                )
            if complaint.mediation_extended_until and not (
                complaint.mediation_received_date
            ):
                raise ValidationError(
                    self.env._(
                        "Outcome period extended until: record first the day the "
                        "mediator received the complete file (R612-5)."
                    )
                )

    @api.constrains("is_manifestly_unfounded", "unfounded_reason")
    def _check_unfounded_reason(self):
        for complaint in self:
            if (
                complaint.is_manifestly_unfounded
                and not (complaint.unfounded_reason or "").strip()
            ):
                raise ValidationError(
                    self.env._(
                        "Why manifestly unfounded: a mediation is refused as "
                        "manifestly unfounded or abusive only with a written reason "
                        "(L612-2 2°)."
                    )
                )

    @api.constrains("subject", "description")
    def _check_text_lengths(self):
        for complaint in self:
            if len(complaint.subject or "") > SUBJECT_MAX_LENGTH:
                raise ValidationError(
                    self.env._(
                        "Subject: at most %(max)s characters.", max=SUBJECT_MAX_LENGTH
                    )
                )
            if len(complaint.description or "") > portal_input.STATEMENT_MAX_LENGTH:
                raise ValidationError(
                    self.env._(
                        "Customer's complaint: at most %(max)s characters.",
                        max=portal_input.STATEMENT_MAX_LENGTH,
                    )
                )

    @api.constrains("partner_id", "order_id")
    def _check_partner_is_order_customer(self):
        for complaint in self:
            order = complaint.order_id
            if order and (
                complaint.partner_id.commercial_partner_id
                != order.partner_id.commercial_partner_id
            ):
                raise ValidationError(
                    self.env._(
                        "Customer: %(partner)s is not the customer of order "
                        "%(order)s.",
                        partner=complaint.partner_id.display_name,
                        order=order.name,
                    )
                )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        """Record complaints; their acknowledgment (by e-mail, with their date)
        is queued, sent by the scheduler within moments."""
        for vals in vals_list:
            for name in FLOW_FIELDS:
                vals.pop(name, None)
        if not is_evidence_write(self.env):
            self._check_evidence_create(vals_list)
            self._check_not_portal_channel(vals_list)
        for vals in vals_list:
            vals["name"] = (
                self.env["ir.sequence"].next_by_code("consumer.complaint") or "/"
            )
        complaints = super(ConsumerComplaint, evidence_writer(self)).create(
            vals_list
        )
        complaints = complaints.with_env(self.env)
        complaints._schedule_answer_activity()
        complaints._queue_acknowledgment()
        return complaints

    def write(self, vals):
        if not is_evidence_write(self.env):
            self._check_frozen_fields(vals)
        return super().write(vals)

    # === EVIDENCE === #
    @api.model
    def _get_evidence_allowed_fields(self):
        """What staff still write: the answer until sent, the mediation referral
        until its letter is sent (its admissibility judged by a consumer-law
        manager, L612-2), the mediator's follow-up until closed (the finer
        rules are in :meth:`_check_frozen_fields`)."""
        open_states = ("received", "answered", "mediation")
        allowed = {"answer": (("received",), None)}
        referral = ("mediation_request_date", "mediator_id")
        allowed.update(dict.fromkeys(referral, (open_states, None)))
        allowed.update(
            dict.fromkeys(ADMISSIBILITY_FIELDS, (open_states, MANAGER_GROUP))
        )
        allowed.update(dict.fromkeys(MEDIATION_FIELDS, (open_states, None)))
        return allowed

    @api.model
    def _get_evidence_create_fields(self):
        """The complaint as staff record it (the portal records its own through
        the evidence writer)."""
        fields_ = dict.fromkeys(COMPLAINT_FIELDS - {"submission_key"})
        fields_.update(
            dict.fromkeys(("answer", "mediation_request_date", "mediator_id"))
        )
        fields_.update(dict.fromkeys(ADMISSIBILITY_FIELDS, MANAGER_GROUP))
        return fields_

    @api.ondelete(at_uninstall=False)
    def _unlink_except_recorded(self):
        raise UserError(
            self.env._(
                "Complaint: a recorded complaint is evidence and cannot be deleted; "
                "a manager may cancel it with a reason."
            )
        )

    def _check_frozen_fields(self, vals):
        """Refuse changes of the complaint as received, of the flows' fields,
        and of the referral once its letter is sent."""
        frozen = FLOW_FIELDS | COMPLAINT_FIELDS
        changed = frozen & set(vals)
        for complaint in self:
            for name in changed:
                field = self._fields[name]
                if field.convert_to_cache(
                    vals[name], complaint
                ) != field.convert_to_cache(complaint[name], complaint):
                    raise UserError(
                        self.env._(
                            "%(field)s: the complaint as received is kept as "
                            "evidence and cannot be changed; a manager may cancel "
                            "it and a new one be recorded.",
                            field=field._description_string(self.env),
                        )
                    )
            if complaint.referral_letter_date and REFERRAL_FIELDS & set(vals):
                raise UserError(
                    self.env._(
                        "Mediation referral: the referral letter was sent on "
                        "%(date)s; what it was judged on cannot be changed.",
                        date=complaint.referral_letter_date,
                    )
                )
            if complaint.state in ("closed", "cancel") and (
                (REFERRAL_FIELDS | MEDIATION_FIELDS | {"answer"}) & set(vals)
            ):
                raise UserError(
                    self.env._(
                        "State: a closed or cancelled complaint is kept as it was "
                        "closed."
                    )
                )
            if complaint.answer_date and "answer" in vals:
                raise UserError(
                    self.env._(
                        "Merchant's answer: the answer was sent on %(date)s and is "
                        "kept as sent.",
                        date=complaint.answer_date,
                    )
                )

    # === ACTION METHODS === #
    def action_send_answer(self):
        """E-mail the merchant's answer to the customer and date it."""
        for complaint in self:
            if complaint.state != "received":
                raise UserError(
                    self.env._("State: only a received complaint is answered.")
                )
            if not (complaint.answer or "").strip():
                raise UserError(
                    self.env._("Merchant's answer: write the answer to send.")
                )
        today = paris_today()
        for complaint in self:
            evidence_writer(complaint).write(
                {
                    "answer_date": today,
                    "answered_by_id": self.env.user.id,
                    "state": "answered",
                }
            )
            complaint._post_customer_mail(
                "sale_mediation.mail_template_complaint_answer"
            )
        self.activity_feedback(
            ["mail.mail_activity_data_todo"],
            feedback=self.env._("Answer sent."),
        )
        return True

    def action_send_referral_letter(self):
        """Send the customer the mediation referral letter (PDF, by e-mail and
        on the portal) once the mediation is admissible (L612-2) and the
        mediator's identity complete (L616-1).

        The decision is recorded at once (in mediation, the letter's date, its
        grounds frozen); the letter is rendered and mailed by the documents
        queue (``consumer.law.document.job``), off the user's request.
        """
        self._check_can_send_referral_letter()
        evidence_writer(self).write(
            {"referral_letter_date": fields.Datetime.now(), "state": "mediation"}
        )
        self.env["consumer.law.document.job"]._enqueue(self, "referral_letter")
        return True

    def _document_job_referral_letter(self):
        """Run by the queued job: render the letter, store it as evidence with
        its SHA-256 and mail it (once); return the message."""
        self.ensure_one()
        if self.referral_letter_id:
            return self.env["mail.message"]
        pdf = self._render_referral_letter_pdf()
        filename = self.env._(
            "Mediation referral %(complaint)s.pdf", complaint=self.name
        ).replace("/", "-")
        # linked as evidence: its SHA-256 stored, never replaced or deleted
        attachment = self._attach_evidence_file(
            filename,
            pdf,
            "application/pdf",
            description="sale_mediation:referral_letter",
        )
        evidence_writer(self).write(
            {
                "referral_letter_id": attachment.id,
                "referral_letter_sha256": hashlib.sha256(pdf).hexdigest(),
            }
        )
        message = self._post_customer_mail(
            "sale_mediation.mail_template_complaint_referral",
            attachments=[(filename, pdf)],
        )
        # the copy the customer received is evidence too: sealed
        evidence_writer(message.sudo().attachment_ids)._seal_consumer_law_evidence()
        return message

    def action_close(self):
        """Close the complaint: settled with the customer, or the mediation's
        outcome recorded."""
        for complaint in self:
            if complaint.state not in ("received", "answered", "mediation"):
                raise UserError(
                    self.env._("State: this complaint is already closed or cancelled.")
                )
            if complaint.state == "mediation" and not (
                complaint.mediation_outcome and complaint.mediation_outcome_date
            ):
                raise UserError(
                    self.env._(
                        "Mediation outcome: record the outcome and its date before "
                        "closing a complaint in mediation."
                    )
                )
        evidence_writer(self).write({"state": "closed"})
        self.activity_unlink(["mail.mail_activity_data_todo"])
        return True

    def action_cancel(self):
        """Open the cancellation wizard (managers, with a written reason)."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Cancel complaint"),
            "res_model": "consumer.complaint.cancel",
            "view_mode": "form",
            "target": "new",
            "context": {"default_complaint_ids": self.ids},
        }

    def action_view_documents(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("base.action_attachment")
        action["domain"] = [("res_model", "=", self._name), ("res_id", "=", self.id)]
        action["context"] = {"default_res_model": self._name, "default_res_id": self.id}
        return action

    # === BUSINESS METHODS === #
    def _get_admissibility(self):
        """Return the L612-2 judgment of the mediation asked, or None."""
        self.ensure_one()
        if not self.mediation_request_date or not self.complaint_date:
            return None
        if self.mediation_request_date < self.complaint_date:
            raise ValidationError(
                self.env._(
                    "Mediation asked on: %(request)s is before the written complaint "
                    "of %(complaint)s (L612-2).",
                    request=self.mediation_request_date,
                    complaint=self.complaint_date,
                )
            )
        with rule_errors(self.env, self._name):
            return rules.mediation_admissibility(
                self.complaint_date if self.is_written else None,
                self.mediation_request_date,
                before_other_body=self.is_before_other_body,
                manifestly_unfounded=self.is_manifestly_unfounded,
                outside_competence=self.is_out_of_scope,
            )

    def _get_mediation_reason_labels(self):
        """The L612-2 grounds, in words, by the code the rules package returns."""
        return {
            "L612-2 1°": self.env._(
                "Not admissible: the customer first has to complain to us in "
                "writing (L612-2 1°)."
            ),
            "L612-2 2°": self.env._(
                "Not admissible: manifestly unfounded or abusive (L612-2 2°)."
            ),
            "L612-2 3°": self.env._(
                "Not admissible: already examined or pending before another "
                "mediator or a court (L612-2 3°)."
            ),
            "L612-2 4°": self.env._(
                "Not admissible: asked more than one year after the written "
                "complaint (L612-2 4°)."
            ),
            "L612-2 5°": self.env._(
                "Not admissible: outside the mediator's scope (L612-2 5°)."
            ),
        }

    def _check_can_send_referral_letter(self):
        for complaint in self:
            if complaint.state not in ("received", "answered"):
                raise UserError(
                    self.env._(
                        "State: the referral letter is sent once, for a complaint "
                        "received or answered."
                    )
                )
            if not complaint.mediation_request_date:
                raise UserError(
                    self.env._(
                        "Mediation asked on: record the day the mediation is asked."
                    )
                )
            if not complaint.mediation_admissible:
                raise UserError(complaint.mediation_explanation)
            if complaint.mediator_missing_identity:
                raise UserError(
                    self.env._(
                        "Mediator: the letter must give the mediator's name, "
                        "website and address (L616-1, R616-1); missing: "
                        "%(missing)s.",
                        missing=complaint.mediator_missing_identity,
                    )
                )

    def _render_referral_letter_pdf(self):
        """Render the referral letter in the customer's language."""
        self.ensure_one()
        content, _kind = (
            self.env["ir.actions.report"]
            .sudo()
            ._render_qweb_pdf(
                "sale_mediation.action_report_referral_letter", res_ids=self.ids
            )
        )
        return content

    def _get_portal_url(self, access_token=None):
        """The complaint's page on the portal, reached through its order."""
        self.ensure_one()
        url = f"/my/orders/{self.order_id.id}/complaints/{self.id}"
        if access_token:
            url += f"?access_token={access_token}"
        return url

    def _get_mail_recipients(self):
        self.ensure_one()
        return self.partner_id

    def _post_customer_mail(self, template_xmlid, attachments=None):
        """Post the template's mail in the customer's language, sent by the
        company (also when a guest files the complaint from the portal)."""
        self.ensure_one()
        template = self.env.ref(template_xmlid)
        lang = template._render_lang(self.ids)[self.id]
        template_lang = template.with_context(lang=lang)
        subject = template_lang._render_field("subject", self.ids)[self.id]
        body = template_lang._render_field("body_html", self.ids)[self.id]
        company = self.company_id
        email_from = (
            company.email_formatted
            or self.env["ir.mail_server"]._get_default_from_address()
            or self.env.user.email_formatted
        )
        sender = {"author_id": company.partner_id.id}
        if email_from:
            sender["email_from"] = email_from
        return self.sudo().message_post(
            body=body,
            subject=subject,
            partner_ids=self._get_mail_recipients().ids,
            attachments=attachments,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
            email_layout_xmlid="mail.mail_notification_light",
            **sender,
        )

    def _queue_acknowledgment(self):
        """Queue the acknowledgment (``consumer.law.document.job``)."""
        return self.env["consumer.law.document.job"]._enqueue(
            self, "complaint_acknowledgment"
        )

    def _document_job_complaint_acknowledgment(self):
        """Run by the queued job: send the acknowledgment; return its message."""
        return self._send_acknowledgment()

    def _send_acknowledgment(self):
        """E-mail the acknowledgment of the written complaint with its date;
        return the messages."""
        now = fields.Datetime.now()
        messages = self.env["mail.message"]
        for complaint in self:
            messages |= complaint._post_customer_mail(
                "sale_mediation.mail_template_complaint_acknowledgment"
            )
            if not complaint.acknowledged_at:
                evidence_writer(complaint).write({"acknowledged_at": now})
        return messages

    def _schedule_answer_activity(self):
        """A to-do for the order's salesperson (or the staff member recording
        the complaint), due on the company's answer commitment."""
        for complaint in self:
            user = complaint.order_id.user_id or (
                self.env.user if self.env.user._is_internal() else False
            )
            if not user:
                continue
            complaint.sudo().activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=complaint.answer_due_date,
                # staff read it: in the company's language
                summary=reader_env(self.env, complaint.company_id.partner_id)._(
                    "Answer the complaint"
                ),
                user_id=user.id,
            )

    def _cancel(self, reason):
        """Cancel complaints with a written reason kept in the chatter."""
        if not self.env.user.has_group(MANAGER_GROUP):
            raise UserError(
                self.env._("Cancel: only consumer-law managers cancel a complaint.")
            )
        if not (reason or "").strip():
            raise UserError(
                self.env._("Cancellation reason: write why the complaint is cancelled.")
            )
        if self.filtered(lambda complaint: complaint.state in ("closed", "cancel")):
            raise UserError(
                self.env._(
                    "State: a closed or cancelled complaint cannot be cancelled."
                )
            )
        evidence_writer(self).write({"state": "cancel", "cancel_reason": reason})
        for complaint in self:
            complaint.message_post(
                body=reader_env(self.env, complaint.company_id.partner_id)._(
                    "Cancelled: %(reason)s", reason=reason
                )
            )
        self.activity_unlink(["mail.mail_activity_data_todo"])

    # === PORTAL === #
    @api.model
    def _parse_portal_form(self, post, files):
        """Return the portal form's values, validated.

        :return: dict with subject, description, email, submission_key, uploads
        :raise UserError: naming the field, for any invalid value
        """
        env = self.env
        return {
            "subject": portal_input.parse_text(
                env,
                post.get("subject"),
                label=env._("Subject"),
                max_length=SUBJECT_MAX_LENGTH,
                required=True,
            ),
            "description": portal_input.parse_text(
                env,
                post.get("description"),
                label=env._("Your message"),
                max_length=portal_input.STATEMENT_MAX_LENGTH,
                required=True,
                multiline=True,
            ),
            "email": portal_input.parse_email(
                env, post.get("email"), label=env._("E-mail for our answer")
            ),
            "submission_key": portal_input.parse_key(
                env, post.get("submission_key"), label=env._("Submission key")
            ),
            "uploads": portal_input.parse_uploads(env, files, label=env._("Documents")),
        }

    @api.model
    def _portal_submit(self, order_sudo, post, files, client):
        """File the complaint written on the portal, once.

        A second submit of the same form returns the first complaint; more than
        :data:`PORTAL_COMPLAINTS_PER_ORDER` new complaints about one order within
        an hour are refused.

        :param client: the client's address (rate limits, stored hashed)
        :return: the complaint (sudo)
        :raise UserError: invalid form or rate limit (nothing is written)
        """
        values = self._parse_portal_form(post, files)
        existing = self._find_portal_submission(order_sudo, values["submission_key"])
        if existing:
            return existing
        attempts = self.env["consumer.law.portal.attempt"]
        if (
            attempts._count_subject_attempts(PORTAL_SCOPE, order_sudo.id)
            >= PORTAL_COMPLAINTS_PER_ORDER
        ):
            raise UserError(
                self.env._(
                    "Too many messages were sent about this order in the last hour; "
                    "please try again later."
                )
            )
        complaint_sudo = evidence_writer(self.sudo()).create(
            {
                "order_id": order_sudo.id,
                "partner_id": order_sudo.partner_id.id,
                "channel": "portal",
                "complaint_date": paris_today(),
                "subject": values["subject"],
                "description": values["description"],
                "email": values["email"] or order_sudo.partner_id.email,
                "submission_key": values["submission_key"] or uuid.uuid4().hex,
            }
        )
        complaint_sudo = complaint_sudo.with_env(self.sudo().env)
        if values["uploads"]:
            portal_input.attach_uploads(complaint_sudo, values["uploads"])
        attempts._register_attempt(PORTAL_SCOPE, client, subject=order_sudo.id)
        return complaint_sudo

    def _get_referral_letter_b64(self):
        self.ensure_one()
        return base64.b64encode(self.sudo().referral_letter_id.raw or b"")
