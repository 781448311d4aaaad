# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The portal's "Contact us about this order": the customer's written complaint
(the one C. consom. L612-2 1° requires before a mediation), followed on the
portal with the merchant's answer and, when admissible, the mediation referral
letter. Guests reach it through the order's secure link (access token).

The routes parse the request and render; the rules (fields, uploads, rate
limits) live on the model.
"""

import uuid

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request

from odoo.addons.consumer_law.controllers.portal import ConsumerLawPortal
from odoo.addons.portal.controllers.portal import pager

STAFF_TEMPLATE = "sale_mediation.portal_complaint_staff"


class ComplaintPortal(ConsumerLawPortal):
    # === HELPERS === #
    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "complaint_count" in counters:
            complaints = request.env["consumer.complaint"]
            values["complaint_count"] = (
                complaints.search_count([]) if complaints.has_access("read") else 0
            )
        return values

    def _complaint_get_order(self, order_id, access_token):
        """Return the order (sudo) if the visitor may see it, else None (404)."""
        return self._consumer_law_get_order(order_id, access_token, states=("sale",))

    def _complaint_client(self):
        """The client's address, for rate limits (stored hashed)."""
        return self._consumer_law_client()

    def _complaint_values(self, order_sudo, access_token, **kwargs):
        return {
            "sale_order": order_sudo,
            "access_token": access_token,
            "page_name": "complaint",
            "no_breadcrumbs": True,
            "consumer_mediator": order_sudo._get_consumer_mediator(),
            **kwargs,
        }

    def _complaint_check(self, order_id, access_token):
        """Return (order_sudo, response): a response when the route stops here."""
        return self._consumer_law_check(
            order_id, access_token, STAFF_TEMPLATE, states=("sale",)
        )

    def _complaint_get(self, order_id, complaint_id, access_token):
        order_sudo = self._complaint_get_order(order_id, access_token)
        if order_sudo is None:
            raise request.not_found()
        complaint_sudo = order_sudo.complaint_ids.filtered(
            lambda complaint: complaint.id == complaint_id
            and complaint.state != "cancel"
        )
        if not complaint_sudo:
            raise request.not_found()
        return order_sudo, complaint_sudo

    # === ROUTES === #
    @http.route(
        "/my/orders/<int:order_id>/complaint",
        type="http",
        auth="public",
        methods=["GET"],
        website=True,
    )
    def portal_complaint_form(self, order_id, access_token=None, **kw):
        """The form: subject, message, reply e-mail, documents."""
        order_sudo, response = self._complaint_check(order_id, access_token)
        if response:
            return response
        return request.render(
            "sale_mediation.portal_complaint_form",
            self._complaint_values(
                order_sudo,
                access_token,
                subject="",
                description="",
                email=order_sudo.partner_id.email or "",
                submission_key=uuid.uuid4().hex,
            ),
        )

    @http.route(
        "/my/orders/<int:order_id>/complaint",
        type="http",
        auth="public",
        methods=["POST"],
        website=True,
    )
    def portal_complaint_submit(self, order_id, access_token=None, **post):
        """File the complaint; a second submit of the same form shows the first."""
        order_sudo, response = self._complaint_check(order_id, access_token)
        if response:
            return response
        complaints_sudo = request.env["consumer.complaint"].sudo()
        files = self._consumer_law_uploads("documents")
        try:
            complaint_sudo = complaints_sudo._portal_submit(
                order_sudo, post, files, self._complaint_client()
            )
        except UserError as error:
            return request.render(
                "sale_mediation.portal_complaint_form",
                self._complaint_values(
                    order_sudo,
                    access_token,
                    error=error.args[0],
                    subject=(post.get("subject") or "")[:200],
                    description=(post.get("description") or "")[:4000],
                    email=(post.get("email") or "")[:254],
                    submission_key=uuid.uuid4().hex,
                ),
            )
        return request.redirect(complaint_sudo._get_portal_url(access_token))

    @http.route(
        "/my/orders/<int:order_id>/complaints/<int:complaint_id>",
        type="http",
        auth="public",
        methods=["GET"],
        website=True,
    )
    def portal_complaint_page(self, order_id, complaint_id, access_token=None, **kw):
        """The complaint as filed, its dates, our answer and the mediation."""
        order_sudo, complaint_sudo = self._complaint_get(
            order_id, complaint_id, access_token
        )
        return request.render(
            "sale_mediation.portal_complaint_page",
            self._complaint_values(order_sudo, access_token, complaint=complaint_sudo),
        )

    @http.route(
        "/my/orders/<int:order_id>/complaints/<int:complaint_id>/letter",
        type="http",
        auth="public",
        methods=["GET"],
        website=True,
    )
    def portal_complaint_letter(self, order_id, complaint_id, access_token=None, **kw):
        """The referral letter as sent (the stored PDF)."""
        _order_sudo, complaint_sudo = self._complaint_get(
            order_id, complaint_id, access_token
        )
        letter_sudo = complaint_sudo.referral_letter_id
        if not letter_sudo:
            raise request.not_found()
        return request.make_response(
            letter_sudo.raw,
            headers=[
                ("Content-Type", letter_sudo.mimetype or "application/pdf"),
                ("Content-Disposition", http.content_disposition(letter_sudo.name)),
                ("X-Content-Type-Options", "nosniff"),
            ],
        )

    @http.route(
        ["/my/complaints", "/my/complaints/page/<int:page>"],
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
    )
    def portal_my_complaints(self, page=1, **kw):
        """The logged-in customer's complaints (record rules apply)."""
        complaints = request.env["consumer.complaint"]
        if not complaints.has_access("read"):
            return request.redirect("/my")
        domain = [("state", "!=", "cancel"), ("order_id", "!=", False)]
        count = complaints.search_count(domain)
        portal_pager = pager(
            url="/my/complaints", total=count, page=page, step=self._items_per_page
        )
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "complaints": complaints.search(
                    domain,
                    limit=self._items_per_page,
                    offset=portal_pager["offset"],
                ),
                "pager": portal_pager,
                "page_name": "complaints",
                "default_url": "/my/complaints",
            }
        )
        return request.render("sale_mediation.portal_my_complaints", values)
