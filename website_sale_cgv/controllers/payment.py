# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, MissingError
from odoo.http import route

from odoo.addons.website_sale.controllers import payment as website_sale_payment


class PaymentPortal(website_sale_payment.PaymentPortal):
    @route()
    def shop_payment_transaction(self, order_id, access_token, **kwargs):
        """Refuse the checkout payment unless the terms-of-sale box was ticked.

        Odoo's own checkbox only lives in the browser; this check is the server's.
        """
        try:
            order_sudo = self._document_check_access(
                "sale.order", order_id, access_token
            )
        except (AccessError, MissingError):
            order_sudo = None
        if order_sudo and order_sudo.state in ("draft", "sent"):
            order_sudo._check_cgv_portal_acceptance()
        return super().shop_payment_transaction(order_id, access_token, **kwargs)
