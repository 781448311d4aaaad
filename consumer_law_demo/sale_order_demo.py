# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Demo orders confirmed with the customer's acceptance of the terms of sale in
force: the webshop's checkbox (with a documentation IP address and a browser)
for orders placed online, the staff channel for the few taken by phone, e-mail
or on paper. Demo data only: nothing here changes how real orders are confirmed."""

from odoo import models

from odoo.addons.sale_cgv.models.cgv_acceptance import PORTAL_CHANNELS

# RFC 5737 documentation address: never a real customer's
DEMO_IP_ADDRESS = "203.0.113.42"
DEMO_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0 Safari/537.36"
)


class SaleOrder(models.Model):
    _inherit = "sale.order"

    def _demo_confirm_accepted(self, channel="portal_checkout"):
        """Confirm demo orders, each with the acceptance of the version in force.

        :param channel: how the customer accepted: the webshop's checkbox by
            default, or a staff channel (phone, email, paper, store)
        """
        online = channel in PORTAL_CHANNELS
        self._set_cgv_pending_acceptance(
            channel=channel,
            ip_address=DEMO_IP_ADDRESS if online else False,
            user_agent=DEMO_USER_AGENT if online else False,
            user=None if online else self.env.user,
        )
        return self.action_confirm()


    def _demo_assign_salespeople(self):
        """Give the demo orders of each shop its salesperson (the customer's
        contact on the portal), instead of the technical user that loaded them."""
        websites = self.env["website"].search(
            [
                ("salesperson_id", "!=", False),
                ("company_id", "in", self.mapped("company_id").ids),
            ]
        )
        for website in websites:
            orders = self.filtered(
                lambda order, w=website: order.company_id == w.company_id
            )
            orders.write({"user_id": website.salesperson_id.id})
        return True
