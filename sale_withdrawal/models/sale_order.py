# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.osv import expression
from odoo.tools import email_normalize

from odoo.addons.consumer_law import portal_input
from odoo.addons.consumer_law.models.consumer_law_flow_fields_mixin import (
    FLOW_FIELDS_MIXIN,
)
from odoo.addons.consumer_law.tools import paris_date, paris_today, rule_errors

import consumer_law_rules as rules

CLOSING_SOON_DAYS = 3
# Public "Withdraw from a contract" page: rate limit and honeypot field.
PUBLIC_LINK_SCOPE = "sale_withdrawal.public_link"
PUBLIC_LINKS_PER_ORDER = 3
PUBLIC_LINK_HONEYPOT = "website_url"


class SaleOrder(models.Model):
    _name = "sale.order"
    _inherit = ["sale.order", FLOW_FIELDS_MIXIN]
    _consumer_law_flow_fields = (
        "withdrawal_start_date",
        "withdrawal_deadline",
        "withdrawal_na_reason",
        "is_withdrawal_exercised",
    )

    # === FIELDS === #
    withdrawal_request_ids = fields.One2many(
        comodel_name="sale.withdrawal.request",
        inverse_name="order_id",
        string="Withdrawal requests",
    )
    withdrawal_request_count = fields.Integer(
        compute="_compute_withdrawal_request_count",
    )
    is_withdrawal_information_missing = fields.Boolean(
        string="Withdrawal information not given",
        copy=False,
        tracking=True,
        help="The customer was not informed of his right of withdrawal before the "
        "contract: the window is extended by 12 months (C. consom. L221-20).",
    )
    withdrawal_information_date = fields.Date(
        string="Withdrawal information given on",
        copy=False,
        tracking=True,
        help="Day the missing withdrawal information was finally received by the "
        "customer: the window then ends 14 days (or the policy's period) later "
        "(C. consom. L221-20).",
    )
    is_premium_delivery = fields.Boolean(
        string="Non-standard delivery chosen",
        copy=False,
        help="The customer expressly chose a delivery dearer than the cheapest "
        "standard one: the extra cost is not refunded on withdrawal "
        "(C. consom. L221-24).",
    )
    withdrawal_standard_delivery_amount = fields.Monetary(
        string="Standard delivery cost",
        copy=False,
        help="Cost, tax included, of the cheapest standard delivery offered: the "
        "most that is refunded for delivery when a non-standard delivery was "
        "chosen.",
    )
    withdrawal_start_date = fields.Date(
        string="Withdrawal window start",
        compute="_compute_withdrawal_window",
        store=True,
        copy=False,
        help="Day after the receipt of the last delivered good (C. consom. L221-18).",
    )
    withdrawal_deadline = fields.Date(
        string="Withdrawal deadline",
        compute="_compute_withdrawal_window",
        store=True,
        copy=False,
        index=True,
        help="Last day of the withdrawal window, moved past Saturdays, Sundays and "
        "public holidays (C. consom. L221-18 to L221-20).",
    )
    withdrawal_na_reason = fields.Selection(
        selection=[
            ("professional", "Professional customer"),
            ("all_excluded", "All goods excluded (L221-28)"),
            ("no_delivery", "No goods delivered"),
        ],
        string="Withdrawal not applicable because",
        compute="_compute_withdrawal_window",
        store=True,
        copy=False,
    )
    withdrawal_state = fields.Selection(
        selection=[
            ("awaiting_delivery", "Awaiting delivery"),
            ("open", "Open"),
            ("closing", "Closes within 3 days"),
            ("closed", "Closed"),
            ("exercised", "Exercised"),
            ("not_applicable", "Not applicable"),
        ],
        compute="_compute_withdrawal_state",
        search="_search_withdrawal_state",
        help="Judged against today's date in Paris, in forms and in filters alike.",
    )
    is_withdrawal_exercised = fields.Boolean(
        string="Withdrawal exercised",
        compute="_compute_is_withdrawal_exercised",
        store=True,
        copy=False,
        help="A withdrawal request that is not cancelled exists for the order.",
    )
    has_excluded_goods = fields.Boolean(
        compute="_compute_has_excluded_goods",
        help="Some products are excluded from the right of withdrawal (L221-28).",
    )

    # === COMPUTE METHODS === #
    @api.depends("withdrawal_request_ids")
    def _compute_withdrawal_request_count(self):
        counts = dict(
            self.env["sale.withdrawal.request"]._read_group(
                [("order_id", "in", self.ids)], ["order_id"], ["__count"]
            )
        )
        for order in self:
            order.withdrawal_request_count = counts.get(order, 0)

    @api.depends(
        "state",
        "partner_id.is_consumer",
        "partner_shipping_id.zip",
        "partner_shipping_id.country_id",
        "company_id.consumer_policy_id.withdrawal_days",
        "company_id.consumer_policy_id.holiday_region",
        "order_line.product_id.withdrawal_exclusion",
        "picking_ids.state",
        "picking_ids.customer_receipt_date",
        "is_withdrawal_information_missing",
        "withdrawal_information_date",
    )
    def _compute_withdrawal_window(self):
        for order in self:
            start, deadline, reason = order._get_withdrawal_window()
            order.withdrawal_start_date = start
            order.withdrawal_deadline = deadline
            order.withdrawal_na_reason = reason

    @api.depends("withdrawal_request_ids.is_cancelled")
    def _compute_is_withdrawal_exercised(self):
        for order in self:
            order.is_withdrawal_exercised = any(
                not withdrawal.is_cancelled
                for withdrawal in order.withdrawal_request_ids
            )

    @api.depends(
        "state",
        "withdrawal_deadline",
        "withdrawal_na_reason",
        "is_withdrawal_exercised",
    )
    def _compute_withdrawal_state(self):
        today = paris_today()
        for order in self:
            order.withdrawal_state = order._get_withdrawal_state(today)

    def _search_withdrawal_state(self, operator, value):
        if operator not in ("=", "!=", "in", "not in"):
            raise UserError(
                self.env._("Withdrawal window: unsupported search operator.")
            )
        states = [value] if isinstance(value, str) else list(value or ())
        domain = expression.OR(
            [self._get_withdrawal_state_domain(state) for state in states]
        )
        if operator in ("!=", "not in"):
            return ["!", *expression.normalize_domain(domain)]
        return domain

    @api.depends("order_line.product_id.withdrawal_exclusion")
    def _compute_has_excluded_goods(self):
        for order in self:
            order.has_excluded_goods = any(
                order._get_withdrawal_goods_lines().mapped("withdrawal_exclusion")
            )

    # === ACTION METHODS === #
    def action_view_withdrawal_requests(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_withdrawal.sale_withdrawal_request_action"
        )
        action["domain"] = [("order_id", "=", self.id)]
        action["context"] = {"default_order_id": self.id}
        return action

    # === BUSINESS METHODS === #
    def _get_withdrawal_goods_lines(self):
        """Return the order lines of goods the right of withdrawal applies to (the
        consumer goods lines of the refund engine)."""
        return self._get_consumer_goods_lines()

    def _get_withdrawal_region(self):
        self.ensure_one()
        partner = self.partner_shipping_id or self.partner_id
        return partner._get_consumer_law_region(self.company_id)

    def _get_withdrawal_receipt_dates(self):
        """Return the receipt dates of the order's deliveries, or None while some
        goods are still on their way (or their receipt is not recorded)."""
        self.ensure_one()
        deliveries = self.picking_ids.filtered(
            lambda picking: (
                picking.picking_type_code == "outgoing" and picking.state != "cancel"
            )
        )
        if not deliveries or any(
            picking.state != "done" or not picking.customer_receipt_date
            for picking in deliveries
        ):
            return None
        return deliveries.mapped("customer_receipt_date")

    def _get_withdrawal_window(self):
        """Return (start date, deadline, not-applicable reason) of the window.

        The window runs from the day after the receipt of the last delivered good
        for the policy's period, rolled past non-working days of the delivery
        address's calendar (L221-18, L221-19), extended when the withdrawal
        information was missing (L221-20). The arithmetic is consumer_law_rules'.
        """
        self.ensure_one()
        if self.state != "sale":
            return False, False, False
        if not self.partner_id.is_consumer:
            return False, False, "professional"
        goods = self._get_withdrawal_goods_lines()
        if not goods:
            return False, False, "no_delivery"
        if all(goods.mapped("withdrawal_exclusion")):
            return False, False, "all_excluded"
        receipts = self._get_withdrawal_receipt_dates()
        if not receipts:
            return False, False, False
        days = self.company_id._get_consumer_policy().withdrawal_days
        region = self._get_withdrawal_region()
        with rule_errors(self.env, self._name):
            period = rules.withdrawal_period(receipts, days, region)
            deadline = period.end
            if self.is_withdrawal_information_missing:
                deadline = rules.withdrawal_deadline_without_information(
                    receipts,
                    days,
                    region,
                    information_given_on=self.withdrawal_information_date or None,
                )
        return period.start, deadline, False

    @api.model
    def _get_withdrawal_state_domain(self, state):
        """The domain of the orders whose window is in ``state`` today (the
        search twin of ``_get_withdrawal_state``)."""
        today = paris_today()
        soon = today + timedelta(days=CLOSING_SOON_DAYS)
        window = [
            ("state", "=", "sale"),
            ("is_withdrawal_exercised", "=", False),
            ("withdrawal_na_reason", "=", False),
        ]
        return {
            "exercised": [
                ("state", "=", "sale"),
                ("is_withdrawal_exercised", "=", True),
            ],
            "not_applicable": [
                ("state", "=", "sale"),
                ("is_withdrawal_exercised", "=", False),
                ("withdrawal_na_reason", "!=", False),
            ],
            "awaiting_delivery": [*window, ("withdrawal_deadline", "=", False)],
            "closed": [*window, ("withdrawal_deadline", "<", today)],
            "closing": [
                *window,
                ("withdrawal_deadline", ">=", today),
                ("withdrawal_deadline", "<=", soon),
            ],
            "open": [*window, ("withdrawal_deadline", ">", soon)],
        }.get(state, [(0, "=", 1)])

    def _get_withdrawal_state(self, today):
        self.ensure_one()
        if self.state != "sale":
            return False
        if self.is_withdrawal_exercised:
            return "exercised"
        if self.withdrawal_na_reason:
            return "not_applicable"
        if not self.withdrawal_deadline:
            return "awaiting_delivery"
        if today > self.withdrawal_deadline:
            return "closed"
        if (self.withdrawal_deadline - today).days <= CLOSING_SOON_DAYS:
            return "closing"
        return "open"

    def _is_withdrawal_open_at(self, instant):
        """Return whether a withdrawal sent at ``instant`` (UTC) is in time.

        Sending before the end of the last day, Europe/Paris time, suffices
        (L221-21). Before delivery, the policy decides (allow_pre_delivery).
        """
        self.ensure_one()
        if self.state != "sale" or self.withdrawal_na_reason:
            return False
        if not self.withdrawal_deadline:
            policy = self.company_id._get_consumer_policy()
            return policy.allow_pre_delivery_withdrawal
        return rules.is_withdrawal_timely(paris_date(instant), self.withdrawal_deadline)

    def _get_withdrawable_quantities(
        self, exclude_requests=None, include_excluded=False
    ):
        """Return {order line: quantity still withdrawable} for the goods lines.

        Delivered quantities once the window is open; ordered ones before delivery.
        Quantities of requests not cancelled (other than ``exclude_requests``) are
        deducted. Excluded goods (L221-28) only with ``include_excluded``.
        """
        self.ensure_one()
        lines = self._get_withdrawal_goods_lines()
        if not include_excluded:
            lines = lines.filtered(lambda line: not line.withdrawal_exclusion)
        domain = [
            ("sale_line_id", "in", lines.ids),
            ("request_id.state", "!=", "cancel"),
        ]
        if exclude_requests:
            domain.append(("request_id", "not in", exclude_requests.ids))
        withdrawn = {
            line: quantity
            for line, quantity in self.env["sale.withdrawal.request.line"]._read_group(
                domain,
                ["sale_line_id"],
                ["quantity:sum"],
            )
        }
        delivered = bool(self.withdrawal_deadline)
        return {
            line: max(
                (line.qty_delivered if delivered else line.product_uom_qty)
                - withdrawn.get(line, 0.0),
                0.0,
            )
            for line in lines
        }

    def _can_withdraw_now(self, available=None):
        """Return whether the portal offers the withdrawal function right now:
        the window is open at the server's time and some goods can be withdrawn.

        :param available: the order's withdrawable quantities when the caller
            read them already (:meth:`_get_withdrawable_quantities`)
        """
        self.ensure_one()
        if not self._is_withdrawal_open_at(fields.Datetime.now()):
            return False
        if available is None:
            available = self._get_withdrawable_quantities()
        return any(quantity > 0 for quantity in available.values())

    @api.model
    def _request_withdrawal_link(self, post, company, client):
        """Handle the public "Withdraw from a contract" form.

        The order's secure withdrawal link is queued for e-mailing when the
        reference matches exactly a confirmed order of ``company`` and the
        e-mail its customer's; otherwise nothing is sent. Both paths do the same
        work and give the same answer. Rate limits: per client address
        (progressive blocking after repeated failures) and per order (a few
        links an hour); a filled honeypot field is a bot, answered the same way.

        :param post: the submitted form (``reference``, ``email``, honeypot)
        :param company: the website's company
        :param client: the client's address (stored hashed)
        :return: ``"sent"`` (whether or not anything was sent) or ``"blocked"``
        :raise UserError: a reference or e-mail too long or malformed
        """
        attempts = self.env["consumer.law.portal.attempt"]
        if attempts._get_client_block_until(PUBLIC_LINK_SCOPE, client):
            return "blocked"
        env = self.env
        try:
            reference = portal_input.parse_text(
                env,
                post.get("reference"),
                label=env._("Order reference"),
                max_length=portal_input.REFERENCE_MAX_LENGTH,
                required=True,
            )
            email = portal_input.parse_email(
                env, post.get("email"), label=env._("E-mail"), required=True
            )
        except UserError:
            attempts._register_attempt(PUBLIC_LINK_SCOPE, client, failed=True)
            raise
        if post.get(PUBLIC_LINK_HONEYPOT):
            attempts._register_attempt(PUBLIC_LINK_SCOPE, client, failed=True)
            return "sent"
        order = self._find_withdrawal_order(reference, email, company)
        sent = bool(order) and (
            attempts._count_subject_attempts(PUBLIC_LINK_SCOPE, order.id)
            < PUBLIC_LINKS_PER_ORDER
        )
        if sent:
            # composed and sent by the documents queue, not in the request
            # (nearly the same work as a miss); one mail per accepted request
            self.env["consumer.law.document.job"]._enqueue(
                order,
                "withdrawal_link",
                payload={"requested_at": datetime.now().isoformat()},
            )
        attempts._register_attempt(
            PUBLIC_LINK_SCOPE,
            client,
            subject=order.id if sent else None,
            failed=not order,
        )
        return "sent"

    def _document_job_withdrawal_link(self, requested_at=None):
        """Run by the queued job: e-mail the order's secure withdrawal link
        asked for on the public "Withdraw from a contract" page at
        ``requested_at``; return the mail."""
        self.ensure_one()
        self._portal_ensure_token()
        template = self.env.ref("sale_withdrawal.mail_template_withdrawal_link")
        mail_id = template.send_mail(
            self.id,
            force_send=False,
            email_layout_xmlid="mail.mail_notification_light",
        )
        return self.env["mail.mail"].sudo().browse(mail_id)

    @api.model
    def _find_withdrawal_order(self, reference, email, company):
        """Return the confirmed order of ``company`` named exactly ``reference``
        whose customer's e-mail is ``email`` (normalised), else an empty set."""
        order = self.search(
            [
                ("name", "=", reference),
                ("state", "=", "sale"),
                ("company_id", "=", company.id),
            ],
            limit=1,
        )
        if not order or email_normalize(order.partner_id.email or "") != email:
            return self.browse()
        return order
