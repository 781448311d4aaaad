# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The portal withdrawal function (Dir. (EU) 2023/2673 art. 11a; C. consom. L221-21).

Two steps on the order: choose the goods (all by default), then "Confirm
withdrawal"; a confirmation page follows and the acknowledgment is e-mailed at once.
Customers without a login reach it through the order's access token, which the
public "Withdraw from a contract" page e-mails to the order's address.

The routes parse the request and render; the rules (quantities, statement,
request values, rate limits, the public page's lookup) live on the models.
"""

import uuid

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request

from odoo.addons.consumer_law.controllers.portal import ConsumerLawPortal

STAFF_TEMPLATE = "sale_withdrawal.portal_withdrawal_staff"


class WithdrawalPortal(ConsumerLawPortal):
    # === HELPERS === #
    def _withdrawal_get_order(self, order_id, access_token):
        """Return the order (sudo) if the user may see it, else None (404)."""
        return self._consumer_law_get_order(order_id, access_token)

    def _withdrawal_client(self):
        """The client's address, for rate limits (stored hashed)."""
        return self._consumer_law_client()

    def _withdrawal_values(self, order_sudo, access_token, **kwargs):
        return {
            "sale_order": order_sudo,
            "access_token": access_token,
            "page_name": "withdrawal",
            "no_breadcrumbs": True,
            **kwargs,
        }

    def _withdrawal_goods_page(self, order_sudo, access_token, available=None, **kw):
        """Render step 1 (the goods and quantities still withdrawable, read
        once per request)."""
        if available is None:
            available = order_sudo._get_withdrawable_quantities()
        return request.render(
            "sale_withdrawal.portal_withdrawal_step_goods",
            self._withdrawal_values(
                order_sudo, access_token, available=available, **kw
            ),
        )

    def _withdrawal_form_echo(self, order_sudo, post, available):
        """The raw form, shown again with the error (bounded by the template)."""
        return {
            "name": (post.get("name") or "")[:128],
            "email": (post.get("email") or "")[:254],
            "statement": (post.get("statement") or "")[:4000],
            "submission_key": uuid.uuid4().hex,
            "quantities": {
                line: (post.get(f"qty_{line.id}") or "0")[:32] for line in available
            },
        }

    def _withdrawal_closed(self, order_sudo, access_token):
        return request.render(
            "sale_withdrawal.portal_withdrawal_closed",
            self._withdrawal_values(order_sudo, access_token),
        )

    def _withdrawal_staff_refused(self):
        """Staff do not act as the customer: they record withdrawals in the
        back office, which names them."""
        return self._consumer_law_staff_refused(STAFF_TEMPLATE)

    def _withdrawal_done_url(self, withdrawal_sudo, access_token):
        return self._consumer_law_url(
            f"/my/orders/{withdrawal_sudo.order_id.id}/withdraw/done/"
            f"{withdrawal_sudo.id}",
            access_token,
        )

    def _withdrawal_check(self, order_id, access_token):
        """Return (order_sudo, response): a response when the route stops here."""
        return self._consumer_law_check(order_id, access_token, STAFF_TEMPLATE)

    # === ROUTES === #
    @http.route(
        "/my/orders/<int:order_id>/withdraw",
        type="http",
        auth="public",
        methods=["GET"],
        website=True,
    )
    def portal_withdrawal_step_goods(self, order_id, access_token=None, **kw):
        """Step 1: choose the goods and quantities (all by default)."""
        order_sudo, response = self._withdrawal_check(order_id, access_token)
        if response:
            return response
        available = order_sudo._get_withdrawable_quantities()
        if not order_sudo._can_withdraw_now(available):
            return self._withdrawal_closed(order_sudo, access_token)
        partner = order_sudo.partner_id
        return self._withdrawal_goods_page(
            order_sudo,
            access_token,
            available=available,
            quantities=available,
            name=partner.name or "",
            email=partner.email or "",
            statement="",
            submission_key=uuid.uuid4().hex,
        )

    @http.route(
        "/my/orders/<int:order_id>/withdraw/review",
        type="http",
        auth="public",
        methods=["POST"],
        website=True,
    )
    def portal_withdrawal_step_confirm(self, order_id, access_token=None, **post):
        """Step 2: review the declaration and "Confirm withdrawal"."""
        order_sudo, response = self._withdrawal_check(order_id, access_token)
        if response:
            return response
        available = order_sudo._get_withdrawable_quantities()
        if not order_sudo._can_withdraw_now(available):
            return self._withdrawal_closed(order_sudo, access_token)
        requests_sudo = request.env["sale.withdrawal.request"].sudo()
        try:
            values = requests_sudo._parse_portal_form(
                order_sudo, post, available=available
            )
            requests_sudo._check_portal_form(order_sudo, values)
        except UserError as error:
            return self._withdrawal_goods_page(
                order_sudo,
                access_token,
                available=available,
                error=error.args[0],
                **self._withdrawal_form_echo(order_sudo, post, available),
            )
        values["submission_key"] = values["submission_key"] or uuid.uuid4().hex
        return request.render(
            "sale_withdrawal.portal_withdrawal_step_confirm",
            self._withdrawal_values(order_sudo, access_token, **values),
        )

    @http.route(
        "/my/orders/<int:order_id>/withdraw/confirm",
        type="http",
        auth="public",
        methods=["POST"],
        website=True,
    )
    def portal_withdrawal_submit(self, order_id, access_token=None, **post):
        """Record the withdrawal. A second submit of the same form (same
        submission key) shows the request created by the first one."""
        order_sudo, response = self._withdrawal_check(order_id, access_token)
        if response:
            return response
        requests_sudo = request.env["sale.withdrawal.request"].sudo()
        try:
            existing_sudo = requests_sudo._find_portal_submission(
                order_sudo, (post.get("submission_key") or "")[:64]
            )
        except UserError:
            existing_sudo = requests_sudo
        if existing_sudo:
            return request.redirect(
                self._withdrawal_done_url(existing_sudo, access_token)
            )
        available = order_sudo._get_withdrawable_quantities()
        if not order_sudo._can_withdraw_now(available):
            return self._withdrawal_closed(order_sudo, access_token)
        try:
            withdrawal_sudo = requests_sudo._portal_submit(
                order_sudo,
                post,
                self._withdrawal_client(),
                available=available,
                key_checked=True,
            )
        except UserError as error:
            # a refused withdrawal wrote nothing: the same snapshot, the same
            # quantities
            return self._withdrawal_goods_page(
                order_sudo,
                access_token,
                available=available,
                error=error.args[0],
                **self._withdrawal_form_echo(order_sudo, post, available),
            )
        return request.redirect(
            self._withdrawal_done_url(withdrawal_sudo, access_token)
        )

    @http.route(
        "/my/orders/<int:order_id>/withdraw/done/<int:request_id>",
        type="http",
        auth="public",
        methods=["GET"],
        website=True,
    )
    def portal_withdrawal_done(self, order_id, request_id, access_token=None, **kw):
        """Confirmation page with the date and time of the withdrawal."""
        order_sudo = self._withdrawal_get_order(order_id, access_token)
        if order_sudo is None:
            raise request.not_found()
        withdrawal_sudo = order_sudo.withdrawal_request_ids.filtered(
            lambda withdrawal: withdrawal.id == request_id
        )
        if not withdrawal_sudo:
            raise request.not_found()
        return request.render(
            "sale_withdrawal.portal_withdrawal_done",
            self._withdrawal_values(
                order_sudo, access_token, withdrawal=withdrawal_sudo
            ),
        )

    @http.route(
        "/withdrawal", type="http", auth="public", methods=["GET", "POST"], website=True
    )
    def portal_withdrawal_public(self, **post):
        """Public "Withdraw from a contract" page: order reference and e-mail.

        A secure link is e-mailed to the order's address when both match; the
        answer is the same whether or not they do, so nothing is revealed.
        """
        values = {"page_name": "withdrawal_public", "no_breadcrumbs": True}
        if request.httprequest.method == "POST":
            website = getattr(request, "website", None)
            company = website.company_id if website else request.env.company
            try:
                outcome = (
                    request.env["sale.order"]
                    .sudo()
                    ._request_withdrawal_link(post, company, self._withdrawal_client())
                )
            except UserError as error:
                values["error"] = error.args[0]
                values["reference"] = (post.get("reference") or "")[:64]
                values["email"] = (post.get("email") or "")[:254]
            else:
                values["blocked"] = outcome == "blocked"
                values["submitted"] = outcome != "blocked"
        return request.render("sale_withdrawal.portal_withdrawal_public", values)
