# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""One portal base for the customer's own acts (withdrawal, return claim,
complaint).

Every route of these acts finds the order the same way (the customer's login
or the order's access token), answers the same 404 for an unknown order and
for another customer's order, refuses internal users (403: staff record acts
in the back office, never as the customer), reads the client's address for
the rate limits and the uploaded files the same way. The acts themselves
(validation, submission keys, rate limits, evidence) live on the models.
"""

from odoo.exceptions import AccessError, MissingError
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal


class ConsumerLawPortal(CustomerPortal):
    # === ORDER AND VISITOR === #
    def _consumer_law_get_order(self, order_id, access_token, states=None):
        """Return the order (sudo) the visitor may act on, else None.

        :param states: the order states the act needs (``None``: any)
        """
        try:
            order_sudo = self._document_check_access(
                "sale.order", order_id, access_token
            )
        except (AccessError, MissingError):
            return None
        if states is not None and order_sudo.state not in states:
            return None
        return order_sudo

    def _consumer_law_order_or_404(self, order_id, access_token, states=None):
        """Return the order (sudo); the same 404 whether the order does not
        exist or belongs to another customer."""
        order_sudo = self._consumer_law_get_order(order_id, access_token, states)
        if order_sudo is None:
            raise request.not_found()
        return order_sudo

    def _consumer_law_staff_refused(self, template):
        """Return the 403 page shown to internal users on a customer's route."""
        return request.render(template, {"no_breadcrumbs": True}, status=403)

    def _consumer_law_check(self, order_id, access_token, staff_template, states=None):
        """Return (order_sudo, response): a response when the route stops here
        (403 for internal users; 404 raised for an order the visitor may not
        act on)."""
        if request.env.user._is_internal():
            return None, self._consumer_law_staff_refused(staff_template)
        return self._consumer_law_order_or_404(order_id, access_token, states), None

    def _consumer_law_client(self):
        """The client's address, for rate limits (stored hashed)."""
        return request.httprequest.remote_addr or ""

    def _consumer_law_uploads(self, field_name):
        """The files uploaded in ``field_name`` (checked by the model with
        :func:`odoo.addons.consumer_law.portal_input.parse_uploads`)."""
        return request.httprequest.files.getlist(field_name)

    def _consumer_law_url(self, path, access_token):
        """Return ``path`` with the order's access token for guests."""
        return f"{path}?access_token={access_token}" if access_token else path
