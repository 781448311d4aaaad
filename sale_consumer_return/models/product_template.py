# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ProductTemplate(models.Model):
    _inherit = "product.template"

    # === FIELDS === #
    commercial_warranty_months = fields.Integer(
        string="Commercial warranty (months)",
        help="The merchant's own warranty on this product, from the delivery of "
        "each unit, on top of the legal guarantee of conformity (C. consom. "
        "L217-21, L217-22). 0: none.",
    )
    commercial_warranty_exclusions = fields.Text(
        string="Commercial warranty exclusions",
        translate=True,
        help="What the commercial warranty does not cover (wear parts, "
        "assembly or maintenance not done by a professional...), shown to staff "
        "when they decide a claim.",
    )

    # === CONSTRAINT METHODS === #
    @api.constrains("commercial_warranty_months")
    def _check_commercial_warranty_months(self):
        for template in self:
            if template.commercial_warranty_months < 0:
                raise ValidationError(
                    self.env._(
                        "Commercial warranty (months): %(months)s cannot be negative.",
                        months=template.commercial_warranty_months,
                    )
                )
