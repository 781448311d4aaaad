# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

import consumer_law_rules as rules


class ProductTemplate(models.Model):
    _inherit = "product.template"

    # === FIELDS === #
    has_durability_guarantee = fields.Boolean(
        string="Producer's durability guarantee",
        help="The producer offers a commercial guarantee of durability on this "
        "good. The harmonised label is shown with its duration when it is free, "
        "covers the whole good and lasts more than 2 years (Directive 2011/83 "
        "art. 22a as amended by Directive (EU) 2024/825).",
    )
    durability_producer_id = fields.Many2one(
        comodel_name="res.partner",
        string="Producer",
        help="The producer who gives the guarantee of durability. A guarantee "
        "given by the seller itself is not a producer's guarantee.",
    )
    durability_producer_name = fields.Char(
        related="durability_producer_id.commercial_partner_id.name",
        string="Producer's name",
    )
    durability_years = fields.Integer(string="Durability guarantee (years)")
    is_durability_whole_good = fields.Boolean(
        string="Covers the whole good", default=True
    )
    is_durability_free = fields.Boolean(
        string="Free of charge",
        default=True,
        help="Offered at no extra cost. A paid extended warranty never uses the label.",
    )
    show_durability_label = fields.Boolean(
        compute="_compute_show_durability_label",
        compute_sudo=True,
        help="The harmonised durability label is shown on the product page and in "
        "the order confirmation.",
    )

    # === COMPUTE METHODS === #
    @api.depends(
        "has_durability_guarantee",
        "durability_producer_id",
        "durability_years",
        "is_durability_whole_good",
        "is_durability_free",
        "company_id",
    )
    def _compute_show_durability_label(self):
        for template in self:
            template.show_durability_label = (
                template.has_durability_guarantee
                and not template._get_durability_label_refusal()
            )

    # === CONSTRAINT METHODS === #
    @api.constrains(
        "has_durability_guarantee",
        "durability_producer_id",
        "durability_years",
        "is_durability_whole_good",
        "is_durability_free",
    )
    def _check_durability_guarantee(self):
        messages = self._get_durability_refusal_messages()
        for template in self.filtered("has_durability_guarantee"):
            refusal = template._get_durability_label_refusal()
            if refusal:
                raise ValidationError(
                    self.env._(
                        "Producer's durability guarantee of %(product)s: %(reason)s "
                        "The harmonised label is only for a producer's guarantee of "
                        "durability, free of charge, on the whole good, of more than "
                        "%(years)s years (Directive 2011/83 art. 22a, Directive (EU) "
                        "2024/825).",
                        product=template.display_name,
                        reason=messages[refusal],
                        years=rules.DURABILITY_LABEL_MIN_YEARS,
                    )
                )

    # === BUSINESS METHODS === #
    def _get_durability_refusal_messages(self):
        return {
            "not_producer": self.env._(
                "it is not given by a producer (a seller's own or extended "
                "warranty is not a guarantee of durability)."
            ),
            "paid": self.env._("it is not free of charge (a paid warranty)."),
            "partial": self.env._("it does not cover the whole good."),
            "too_short": self.env._("it lasts 2 years or less."),
        }

    def _get_durability_label_refusal(self):
        """Why the harmonised label may not be used ('' when it may)."""
        self.ensure_one()
        producer = self.durability_producer_id
        seller = (self.company_id or self.env.company).partner_id
        from_producer = bool(producer) and (
            producer.commercial_partner_id != seller.commercial_partner_id
        )
        if self.durability_years < 0:
            return "too_short"
        return rules.durability_label_refusal(
            self.durability_years,
            free_of_charge=self.is_durability_free,
            whole_good=self.is_durability_whole_good,
            from_producer=from_producer,
        )
