# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError

from odoo.addons.consumer_law.tools import paris_today

from ..reports.compliance_pack import CompliancePack


class ConsumerLawPack(models.TransientModel):
    """The choices of a compliance pack: period and company (or all the user's
    companies)."""

    _name = "consumer.law.pack"
    _description = "Consumer-Law Compliance Pack"

    # === FIELDS === #
    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: self._default_date_from(),
    )
    date_to = fields.Date(
        string="To",
        required=True,
        default=lambda self: self._default_date_from() + relativedelta(day=31),
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.user.company_ids.ids)],
    )
    is_all_companies = fields.Boolean(
        string="All my companies",
        help="One pack for every company you belong to.",
    )
    retention_over_count = fields.Integer(
        string="Customers to anonymise",
        compute="_compute_retention_over_count",
    )

    # === COMPUTE METHODS === #
    @api.depends("company_id", "is_all_companies")
    def _compute_retention_over_count(self):
        for wizard in self:
            wizard.retention_over_count = len(wizard._get_retention_over())

    # === CONSTRAINT METHODS === #
    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for wizard in self:
            if wizard.date_from > wizard.date_to:
                raise ValidationError(
                    self.env._(
                        "From: the period must start on or before its last day (To)."
                    )
                )

    # === ACTION METHODS === #
    def action_print(self):
        self.ensure_one()
        self._get_pack_companies()
        action = self.env.ref(
            "consumer_law_report.consumer_law_pack_report_xlsx"
        ).report_action(self)
        # the dialog closes once the pack is downloaded
        action["close_on_report_download"] = True
        return action

    def action_view_retention_over(self):
        """The consumers whose data retention is over, to anonymise them."""
        self.ensure_one()
        partner_ids = [row[-1] for row in self._get_retention_over()]
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Customers whose data retention is over"),
            "res_model": "res.partner",
            "view_mode": "list,form",
            "views": [(False, "list"), (False, "form")],
            "domain": [("id", "in", partner_ids)],
            "context": {"create": False},
        }

    # === BUSINESS METHODS === #
    @api.model
    def _default_date_from(self):
        return paris_today() + relativedelta(months=-1, day=1)

    def _get_pack_companies(self):
        """The companies of the pack, all of them the user's: raw SQL reads the
        rows, so a company the user does not belong to is refused here."""
        self.ensure_one()
        if not self.env.user.has_group("consumer_law.consumer_law_group_manager"):
            raise AccessError(
                self.env._("Only consumer-law managers may print the compliance pack.")
            )
        allowed = self.env.user.company_ids
        if self.is_all_companies:
            return allowed
        if self.company_id not in allowed:
            raise AccessError(
                self.env._(
                    "Company: you do not belong to %(company)s.",
                    company=self.company_id.sudo().name,
                )
            )
        return self.company_id

    def _get_retention_over(self):
        self.ensure_one()
        if not self.company_id:
            return []
        pack = CompliancePack(
            self.env,
            self._get_pack_companies(),
            self.date_from or paris_today(),
            self.date_to or paris_today(),
        )
        return pack._get_retention_over()
