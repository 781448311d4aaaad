# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request

from odoo.addons.consumer_law.portal_input import parse_true
from odoo.addons.sale.controllers import portal as sale_portal


def _get_request_evidence():
    """IP address and user agent of the customer's browser."""
    httprequest = request.httprequest
    return {
        "ip_address": httprequest.remote_addr,
        "user_agent": (httprequest.user_agent.string or "")[:1024],
    }


class CustomerPortal(sale_portal.CustomerPortal):
    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "cgv_acceptance_count" in counters:
            acceptance_model = request.env["cgv.acceptance"]
            values["cgv_acceptance_count"] = (
                acceptance_model.search_count(self._prepare_cgv_acceptances_domain())
                if acceptance_model.has_access("read")
                else 0
            )
        return values

    def _prepare_cgv_acceptances_domain(self):
        partner = request.env.user.partner_id
        return [("commercial_partner_id", "=", partner.commercial_partner_id.id)]

    @http.route(["/my/terms-of-sale"], type="http", auth="user", website=True)
    def portal_my_cgv_acceptances(self, **kwargs):
        """List the versions of the terms of sale the customer accepted."""
        acceptances = request.env["cgv.acceptance"].search(
            self._prepare_cgv_acceptances_domain()
        )
        values = self._prepare_portal_layout_values()
        values.update(
            {
                # The versions are public once published: read them as sudo.
                "acceptances_sudo": acceptances.sudo(),
                "page_name": "cgv_acceptances",
            }
        )
        return request.render("sale_cgv.portal_my_cgv_acceptances", values)

    @http.route(
        ["/my/orders/<int:order_id>/cgv"], type="json", auth="public", website=True
    )
    def portal_order_cgv_accept(self, order_id, access_token=None, accepted=False):
        """Record (or withdraw) the ticking of the terms-of-sale checkbox.

        Only the customer ticks: staff record the acceptance they witnessed with
        the staff channels (the confirmation asks how the customer accepted),
        which name the staff member. ``accepted`` must be the JSON ``true`` or
        ``false``.
        """
        if request.env.user._is_internal():
            return {"error": self._get_cgv_staff_refusal()}
        if accepted is not False and not parse_true(accepted):
            return {
                "error": request.env._("Accepted: the value must be true or false.")
            }
        try:
            order_sudo = self._document_check_access(
                "sale.order", order_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return {"error": request.env._("Invalid order.")}
        if order_sudo.state not in ("draft", "sent"):
            return {
                "error": request.env._(
                    "The order is no longer a quotation: its terms of sale are set."
                )
            }
        if not accepted:
            order_sudo._clear_cgv_pending_acceptance()
            return {"accepted": False}
        version_sudo = order_sudo.cgv_portal_version_id
        if not version_sudo:
            return {"error": order_sudo._get_cgv_portal_acceptance_error()}
        order_sudo._set_cgv_pending_acceptance(
            version=version_sudo, **_get_request_evidence()
        )
        return {"accepted": True, "version_id": version_sudo.id}

    @http.route()
    def portal_quote_accept(
        self, order_id, access_token=None, name=None, signature=None
    ):
        """Refuse the signature unless the terms-of-sale box was ticked."""
        access_token = access_token or request.httprequest.args.get("access_token")
        try:
            order_sudo = self._document_check_access(
                "sale.order", order_id, access_token=access_token
            )
        except (AccessError, MissingError):
            order_sudo = None
        if order_sudo and order_sudo._has_to_be_signed():
            if request.env.user._is_internal() and (
                order_sudo.partner_id.is_consumer
                or order_sudo.sudo().cgv_pending_id.version_id
            ):
                return {"error": self._get_cgv_staff_refusal()}
            error = order_sudo._get_cgv_portal_acceptance_error()
            if error:
                return {"error": error}
            order_sudo._set_cgv_pending_channel("portal_signature")
        return super().portal_quote_accept(
            order_id, access_token=access_token, name=name, signature=signature
        )

    def _get_cgv_staff_refusal(self):
        return request.env._(
            "Terms of sale: you are logged in as staff. Only the customer accepts "
            "on the portal; record an acceptance you witnessed from the order "
            "(Confirm asks how the customer accepted)."
        )


class PaymentPortal(sale_portal.PaymentPortal):
    @http.route()
    def portal_order_transaction(self, order_id, access_token, **kwargs):
        """Refuse the payment unless the terms-of-sale box was ticked."""
        try:
            order_sudo = self._document_check_access(
                "sale.order", order_id, access_token
            )
        except (AccessError, MissingError):
            order_sudo = None
        if order_sudo and order_sudo.state in ("draft", "sent"):
            order_sudo._check_cgv_portal_acceptance()
        return super().portal_order_transaction(order_id, access_token, **kwargs)
