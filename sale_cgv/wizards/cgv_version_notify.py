# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_date


class CgvVersionNotify(models.TransientModel):
    """Tell the customers of a period that the terms of sale changed."""

    _name = "cgv.version.notify"
    _description = "Notify Customers of New Terms of Sale"

    # === FIELDS === #
    version_id = fields.Many2one(
        comodel_name="cgv.version",
        string="New version",
        required=True,
        domain=[("state", "=", "published")],
    )
    company_id = fields.Many2one(related="version_id.company_id")
    date_from = fields.Date(
        string="Orders from",
        required=True,
        default=lambda self: fields.Date.context_today(self) - relativedelta(years=1),
    )
    date_to = fields.Date(
        string="Orders to",
        required=True,
        default=fields.Date.context_today,
    )
    change_summary = fields.Text(
        string="Summary of changes",
        compute="_compute_change_summary",
        store=True,
        readonly=False,
        precompute=True,
    )
    partner_ids = fields.Many2many(
        comodel_name="res.partner",
        string="Customers",
        compute="_compute_partner_ids",
    )
    partner_count = fields.Integer(
        string="Customers to notify", compute="_compute_partner_ids"
    )

    # === COMPUTE METHODS === #
    @api.depends("version_id")
    def _compute_change_summary(self):
        for wizard in self:
            wizard.change_summary = wizard.version_id.change_summary

    @api.depends("version_id", "date_from", "date_to")
    def _compute_partner_ids(self):
        for wizard in self:
            partners = wizard._get_partners()
            wizard.partner_ids = partners
            wizard.partner_count = len(partners)

    # === CONSTRAINT METHODS === #
    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for wizard in self:
            if wizard.date_from > wizard.date_to:
                raise UserError(
                    self.env._("Orders from: the period must start before it ends.")
                )

    # === ACTION METHODS === #
    def action_notify(self):
        """Email the new version and its summary to the customers of the
        period: one mail each, produced and sent by the documents queue
        (``consumer.law.document.job``), off the user's request."""
        self.ensure_one()
        partners = self._get_partners()
        if not partners:
            raise UserError(
                self.env._(
                    "Orders from: no customer with an email address ordered from "
                    "%(company)s in this period.",
                    company=self.company_id.name,
                )
            )
        self.env["consumer.law.document.job"]._enqueue(
            partners,
            "cgv_version_notify",
            payload={
                "version_id": self.version_id.id,
                "change_summary": self.change_summary or "",
            },
        )
        # the note is in the company's language, whoever notifies
        env = self.with_context(
            lang=self.company_id.partner_id.lang or self.env.lang
        ).env
        self.version_id.message_post(
            body=env._(
                "Notice of this version queued for %(count)s customers (orders "
                "from %(date_from)s to %(date_to)s): the documents queue sends "
                "one mail each (Documents Not Sent lists any that fail).",
                count=len(partners),
                date_from=format_date(env, self.date_from),
                date_to=format_date(env, self.date_to),
            )
        )
        return {"type": "ir.actions.act_window_close"}

    # === BUSINESS METHODS === #
    def _get_partners(self):
        """Customers (commercial entities) with a confirmed order in the period."""
        self.ensure_one()
        if not (self.version_id and self.date_from and self.date_to):
            return self.env["res.partner"]
        start = fields.Datetime.to_datetime(self.date_from)
        end = fields.Datetime.to_datetime(self.date_to) + relativedelta(days=1)
        orders = (
            self.env["sale.order"]
            .sudo()
            .search(
                [
                    ("company_id", "=", self.version_id.company_id.id),
                    ("state", "=", "sale"),
                    ("date_order", ">=", start),
                    ("date_order", "<", end),
                ]
            )
        )
        return orders.partner_id.filtered("email")
