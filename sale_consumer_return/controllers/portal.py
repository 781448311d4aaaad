# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The customer's "Report a problem" on the portal order page.

Customers choose the goods, the kind of problem, describe it and attach photos;
the claim is acknowledged by e-mail at once and staff decide it. The claim's page
shows its status, the decision and the documents. Guests reach it through the
order's access token. The routes parse the request and render; the rules live on
the models.
"""

import uuid

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request

from odoo.addons.consumer_law.controllers.portal import ConsumerLawPortal

STAFF_TEMPLATE = "sale_consumer_return.portal_problem_staff"


class ConsumerReturnPortal(ConsumerLawPortal):
    # === HELPERS === #
    def _consumer_return_check(self, order_id, access_token):
        """Return (order_sudo, response): a response when the route stops here.

        Staff do not act as the customer; an order the visitor may not see is
        not found."""
        return self._consumer_law_check(order_id, access_token, STAFF_TEMPLATE)

    def _consumer_return_values(self, order_sudo, access_token, **kwargs):
        returns_sudo = request.env["sale.consumer.return"].sudo()
        return {
            "sale_order": order_sudo,
            "access_token": access_token,
            "available": returns_sudo._get_returnable_quantities(order_sudo),
            "grounds": returns_sudo._get_portal_grounds(),
            "page_name": "consumer_return",
            "no_breadcrumbs": True,
            **kwargs,
        }

    def _consumer_return_url(self, claim_sudo, access_token):
        return self._consumer_law_url(
            f"/my/orders/{claim_sudo.order_id.id}/problem/{claim_sudo.id}",
            access_token,
        )

    def _consumer_return_form_echo(self, order_sudo, post):
        """The raw form, shown again with the error (bounded by the template)."""
        available = (
            request.env["sale.consumer.return"]
            .sudo()
            ._get_returnable_quantities(order_sudo)
        )
        return {
            "ground": (post.get("ground") or "")[:64],
            "description": (post.get("description") or "")[:4000],
            "submission_key": uuid.uuid4().hex,
            "quantities": {
                line: (post.get(f"qty_{line.id}") or "0")[:32] for line in available
            },
        }

    # === ROUTES === #
    @http.route(
        "/my/orders/<int:order_id>/problem",
        type="http",
        auth="public",
        methods=["GET"],
        website=True,
    )
    def portal_problem_form(self, order_id, access_token=None, **kw):
        """The "Report a problem" form."""
        order_sudo, response = self._consumer_return_check(order_id, access_token)
        if response:
            return response
        if not order_sudo._can_report_problem():
            return request.render(
                "sale_consumer_return.portal_problem_closed",
                self._consumer_return_values(order_sudo, access_token),
            )
        return request.render(
            "sale_consumer_return.portal_problem_form",
            self._consumer_return_values(
                order_sudo,
                access_token,
                ground="conformity",
                description="",
                quantities={},
                submission_key=uuid.uuid4().hex,
            ),
        )

    @http.route(
        "/my/orders/<int:order_id>/problem/submit",
        type="http",
        auth="public",
        methods=["POST"],
        website=True,
    )
    def portal_problem_submit(self, order_id, access_token=None, **post):
        """Record the claim; a second submit of the same form shows the claim
        the first one created."""
        order_sudo, response = self._consumer_return_check(order_id, access_token)
        if response:
            return response
        returns_sudo = request.env["sale.consumer.return"].sudo()
        try:
            existing_sudo = returns_sudo._find_portal_submission(
                order_sudo, (post.get("submission_key") or "")[:64]
            )
        except UserError:
            existing_sudo = returns_sudo
        if existing_sudo:
            return request.redirect(
                self._consumer_return_url(existing_sudo, access_token)
            )
        try:
            claim_sudo = returns_sudo._portal_submit(
                order_sudo,
                post,
                self._consumer_law_uploads("photos"),
                self._consumer_law_client(),
            )
        except UserError as error:
            return request.render(
                "sale_consumer_return.portal_problem_form",
                self._consumer_return_values(
                    order_sudo,
                    access_token,
                    error=error.args[0],
                    **self._consumer_return_form_echo(order_sudo, post),
                ),
            )
        return request.redirect(self._consumer_return_url(claim_sudo, access_token))

    @http.route(
        "/my/orders/<int:order_id>/problem/<int:return_id>",
        type="http",
        auth="public",
        methods=["GET"],
        website=True,
    )
    def portal_problem_status(self, order_id, return_id, access_token=None, **kw):
        """The claim's status, decision and documents."""
        order_sudo = self._consumer_law_order_or_404(order_id, access_token)
        claim_sudo = order_sudo.consumer_return_ids.filtered(
            lambda claim: claim.id == return_id
        )
        if not claim_sudo:
            raise request.not_found()
        return request.render(
            "sale_consumer_return.portal_problem_status",
            self._consumer_return_values(order_sudo, access_token, claim=claim_sudo),
        )
