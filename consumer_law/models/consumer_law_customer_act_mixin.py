# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The customer's own acts (withdrawal declaration, return claim, complaint).

Each act names, in ``_customer_act_fields``, its fields for the roles every act
has: the channel it came by, when it was received, the customer's own words,
the e-mail the acknowledgment goes to, when it was acknowledged, and the portal
form's submission key. They are evidence from creation (never on the
allow-list), and a record created by staff can never say it came from the
portal: only the portal's route, through the evidence writer, records that.
"""

from odoo import api, models
from odoo.exceptions import UserError

from ..evidence import is_evidence_write

ACT_ROLES = (
    "channel",
    "received_at",
    "words",
    "email",
    "acknowledged_at",
    "submission_key",
)


class ConsumerLawCustomerActMixin(models.AbstractModel):
    _name = "consumer.law.customer.act.mixin"
    _inherit = ["consumer.law.evidence.mixin"]
    _description = "Customer's act (consumer law)"

    # {role: field name}; roles an act does not have are left out
    _customer_act_fields = {}
    _customer_act_portal_channel = "portal"

    @api.model_create_multi
    def create(self, vals_list):
        if not is_evidence_write(self.env):
            self._check_not_portal_channel(vals_list)
        return super().create(vals_list)

    @api.model
    def _get_customer_act_field(self, role):
        return self._customer_act_fields.get(role)

    @api.model
    def _check_not_portal_channel(self, vals_list):
        """A record created by staff never carries the portal channel.

        :raise UserError: naming the channel field
        """
        channel = self._get_customer_act_field("channel")
        if not channel:
            return
        portal = self._customer_act_portal_channel
        context_default = self.env.context.get(f"default_{channel}")
        if context_default == portal or any(
            vals.get(channel) == portal for vals in vals_list
        ):
            raise UserError(
                self.env._(
                    "%(field)s: only the customer's own form on the portal records "
                    "a portal %(act)s; a record created by staff says how the "
                    "customer sent it.",
                    field=self._fields[channel]._description_string(self.env),
                    act=self._description,
                )
            )

    @api.model
    def _find_portal_submission(self, order_sudo, submission_key):
        """Return the act a portal form with this key already recorded, if any
        (a second submit of the same form records nothing new)."""
        key_field = self._get_customer_act_field("submission_key")
        if not submission_key or not key_field:
            return self.browse()
        return self.sudo().search(
            [("order_id", "=", order_sudo.id), (key_field, "=", submission_key)],
            limit=1,
        )
