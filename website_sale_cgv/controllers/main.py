# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.http import request, route

from odoo.addons.website_sale.controllers import main as website_sale_main


class WebsiteSale(website_sale_main.WebsiteSale):
    @route()
    def shop_payment_validate(self, sale_order_id=None, **post):
        """Refuse an order without payment (total 0) unless the box was ticked.

        Such orders skip the transaction route, so the check happens here, before
        Odoo confirms them.
        """
        order_sudo = self._get_cgv_order_to_validate(sale_order_id)
        if (
            order_sudo
            and not order_sudo.amount_total
            and order_sudo.state in ("draft", "sent")
        ):
            order_sudo._check_cgv_portal_acceptance(channel="portal_checkout")
        return super().shop_payment_validate(sale_order_id=sale_order_id, **post)

    def _get_cgv_order_to_validate(self, sale_order_id):
        """Return the order the core route validates, found the same way: the
        cart, else the last order of the session (the cart may have left the
        session before the customer comes back from the payment step)."""
        if sale_order_id is None:
            order_sudo = request.website.sale_get_order()
            if not order_sudo and "sale_last_order_id" in request.session:
                order_sudo = (
                    request.env["sale.order"]
                    .sudo()
                    .browse(request.session["sale_last_order_id"])
                    .exists()
                )
            return order_sudo
        order_sudo = request.env["sale.order"].sudo().browse(int(sale_order_id))
        if order_sudo.id != request.session.get("sale_last_order_id"):
            return request.env["sale.order"]
        return order_sudo.exists()
