# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The portal withdrawal function (Dir. (EU) 2023/2673 art. 11a; C. consom. L221-21).

Two steps on the order: choose the goods (all by default), then "Confirm
withdrawal"; a confirmation page follows and the acknowledgment is e-mailed at once.
Customers without a login reach it through the order's access token, which the
public "Withdraw from a contract" page e-mails to the order's address.
"""

import uuid

from odoo import fields, http
from odoo.exceptions import AccessError, MissingError, UserError
from odoo.http import request
from odoo.tools import float_compare

from odoo.addons.portal.controllers.portal import CustomerPortal


class WithdrawalPortal(CustomerPortal):
    # === HELPERS === #
    def _withdrawal_get_order(self, order_id, access_token):
        """Return the order (sudo) if the user may see it, else None (404)."""
        try:
            return self._document_check_access("sale.order", order_id, access_token)
        except (AccessError, MissingError):
            return None

    def _withdrawal_parse_quantities(self, order_sudo, post):
        """Return {order line: quantity} from the form; refuse invalid ones."""
        quantities = {}
        for line, maximum in order_sudo._get_withdrawable_quantities().items():
            raw = (post.get(f"qty_{line.id}") or "0").strip()
            try:
                quantity = float(raw.replace(",", "."))
            except ValueError:
                raise UserError(
                    request.env._("Quantity: %(value)s is not a number.", value=raw)
                ) from None
            rounding = line.product_uom.rounding
            if float_compare(quantity, 0.0, precision_rounding=rounding) < 0 or (
                float_compare(quantity, maximum, precision_rounding=rounding) > 0
            ):
                raise UserError(
                    request.env._(
                        "Quantity: choose between 0 and %(maximum)s for %(product)s.",
                        maximum=maximum,
                        product=line.product_id.display_name,
                    )
                )
            if quantity:
                quantities[line] = quantity
        if not quantities:
            raise UserError(
                request.env._("Withdrawn goods: select at least one product.")
            )
        return quantities

    def _withdrawal_values(self, order_sudo, access_token, **kwargs):
        return {
            "sale_order": order_sudo,
            "access_token": access_token,
            "available": order_sudo._get_withdrawable_quantities(),
            "page_name": "withdrawal",
            "no_breadcrumbs": True,
            **kwargs,
        }

    def _withdrawal_form_values(self, order_sudo, post):
        return {
            "name": (post.get("name") or "").strip(),
            "email": (post.get("email") or "").strip(),
            "statement": (post.get("statement") or "").strip(),
            "submission_key": post.get("submission_key") or uuid.uuid4().hex,
            "quantities": {
                line: post.get(f"qty_{line.id}") or "0"
                for line in order_sudo._get_withdrawable_quantities()
            },
        }

    def _withdrawal_closed(self, order_sudo, access_token):
        return request.render(
            "sale_withdrawal.portal_withdrawal_closed",
            self._withdrawal_values(order_sudo, access_token),
        )

    def _withdrawal_done_url(self, withdrawal_sudo, access_token):
        url = (
            f"/my/orders/{withdrawal_sudo.order_id.id}/withdraw/done/"
            f"{withdrawal_sudo.id}"
        )
        if access_token:
            url += f"?access_token={access_token}"
        return url

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
        order_sudo = self._withdrawal_get_order(order_id, access_token)
        if order_sudo is None:
            raise request.not_found()
        if not order_sudo._can_withdraw_now():
            return self._withdrawal_closed(order_sudo, access_token)
        partner = order_sudo.partner_id
        return request.render(
            "sale_withdrawal.portal_withdrawal_step_goods",
            self._withdrawal_values(
                order_sudo,
                access_token,
                quantities=order_sudo._get_withdrawable_quantities(),
                name=partner.name or "",
                email=partner.email or "",
                statement="",
                submission_key=uuid.uuid4().hex,
            ),
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
        order_sudo = self._withdrawal_get_order(order_id, access_token)
        if order_sudo is None:
            raise request.not_found()
        if not order_sudo._can_withdraw_now():
            return self._withdrawal_closed(order_sudo, access_token)
        values = self._withdrawal_form_values(order_sudo, post)
        try:
            quantities = self._withdrawal_parse_quantities(order_sudo, post)
            if not values["name"] or not values["email"]:
                raise UserError(
                    request.env._("Name and e-mail: both are needed for the receipt.")
                )
        except UserError as error:
            return request.render(
                "sale_withdrawal.portal_withdrawal_step_goods",
                self._withdrawal_values(
                    order_sudo, access_token, error=error.args[0], **values
                ),
            )
        values["quantities"] = quantities
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
        order_sudo = self._withdrawal_get_order(order_id, access_token)
        if order_sudo is None:
            raise request.not_found()
        key = post.get("submission_key") or ""
        requests_sudo = request.env["sale.withdrawal.request"].sudo()
        existing_sudo = key and requests_sudo.search(
            [("order_id", "=", order_sudo.id), ("submission_key", "=", key)], limit=1
        )
        if existing_sudo:
            return request.redirect(
                self._withdrawal_done_url(existing_sudo, access_token)
            )
        if not order_sudo._can_withdraw_now():
            return self._withdrawal_closed(order_sudo, access_token)
        values = self._withdrawal_form_values(order_sudo, post)
        try:
            quantities = self._withdrawal_parse_quantities(order_sudo, post)
            statement = values["statement"]
            if values["name"] and values["name"] != order_sudo.partner_id.name:
                statement = "\n".join(
                    part
                    for part in (
                        request.env._("Name: %(name)s", name=values["name"]),
                        statement,
                    )
                    if part
                )
            withdrawal_sudo = requests_sudo.create(
                {
                    "order_id": order_sudo.id,
                    "channel": "portal",
                    "received_at": fields.Datetime.now(),
                    "email": values["email"] or order_sudo.partner_id.email,
                    "statement": statement,
                    "submission_key": key or uuid.uuid4().hex,
                    "line_ids": [
                        fields.Command.create(
                            {"sale_line_id": line.id, "quantity": quantity}
                        )
                        for line, quantity in quantities.items()
                    ],
                }
            )
        except UserError as error:
            values["submission_key"] = uuid.uuid4().hex
            return request.render(
                "sale_withdrawal.portal_withdrawal_step_goods",
                self._withdrawal_values(
                    order_sudo, access_token, error=error.args[0], **values
                ),
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
            reference = (post.get("reference") or "").strip()
            email = (post.get("email") or "").strip()
            if reference and email:
                request.env["sale.order"].sudo()._send_withdrawal_link(reference, email)
            values["submitted"] = True
        return request.render("sale_withdrawal.portal_withdrawal_public", values)
