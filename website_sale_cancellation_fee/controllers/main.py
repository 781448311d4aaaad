# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.http import request, route

from odoo.addons.website_sale.controllers import main as website_sale_main


class WebsiteSale(website_sale_main.WebsiteSale):
    @route(
        "/shop/installment_offer",
        type="http",
        auth="public",
        website=True,
        methods=["POST"],
        sitemap=False,
    )
    def shop_installment_offer(self, offer_id=None, **post):
        """Set (or clear) the cart's instalment offer, then back to payment.

        Only an active offer of the website's company that accepts the cart total
        is taken; anything else leaves the cart unchanged.
        """
        order_sudo = request.website.sale_get_order()
        if not order_sudo or order_sudo.state not in ("draft", "sent"):
            return request.redirect("/shop")
        offer = request.env["sale.installment.offer"]
        if offer_id and str(offer_id).isdigit():
            eligible = dict(order_sudo._get_eligible_installment_offers())
            offer = next((item for item in eligible if item.id == int(offer_id)), offer)
            if not offer:
                return request.redirect("/shop/payment")
        order_sudo.installment_offer_id = offer
        return request.redirect("/shop/payment")
