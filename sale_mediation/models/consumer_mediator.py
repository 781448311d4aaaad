# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ConsumerMediator(models.Model):
    _inherit = "consumer.mediator"

    # === FIELDS === #
    referral_instructions = fields.Html(
        string="What to send the mediator",
        translate=True,
        help="Printed on the referral letter: how to refer a dispute to this "
        "mediator (online form, postal address) and the documents to join.",
    )

    # === BUSINESS METHODS === #
    def _get_missing_identity_labels(self):
        """Return the labels of the identity items the law asks for and this
        mediator lacks: name, website, postal or e-mail address (L616-1,
        R616-1)."""
        self.ensure_one()
        missing = []
        if not self.website:
            missing.append(self.env._("website"))
        if not (self._get_postal_address() or self.email):
            missing.append(self.env._("postal or e-mail address"))
        return missing
