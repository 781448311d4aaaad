# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models, tools

from ..tools import forget_kept_values, kept_values_changed

# A company's language changed in this transaction: read it from the database
# until the transaction ends (another transaction may keep the old one cached).
COMPANY_LANG_CHANGED = "consumer_law.company_lang_changed"


class ResCompany(models.Model):
    _inherit = "res.company"

    # === FIELDS === #
    consumer_policy_id = fields.Many2one(
        comodel_name="consumer.law.policy",
        string="Consumer law policy",
        readonly=True,
        copy=False,
    )
    cgv_document_ids = fields.One2many(
        comodel_name="cgv.document",
        inverse_name="company_id",
        string="Terms of sale",
    )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        """Give each new company its policy with the legal defaults.

        With the context key ``consumer_law_defer_policy`` the policy is left to
        the caller (data files that create the policy with their own values).
        """
        companies = super().create(vals_list)
        if not self.env.context.get("consumer_law_defer_policy"):
            companies._ensure_consumer_policy()
        return companies

    def write(self, vals):
        result = super().write(vals)
        if "partner_id" in vals:
            self._forget_consumer_law_lang()
        return result

    # === ACTION METHODS === #
    def action_check_terms_of_sale(self):
        """Run the policy check of this company ("Check my terms of sale")."""
        self.ensure_one()
        self._ensure_consumer_policy()
        return self.consumer_policy_id.action_check_terms_of_sale()

    def action_open_consumer_policy(self):
        self.ensure_one()
        self._ensure_consumer_policy()
        return {
            "type": "ir.actions.act_window",
            "res_model": "consumer.law.policy",
            "res_id": self.consumer_policy_id.id,
            "view_mode": "form",
        }

    # === BUSINESS METHODS === #
    def _ensure_consumer_policy(self):
        """Create the missing policies, with the legal defaults, in one batch."""
        missing = self.filtered(lambda company: not company.consumer_policy_id)
        if missing:
            self.env["consumer.law.policy"].sudo().create(
                [{"company_id": company.id} for company in missing]
            )

    def _get_consumer_policy(self):
        """Return the company's policy; when it has none yet (created by the
        install hook and with each company), its legal defaults in memory.

        Never creates a record: computes and reports call it.
        """
        self.ensure_one()
        policy = self.consumer_policy_id
        if not policy:
            return self.env["consumer.law.policy"].new({"company_id": self.id})
        policy._load_stored_values()  # no query per transaction for its values
        return policy

    def _get_withdrawal_contact(self):
        """Return where the consumer sends a withdrawal, on one line: the
        company's name, postal address and e-mail (model form, annex to R221-1)."""
        self.ensure_one()
        address = self.partner_id._display_address(without_company=True)
        lines = [line.strip(" ,") for line in address.splitlines()]
        return ", ".join(part for part in (self.name, *lines, self.email) if part)

    def _get_withdrawal_function_url(self):
        """Return the address of the customer account's orders, where the
        "Withdraw from contract here" function is (L221-21)."""
        self.ensure_one()
        return f"{(self.website or self.get_base_url()).rstrip('/')}/my/orders"

    # === BUSINESS METHODS === #
    def _get_consumer_law_lang(self):
        """Return the company's language (its partner's): the language of the
        notes staff read. Kept once per registry (cleared when a company's
        partner or its language changes): each confirmation writes a note in
        it, a company changes its language about never."""
        self.ensure_one()
        if kept_values_changed(self.env, COMPANY_LANG_CHANGED):
            return self.sudo().partner_id.lang or False
        return self._get_cached_consumer_law_lang(self.id)

    @api.model
    @tools.ormcache("company_id")
    def _get_cached_consumer_law_lang(self, company_id):
        return self.sudo().browse(company_id).partner_id.lang or False

    @api.model
    def _forget_consumer_law_lang(self):
        """A company's language changes in this transaction: drop the kept
        languages now and when the transaction ends (committed or rolled back),
        and read them from the database until then."""
        forget_kept_values(self.env, COMPANY_LANG_CHANGED)
