# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

import consumer_law_rules as rules


class ResPartner(models.Model):
    _inherit = "res.partner"

    # === FIELDS === #
    is_consumer = fields.Boolean(
        string="Consumer",
        compute="_compute_is_consumer",
        store=True,
        recursive=True,
        readonly=False,
        precompute=True,
        help="The customer buys as a consumer: consumer law applies to his "
        "orders. Default: individuals yes, companies and their contacts no "
        "(C. consom. liminary article).",
    )

    # === COMPUTE METHODS === #
    @api.depends("is_company", "parent_id.is_company", "parent_id.is_consumer")
    def _compute_is_consumer(self):
        for partner in self:
            if partner.parent_id:
                partner.is_consumer = partner.parent_id.is_consumer
            else:
                partner.is_consumer = not partner.is_company

    # === CRUD METHODS === #
    def write(self, vals):
        result = super().write(vals)
        if "lang" in vals and self._is_consumer_law_company_partner():
            self.env["res.company"]._forget_consumer_law_lang()
        return result

    # === BUSINESS METHODS === #
    def _is_consumer_law_company_partner(self):
        """Return whether some of the partners are a company's own."""
        return bool(
            self.ids
            and self.env["res.company"]
            .sudo()
            .with_context(active_test=False)
            .search_count([("partner_id", "in", self.ids)], limit=1)
        )

    def _get_consumer_law_region(self, company=None):
        """Return the holiday region of the partner's address.

        The calendar of a deadline is that of the place where the act is done
        (Reg. (EEC) 1182/71 art. 2(1)): postcodes 57, 67 and 68 use the
        Alsace-Moselle calendar, overseas departments their own; without a
        country (or a French address without postcode) the company policy's
        default region applies, and a foreign address uses the French calendar.
        """
        self.ensure_one()
        company = company or self.env.company
        country_code = self.country_id.code
        if not country_code or (country_code == "FR" and not self.zip):
            return company._get_consumer_policy().holiday_region
        return rules.region_for_address(country_code, self.zip)
