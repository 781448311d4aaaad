# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import format_date

from odoo.addons.consumer_law.tools import paris_today

import consumer_law_rules as rules


class ResPartner(models.Model):
    _inherit = "res.partner"

    # === FIELDS === #
    retention_of_title_mode = fields.Selection(
        selection=[
            ("policy", "Company policy"),
            ("always", "Always"),
            ("never", "Never"),
        ],
        string="Retention of title",
        default="policy",
        required=True,
        tracking=True,
        help="Whether this customer's orders carry retention of title: as the "
        "company policy says, always, or never.",
    )
    insolvency_published_date = fields.Date(
        string="Insolvency judgment published on",
        tracking=True,
        copy=False,
        help="Publication in the BODACC of the judgment opening insolvency "
        "proceedings (safeguard, receivership, liquidation) against this customer. "
        "Goods under retention of title must be claimed within 3 months "
        "(C. com. L624-9).",
    )
    retention_claim_deadline = fields.Date(
        string="Claim goods before",
        compute="_compute_retention_claim_deadline",
        store=True,
        help="Last day to claim the goods under retention of title from the "
        "administrator (C. com. L624-9: 3 months after the publication).",
    )

    # === COMPUTE METHODS === #
    @api.depends("insolvency_published_date")
    def _compute_retention_claim_deadline(self):
        for partner in self:
            published = partner.insolvency_published_date
            partner.retention_claim_deadline = (
                rules.retention_claim_deadline(published) if published else False
            )

    # === CONSTRAINT METHODS === #
    @api.constrains("insolvency_published_date")
    def _check_insolvency_published_date(self):
        today = paris_today()
        for partner in self:
            if partner.insolvency_published_date and (
                partner.insolvency_published_date > today
            ):
                raise ValidationError(
                    self.env._(
                        "Insolvency judgment published on: %(date)s is in the "
                        "future; record the BODACC publication once it happened "
                        "(C. com. L624-9).",
                        date=format_date(self.env, partner.insolvency_published_date),
                    )
                )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        partners = super().create(vals_list)
        partners.filtered("insolvency_published_date")._schedule_retention_claim()
        return partners

    def write(self, vals):
        result = super().write(vals)
        if "insolvency_published_date" in vals:
            self._schedule_retention_claim()
        return result

    # === BUSINESS METHODS === #
    def _get_retention_of_title(self, company):
        """Whether an order of this customer with ``company`` retains title."""
        self.ensure_one()
        mode = self.commercial_partner_id.retention_of_title_mode
        if mode == "policy":
            return company._get_consumer_policy().retention_of_title
        return mode == "always"

    def _schedule_retention_claim(self):
        """One activity per insolvent customer, due on the L624-9 deadline,
        written in the company's language (staff read it, whoever recorded
        the judgment)."""
        xmlid = "account_retention_of_title.mail_activity_type_retention_claim"
        self.activity_unlink([xmlid])
        for partner in self.filtered("retention_claim_deadline"):
            company = partner.company_id or self.env.company
            env = self.with_context(lang=company.partner_id.lang or self.env.lang).env
            partner.activity_schedule(
                act_type_xmlid=xmlid,
                date_deadline=partner.retention_claim_deadline,
                summary=env._(
                    "Claim goods under retention of title before %(date)s "
                    "(C. com. L624-9)",
                    date=format_date(env, partner.retention_claim_deadline),
                ),
                note=env._(
                    "Send the claim by registered letter to the administrator "
                    "(R624-13); see the report Goods under retention of title."
                ),
                user_id=partner.user_id.id or self.env.user.id,
            )
