# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class ConsumerMediator(models.Model):
    """A consumer mediator (C. consom. L612-1) a merchant can adhere to.

    Its identity (name, contact details, website) must be given on the merchant's
    website, terms of sale and order forms (L616-1, R616-1).
    """

    _name = "consumer.mediator"
    _description = "Consumer Mediator"
    _inherit = ["mail.thread"]
    _order = "name"
    _check_company_auto = True

    # === FIELDS === #
    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        index=True,
        help="Leave empty to share this mediator between companies.",
    )
    street = fields.Char()
    street2 = fields.Char()
    zip = fields.Char()
    city = fields.Char()
    country_id = fields.Many2one(comodel_name="res.country")
    website = fields.Char(tracking=True)
    email = fields.Char(tracking=True)
    phone = fields.Char()
    registration_number = fields.Char(
        tracking=True,
        help="Reference under which the mediator is listed by the French "
        "mediation evaluation and control commission (CECMC).",
    )
    note = fields.Html()
    policy_ids = fields.One2many(
        comodel_name="consumer.law.policy",
        inverse_name="mediator_id",
        string="Policies",
    )
    policy_count = fields.Integer(compute="_compute_policy_count")

    # === COMPUTE METHODS === #
    @api.depends("policy_ids")
    def _compute_policy_count(self):
        counts = dict(
            self.env["consumer.law.policy"]._read_group(
                [("mediator_id", "in", self.ids)], ["mediator_id"], ["__count"]
            )
        )
        for mediator in self:
            mediator.policy_count = counts.get(mediator, 0)

    # === BUSINESS METHODS === #
    def _get_postal_address(self):
        """Return the mediator's postal address on one line ('' when unknown)."""
        if not self:
            return ""
        self.ensure_one()
        parts = [
            self.street,
            self.street2,
            " ".join(part for part in (self.zip, self.city) if part),
            self.country_id.name,
        ]
        return ", ".join(part for part in parts if part)
